package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A certificate's {@code number} (a {@code <name>}): read into the model, exported in the JSON and
 * read back from it, compared in change notices; not shown in the annex.
 */
class CertificateNumberTest {
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
      certificates:
        - id: iso
          title: {de: "ISO 27001", en: "ISO 27001"}
          standard: ISO/IEC 27001:2022
          number: ZN-2024-0815
      measures:
        - id: m1
          category: encryption
          text: {de: "Verschlüsselt mit AES-256", en: "Encrypted with AES-256"}
          certificates: [iso]
      """;

  @Test
  void aPlainNumberIsValidInEveryLanguageAndHasItsPosition() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    Certificate cert = c.certificates().get(0);
    Text number = cert.number().orElseThrow();
    assertEquals(List.of("de", "en"), number.languages());
    assertEquals(Optional.of("ZN-2024-0815"), number.in("en"));
    assertEquals(
        Optional.of(new Location("c.yaml", 16, 13)), c.sources().positionOf(cert, "number"));
    assertEquals(
        Optional.empty(),
        TOM.loadString(CATALOGUE.replace("    number: ZN-2024-0815\n", ""), "c.yaml")
            .orElseThrow()
            .certificates()
            .get(0)
            .number());
  }

  @Test
  void aMisspeltNumberIsSuggested() {
    LoadResult r = TOM.loadString(CATALOGUE.replace("number:", "nummber:"), "c.yaml");
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("SCHEMA-001", d.rule());
    assertTrue(d.format().contains("did you mean 'number'?"), d.format());
  }

  @Test
  void theExportCarriesItAndReadsItBack() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    String json = TOM.render(c, Format.JSON, "de");
    assertTrue(json.contains("\"number\": {"), json);
    Catalogue back = TOM.loadString(json, "annex.json").orElseThrow();
    assertEquals(c.certificates(), back.certificates());
  }

  @Test
  void aChangedNumberIsInTheChangeNotice() {
    Catalogue before =
        TOM.loadString(CATALOGUE.replace("version: \"2\"", "version: \"1\""), "v1.yaml")
            .orElseThrow();
    Catalogue after =
        TOM.loadString(CATALOGUE.replace("ZN-2024-0815", "ZN-2026-0042"), "v2.yaml").orElseThrow();
    CatalogueDiff diff = TOM.diff(before, after);
    CatalogueDiff.Item item = diff.items(CatalogueDiff.Kind.CERTIFICATE).get(0);
    assertEquals(
        List.of("number", "number"),
        item.texts().stream().map(CatalogueDiff.TextChange::name).toList());
    assertTrue(TOM.renderChanges(diff, Format.MARKDOWN, "de").contains("Zertifikatsnummer"));
    assertTrue(TOM.renderChanges(diff, Format.MARKDOWN, "en").contains("Certificate number"));
  }

  @Test
  void theAnnexDoesNotShowIt() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    assertFalse(TOM.render(c, Format.MARKDOWN, "de").contains("ZN-2024-0815"));
  }
}
