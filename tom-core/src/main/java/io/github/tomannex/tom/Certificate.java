package io.github.tomannex.tom;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate that evidences measures, for example an ISO/IEC 27001 certificate of a data centre.
 *
 * <p>The record carries no source position; where a loaded entry is written is in {@link
 * Catalogue#sources()}.
 *
 * @param id the stable id
 * @param title the title as it appears in the annex
 * @param standard the standard, for example {@code ISO/IEC 27001}
 * @param number the certificate's number, as the issuer gives it
 * @param issuer who issued it
 * @param holder the id of the sub-processor that holds it; empty when the processor does
 * @param site the id of the site it covers
 * @param validUntil the last day it is valid
 * @param scope the ids of the sites the certificate covers; empty when it does not say
 * @param validFrom the first day it is valid
 */
public record Certificate(
    String id,
    Text title,
    String standard,
    Optional<Text> number,
    Optional<Text> issuer,
    Optional<String> holder,
    Optional<String> site,
    Optional<LocalDate> validUntil,
    List<String> scope,
    Optional<LocalDate> validFrom) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param title see {@link #title()}
   * @param standard see {@link #standard()}
   * @param number see {@link #number()}
   * @param issuer see {@link #issuer()}
   * @param holder see {@link #holder()}
   * @param site see {@link #site()}
   * @param validUntil see {@link #validUntil()}
   * @param scope see {@link #scope()}
   * @param validFrom see {@link #validFrom()}
   */
  public Certificate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(validUntil, "validUntil");
    scope = List.copyOf(scope);
    Objects.requireNonNull(validFrom, "validFrom");
  }

  /**
   * A certificate without a scope of sites and without a first day of validity.
   *
   * @param id see {@link #id()}
   * @param title see {@link #title()}
   * @param standard see {@link #standard()}
   * @param number see {@link #number()}
   * @param issuer see {@link #issuer()}
   * @param holder see {@link #holder()}
   * @param site see {@link #site()}
   * @param validUntil see {@link #validUntil()}
   */
  public Certificate(
      String id,
      Text title,
      String standard,
      Optional<Text> number,
      Optional<Text> issuer,
      Optional<String> holder,
      Optional<String> site,
      Optional<LocalDate> validUntil) {
    this(
        id, title, standard, number, issuer, holder, site, validUntil, List.of(), Optional.empty());
  }
}
