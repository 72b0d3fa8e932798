package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who provides a measure and what evidences it is said once for a group: once for a section whose
 * measures all share it, once at the start of a run of consecutive measures that share it, and per
 * measure only where it differs from its neighbours.
 */
class EvidenceGroupingTest {
  private static final Tom TOM = HostileInputTest.structuralOnly(Tom.builder()).build();

  private static final String CATALOGUE =
      """
      tom: 1
      document:
        title: {de: "Maßnahmen", en: "Measures"}
        version: "2"
        effective: 2026-01-01
        languages: [de, en]
        processor:
          name: Example GmbH
      layout: de-classic
      review:
        interval: P1Y
        last: 2026-01-01
      subprocessors:
        - id: dc
          name: DC Example B.V.
          location: "Frankfurt am Main"
      sites:
        - id: fra
          name: {de: "Rechenzentrum Frankfurt", en: "Frankfurt data centre"}
          kind: datacenter
          operator: dc
      certificates:
        - id: iso
          title: {de: "ISO 27001 FRA", en: "ISO 27001 FRA"}
          standard: ISO/IEC 27001:2022
          site: fra
          valid-until: 2028-01-31
      measures:
        - id: pa-1
          category: physical-access
          site: fra
          text: {de: "Alarmanlage", en: "Alarm system"}
        - id: pa-2
          category: physical-access
          site: fra
          text: {de: "Videoüberwachung", en: "Video surveillance"}
        - id: pa-3
          category: physical-access
          site: fra
          text: {de: "Wachdienst", en: "Security guards"}
        - id: av-1
          category: recoverability
          text: {de: "Tägliche Sicherung", en: "Daily backup"}
        - id: av-2
          category: availability-control
          site: fra
          certificates: [iso]
          text: {de: "USV", en: "UPS"}
        - id: av-3
          category: availability-control
          site: fra
          certificates: [iso]
          text: {de: "Brandschutz", en: "Fire protection"}
        - id: av-4
          category: availability-control
          site: fra
          text: {de: "Klimatisierung", en: "Air conditioning"}
      """;

  private static String render(String lang, Format format) {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    return TOM.render(c, format, lang);
  }

  private static int count(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void aSectionWhoseMeasuresShareTheOperatorSaysItOnceAfterItsList() {
    String md = render("de", Format.MARKDOWN);
    String section = md.substring(md.indexOf("#### 2.1"), md.indexOf("### 3."));
    assertEquals(
        """
        #### 2.1 Maßnahmen in den Rechenzentren

        - Alarmanlage
        - Videoüberwachung
        - Wachdienst

        Für alle Maßnahmen dieses Abschnitts gilt: Erbracht von DC Example B.V.

        """,
        section);
  }

  @Test
  void aRunOfConsecutiveMeasuresSaysItOnceAtItsFirstAndADifferingOneKeepsItsOwn() {
    String md = render("en", Format.MARKDOWN);
    String section = md.substring(md.indexOf("## III."), md.indexOf("## IV."));
    assertTrue(
        section.contains(
            """
            - Daily backup
            - UPS \s
              For this and the following measures (2 in all): Provided by DC Example B.V., \
            evidenced by ISO 27001 FRA, valid until 31 January 2028.
            - Fire protection
            - Air conditioning \s
              Provided by DC Example B.V.
            """),
        section);
    // Provided by: once for the run, once for the measure that differs, once in the sites line
    assertEquals(2, count(section, "Provided by DC Example B.V."), section);
  }

  @Test
  void theHtmlShowsTheSectionLineAsAParagraphOfItsOwn() {
    String html = render("de", Format.HTML);
    assertTrue(
        html.contains(
            "<p class=\"evidence\">Für alle Maßnahmen dieses Abschnitts gilt: Erbracht von DC"
                + " Example B.V.</p>"),
        html);
    // once for section 2.1, then the run and the differing measure of section III
    assertEquals(3, count(html, "Erbracht von DC Example B.V."), html);
  }
}
