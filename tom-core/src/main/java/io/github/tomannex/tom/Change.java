package io.github.tomannex.tom;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a catalogue's {@code changes:} log: a reduction of the protection promised before (a
 * measure removed or no longer in place, a certificate dropped), recorded with the version that
 * made it and the reason. {@link Tom#diff} accepts a reduction against a baseline only when such an
 * entry names it.
 *
 * <p>The record carries no source position; where a loaded entry is written is in {@link
 * Catalogue#sources()}.
 *
 * @param version the document version that made the change, as written
 * @param date when the change was made
 * @param measure the id of the measure it concerns; empty when it concerns a certificate
 * @param certificate the id of the certificate it concerns; empty when it concerns a measure
 * @param reason why, in the document's languages
 */
public record Change(
    String version,
    LocalDate date,
    Optional<String> measure,
    Optional<String> certificate,
    Text reason) {

  /**
   * Checks the components: exactly one of measure and certificate is present.
   *
   * @param version see {@link #version()}
   * @param date see {@link #date()}
   * @param measure see {@link #measure()}
   * @param certificate see {@link #certificate()}
   * @param reason see {@link #reason()}
   */
  public Change {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(reason, "reason");
    if (measure.isPresent() == certificate.isPresent()) {
      throw new IllegalArgumentException(
          "a change names either a measure or a certificate, not both and not neither");
    }
  }

  /**
   * The id the entry names, of a measure or of a certificate.
   *
   * @return the id
   */
  public String subject() {
    return measure.or(() -> certificate).orElseThrow();
  }
}
