package io.github.tomannex.tom;

import java.util.Locale;

/** Whether a measure is in place. */
public enum MeasureStatus {
  /** In place (the default). */
  IMPLEMENTED,
  /** Not yet in place; a due date says by when. */
  PLANNED,
  /** Does not apply; a reason says why. */
  NOT_APPLICABLE;

  /**
   * The id used in catalogues.
   *
   * @return {@code implemented}, {@code planned} or {@code not-applicable}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
