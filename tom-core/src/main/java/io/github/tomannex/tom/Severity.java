package io.github.tomannex.tom;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Errors stop rendering; the others do not. */
public enum Severity {
  /** The catalogue cannot be rendered as it is. */
  ERROR,
  /** The catalogue renders, but something is probably wrong. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /**
   * The lower-case name used in printed diagnostics.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
