package io.github.tomannex.tom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
  /** A small OSCAL catalogue with what the converter handles: items, params, links, bold. */
  private static final String SMALL =
      """
      {"catalog": {
        "metadata": {"title": "Tiny <catalogue>", "version": "1.0",
                     "last-modified": "2024-03-01T00:00:00Z"},
        "groups": [
          {"id": "ac", "title": "Access Control", "controls": [
            {"id": "ac-2", "title": "Account Management",
             "params": [{"id": "ac-2_prm_1", "label": "organization-defined frequency"},
                        {"id": "ac-2_prm_2", "select": {"how-many": "one-or-more",
                          "choice": ["remove", " {{ insert: param, ac-2_prm_1 }} review"]}}],
             "props": [{"name": "label", "value": "AC-2"}],
             "parts": [{"id": "ac-2_smt", "name": "statement", "parts": [
               {"id": "ac-2_smt.a", "name": "item", "props": [{"name": "label", "value": "a."}],
                "prose": "Review accounts {{ insert: param, ac-2_prm_1 }} as in [AC-3](#ac-3);"},
               {"id": "ac-2_smt.b", "name": "item", "props": [{"name": "label", "value": "b."}],
                "prose": "**Automatically** {{ insert: param, ac-2_prm_2 }} accounts_x <b>*</b>."}
             ]}, {"id": "ac-2_gdn", "name": "guidance", "prose": "Not in the text."}],
             "controls": [
               {"id": "ac-2.1", "title": "Old", "props": [{"name": "label", "value": "AC-2(1)"},
                 {"name": "status", "value": "withdrawn"}],
                "links": [{"href": "#ac-2_smt.a", "rel": "incorporated-into"}]}
             ]},
            {"id": "ac-17", "title": "Remote Access", "props": [{"name": "label", "value": "AC-17"}],
             "parts": [{"id": "ac-17_smt", "name": "statement", "prose": "1. Authorize remote access."}]}
          ]},
          {"id": "sc", "title": "System and Communications Protection", "controls": [
            {"id": "sc-13", "title": "Cryptographic Protection", "props": [{"name": "label", "value": "SC-13"}],
             "parts": [{"id": "sc-13_smt", "name": "statement", "prose": "Encrypt data with AES-256."}]}
          ]}
        ]}}
      """;

  @Test
  void convertsTheSmallCatalogue() throws Exception {
    OscalCatalogues.Conversion c = OscalCatalogues.convert(new ObjectMapper().readTree(SMALL));
    assertEquals(4, c.measures());
    assertEquals(1, c.withdrawn());
    assertEquals(c.yaml(), OscalCatalogues.convert(new ObjectMapper().readTree(SMALL)).yaml());
    String yaml = c.yaml();
    assertTrue(yaml.contains("  - id: ac-2\n    category: system-access\n"), yaml);
    assertTrue(yaml.contains("  - id: ac-17\n    category: system-access\n"), yaml);
    assertTrue(yaml.contains("  - id: sc-13\n    category: encryption\n"), yaml);
    assertTrue(
        yaml.contains(
            "text: \"AC-2 Account Management: a. Review accounts"
                + " \\\\[Assignment: organization-defined frequency\\\\] as in AC-3; b. Automatically"
                + " \\\\[Selection (one or more): remove; \\\\[Assignment: organization-defined"
                + " frequency\\\\] review\\\\] accounts\\\\_x \\\\<b\\\\>\\\\*\\\\</b\\\\>.\""),
        yaml);
    assertTrue(
        yaml.contains(
            "    status: not-applicable\n    reason: \"Withdrawn from the"
                + " catalogue: incorporated into AC-2a.\"\n    text: \"AC-2(1) Old\"\n"),
        yaml);

    LoadResult r = Tom.builder().clock(c.clock()).build().loadString(yaml, "tiny.yaml");
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    Catalogue cat = r.orElseThrow();
    String html = Tom.builder().build().render(cat, Format.HTML, "en");
    assertTrue(
        html.contains(
            "[Selection (one or more): remove; [Assignment: organization-defined"
                + " frequency] review] accounts_x &lt;b&gt;*&lt;/b&gt;."),
        html);
    assertTrue(html.contains("Tiny &lt;catalogue&gt;"), html);
    assertFalse(html.contains("<strong>"), html);
  }

  @Test
  void escapesWhatCommonMarkWouldReadAsMarkup() {
    assertEquals("1\\. first", OscalCatalogues.escape("1. first"));
    assertEquals("\\- item", OscalCatalogues.escape("- item"));
    assertEquals(
        "a \\*b\\* \\_c\\_ \\`d\\` \\\\ \\# \\&amp;",
        OscalCatalogues.escape("a *b* _c_ `d` \\ # &amp;"));
    assertEquals("\"a \\\"b\\\" \\\\c\"", OscalCatalogues.quote("a \"b\" \\c"));
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
