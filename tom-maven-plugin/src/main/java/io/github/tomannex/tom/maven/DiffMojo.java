package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the catalogue with a baseline, writes the change notice ("Änderungen gegenüber Version
 * X" / "Changes since version X") next to the annex as {@code changes-<lang>.<format>} (and the
 * diff as {@code changes.json}), attaches it (classifier {@code tom-changes-<lang>}), and fails the
 * build when protection was reduced (a measure removed or no longer implemented, a certificate
 * removed) without an entry in the catalogue's {@code changes:} log.
 *
 * <p>The baseline ({@code tom.baseline}) is a catalogue or JSON export file, or a released version
 * of this project whose attached JSON export (type {@code json}, classifier {@code tom}) is
 * resolved from the repositories. Unset, it is the newest release before the current version; when
 * there is none (a first release, or offline without it in the local repository) the goal says so
 * and does nothing. Runs without a project too: {@code mvn io.github.tomannex:tom-maven-plugin:diff
 * -Dtom.catalogue=catalogue.yaml -Dtom.baseline=annex.json -Dtom.outputDirectory=out}.
 */
@Mojo(
    name = "diff",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresProject = false,
    threadSafe = true)
public class DiffMojo extends AbstractOutputMojo {
  /**
   * What to compare with: the path of a catalogue or of a JSON export ({@code annex.json}), or a
   * released version of this project. Unset: the newest release before this version.
   */
  @Parameter(property = "tom.baseline")
  String baseline;

  /** The classifier under which releases attached their JSON export. */
  @Parameter(property = "tom.baselineClassifier", defaultValue = "tom")
  String baselineClassifier;

  /**
   * Compares a variant with its master, the catalogue its {@code base:} names, instead of with a
   * baseline: the notice says what the variant's annex lacks or changes compared with the master's;
   * a measure the variant removes is a reduction unless its {@code changes:} records it.
   */
  @Parameter(property = "tom.againstBase", defaultValue = "false")
  boolean againstBase;

  /** Skips this goal only. */
  @Parameter(property = "tom.diff.skip", defaultValue = "false")
  boolean skipDiff;

  @Override
  String goal() {
    return "diff";
  }

  @Override
  boolean skipGoal() {
    return skipDiff;
  }

  @Override
  void run(Path path) throws MojoExecutionException, MojoFailureException {
    Formats wanted = wantedFormats();
    Optional<Instant> when = timestamp();
    Catalogue current = load(path);
    Baselines baselines = baselines(baselineClassifier);
    Baselines.Found found;
    if (againstBase) {
      Path master =
          CatalogueSupport.TOM
              .base(path)
              .orElseThrow(
                  () ->
                      new MojoFailureException(
                          "tom: <againstBase> is set, but "
                              + support.display(path)
                              + " has no 'base:'; only a variant can be compared with its"
                              + " master (or set <baseline>)"));
      found = new Baselines.Found(master, "its master " + support.display(master));
    } else {
      found = baselines.find(baseline);
    }
    Path dir = support.resolve(outputDirectory);
    RenderMojo.removeStale(dir, support);
    if (found == null) {
      removeOldNotices(dir, List.of()); // a notice against an earlier baseline is stale now
      return;
    }
    Catalogue old = baselines.load(found);
    CatalogueDiff diff = CatalogueSupport.TOM.diff(old, current);
    List<String> langs = CatalogueSupport.languages(languages, current);
    List<RenderedFile> rendered;
    try {
      rendered = wanted.renderChanges(diff, langs, when, getLog());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("tom: rendering the change notice failed: " + e, e);
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (RenderedFile f : rendered) {
      files.put(dir.resolve(f.fileName()), f.bytes());
    }
    for (RenderedFile f : rendered) {
      // its checksum beside each file, as for the annex (sha256sum -c)
      files.put(
          dir.resolve(f.fileName() + CatalogueSupport.CHECKSUM),
          CatalogueSupport.checksumLine(f.fileName(), f.bytes()));
    }
    claim(files.keySet());
    try {
      Files.createDirectories(dir);
      List<String> names = files.keySet().stream().map(p -> p.getFileName().toString()).toList();
      AtomicFiles.writeAll(files);
      removeOldNotices(dir, names);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write the change notice to " + support.display(dir) + ": " + e.getMessage(),
          e);
    }
    List<CatalogueDiff.Item> measures = diff.items(CatalogueDiff.Kind.MEASURE);
    log()
        .info(
            "tom: "
                + support.display(path)
                + " (version "
                + current.document().version()
                + ") against "
                + found.description()
                + ": measures "
                + count(measures, CatalogueDiff.Type.ADDED)
                + " added, "
                + count(measures, CatalogueDiff.Type.CHANGED)
                + " changed, "
                + count(measures, CatalogueDiff.Type.REMOVED)
                + " removed; "
                + CatalogueSupport.plural(diff.reductions().size(), "reduction")
                + " ("
                + diff.unrecorded().size()
                + " not recorded); wrote "
                + String.join(", ", rendered.stream().map(RenderedFile::fileName).toList())
                + " to "
                + support.display(dir));
    if (attach && hasProject()) {
      attach(dir, rendered);
    }
    Baselines.guard(diff, found, support, path);
  }

