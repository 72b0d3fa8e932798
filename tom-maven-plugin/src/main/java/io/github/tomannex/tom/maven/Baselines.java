package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Finds and loads the baseline of a diff: a catalogue or JSON export file, or a released version of
 * the project whose attached JSON export (type {@code json}, classifier {@code tom}) is resolved
 * from the repositories; by default the newest release before the current version. Then checks the
 * current catalogue against it.
 */
final class Baselines {
  /** A baseline found: the file and how to name it in messages. */
  record Found(Path file, String description) {}

  /** How many releases, newest first, are tried for an attached export by default. */
  private static final int MAX_TRIES = 5;

  private final CatalogueSupport support;
  private final Log log;
  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;
  private final MavenProject project;
  private final String classifier;

  Baselines(
      CatalogueSupport support,
      Log log,
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories,
      MavenProject project,
      String classifier) {
    this.support = support;
    this.log = log;
    this.system = system;
    this.session = session;
    this.repositories = repositories == null ? List.of() : repositories;
    this.project = project;
    this.classifier = classifier == null || classifier.isBlank() ? "tom" : classifier.trim();
  }

  /** Whether a {@code baseline} value names a file rather than a version. */
  static boolean isPath(String value, Path resolved) {
    String v = value.toLowerCase(Locale.ROOT);
    return value.contains("/")
        || value.contains("\\")
        || v.endsWith(".json")
        || v.endsWith(".yaml")
        || v.endsWith(".yml")
        || Files.exists(resolved);
  }

  private boolean hasProject() {
    return project != null && project.getFile() != null;
  }

  /**
   * The baseline: the file or version given, or (when {@code value} is blank) the newest release of
   * the project before the current version.
   *
   * @return the baseline, or null when none was given and none is available (said in the log)
   * @throws MojoFailureException when a baseline was given and cannot be found
   */
  Found find(String value) throws MojoFailureException {
    boolean explicit = value != null && !value.isBlank();
    if (explicit) {
      String v = value.trim();
      Path file = support.resolve(new File(v));
      if (isPath(v, file)) {
        if (!Files.isRegularFile(file)) {
          throw new MojoFailureException(
              "tom: the baseline "
                  + support.display(file)
                  + (Files.exists(file) ? " is not a file" : " does not exist")
                  + "; set <baseline> (-Dtom.baseline) to a catalogue or a JSON export (annex.json),"
                  + " or to a released version of this project");
        }
        return new Found(file, support.display(file));
      }
      if (!hasProject()) {
        throw new MojoFailureException(
            "tom: the baseline '"
                + v
                + "' is not a file, and"
                + " without a project there is no released version to resolve; give the path of a"
                + " catalogue or JSON export (-Dtom.baseline=path/to/annex.json)");
      }
      Found found = resolve(v);
      if (found == null) {
        throw new MojoFailureException(
            "tom: the baseline "
                + coordinates(v)
                + " could not be"
                + " resolved"
                + (session != null && session.isOffline()
                    ? " (Maven is offline and it is not in the local repository)"
                    : "")
                + "; was version "
                + v
                + " released with tom's JSON export attached (render with"
                + " the json format and attach=true)?");
      }
      return found;
    }
    if (!hasProject()) {
      log.info(
          "tom: no baseline given; set -Dtom.baseline to a catalogue or JSON export to"
              + " compare with");
      return null;
    }
    String current = project.getVersion();
    List<Version> releases = releasesBefore(current);
    for (int i = releases.size() - 1, tries = 0; i >= 0 && tries < MAX_TRIES; i--, tries++) {
      Found found = resolve(releases.get(i).toString());
      if (found != null) {
        return found;
      }
    }
    log.info(
        "tom: no released version of "
            + project.getGroupId()
            + ":"
            + project.getArtifactId()
            + " before "
            + current
            + " with an attached tom JSON export"
            + " was found"
            + (session != null && session.isOffline()
                ? " (Maven is offline: only the local repository was searched)"
                : "")
            + "; nothing to compare with, diff skipped (set -Dtom.baseline to compare with a file"
            + " or a version)");
    return null;
  }

  /**
   * The released versions of the project before the current one whose JSON export can be resolved,
   * oldest first, at most the newest {@code max}: the history the site's sub-processor feed shows.
   *
   * @return the versions with their exports; empty without a project or repository
   */
  List<Found> releases(int max) {
    if (!hasProject()) {
      return List.of();
    }
    List<Version> releases = releasesBefore(project.getVersion());
    List<Found> out = new ArrayList<>();
    for (int i = releases.size() - 1; i >= 0 && out.size() < max; i--) {
      Found found = resolve(releases.get(i).toString());
      if (found != null) {
        out.add(0, found);
      }
    }
    return out;
  }

