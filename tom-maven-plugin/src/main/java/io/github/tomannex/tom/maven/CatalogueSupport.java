package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What every goal shares: where the catalogue is, loading it, printing its diagnostics in the
 * form IDEs and CI log parsers pick up, and wording problems in POM terms.
 */
final class CatalogueSupport {
  /** One engine for all goals and threads: it is immutable and thread-safe. */
  static final Tom TOM = Tom.builder().build();

  static final String DEFAULT_CATALOGUE = "src/tom/catalogue.yaml";

  private final Path base;
  private final Log log;

  /**
   * @param basedir the project's base directory, or null without a project
   * @param executionRoot where Maven was started, or null
   */
  CatalogueSupport(File basedir, File executionRoot, Log log) {
    File dir = basedir != null ? basedir
        : executionRoot != null ? executionRoot : new File(System.getProperty("user.dir"));
    this.base = dir.toPath().toAbsolutePath().normalize();
    this.log = log;
  }

  Path base() {
    return base;
  }

  /** A configured file, relative paths taken from the base directory. */
  Path resolve(File file) {
    Path p = file.toPath();
    return (p.isAbsolute() ? p : base.resolve(p)).normalize();
  }

  /** A path relative to the base directory when it lies inside it, with '/' separators. */
  String display(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(base) && !p.equals(base)
        ? base.relativize(p).toString().replace(File.separatorChar, '/')
        : p.toString();
  }

  /** Whether the catalogue parameter is at its default: then a missing file means "no annex". */
  boolean isDefault(Path catalogue) {
    return catalogue.equals(base.resolve(DEFAULT_CATALOGUE));
  }

  /** Whether the goal has nothing to do because the default catalogue does not exist. */
  boolean absent(Path catalogue, String goal) throws MojoFailureException {
    if (Files.isRegularFile(catalogue)) {
      return false;
    }
    if (!Files.exists(catalogue) && isDefault(catalogue)) {
      log.info("tom: no catalogue at " + display(catalogue) + "; " + goal + " has nothing to do"
          + " (set <catalogue> or -Dtom.catalogue to use another file)");
      return true;
    }
    throw new MojoFailureException("tom: <catalogue> points to " + display(catalogue)
        + ", which " + (Files.exists(catalogue) ? "is not a file" : "does not exist")
        + "; set <catalogue> in the plugin configuration or -Dtom.catalogue");
  }

  /**
   * Loads and validates; prints every diagnostic; fails on errors, and on warnings when
   * {@code failOnWarning} is set.
   */
  Catalogue load(Path catalogue, boolean failOnWarning)
      throws MojoFailureException, MojoExecutionException {
    String source = display(catalogue);
    LoadResult result = TOM.load(catalogue, source);
    for (Diagnostic d : result.diagnostics()) {
      switch (d.severity()) {
        case ERROR -> log.error(d.format());
        case WARNING -> log.warn(d.format());
        case INFO -> log.info(d.format());
      }
    }
    if (result.hasErrors()) {
      boolean unreadable = result.diagnostics().stream()
          .filter(d -> d.severity() == Severity.ERROR)
          .allMatch(d -> d.rule().equals("FILE-001"));
      String summary = summary(source, result, Severity.ERROR, "");
      if (unreadable) {
        throw new MojoExecutionException(summary); // an I/O problem, not the catalogue's content
      }
      throw new MojoFailureException(summary);
    }
    if (failOnWarning && result.count(Severity.WARNING) > 0) {
      throw new MojoFailureException(summary(source, result, Severity.WARNING,
          " (failOnWarning is set: <failOnWarning> or -Dtom.failOnWarning)"));
    }
    return result.orElseThrow();
  }

  static String summary(String source, LoadResult result, Severity severity, String why) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long shown = result.count(severity);
    String first =
        result.diagnostics().stream()
            .filter(d -> d.severity() == severity)
            .limit(5)
            .map(d -> "  " + d.format())
            .collect(Collectors.joining("\n"));
    List<String> counts = new ArrayList<>();
    if (errors > 0) {
      counts.add(plural(errors, "error"));
    }
    if (warnings > 0) {
      counts.add(plural(warnings, "warning"));
    }
    return "tom: " + source + " has " + String.join(" and ", counts) + why + ":\n" + first
        + (shown > 5 ? "\n  … and " + (shown - 5) + " more, listed above" : "");
  }

  /**
   * The languages to render: all of the catalogue's when {@code wanted} is blank, else the
   * listed ones, each of which must be one of the catalogue's.
   */
  static List<String> languages(String wanted, Catalogue catalogue) throws MojoFailureException {
    List<String> all = catalogue.document().languages();
    if (wanted == null || wanted.isBlank()) {
      return all;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String lang : wanted.split(",")) {
      String l = lang.trim();
      if (l.isEmpty()) {
        continue;
      }
      if (!all.contains(l)) {
        throw new MojoFailureException("tom: <languages> has '" + l + "', which is not one of"
            + " the catalogue's languages: " + String.join(", ", all)
            + " (set <languages> or -Dtom.languages, or leave it empty for all)");
      }
      out.add(l);
    }
    return List.copyOf(out);
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
