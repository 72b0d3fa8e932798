package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Labels;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The annex as a page of the project site, {@code tom.html}, in the binding language and in
 * the site's skin, linking to every language and format of the annex, which it copies next
 * to the page under {@code tom/}. Add it under {@code <reporting>} (maven-site-plugin 3.21.0
 * or newer), or run it alone: {@code mvn tom:report}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
  /** The catalogue file; without it there is no page. */
  @Parameter(property = "tom.catalogue",
      defaultValue = "${project.basedir}/" + CatalogueSupport.DEFAULT_CATALOGUE)
  File catalogue;

  /**
   * The formats offered for download next to the page, comma-separated. Unset: every format
   * the plugin has, {@code md}, {@code html}, {@code json}, and {@code pdf} when
   * io.github.tomannex:tom-pdf is a dependency of the plugin.
   */
  @Parameter(property = "tom.formats")
  String formats;

  /** The build's timestamp for reproducible output: the PDF's creation date. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String buildTimestamp;

  /** The languages offered for download, comma-separated; empty means all. */
  @Parameter(property = "tom.languages")
  String languages;

  /**
   * Levels of lint rules, comma-separated {@code RULE=LEVEL} (off, info, warning, error), as
   * for {@code check}; they take precedence over the catalogue's {@code lint:} key.
   */
  @Parameter(property = "tom.lint")
  String lint;

  /** Fails the site build when the catalogue has warnings. */
  @Parameter(property = "tom.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skips every goal of this plugin. */
  @Parameter(property = "tom.skip", defaultValue = "false")
  boolean skip;

  /** Skips this goal only. */
  @Parameter(property = "tom.report.skip", defaultValue = "false")
  boolean skipReport;

  /** Where Maven was started: paths in messages are relative to it, as in the other goals. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /** The build, to share with the other goals which findings were printed. */
  @Parameter(defaultValue = "${session}", readonly = true)
  org.apache.maven.execution.MavenSession mavenSession;

  @Override
  public String getOutputName() {
    return "tom";
  }

  @Override
  public String getName(Locale locale) {
    return siteWord("site.name", locale);
  }

  @Override
  public String getDescription(Locale locale) {
    return siteWord("site.description", locale);
  }

  /**
   * A word of the site's menu in the site's locale: tom's word in that language, else the
   * English one, as the site's own words fall back (the locale is the site's, not a language
   * of the catalogue, so the catalogue's labels do not apply).
   */
  private static String siteWord(String key, Locale locale) {
    Labels words = Labels.standard();
    return words.word(key, locale.getLanguage()).orElseGet(() -> words.format(key, "en"));
  }

  private CatalogueSupport support() {
    return new CatalogueSupport(project.getBasedir(), executionRoot, getLog(),
        CatalogueSupport.printedIn(mavenSession));
  }

  @Override
  public boolean canGenerateReport() {
    if (skip || skipReport) {
      SafeLog.of(getLog()).info("tom: report skipped (" + (skip ? "tom.skip" : "tom.report.skip") + "=true)");
      return false;
    }
    CatalogueSupport support = support();
    Path path = support.resolve(catalogue);
    if (!Files.isRegularFile(path)) {
      SafeLog.of(getLog()).info("tom: no catalogue at " + support.display(path) + "; no TOM page");
      return false;
    }
    return true;
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    CatalogueSupport support = support();
    Path path = support.resolve(catalogue);
    try {
      report(support, path);
    } catch (OutOfMemoryError e) {
      throw new MavenReportException(AbstractTomMojo.outOfMemoryMessage("report",
          support.display(path), e), new MojoFailureException(e.getMessage(), e));
    }
  }

  private void report(CatalogueSupport support, Path path) throws MavenReportException {
    Catalogue c;
    List<String> langs;
    Formats wanted;
    java.util.Optional<java.time.Instant> when;
    try {
      c = support.load(path, failOnWarning,
          new CatalogueSupport.Options(CatalogueSupport.lint(lint), null, false, null));
      langs = CatalogueSupport.languages(languages, c);
      wanted = formats == null || formats.isBlank() ? Formats.available() : Formats.parse(formats);
      when = Formats.timestamp(buildTimestamp);
    } catch (MojoFailureException | MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    List<String[]> downloads = new ArrayList<>();
    Path dir = getReportOutputDirectory().toPath().resolve("tom");
    try {
      Files.createDirectories(dir);
      for (io.github.tomannex.tom.RenderedFile f : wanted.render(c, langs, when, getLog())) {
        RenderMojo.writeAtomically(dir.resolve(f.fileName()), f.bytes());
        downloads.add(new String[] {f.fileName(), "tom/" + f.fileName()});
      }
    } catch (IOException e) {
      throw new MavenReportException("tom: cannot write the annex to " + support.display(dir)
          + ": " + SafeLog.clean(e.getMessage()), e);
    }
    CatalogueSupport.TOM.render(c, c.document().bindingLanguage(),
        new SinkAnnexHandler(getSink(), downloads));
  }
}
