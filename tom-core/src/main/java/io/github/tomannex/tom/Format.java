package io.github.tomannex.tom;

import io.github.tomannex.tom.internal.render.HtmlFormat;
import io.github.tomannex.tom.internal.render.JsonFormat;
import io.github.tomannex.tom.internal.render.MarkdownFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The three output formats built into tom-core, as constants for {@link Tom#render(Catalogue,
 * Format, String)}. Every format, these three included, is an {@link OutputFormat} ({@link
 * #outputFormat()}); formats outside tom-core, such as tom-pdf's {@code pdf}, have no constant
 * here and are found with {@link OutputFormats}.
 */
public enum Format {
  /** CommonMark, one file per language: {@code annex-<lang>.md}. */
  MARKDOWN(new MarkdownFormat()),
  /** A self-contained HTML page with a print stylesheet, one per language. */
  HTML(new HtmlFormat()),
  /** The resolved catalogue as JSON, all languages in one file: {@code annex.json}. */
  JSON(new JsonFormat());

  private final OutputFormat output;
  private final String extension;
  private final boolean perLanguage;

  Format(OutputFormat output) {
    this.output = output;
    this.extension = output.extension();
    this.perLanguage = output.perLanguage();
  }

  /**
   * This format as an {@link OutputFormat}, the same one {@link OutputFormats} finds under
   * its id.
   *
   * @return the format's implementation
   */
  public OutputFormat outputFormat() {
    return output;
  }

  /**
   * The file extension, which is also the name used in configuration.
   *
   * @return {@code md}, {@code html} or {@code json}
   */
  public String extension() {
    return extension;
  }

  /**
   * Whether one file is written per language.
   *
   * @return true for Markdown and HTML
   */
  public boolean perLanguage() {
    return perLanguage;
  }

  /**
   * The file name of the annex in this format.
   *
   * @param language the language; ignored for formats that are not per language
   * @return for example {@code annex-de.md} or {@code annex.json}
   */
  public String fileName(String language) {
    return perLanguage ? "annex-" + language + "." + extension : "annex." + extension;
  }

  /**
   * Finds a format by its extension or name, ignoring case: {@code md}, {@code markdown},
   * {@code html}, {@code json}.
   *
   * @param name the name
   * @return the format, or empty
   */
  public static Optional<Format> byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
