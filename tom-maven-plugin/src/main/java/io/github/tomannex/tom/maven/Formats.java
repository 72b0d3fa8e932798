package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.OutputFormats;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.RenderedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The formats a goal renders, looked up by id among the {@link OutputFormat}s the plugin's class
 * realm holds ({@link OutputFormats}): tom-core's {@code md}, {@code html} and {@code json}, and
 * {@code pdf} when tom-pdf is there. Files come back as {@link RenderedFile}s, which say what they
 * are; a format that renders change notices is in the notice without being named here.
 *
 * @param formats the formats asked for, in {@link OutputFormats}' order
 */
record Formats(List<OutputFormat> formats) {
  Formats {
    formats = List.copyOf(formats);
  }

  /** Every format the plugin's class loader sees. */
  static Formats available() throws MojoFailureException {
    try {
      return new Formats(OutputFormats.available(Formats.class.getClassLoader()));
    } catch (IllegalStateException e) {
      throw new MojoFailureException("tom: " + e.getMessage());
    }
  }

  /** Parses {@code <formats>} against the formats the plugin's class loader sees. */
  static Formats parse(String value) throws MojoFailureException {
    return parse(value, Formats.class.getClassLoader(), pluginVersion());
  }

  /**
   * Parses a comma-separated list of format ids against the formats {@code loader} sees.
   *
   * @param version the plugin's version, for the dependency a missing format needs
   */
  static Formats parse(String value, ClassLoader loader, String version)
      throws MojoFailureException {
    List<OutputFormat> available;
    try {
      available = OutputFormats.available(loader);
    } catch (IllegalStateException e) {
      throw new MojoFailureException("tom: " + e.getMessage());
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : value.split(",")) {
      String n = name.trim();
      if (n.isEmpty()) {
        continue;
      }
      Optional<OutputFormat> f = OutputFormats.find(n, loader);
      if (f.isEmpty()) {
        Optional<String> artifact = OutputFormats.providedBy(n);
        if (artifact.isPresent()) {
          throw new MojoFailureException(missing(n, artifact.get(), version));
        }
        throw new MojoFailureException(
            "tom: <formats> has '"
                + n
                + "', which is not a format;"
                + " expected a comma-separated list of "
                + valid(available)
                + " (set <formats> or -Dtom.formats)");
      }
      wanted.add(f.get().id());
    }
    if (wanted.isEmpty()) {
      throw new MojoFailureException(
          "tom: <formats> is empty; expected a comma-separated list of " + valid(available));
    }
    return new Formats(available.stream().filter(f -> wanted.contains(f.id())).toList());
  }

  /** The ids the class path offers, and those a plugin dependency would add. */
  private static String valid(List<OutputFormat> available) {
    List<String> ids = new ArrayList<>(available.stream().map(OutputFormat::id).toList());
    String text = String.join(", ", ids);
    for (String id : List.of("pdf", "docx")) {
      if (!ids.contains(id)) {
        text +=
            ", or "
                + id
                + " with "
                + OutputFormats.providedBy(id).orElseThrow()
                + " as a dependency of the plugin";
      }
    }
    return text;
  }

  /** A format tom publishes in its own artifact, asked for without it: the XML to add. */
  static String missing(String id, String artifact, String version) {
    String[] ga = artifact.split(":");
    return "tom: <formats> has '"
        + id
        + "', which "
        + artifact
        + " renders; it is not a"
        + " dependency of the plugin. Add it inside the <plugin> element of tom-maven-plugin in"
        + " the POM:\n  <dependencies><dependency><groupId>"
        + ga[0]
        + "</groupId><artifactId>"
        + ga[1]
        + "</artifactId><version>"
        + version
        + "</version></dependency></dependencies>";
  }

  /** The plugin's version from its jar, for the XML a missing format needs. */
  static String pluginVersion() {
    try (InputStream in =
        Formats.class.getResourceAsStream(
            "/META-INF/maven/io.github.tomannex/tom-maven-plugin/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
    } catch (IOException e) {
      // the placeholder below still names what to add
    }
    return "<!-- the version of tom-maven-plugin -->";
  }

  /** A stable text of the selection, for the fingerprint: the ids in order. */
  String key() {
    return String.join(",", formats.stream().map(OutputFormat::id).toList());
  }

  /**
   * Every file of the annex: the formats with a file per language, each in every language, then
   * those with one file (JSON). What a format would render wrongly (PDF-001) is logged as a warning
   * first.
   */
  List<RenderedFile> render(
      Catalogue catalogue, List<String> languages, Optional<Instant> when, Log log) {
    for (OutputFormat f : formats) {
      for (String lang :
          f.perLanguage() ? languages : List.of(catalogue.document().bindingLanguage())) {
        f.check(catalogue, lang).forEach(d -> log.warn(d.format()));
      }
    }
    return CatalogueSupport.TOM.renderAll(catalogue, formats, languages, options(when));
  }

  /**
   * The change notice of a diff in every format asked for that renders notices: {@code
   * changes-<lang>.md}, {@code .html}, {@code .pdf} per language, the diff as {@code changes.json}.
   */
  List<RenderedFile> renderChanges(
      CatalogueDiff diff, List<String> languages, Optional<Instant> when, Log log) {
    for (OutputFormat f : formats) {
      if (!f.rendersChanges()) {
        continue;
      }
      for (String lang :
          f.perLanguage() ? languages : List.of(diff.current().document().bindingLanguage())) {
        f.checkChanges(diff, lang).forEach(d -> log.warn(d.format()));
      }
    }
    return CatalogueSupport.TOM.renderAllChanges(diff, formats, languages, options(when));
  }

  private static RenderOptions options(Optional<Instant> when) {
    return when.map(RenderOptions.defaults()::withTimestamp).orElse(RenderOptions.defaults());
  }

  /**
   * {@code project.build.outputTimestamp} as an instant: ISO-8601 or seconds since the epoch; empty
   * when unset, which lets a PDF take the catalogue's effective date.
   */
  static Optional<Instant> timestamp(String outputTimestamp) throws MojoFailureException {
    if (outputTimestamp == null
        || outputTimestamp.isBlank()
        || (outputTimestamp.length() == 1 && !Character.isDigit(outputTimestamp.charAt(0)))) {
      return Optional.empty();
    }
    String t = outputTimestamp.trim();
    try {
      if (t.chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
      }
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new MojoFailureException(
          "tom: project.build.outputTimestamp is '"
              + t
              + "'; expected"
              + " an ISO-8601 date and time such as 2026-01-01T00:00:00Z, or seconds since 1970");
    }
  }
}
