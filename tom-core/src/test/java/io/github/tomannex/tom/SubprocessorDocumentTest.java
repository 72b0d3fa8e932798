package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The sub-processor document next to the annex: its default title does not take the number the
 * annex itself has, and it says which language version binds, as the annex does.
 */
class SubprocessorDocumentTest {
  private static final Tom TOM = HostileInputTest.structuralOnly(Tom.builder()).build();

  private static String catalogue(String label, String labels) {
    return """
        tom: 1
        document:
          %s
          title: {de: "Maßnahmen", en: "Measures"}
          version: "2"
          effective: 2026-01-01
          languages: [de, en]
          processor:
            name: Example GmbH
        review:
          interval: P1Y
          last: 2026-01-01
        %s
        subprocessors:
          - id: dc
            name: DC AG
            location: "Frankfurt am Main"
        measures:
          - id: m1
            category: encryption
            text: {de: "Verschlüsselt", en: "Encrypted"}
        """
        .formatted(label, labels);
  }

  private static String md(Catalogue c, String lang) {
    return new String(
        Format.MARKDOWN.outputFormat().renderSubprocessors(c, lang, RenderOptions.defaults()),
        StandardCharsets.UTF_8);
  }

  private static Catalogue load(String yaml) {
    return TOM.loadString(yaml, "c.yaml").orElseThrow();
  }

  @Test
  void anAnnexLabelledAnlage3GetsItsSubprocessorListAsAnlage4() {
    Catalogue c = load(catalogue("label: {de: \"Anlage 3\", en: \"Annex 3\"}", ""));
    assertTrue(md(c, "de").startsWith("# Anlage 4 – Unterauftragsverarbeiter\n"), md(c, "de"));
    assertTrue(md(c, "en").startsWith("# Annex 4 – Sub-processors\n"), md(c, "en"));
    // the same title wherever the list is named: JSON export, site, feed, PDF
    assertEquals(
        "Anlage 4 – Unterauftragsverarbeiter", Labels.of(c).format("subprocessors.title", "de"));
    String json =
        new String(
            Format.JSON.outputFormat().renderSubprocessors(c, "de", RenderOptions.defaults()),
            StandardCharsets.UTF_8);
    assertTrue(json.contains("\"de\": \"Anlage 4 – Unterauftragsverarbeiter\""), json);
  }

  @Test
  void anotherLabelKeepsTheDefaultTitle() {
    Catalogue c = load(catalogue("label: {de: \"Anlage 2\", en: \"Annex 2\"}", ""));
    assertTrue(md(c, "de").startsWith("# Anlage 3 – Unterauftragsverarbeiter\n"));
    Catalogue none = load(catalogue("", ""));
    assertTrue(md(none, "en").startsWith("# Annex 3 – Sub-processors\n"));
  }

  @Test
  void aTitleTheCatalogueSetsIsItsOwn() {
    Catalogue c =
        load(
            catalogue(
                "label: {de: \"Anlage 3\", en: \"Annex 3\"}",
                """
                layout:
                  extends: de-classic
                  labels:
                    subprocessors.title: {de: "Anlage 3b – Unterauftragnehmer", en: "Annex 3b – Sub-processors"}
                """));
    assertTrue(md(c, "de").startsWith("# Anlage 3b – Unterauftragnehmer\n"), md(c, "de"));
    assertTrue(md(c, "en").startsWith("# Annex 3b – Sub-processors\n"), md(c, "en"));
  }

  @Test
  void theListSaysWhichLanguageVersionBindsAsTheAnnexDoes() {
    Catalogue c = load(catalogue("", ""));
    String de = md(c, "de");
    String en = md(c, "en");
    assertTrue(
        de.contains(
            "\n\nDiese Fassung ist maßgeblich; Übersetzungen dienen nur der Information.\n"),
        de);
    assertTrue(
        en.contains(
            "\n\nThis version is a translation. In case of discrepancies, the German version"
                + " prevails.\n"),
        en);
    String annex = TOM.render(c, Format.MARKDOWN, "en");
    assertTrue(annex.contains("the German version prevails."), annex);
  }

  @Test
  void aListInOneLanguageHasNoBindingStatement() {
    Catalogue c =
        load(
            catalogue("", "")
                .replace("languages: [de, en]", "languages: [de]")
                .replace(", en: \"Measures\"", "")
                .replace(", en: \"Encrypted\"", ""));
    assertFalse(md(c, "de").contains("maßgeblich"), md(c, "de"));
  }
}
