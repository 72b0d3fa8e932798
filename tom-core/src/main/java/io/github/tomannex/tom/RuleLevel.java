package io.github.tomannex.tom;

import java.util.Locale;
import java.util.Optional;

/**
 * The level a configurable rule is set to: switched off, or reported with a severity. Set with
 * {@link Tom.Builder#ruleSeverity}, the catalogue's {@code lint:} key or the Maven plugin's {@code
 * <lint>}; written in lower case ({@code off}, {@code info}, {@code warning}, {@code error}).
 */
public enum RuleLevel {
  /** The rule does not run. */
  OFF,
  /** Findings are infos. */
  INFO,
  /** Findings are warnings. */
  WARNING,
  /** Findings are errors: the catalogue is not rendered. */
  ERROR;

  /**
   * The severity findings get at this level.
   *
   * @return the severity, or empty for {@link #OFF}
   */
  public Optional<Severity> severity() {
    return switch (this) {
      case OFF -> Optional.empty();
      case INFO -> Optional.of(Severity.INFO);
      case WARNING -> Optional.of(Severity.WARNING);
      case ERROR -> Optional.of(Severity.ERROR);
    };
  }

  /**
   * The level as written in a catalogue.
   *
   * @return {@code off}, {@code info}, {@code warning} or {@code error}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The level of a severity.
   *
   * @param severity a severity
   * @return the level that reports findings with that severity
   */
  public static RuleLevel of(Severity severity) {
    return switch (severity) {
      case INFO -> INFO;
      case WARNING -> WARNING;
      case ERROR -> ERROR;
    };
  }

  /**
   * Reads a level as written in a catalogue or on the command line.
   *
   * @param text {@code off}, {@code info}, {@code warning} or {@code error}, in any case,
   *     surrounding white space ignored
   * @return the level, or empty when the text is none of them
   */
  public static Optional<RuleLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (RuleLevel l : values()) {
      if (l.id().equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
