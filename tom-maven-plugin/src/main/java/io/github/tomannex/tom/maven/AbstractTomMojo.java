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

  /** Loads, prints diagnostics, fails on errors (and warnings with failOnWarning). */
  Catalogue load(Path path) throws MojoFailureException, MojoExecutionException {
    return support.load(path, failOnWarning);
  }
}
