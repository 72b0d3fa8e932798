package io.github.tomannex.tom;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One technical or organisational measure.
 *
 * <p>The record carries no source position; where a loaded entry is written is in {@link
 * Catalogue#sources()}.
 *
 * @param id the stable id; change tracking follows it
 * @param category the id of its category in the {@link Taxonomy}
 * @param text what the measure is, in Markdown
 * @param site the id of the site it applies to; empty when it applies everywhere
 * @param type technical or organisational, when stated
 * @param status whether it is in place
 * @param due by when a planned measure will be in place
 * @param reason why a measure does not apply
 * @param certificates ids of certificates that evidence it
 */
public record Measure(
    String id,
    String category,
    Text text,
    Optional<String> site,
    Optional<MeasureType> type,
    MeasureStatus status,
    Optional<LocalDate> due,
    Optional<Text> reason,
    List<String> certificates) {
  /**
   * Checks the components and copies the list.
   *
   * @param id see {@link #id()}
   * @param category see {@link #category()}
   * @param text see {@link #text()}
   * @param site see {@link #site()}
   * @param type see {@link #type()}
   * @param status see {@link #status()}
   * @param due see {@link #due()}
   * @param reason see {@link #reason()}
   * @param certificates see {@link #certificates()}
   */
  public Measure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(reason, "reason");
    certificates = List.copyOf(certificates);
  }
}