  private String coordinates(String version) {
    return project.getGroupId()
        + ":"
        + project.getArtifactId()
        + ":json:"
        + classifier
        + ":"
        + version;
  }

  private List<Version> releasesBefore(String current) {
    if (system == null || session == null) {
      return List.of();
    }
    Artifact range =
        new DefaultArtifact(
            project.getGroupId(),
            project.getArtifactId(),
            classifier,
            "json",
            "[0," + current + ")");
    try {
      VersionRangeResult result =
          system.resolveVersionRange(session, new VersionRangeRequest(range, repositories, null));
      List<Version> out = new ArrayList<>();
      for (Version v : result.getVersions()) {
        if (!v.toString().endsWith("-SNAPSHOT")) {
          out.add(v);
        }
      }
      return out;
    } catch (VersionRangeResolutionException | RuntimeException e) {
      log.debug("tom: no versions of " + project.getArtifactId() + ": " + e.getMessage());
      return List.of();
    }
  }

  private Found resolve(String version) {
    if (system == null || session == null) {
      return null;
    }
    Artifact artifact =
        new DefaultArtifact(
            project.getGroupId(), project.getArtifactId(), classifier, "json", version);
    try {
      File file =
          system
              .resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
              .getArtifact()
              .getFile();
      return file == null
          ? null
          : new Found(file.toPath(), "version " + version + " (" + coordinates(version) + ")");
    } catch (ArtifactResolutionException | RuntimeException e) {
      log.debug("tom: cannot resolve " + artifact + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * Reads a baseline as it was released: only structure counts, no lint rule (a review that has
   * since fallen due must not make an old version unreadable).
   */
  private static final Tom STRUCTURE_ONLY = structureOnly();

  private static Tom structureOnly() {
    Tom.Builder b = Tom.builder();
    for (Rule r : Rule.all()) {
      if (r.configurable()) {
        b.ruleSeverity(r.id(), RuleLevel.OFF);
      }
    }
    return b.build();
  }

  /** Loads the baseline; it must be a structurally valid catalogue or export. */
  Catalogue load(Found found) throws MojoFailureException {
    Tom tom = STRUCTURE_ONLY;
    if (support.artifacts != null) {
      Tom.Builder b = Tom.builder().artifacts(support.artifacts);
      Rule.all().stream()
          .filter(Rule::configurable)
          .forEach(r -> b.ruleSeverity(r.id(), RuleLevel.OFF));
      tom = b.build();
    }
    LoadResult result = tom.load(found.file(), support.display(found.file()));
    if (result.hasErrors()) {
      for (Diagnostic d : result.diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          log.error(d.format());
        }
      }
      throw new MojoFailureException(
          "tom: the baseline "
              + found.description()
              + " is not a"
              + " readable catalogue or JSON export ("
              + result.count(Severity.ERROR)
              + " errors"
              + " above)");
    }
    return result.orElseThrow();
  }

  /**
   * Prints the reductions that the current catalogue's {@code changes:} log does not record, and
   * fails when there are any; prints the warnings of the diff (DIFF-004) without failing. Each
   * finding is printed once per build: check and diff with the same baseline both guard, and the
   * second does not repeat what the first printed (it still fails on an unrecorded reduction).
   */
  static void guard(CatalogueDiff diff, Found baseline, CatalogueSupport support, Path path)
      throws MojoFailureException {
    String catalogue = support.display(path);
    List<Diagnostic> unrecorded = new java.util.ArrayList<>();
    int repeated = 0;
    for (Diagnostic d : diff.diagnostics()) {
      if (d.severity() == io.github.tomannex.tom.Severity.ERROR) {
        unrecorded.add(d);
      }
      // DIFF-004 (a warning): a new sub-processor without a notice period
      if (!support.printOnce(path, d.severity(), d.format())) {
        repeated++;
      }
    }
    support.repeated(path, repeated);
    if (!unrecorded.isEmpty()) {
      throw new MojoFailureException(
          "tom: "
              + catalogue
              + " has "
              + CatalogueSupport.plural(unrecorded.size(), "reduction")
              + " of protection since "
              + baseline.description()
              + " that its 'changes' log does not record; record each with"
              + " version, date, measure or certificate, and reason (docs/catalogue-format.md#changes)");
    }
  }
}
