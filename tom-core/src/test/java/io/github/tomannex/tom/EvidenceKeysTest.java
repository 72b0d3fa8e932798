package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A certificate's {@code scope} and {@code valid-from}, a sub-processor's {@code transfer} and
 * {@code notice-period}: read into the model, checked as references, exported and read back,
 * compared in change notices and shown in the annex in every format and language.
 */
class EvidenceKeysTest {
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
      review:
        interval: P1Y
        last: 2026-01-01
      subprocessors:
        - id: dc
          name: DC Inc.
          service: {de: "Colocation", en: "Colocation"}
          location: "Dallas, USA"
          transfer: {de: "Standardvertragsklauseln, Modul 3", en: "Standard contractual clauses, module 3"}
          notice-period: P30D
      sites:
        - id: fra
          name: {de: "Rechenzentrum Frankfurt", en: "Frankfurt data centre"}
          kind: datacenter
          operator: dc
      certificates:
        - id: iso
          title: {de: "ISO 27001", en: "ISO 27001"}
          standard: ISO/IEC 27001:2022
          scope: [fra]
          valid-from: 2025-02-01
          valid-until: 2028-01-31
      measures:
        - id: m1
          category: encryption
          text: {de: "Verschlüsselt mit AES-256", en: "Encrypted with AES-256"}
          certificates: [iso]
      """;

  @Test
  void theKeysReachTheModelWithTheirPositions() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    Certificate cert = c.certificates().get(0);
    assertEquals(List.of("fra"), cert.scope());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 1)), cert.validFrom());
    Subprocessor s = c.subprocessors().get(0);
    assertEquals(Optional.of(Period.ofDays(30)), s.noticePeriod());
    assertEquals(
        Optional.of("Standard contractual clauses, module 3"), s.transfer().orElseThrow().in("en"));
    assertTrue(c.sources().positionOf(cert, "scope").isPresent());
    assertTrue(c.sources().positionOf(s, "notice-period").isPresent());
  }

  @Test
  void withoutThemTheModelIsEmpty() {
    Catalogue c =
        TOM.loadString(
                CATALOGUE
                    .replace("    scope: [fra]\n", "")
                    .replace("    valid-from: 2025-02-01\n", "")
                    .replaceAll("    transfer: .*\\n", "")
                    .replace("    notice-period: P30D\n", ""),
                "c.yaml")
            .orElseThrow();
    assertEquals(List.of(), c.certificates().get(0).scope());
    assertEquals(Optional.empty(), c.certificates().get(0).validFrom());
    assertEquals(Optional.empty(), c.subprocessors().get(0).transfer());
    assertEquals(Optional.empty(), c.subprocessors().get(0).noticePeriod());
  }

  @Test
  void aScopeWithAnUnknownSiteIsAReferenceError() {
    LoadResult r = TOM.loadString(CATALOGUE.replace("scope: [fra]", "scope: [fra, ber]"), "c.yaml");
    Diagnostic d =
        r.diagnostics().stream().filter(x -> x.rule().equals("REF-002")).findFirst().orElseThrow();
    assertTrue(d.message().contains("'ber'"), d.message());
    assertEquals(new Location("c.yaml", 28, 18), d.location());
  }

  @Test
  void aNoticePeriodThatIsNoPeriodIsRefused() {
    LoadResult r = TOM.loadString(CATALOGUE.replace("P30D", "30 days"), "c.yaml");
    assertTrue(r.hasErrors(), r.diagnostics().toString());
  }

  @Test
  void theExportCarriesThemAndReadsThemBack() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    String json = TOM.render(c, Format.JSON, "de");
    assertTrue(json.contains("\"scope\": ["), json);
    assertTrue(json.contains("\"valid-from\": \"2025-02-01\""), json);
    assertTrue(json.contains("\"notice-period\": \"P30D\""), json);
    assertTrue(json.contains("\"transfer\": {"), json);
    Catalogue back = TOM.loadString(json, "annex.json").orElseThrow();
    assertEquals(c.certificates(), back.certificates());
    assertEquals(c.subprocessors(), back.subprocessors());
  }

  @Test
  void theAnnexShowsThemInEveryFormatAndLanguage() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    for (Format f : List.of(Format.MARKDOWN, Format.HTML)) {
      String de = TOM.render(c, f, "de");
      assertTrue(de.contains("Geltungsbereich Rechenzentrum Frankfurt"), de);
      assertTrue(de.contains("gültig ab"), de);
      assertTrue(de.contains("Übermittlung: Standardvertragsklauseln, Modul 3"), de);
      assertTrue(de.contains("Ankündigung von Änderungen: 30 Tage"), de);
      String en = TOM.render(c, f, "en");
      assertTrue(en.contains("scope Frankfurt data centre"), en);
      assertTrue(en.contains("valid from"), en);
      assertTrue(en.contains("transfer: Standard contractual clauses, module 3"), en);
      assertTrue(en.contains("notice of changes: 30 days"), en);
    }
  }

  @Test
  void changesAreInTheChangeNotice() {
    Catalogue before =
        TOM.loadString(CATALOGUE.replace("version: \"2\"", "version: \"1\""), "v1.yaml")
            .orElseThrow();
    Catalogue after =
        TOM.loadString(
                CATALOGUE
                    .replace("P30D", "P14D")
                    .replace("2025-02-01", "2025-03-01")
                    .replace("Modul 3", "Modul 2"),
                "v2.yaml")
            .orElseThrow();
    CatalogueDiff diff = TOM.diff(before, after);
    String de = TOM.renderChanges(diff, Format.MARKDOWN, "de");
    assertTrue(de.contains("Ankündigungsfrist"), de);
    assertTrue(de.contains("Gültig ab"), de);
    assertTrue(de.contains("Übermittlung"), de);
    String en = TOM.renderChanges(diff, Format.MARKDOWN, "en");
    assertTrue(en.contains("Notice period"), en);
    assertFalse(en.contains("notice-period"), en);
  }
}