  /**
   * Fails when another diff execution of this build wrote one of these files: two notices must not
   * overwrite each other (the project's context lives as long as the build).
   */
  private void claim(Iterable<Path> files) throws MojoFailureException {
    if (project == null) {
      return;
    }
    String self = mojoExecution == null ? "diff" : mojoExecution.getExecutionId();
    for (Path file : files) {
      String key = "tom.diff:" + file.toAbsolutePath().normalize();
      Object other = project.getContextValue(key);
      if (other != null && !other.equals(self)) {
        throw new MojoFailureException(
            "tom: the diff execution '"
                + other
                + "' of this build"
                + " already wrote "
                + support.display(file)
                + "; give each diff execution its own"
                + " <outputDirectory> and <classifier>");
      }
      project.setContextValue(key, self);
    }
  }

  /** The record of the notice files the last diff wrote into its output directory. */
  static final String NOTICES = ".tom-changes";

  /**
   * The names of tom's change notice files, in any format ({@link
   * io.github.tomannex.tom.RenderedFile#fileName()}); nothing else is ever removed.
   */
  private static final java.util.regex.Pattern NOTICE =
      java.util.regex.Pattern.compile(
          "changes(-[A-Za-z0-9-]{1,40})?\\.[a-z][a-z0-9]{0,15}(\\.[a-z][a-z0-9]{0,15})?(\\.sha256)?");

  /**
   * Removes the notice files that the last diff into {@code dir} wrote and this one did not
   * (another format or language, no baseline now), then records {@code names}. Only files listed in
   * the record and named as tom names its notices are removed: never the annex, never a file of the
   * user's.
   */
  private void removeOldNotices(Path dir, List<String> names) throws MojoExecutionException {
    Path record = dir.resolve(NOTICES);
    try {
      List<String> removed = new java.util.ArrayList<>();
      if (Files.isRegularFile(record)) {
        for (String old : Files.readAllLines(record, java.nio.charset.StandardCharsets.UTF_8)) {
          if (NOTICE.matcher(old).matches()
              && !names.contains(old)
              && Files.deleteIfExists(dir.resolve(old))) {
            removed.add(old);
          }
        }
      }
      if (!removed.isEmpty()) {
        log()
            .info(
                "tom: removed the earlier change notice "
                    + String.join(", ", removed)
                    + " from "
                    + support.display(dir));
      }
      if (names.isEmpty()) {
        Files.deleteIfExists(record);
      } else {
        AtomicFiles.write(
            record,
            (String.join("\n", names) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot remove the earlier change notice from "
              + support.display(dir)
              + ": "
              + SafeLog.clean(e.getMessage()),
          e);
    }
  }

  private static long count(List<CatalogueDiff.Item> items, CatalogueDiff.Type type) {
    return items.stream().filter(i -> i.type() == type).count();
  }

  /** Attaches each file under the classifier, {@code -changes} and its language. */
  private void attach(Path dir, List<RenderedFile> files) throws MojoFailureException {
    for (RenderedFile file : files) {
      String id =
          classifier
              + "-changes"
              + file.language().map(l -> "-" + l.toLowerCase(Locale.ROOT)).orElse("");
      support.attach(project, projectHelper, dir.resolve(file.fileName()), id);
      support.attach(
          project, projectHelper, dir.resolve(file.fileName() + CatalogueSupport.CHECKSUM), id);
    }
  }
}
