package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the TOM catalogue: prints every diagnostic as {@code path:line:col: severity: rule:
 * message} and fails the build when there is an error (or a warning, with {@code failOnWarning}).
 * With a {@code baseline} configured, also fails when protection was reduced since that version
 * without an entry in the catalogue's {@code changes:} log (as the {@code diff} goal does, without
 * writing a notice). A catalogue checked successfully today with the same options and plugin is not
 * checked again: its warnings are repeated from a record under {@code target/.tom-check}. Runs
 * without a project too: {@code mvn io.github.tomannex:tom-maven-plugin:check
 * -Dtom.catalogue=catalogue.yaml}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class CheckMojo extends AbstractTomMojo {
  /** Skips this goal only. */
  @Parameter(property = "tom.check.skip", defaultValue = "false")
  boolean skipCheck;

  /**
   * A baseline to guard against silent reductions: the path of a catalogue or JSON export, or a
   * released version of this project (see the {@code diff} goal). Unset, {@code check} compares
   * with nothing.
   */
  @Parameter(property = "tom.baseline")
  String baseline;

  /** The classifier under which releases attached their JSON export. */
  @Parameter(property = "tom.baselineClassifier", defaultValue = "tom")
  String baselineClassifier;

  /**
   * Also checks every variant beside the catalogue: each {@code *.yaml} file in the catalogue's
   * directory whose {@code base:} names the catalogue. Its findings are printed like the
   * catalogue's, and its errors fail the build.
   */
  @Parameter(property = "tom.checkVariants", defaultValue = "true")
  boolean checkVariants = true;

  /** Where the record of the last successful check is kept ({@code .tom-check/}). */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Override
  String goal() {
    return "check";
  }

  @Override
  boolean skipGoal() {
    return skipCheck;
  }

  @Override
  void standaloneDefaults(File base) {
    buildDirectory = standaloneDefault(buildDirectory, base);
  }

  @Override
  void run(Path path) throws MojoFailureException, MojoExecutionException {
    Path record = null;
    Fingerprint fingerprint = null;
    CatalogueSupport.Options options = options(System.getenv("GITHUB_ACTIONS"));
    boolean recordable =
        project != null
            && project.getFile() != null
            && buildDirectory != null
            && (baseline == null || baseline.isBlank())
            && options.sarif() == null
            && !options.githubActions();
    if (recordable) {
      try {
        // the review rules depend on the date: a record holds for the day it was made
        fingerprint =
            Fingerprint.of(
                path,
                "check|" + lint + "|" + failOnWarning + "|" + LocalDate.now(),
                null,
                tomVersion,
                support.inputFiles(path));
        record =
            support.resolve(buildDirectory).resolve(".tom-check").resolve(Fingerprint.key(path));
        List<String> replay = fingerprint.recorded(record);
        if (replay != null) {
          int repeated = 0;
          for (String line : replay) {
            Severity severity =
                line.startsWith("W ")
                    ? Severity.WARNING
                    : line.startsWith("I ") ? Severity.INFO : null;
            if (severity != null && !support.printOnce(path, severity, line.substring(2))) {
              repeated++;
            }
          }
          support.repeated(path, repeated);
          log()
              .info(
                  "tom: "
                      + support.display(path)
                      + " is unchanged since it was checked"
                      + " today with the same options; not checked again");
          variants(path);
          return;
        }
      } catch (IOException e) {
        record = null; // no record: check as usual
      }
    }
    LoadResult result = loadResult(path);
    Catalogue c = result.orElseThrow();
    if (record != null) {
      List<String> lines = new ArrayList<>();
      for (Diagnostic d : result.diagnostics()) {
        // one line each: a line break in a finding must not make a line of its own
        lines.add((d.severity() == Severity.WARNING ? "W " : "I ") + SafeLog.clean(d.format()));
      }
      try {
        Files.createDirectories(record.getParent());
        fingerprint.record(record, lines);
      } catch (IOException e) {
        log().debug("tom: cannot record the check in " + record + ": " + e.getMessage());
      }
    }
    log()
        .info(
            "tom: "
                + support.display(path)
                + " is valid: "
                + CatalogueSupport.plural(c.measures().size(), "measure")
                + ", languages "
                + String.join(", ", c.document().languages())
                + ", layout "
                + c.layout().id());
    variants(path);
    if (baseline != null && !baseline.isBlank()) {
      Baselines baselines = baselines(baselineClassifier);
      Baselines.Found found = baselines.find(baseline);
      CatalogueDiff diff = CatalogueSupport.TOM.diff(baselines.load(found), c);
      Baselines.guard(diff, found, support, path);
      log()
          .info(
              "tom: no unrecorded reduction of protection since "
                  + found.description()
                  + " ("
                  + CatalogueSupport.plural(diff.reductions().size(), "reduction")
                  + " recorded in 'changes')");
    }
  }

  /** Checks the variants beside the catalogue (see {@link #checkVariants}). */
  private void variants(Path master) throws MojoFailureException, MojoExecutionException {
    if (!checkVariants) {
      return;
    }
    Path self = master.toAbsolutePath().normalize();
    List<Path> variants = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(self.getParent())) {
      files
          .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
          .filter(f -> !f.toAbsolutePath().normalize().equals(self))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(variants::add);
    } catch (IOException e) {
      log().debug("tom: cannot list " + self.getParent() + ": " + e.getMessage());
      return;
    }
    for (Path f : variants) {
      if (!CatalogueSupport.TOM.base(f).equals(java.util.Optional.of(self))) {
        continue;
      }
      Catalogue v =
          support.load(f, failOnWarning, options(System.getenv("GITHUB_ACTIONS"))).orElseThrow();
      log()
          .info(
              "tom: variant "
                  + support.display(f)
                  + " is valid: "
                  + CatalogueSupport.plural(v.measures().size(), "measure")
                  + ", version "
                  + v.document().version());
    }
  }
}
