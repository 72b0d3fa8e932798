package io.github.tomannex.tom;

import java.util.Locale;
import java.util.Optional;

/** An output format of the annex. */
public enum Format {
  /** CommonMark, one file per language: {@code annex-<lang>.md}. */
  MARKDOWN("md", true),
  /** A self-contained HTML page with a print stylesheet, one per language. */
  HTML("html", true),
  /** The resolved catalogue as JSON, all languages in one file: {@code annex.json}. */
  JSON("json", false);

  private final String extension;
  private final boolean perLanguage;

  Format(String extension, boolean perLanguage) {
    this.extension = extension;
    this.perLanguage = perLanguage;
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
