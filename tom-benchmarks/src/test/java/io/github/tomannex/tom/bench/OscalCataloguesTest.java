package io.github.tomannex.tom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OscalCataloguesTest {
  /** The wrapper passes the product's import through (tom-oscal's OscalImportTest covers it). */
  @Test
  void convertsWithTheProductsImport() {
    String small =
        """
        {"catalog": {"metadata": {"title": "Tiny", "version": "1.0",
           "last-modified": "2024-03-01T00:00:00Z"},
         "groups": [{"id": "sc", "controls": [{"id": "sc-13", "title": "Cryptographic Protection",
           "props": [{"name": "label", "value": "SC-13"}],
           "parts": [{"name": "statement", "prose": "Encrypt data."}]}]}]}}
        """;
    OscalCatalogues.Conversion c =
        OscalCatalogues.convert(small.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.json");
    assertEquals(1, c.measures());
    assertTrue(
        c.yaml()
            .contains(
                "  - id: sc-13\n    category: encryption\n"
                    + "    text: \"SC-13 Cryptographic Protection: Encrypt data.\"\n"),
        c.yaml());
    LoadResult r = Tom.builder().clock(c.clock()).build().loadString(c.yaml(), "t.yaml");
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
  }

  /**
   * NIST SP 800-53 Rev. 5.0.1 from the shared corpus (../shared/corpus beside the repository):
   * 1,189 controls and enhancements, of which 182 withdrawn (kept, as not applicable). A clean
   * checkout has no corpus; the test is then skipped.
   */
  @Test
  void convertsLoadsAndRendersNistSp80053() {
    Optional<Path> file = OscalCatalogues.findCorpusFile("oscal/" + OscalCatalogues.NIST_SP800_53);
    Assumptions.assumeTrue(
        file.isPresent(),
        () ->
            "corpus file oscal/"
                + OscalCatalogues.NIST_SP800_53
                + " not found in shared/corpus beside the working"
                + " directory or its parents (nor -Dtom.corpus / TOM_CORPUS): NIST SP 800-53 test skipped");
    OscalCatalogues.Conversion c = OscalCatalogues.convert(file.get());
    assertEquals(c.yaml(), OscalCatalogues.convert(file.get()).yaml(), "deterministic");
    assertEquals(1189, c.measures());
    assertEquals(182, c.withdrawn());

    Tom tom = Tom.builder().clock(c.clock()).build();
    LoadResult r = tom.loadString(c.yaml(), "nist-sp800-53.yaml");
    assertEquals(
        0,
        r.count(Severity.ERROR),
        () ->
            r.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .limit(20)
                .map(Diagnostic::format)
                .toList()
                .toString());
    Catalogue cat = r.orElseThrow();
    assertEquals(1189, cat.measures().size());
    assertEquals(
        182,
        cat.measures().stream().filter(m -> m.status() == MeasureStatus.NOT_APPLICABLE).count());
    Map<String, Integer> byRule = new TreeMap<>();
    r.diagnostics()
        .forEach(d -> byRule.merge(d.severity().label() + " " + d.rule(), 1, Integer::sum));
    System.out.println(
        "NIST SP 800-53: " + cat.measures().size() + " measures, diagnostics " + byRule);

    for (String lang : cat.document().languages()) {
      String md = tom.render(cat, Format.MARKDOWN, lang);
      assertTrue(
          md.contains(
              "AC-2(1) Automated System Account Management: Support the"
                  + " management of system accounts using \\[Assignment: organization-defined automated"
                  + " mechanisms\\]."),
          "markdown");
      String html = tom.render(cat, Format.HTML, lang);
      assertTrue(
          html.contains(
              "AC-2(1) Automated System Account Management: Support the"
                  + " management of system accounts using [Assignment: organization-defined automated"
                  + " mechanisms]."),
          "html");
      assertEquals(1189, count(html, "<li"), "every measure a list item");
    }
    String json = tom.render(cat, Format.JSON, cat.document().bindingLanguage());
    assertTrue(json.contains("\"sr-12\""), "json has the last control");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
