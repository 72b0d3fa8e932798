package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The common part of {@code check} and {@code render}: skip handling, loading and validating
 * the catalogue, and mapping diagnostics onto Maven's log and exceptions. Each goal
 * implements {@link #run}.
 */
public abstract class AbstractTomMojo extends AbstractMojo {
  /**
   * The catalogue file. When it is left at its default and the file does not exist, the goal
   * does nothing and says so in one INFO line; a catalogue set explicitly must exist.
   */
  @Parameter(property = "tom.catalogue",
      defaultValue = "${project.basedir}/" + CatalogueSupport.DEFAULT_CATALOGUE)
  File catalogue;

  /** Skips every goal of this plugin. */
  @Parameter(property = "tom.skip", defaultValue = "false")
  boolean skip;

  /** Fails the build when the catalogue has warnings, not only when it has errors. */
  @Parameter(property = "tom.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * Levels of lint rules (docs/rules.md), comma-separated {@code RULE=LEVEL} with a level of
   * {@code off}, {@code info}, {@code warning} or {@code error}, for example {@code
   * SPEC-002=off,REV-001=warning}. They take precedence over the catalogue's {@code lint:}
   * key.
   */
  @Parameter(property = "tom.lint")
  String lint;

  /**
   * Also writes the diagnostics in a machine-readable form: {@code none} (the default) or
   * {@code sarif} (SARIF 2.1.0, for code scanning in CI) to {@code diagnosticsFile}. The file
   * is written before the build fails, so CI can upload it.
   */
  @Parameter(property = "tom.diagnostics", defaultValue = "none")
  String diagnostics;

  /** Where {@code diagnostics=sarif} writes; give each catalogue of a project its own. */
  @Parameter(property = "tom.diagnosticsFile",
      defaultValue = "${project.build.directory}/tom/diagnostics.sarif")
  File diagnosticsFile;

  /** This plugin's version, for the SARIF file and the render fingerprint. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String tomVersion;

  /** The project's base directory; paths in messages are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Where Maven was started; the base directory when there is no project. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  CatalogueSupport support;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("tom: " + goal() + " skipped (" + (skip ? "tom.skip" : "tom." + goal() + ".skip")
          + "=true)");
      return;
    }
    support = new CatalogueSupport(basedir, executionRoot, getLog());
    Path path = support.resolve(catalogue);
    if (support.absent(path, goal())) {
      return;
    }
    run(path);
  }

  /** The goal's name, for messages and its skip property {@code tom.<goal>.skip}. */
  abstract String goal();

  /** Whether the goal's own skip parameter is set. */
  abstract boolean skipGoal();

  /**
   * Does the goal's work.
   *
   * @param catalogue the catalogue file, which exists
   * @throws MojoExecutionException on I/O or internal failures
   * @throws MojoFailureException on problems the user must fix
   */
  abstract void run(Path catalogue) throws MojoExecutionException, MojoFailureException;

  /**
   * Loads, prints diagnostics (and writes them as SARIF and GitHub Actions annotations when
   * configured), fails on errors (and warnings with failOnWarning).
   */
  Catalogue load(Path path) throws MojoFailureException, MojoExecutionException {
    return support.load(path, failOnWarning, options(System.getenv("GITHUB_ACTIONS")));
  }

  /** The validation options, from the parameters and the GITHUB_ACTIONS variable. */
  CatalogueSupport.Options options(String githubActions) throws MojoFailureException {
    String format = diagnostics == null ? "none" : diagnostics.trim();
    if (!format.equals("none") && !format.equals("sarif")) {
      throw new MojoFailureException("tom: <diagnostics> is '" + format + "', which is not a"
          + " diagnostics format; expected none or sarif (set <diagnostics> or"
          + " -Dtom.diagnostics)");
    }
    Path sarif = null;
    if (format.equals("sarif")) {
      sarif = support.resolve(diagnosticsFile != null ? diagnosticsFile
          : new File("target/tom/diagnostics.sarif"));
    }
    return new CatalogueSupport.Options(CatalogueSupport.lint(lint), sarif,
        "true".equalsIgnoreCase(githubActions == null ? null : githubActions.trim()),
        tomVersion);
  }
}
