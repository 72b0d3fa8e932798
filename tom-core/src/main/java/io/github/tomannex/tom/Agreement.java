package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * The Art. 28 GDPR agreement the annex belongs to.
 *
 * @param title the agreement's title
 * @param reference a reference such as a contract number or date
 */
public record Agreement(Optional<Text> title, Optional<Text> reference) {
  /**
   * Checks that no component is null.
   *
   * @param title see {@link #title()}
   * @param reference see {@link #reference()}
   */
  public Agreement {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
  }
}
