package io.github.tomannex.tom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded and validated TOM catalogue. Obtain one from {@link Tom#load}; a catalogue that reaches
 * the caller that way has passed structural validation, so its references resolve. The constructors
 * check only that every component is there: a catalogue built by the caller is not validated.
 *
 * @param formatVersion the catalogue format version (1)
 * @param document what the annex is
 * @param review how the measures are reviewed
 * @param layout the resolved layout
 * @param subprocessors the sub-processors, in file order
 * @param sites the sites, in file order
 * @param certificates the certificates, in file order
 * @param measures the measures, in file order
 * @param changes the {@code changes:} log, in file order
 * @param source the source name the catalogue was loaded from
 * @param sources where its parts are written in the source; takes no part in {@link
 *     #equals(Object)}: two catalogues that say the same are equal wherever it is written
 */
public record Catalogue(
    int formatVersion,
    Document document,
    Review review,
    Layout layout,
    List<Subprocessor> subprocessors,
    List<Site> sites,
    List<Certificate> certificates,
    List<Measure> measures,
    List<Change> changes,
    String source,
    SourceMap sources) {

  /**
   * Checks the components and copies the lists.
   *
   * @param formatVersion see {@link #formatVersion()}
   * @param document see {@link #document()}
   * @param review see {@link #review()}
   * @param layout see {@link #layout()}
   * @param subprocessors see {@link #subprocessors()}
   * @param sites see {@link #sites()}
   * @param certificates see {@link #certificates()}
   * @param measures see {@link #measures()}
   * @param changes see {@link #changes()}
   * @param source see {@link #source()}
   * @param sources see {@link #sources()}
   */
  public Catalogue {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(layout, "layout");
    subprocessors = List.copyOf(subprocessors);
    sites = List.copyOf(sites);
    certificates = List.copyOf(certificates);
    measures = List.copyOf(measures);
    changes = List.copyOf(changes);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sources, "sources");
  }

  /**
   * A catalogue that was not loaded from a source: its {@link #sources()} are empty.
   *
   * @param formatVersion the catalogue format version (1)
   * @param document what the annex is
   * @param review how the measures are reviewed
   * @param layout the resolved layout
   * @param subprocessors the sub-processors
   * @param sites the sites
   * @param certificates the certificates
   * @param measures the measures
   * @param changes the {@code changes:} log
   * @param source the source name
   */
  public Catalogue(
      int formatVersion,
      Document document,
      Review review,
      Layout layout,
      List<Subprocessor> subprocessors,
      List<Site> sites,
      List<Certificate> certificates,
      List<Measure> measures,
      List<Change> changes,
      String source) {
    this(
        formatVersion,
        document,
        review,
        layout,
        subprocessors,
        sites,
        certificates,
        measures,
        changes,
        source,
        SourceMap.empty());
  }

  /**
   * Whether another catalogue says the same: every component but {@link #sources()} is equal.
   *
   * @param o another object
   * @return true when {@code o} is a catalogue with equal content
   */
  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof Catalogue c
            && formatVersion == c.formatVersion
            && document.equals(c.document)
            && review.equals(c.review)
            && layout.equals(c.layout)
            && subprocessors.equals(c.subprocessors)
            && sites.equals(c.sites)
            && certificates.equals(c.certificates)
            && measures.equals(c.measures)
            && changes.equals(c.changes)
            && source.equals(c.source));
  }

  /**
   * A hash of every component but {@link #sources()}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        formatVersion,
        document,
        review,
        layout,
        subprocessors,
        sites,
        certificates,
        measures,
        changes,
        source);
  }

  /**
   * Looks up a site.
   *
   * @param id a site id
   * @return the site, or empty
   */
  public Optional<Site> site(String id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Looks up a sub-processor.
   *
   * @param id a sub-processor id
   * @return the sub-processor, or empty
   */
  public Optional<Subprocessor> subprocessor(String id) {
    return subprocessors.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Looks up a certificate.
   *
   * @param id a certificate id
   * @return the certificate, or empty
   */
  public Optional<Certificate> certificate(String id) {
    return certificates.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Looks up a measure.
   *
   * @param id a measure id
   * @return the measure, or empty
   */
  public Optional<Measure> measure(String id) {
    return measures.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
