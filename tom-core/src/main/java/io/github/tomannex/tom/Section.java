package io.github.tomannex.tom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a {@link Layout}: a heading, an optional intro sentence, the categories whose
 * measures it shows, and subsections.
 *
 * @param id the stable id within the layout
 * @param title the heading, without its number
 * @param intro the sentence before the measures
 * @param categories the category ids whose measures the section shows, in file order
 * @param style list or paragraphs
 * @param groupBy how measures are grouped into sub-headings
 * @param groups with {@link GroupBy#SITE_KIND}: the heading per kind, in the order shown
 * @param certificates whether the catalogue's certificates are listed here
 * @param subprocessors whether the catalogue's sub-processors are listed here
 * @param review whether the review statement is rendered here
 * @param sections the subsections
 * @param omitIfEmpty whether the section (heading and intro) is left out of a document in which it
 *     would show nothing: no measure, certificate, sub-processor or review statement, in it or in a
 *     subsection; otherwise such a section says that it has no measures. The layout key {@code
 *     omit-if-empty}.
 */
public record Section(
    String id,
    Text title,
    Optional<Text> intro,
    List<String> categories,
    SectionStyle style,
    GroupBy groupBy,
    Map<SiteKind, Text> groups,
    boolean certificates,
    boolean subprocessors,
    boolean review,
    List<Section> sections,
    boolean omitIfEmpty) {

  /**
   * Checks the components and copies the collections, keeping the order of groups.
   *
   * @param id see {@link #id()}
   * @param title see {@link #title()}
   * @param intro see {@link #intro()}
   * @param categories see {@link #categories()}
   * @param style see {@link #style()}
   * @param groupBy see {@link #groupBy()}
   * @param groups see {@link #groups()}
   * @param certificates see {@link #certificates()}
   * @param subprocessors see {@link #subprocessors()}
   * @param review see {@link #review()}
   * @param sections see {@link #sections()}
   * @param omitIfEmpty see {@link #omitIfEmpty()}
   */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(intro, "intro");
    categories = List.copyOf(categories);
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(groupBy, "groupBy");
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    sections = List.copyOf(sections);
  }

  /**
   * A section that is shown even when it has nothing to show ({@link #omitIfEmpty()} false).
   *
   * @param id see {@link #id()}
   * @param title see {@link #title()}
   * @param intro see {@link #intro()}
   * @param categories see {@link #categories()}
   * @param style see {@link #style()}
   * @param groupBy see {@link #groupBy()}
   * @param groups see {@link #groups()}
   * @param certificates see {@link #certificates()}
   * @param subprocessors see {@link #subprocessors()}
   * @param review see {@link #review()}
   * @param sections see {@link #sections()}
   */
  public Section(
      String id,
      Text title,
      Optional<Text> intro,
      List<String> categories,
      SectionStyle style,
      GroupBy groupBy,
      Map<SiteKind, Text> groups,
      boolean certificates,
      boolean subprocessors,
      boolean review,
      List<Section> sections) {
    this(
        id,
        title,
        intro,
        categories,
        style,
        groupBy,
        groups,
        certificates,
        subprocessors,
        review,
        sections,
        false);
  }
}
