package io.github.tomannex.tom;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The Art. 28 GDPR agreement the annex belongs to.
 *
 * @param title the agreement's title
 * @param reference a reference such as a contract number
 * @param date the date of the agreement
 * @param scc the EU standard contractual clauses the annex is an annex of, when it is one
 */
public record Agreement(
    Optional<Text> title,
    Optional<Text> reference,
    Optional<LocalDate> date,
    Optional<StandardClauses> scc) {
  /**
   * Checks that no component is null.
   *
   * @param title see {@link #title()}
   * @param reference see {@link #reference()}
   * @param date see {@link #date()}
   * @param scc see {@link #scc()}
   */
  public Agreement {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scc, "scc");
  }

  /**
   * An agreement without date and standard contractual clauses.
   *
   * @param title see {@link #title()}
   * @param reference see {@link #reference()}
   */
  public Agreement(Optional<Text> title, Optional<Text> reference) {
    this(title, reference, Optional.empty(), Optional.empty());
  }
}
