package io.github.tomannex.tom;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A sub-processor the processor relies on (Art. 28(4) GDPR), for example a data centre operator.
 *
 * <p>The record carries no source position; where a loaded entry is written is in {@link
 * Catalogue#sources()}.
 *
 * @param id the stable id
 * @param name the legal name
 * @param service what it does for the processor
 * @param place where it processes, for example a city or country
 * @param transfer the Chapter V mechanism of a transfer outside the EEA (Art. 44–46 GDPR), for
 *     example an adequacy decision, the standard contractual clauses with their module, or binding
 *     corporate rules
 * @param noticePeriod how long before a change of sub-processors the controller is informed (Art.
 *     28(2) GDPR)
 */
public record Subprocessor(
    String id,
    String name,
    Optional<Text> service,
    Optional<Text> place,
    Optional<Text> transfer,
    Optional<Period> noticePeriod) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param service see {@link #service()}
   * @param place see {@link #place()}
   * @param transfer see {@link #transfer()}
   * @param noticePeriod see {@link #noticePeriod()}
   */
  public Subprocessor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(noticePeriod, "noticePeriod");
  }

  /**
   * A sub-processor without a transfer mechanism and without a notice period.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param service see {@link #service()}
   * @param place see {@link #place()}
   */
  public Subprocessor(String id, String name, Optional<Text> service, Optional<Text> place) {
    this(id, name, service, place, Optional.empty(), Optional.empty());
  }
}
