package io.github.tomannex.tom;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How and when the measures are reviewed (Art. 32(1)(d) GDPR).
 *
 * @param interval the review interval
 * @param last the date of the last review
 * @param statement the review statement rendered in the annex
 */
public record Review(Period interval, LocalDate last, Optional<Text> statement) {
  /**
   * Checks that no component is null.
   *
   * @param interval see {@link #interval()}
   * @param last see {@link #last()}
   * @param statement see {@link #statement()}
   */
  public Review {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(statement, "statement");
  }

  /**
   * The date the next review is due: the last review plus the interval.
   *
   * @return the due date
   */
  public LocalDate next() {
    return last.plus(interval);
  }
}
