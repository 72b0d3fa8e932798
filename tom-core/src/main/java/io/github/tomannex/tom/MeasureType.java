package io.github.tomannex.tom;

import java.util.Locale;

/** Whether a measure is technical or organisational. */
public enum MeasureType {
  /** Implemented by technology. */
  TECHNICAL,
  /** Implemented by rules, processes or people. */
  ORGANISATIONAL;

  /**
   * The id used in catalogues.
   *
   * @return {@code technical} or {@code organisational}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
