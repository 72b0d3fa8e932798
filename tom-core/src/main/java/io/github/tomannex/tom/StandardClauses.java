package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * The EU standard contractual clauses an annex serves ({@code document.agreement.scc}): the
 * Commission decision, its module and the number of the annex the measures are.
 *
 * @param decision {@code 2021/914} (clauses for transfers to third countries) or {@code 2021/915}
 *     (Art. 28(7) GDPR clauses between controllers and processors)
 * @param module the module of decision 2021/914: 2 (controller to processor) or 3 (processor to
 *     processor); empty for 2021/915, which has none
 * @param annex the annex the measures are: {@code II} for 2021/914, {@code III} for 2021/915
 */
public record StandardClauses(String decision, Optional<Integer> module, String annex) {
  /**
   * Checks that no component is null.
   *
   * @param decision see {@link #decision()}
   * @param module see {@link #module()}
   * @param annex see {@link #annex()}
   */
  public StandardClauses {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(annex, "annex");
  }

  /**
   * The annex of the measures under a decision: {@code II} for 2021/914, {@code III} for 2021/915.
   *
   * @param decision a decision, as {@link #decision()}
   * @return the annex number, in Roman numerals
   */
  public static String annexOf(String decision) {
    return "2021/915".equals(decision) ? "III" : "II";
  }
}
