package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The common part of every goal: skip handling, loading and validating the catalogue, and
 * mapping diagnostics onto Maven's log and exceptions. Each goal implements {@link #run}.
 */
public abstract class AbstractTomMojo extends AbstractMojo {
  /** One engine for all goals and threads: it is immutable and thread-safe. */
  static final Tom TOM = Tom.builder().build();

  static final String DEFAULT_CATALOGUE = "src/tom/catalogue.yaml";

  /**
   * The catalogue file. When it is left at its default and the file does not exist, the goal
   * is skipped with an INFO line.
   */
  @Parameter(property = "tom.catalogue", defaultValue = "${project.basedir}/" + DEFAULT_CATALOGUE)
  File catalogue;

  /** Skips the goal. */
  @Parameter(property = "tom.skip", defaultValue = "false")
  boolean skip;

  /** The project's base directory; paths in messages are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Where Maven was started; the base directory when there is no project. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tom: skipped (tom.skip=true)");
      return;
    }
    Path path = resolve(catalogue);
    String source = display(path);
    if (!Files.exists(path) && isDefaultCatalogue(path)) {
      getLog().info("tom: no catalogue at " + source + "; nothing to do (set <catalogue> or"
          + " -Dtom.catalogue to use another file)");
      return;
    }
    if (!Files.isRegularFile(path)) {
      throw new MojoFailureException("tom: <catalogue> points to " + source + ", which "
          + (Files.exists(path) ? "is not a file" : "does not exist")
          + "; set <catalogue> in the plugin configuration or -Dtom.catalogue");
    }
    LoadResult result = TOM.load(path, source);
    report(result.diagnostics());
    if (result.hasErrors()) {
      throw new MojoFailureException(summary(source, result));
    }
    run(result.orElseThrow(), source, result);
  }

  /**
   * Does the goal's work with a valid catalogue.
   *
   * @param catalogue the loaded catalogue, without errors
   * @param source the catalogue's path as shown in messages
   * @param result the load result, for its warnings
   * @throws MojoExecutionException on I/O or internal failures
   * @throws MojoFailureException on problems the user must fix
   */
  protected abstract void run(Catalogue catalogue, String source, LoadResult result)
      throws MojoExecutionException, MojoFailureException;

  private boolean isDefaultCatalogue(Path path) {
    return path.equals(base().resolve(DEFAULT_CATALOGUE));
  }

  /** The project's base directory, or where Maven was started when there is no project. */
  Path base() {
    File dir = basedir != null ? basedir
        : executionRoot != null ? executionRoot : new File(System.getProperty("user.dir"));
    return dir.toPath().toAbsolutePath().normalize();
  }

  /** A configured file, relative paths taken from the base directory. */
  Path resolve(File file) {
    Path p = file.toPath();
    return (p.isAbsolute() ? p : base().resolve(p)).normalize();
  }

  /** A path relative to the project's base directory when it lies inside it. */
  String display(Path path) {
    Path base = base();
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(base) && !p.equals(base)
        ? base.relativize(p).toString().replace(File.separatorChar, '/')
        : p.toString();
  }

  void report(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      switch (d.severity()) {
        case ERROR -> getLog().error(d.format());
        case WARNING -> getLog().warn(d.format());
        case INFO -> getLog().info(d.format());
      }
    }
  }

  static String summary(String source, LoadResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    String firstErrors =
        result.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .limit(5)
            .map(d -> "  " + d.format())
            .collect(Collectors.joining("\n"));
    return "tom: " + source + " has " + plural(errors, "error")
        + (warnings > 0 ? " and " + plural(warnings, "warning") : "") + ":\n" + firstErrors
        + (errors > 5 ? "\n  … and " + (errors - 5) + " more, listed above" : "");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
