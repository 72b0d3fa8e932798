package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.RenderOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The annex as a page of the project site, {@code tom.html}, in the binding language and in the
 * site's skin, linking to every language and format of the annex, which it copies next to the page
 * under {@code tom/}. Add it under {@code <reporting>} (maven-site-plugin 3.21.0 or newer). Run
 * alone ({@code mvn tom:report}), it writes the same files into the reporting directory, the page
 * being the annex's own HTML in the binding language.
 *
 * <p>The report implements Maven's reporting interface directly, with nothing but that interface
 * and Doxia's sink interface on the plugin's class path: the site plugin brings the rest when it
 * runs the report, and the builds that do not build a site do not load it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractTomMojo implements MavenReport {
  /**
   * The formats offered for download next to the page, as a list or comma-separated. Unset: every
   * format the plugin has, {@code md}, {@code html}, {@code json}, {@code oscal}, and {@code pdf}
   * or {@code docx} when io.github.tomannex:tom-pdf or io.github.tomannex:tom-docx is a dependency
   * of the plugin.
   */
  @Parameter(property = "tom.formats")
  List<String> formats;

  /**
   * The languages offered for download, as a list or comma-separated; empty means all of the
   * catalogue's.
   */
  @Parameter(property = "tom.languages")
  List<String> languages;

  /** Skips this goal only. */
  @Parameter(property = "tom.report.skip", defaultValue = "false")
  boolean skipReport;

  /**
   * The classifier under which releases attached their JSON export: the page links the change
   * notice against the newest release, and the feed {@code tom/subprocessors.atom} shows how the
   * sub-processors changed across the released versions.
   */
  @Parameter(property = "tom.baselineClassifier", defaultValue = "tom")
  String baselineClassifier;

  /** How many released versions, newest first, the sub-processor feed goes back. */
  private static final int FEED_VERSIONS = 50;

  /** The build's timestamp for reproducible output: the PDF's creation date. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String buildTimestamp;

  /** Where the page is written; the site plugin sets its own. */
  @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
  File reportOutputDirectory;

  @Override
  String goal() {
    return "report";
  }

  @Override
  boolean skipGoal() {
    return skipReport;
  }

  @Override
  public String getOutputName() {
    return "tom";
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  /**
   * The menu entry in the annex's binding language (the page is in that language), else in the
   * site's.
   */
  @Override
  public String getName(Locale locale) {
    return siteWord("site.name", pageLocale(locale));
  }

  @Override
  public String getDescription(Locale locale) {
    return siteWord("site.description", pageLocale(locale));
  }

  private Locale bindingLocale;

  /**
   * The binding language of the catalogue, read without printing anything (the site asks for the
   * menu before the page); the site's locale when there is no readable catalogue.
   */
  private Locale pageLocale(Locale site) {
    if (bindingLocale == null) {
      bindingLocale = site;
      try {
        Path path = support().resolve(catalogue);
        if (Files.isRegularFile(path)) {
          support()
              .engine(Map.of())
              .load(path)
              .catalogue()
              .ifPresent(
                  c -> bindingLocale = Locale.forLanguageTag(c.document().bindingLanguage()));
        }
      } catch (RuntimeException e) {
        getLog().debug("tom: no binding language for the menu: " + e);
      }
    }
    return bindingLocale;
  }

  /**
   * A word of the site's menu in the site's locale: tom's word in that language, else the English
   * one, as the site's own words fall back (the locale is the site's, not a language of the
   * catalogue, so the catalogue's labels do not apply).
   */
  private static String siteWord(String key, Locale locale) {
    Labels words = Labels.standard();
    return words.word(key, locale.getLanguage()).orElseGet(() -> words.format(key, "en"));
  }

  @Override
  public void setReportOutputDirectory(File outputDirectory) {
    this.reportOutputDirectory = outputDirectory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  /** The site's view of {@link #skipped}: no page when skipped or without a catalogue. */
  @Override
  public boolean canGenerateReport() {
    if (skipped()) {
      return false;
    }
    CatalogueSupport s = support();
    Path path = s.resolve(catalogue);
    if (!Files.isRegularFile(path)) {
      s.log().info("tom: no catalogue at " + s.display(path) + "; no TOM page");
      return false;
    }
    return true;
  }

  private CatalogueSupport support() {
    if (support == null) {
      support = newSupport(project.getBasedir());
    }
    return support;
  }

  /** Under the site plugin: the page through the site's sink, laid out by its skin. */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    Path path = support().resolve(catalogue);
    try {
      Catalogue c = load(path);
      Published published = publish(c);
      CatalogueSupport.TOM.render(
          c,
          c.document().bindingLanguage(),
          new SinkAnnexHandler(sink, published.downloads(), published.related()));
    } catch (MojoFailureException | MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      MojoFailureException failure = outOfMemory(path, e);
      throw new MavenReportException(failure.getMessage(), failure);
    }
  }

  /** Run alone: the downloads, and the annex's own HTML in the binding language as the page. */
  @Override
  void run(Path path) throws MojoExecutionException, MojoFailureException {
    Catalogue c = load(path);
    publish(c);
    Path page = reportOutputDirectory.toPath().resolve(getOutputName() + ".html");
    try {
      AtomicFiles.write(
          page,
          CatalogueSupport.TOM
              .render(c, Format.HTML, c.document().bindingLanguage())
              .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write " + support.display(page) + ": " + SafeLog.clean(e.getMessage()), e);
    }
    log()
        .info(
            "tom: wrote "
                + support.display(page)
                + " (add the plugin under <reporting> for"
                + " the page in the site's skin)");
  }

  /**
   * What the page links: the annex's files, and the lines after them (a label, then pairs of link
   * text and href).
   */
  record Published(List<String[]> downloads, List<String[]> related) {}

  /**
   * Renders the annex, the sub-processor list (always also as {@code subprocessors.json}), the
   * change notice against the newest release (when there is one) and the sub-processor feed ({@code
   * subprocessors.atom}) into {@code tom/} under the report's directory.
   */
  private Published publish(Catalogue c) throws MojoFailureException, MojoExecutionException {
    List<String[]> files = downloads(c);
    List<String[]> downloads = new ArrayList<>();
    List<String> subprocessors = new ArrayList<>();
    for (String[] f : files) {
      if (f[0].startsWith("subprocessors")) {
        subprocessors.add(f[0]);
      } else {
        downloads.add(f);
      }
    }
    String lang = c.document().bindingLanguage();
    Labels words = Labels.of(c);
    Path dir = reportOutputDirectory.toPath().resolve("tom");
    List<String[]> related = new ArrayList<>();
    try {
      if (!subprocessors.contains("subprocessors.json")) {
        AtomicFiles.write(
            dir.resolve("subprocessors.json"),
            Format.JSON.outputFormat().renderSubprocessors(c, lang, RenderOptions.defaults()));
        subprocessors.add("subprocessors.json");
      }
      related.add(line(words.format("subprocessors.title", lang), subprocessors));
      List<Catalogue> history = new ArrayList<>();
      Baselines baselines = baselines(baselineClassifier);
      for (Baselines.Found found : baselines.releases(FEED_VERSIONS)) {
        try {
          history.add(baselines.load(found));
        } catch (MojoFailureException e) {
          // one unreadable old release does not take the page down: the feed goes without it
          getLog()
              .warn(
                  "tom: "
                      + found.description()
                      + " is left out of the page's history: "
                      + e.getMessage());
        }
      }
      if (!history.isEmpty()) {
        Catalogue newest = history.get(history.size() - 1);
        io.github.tomannex.tom.CatalogueDiff diff = CatalogueSupport.TOM.diff(newest, c);
        List<String> notices = new ArrayList<>();
        for (io.github.tomannex.tom.RenderedFile f :
            wantedFormats()
                .renderChanges(
                    diff,
                    CatalogueSupport.languages(languages, c),
                    Formats.timestamp(buildTimestamp),
                    getLog())) {
          AtomicFiles.write(dir.resolve(f.fileName()), f.bytes());
          notices.add(f.fileName());
        }
        related.add(line(words.format("notice.title", lang, newest.document().version()), notices));
      }
      if (project == null || !project.getVersion().endsWith("-SNAPSHOT")) {
        history.add(c); // the version built is released with this site
      }
      if (!history.isEmpty()) {
        String id = project == null ? "tom" : project.getGroupId() + ":" + project.getArtifactId();
        AtomicFiles.write(dir.resolve("subprocessors.atom"), SubprocessorFeed.atom(id, history));
        related.add(
            line(
                Labels.standard()
                    .word("site.feed", lang)
                    .orElseGet(() -> Labels.standard().format("site.feed", "en")),
                List.of("subprocessors.atom")));
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write the annex to "
              + support.display(dir)
              + ": "
              + SafeLog.clean(e.getMessage()),
          e);
    }
    return new Published(downloads, related);
  }

  private static String[] line(String label, List<String> names) {
    List<String> out = new ArrayList<>();
    out.add(label);
    for (String n : names) {
      out.add(n);
      out.add("tom/" + n);
    }
    return out.toArray(String[]::new);
  }

  private Formats wantedFormats() throws MojoFailureException {
    return formats == null || formats.isEmpty()
        ? Formats.available()
        : Formats.parse(String.join(",", formats));
  }

  /**
   * Renders the formats and languages offered for download into {@code tom/} under the report's
   * directory.
   *
   * @return pairs of link text and href relative to the page
   */
  private List<String[]> downloads(Catalogue c)
      throws MojoFailureException, MojoExecutionException {
    List<String> langs = CatalogueSupport.languages(languages, c);
    Formats wanted =
        formats == null || formats.isEmpty()
            ? Formats.available()
            : Formats.parse(String.join(",", formats));
    Optional<Instant> when = Formats.timestamp(buildTimestamp);
    List<String[]> downloads = new ArrayList<>();
    Path dir = reportOutputDirectory.toPath().resolve("tom");
    try {
      Files.createDirectories(dir);
      for (io.github.tomannex.tom.RenderedFile f : wanted.render(c, langs, when, getLog())) {
        AtomicFiles.write(dir.resolve(f.fileName()), f.bytes());
        downloads.add(new String[] {f.fileName(), "tom/" + f.fileName()});
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tom: cannot write the annex to "
              + support.display(dir)
              + ": "
              + SafeLog.clean(e.getMessage()),
          e);
    }
    return downloads;
  }
}
