package io.github.tomannex.tom.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import io.github.tomannex.tom.oscal.internal.Import;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OSCAL catalogue import: a small catalogue, the corpus catalogues, and bad input. */
class OscalImportTest {
  /** A small OSCAL catalogue with what the converter handles: items, params, links, bold. */
  static final String SMALL =
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
          {"id": "x-other", "title": "Unknown", "controls": [
            {"id": "X_1", "title": "Something", "parts": [{"name": "statement", "prose": "Do it."}]}
          ]},
          {"id": "sc", "title": "System and Communications Protection", "controls": [
            {"id": "sc-13", "title": "Cryptographic Protection", "props": [{"name": "label", "value": "SC-13"}],
             "parts": [{"id": "sc-13_smt", "name": "statement", "prose": "Encrypt data with AES-256."}]}
          ]}
        ]}}
      """;

  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
  private static final Tom TOM =
      Tom.builder()
          .clock(
              Clock.fixed(
                  DAY.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
          .build();

  private static OscalImport.Skeleton small(OscalImport i) {
    return i.convert(SMALL.getBytes(StandardCharsets.UTF_8), "tiny.json");
  }

  @Test
  void convertsTheSmallCatalogue() {
    OscalImport.Skeleton s = small(OscalImport.builder().date(DAY).build());
    assertEquals(5, s.measures());
    assertEquals(1, s.withdrawn());
    assertEquals(1, s.guessed());
    assertEquals("Tiny <catalogue>", s.title());
    assertEquals(LocalDate.of(2024, 3, 1), s.released());
    assertEquals(s.yaml(), small(OscalImport.builder().date(DAY).build()).yaml(), "deterministic");
    String yaml = s.yaml();
    assertTrue(yaml.contains("  - id: ac-2\n    category: system-access\n"), yaml);
    assertTrue(yaml.contains("  - id: ac-17\n    category: system-access\n"), yaml);
    assertTrue(yaml.contains("  - id: sc-13\n    category: encryption\n"), yaml);
    assertTrue(
        yaml.contains(
            "  - id: x-1\n    category: security-governance # check: no category known for this"
                + " control\n"),
        yaml);
    assertTrue(yaml.contains("  effective: 2026-11-01\n"), yaml);
    assertTrue(yaml.contains("  last: 2026-11-01\n"), yaml);
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

    LoadResult r = TOM.loadString(yaml, "tiny.yaml");
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    Catalogue cat = r.orElseThrow();
    String html = TOM.render(cat, Format.HTML, "en");
    assertTrue(
        html.contains(
            "[Selection (one or more): remove; [Assignment: organization-defined"
                + " frequency] review] accounts_x &lt;b&gt;*&lt;/b&gt;."),
        html);
    assertTrue(html.contains("Tiny &lt;catalogue&gt;"), html);
    assertFalse(html.contains("<strong>"), html);
  }

  @Test
  void theCataloguesDateIsTheDefaultAndGermanGivesAGermanHeader() {
    String yaml = small(OscalImport.builder().language("de").layout("de-classic").build()).yaml();
    assertTrue(yaml.contains("  effective: 2024-03-01\n"), yaml);
    assertTrue(yaml.contains("  languages: [de]\n"), yaml);
    assertTrue(yaml.contains("layout: de-classic\n"), yaml);
    assertTrue(
        yaml.contains("Technische und organisatorische Maßnahmen gemäß Art. 32 DSGVO"), yaml);
    assertThrows(IllegalArgumentException.class, () -> OscalImport.builder().language("German"));
    assertThrows(IllegalArgumentException.class, () -> OscalImport.builder().layout("A B"));
  }

  @Test
  void escapesWhatCommonMarkWouldReadAsMarkup() {
    assertEquals("1\\. first", Import.escape("1. first"));
    assertEquals("\\- item", Import.escape("- item"));
    assertEquals(
        "a \\*b\\* \\_c\\_ \\`d\\` \\\\ \\# \\&amp;", Import.escape("a *b* _c_ `d` \\ # &amp;"));
    assertEquals("\"a \\\"b\\\" \\\\c\"", Import.quote("a \"b\" \\c"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'{\"catalog\": {\"metadata\": {\"title\": \"x\",}}}'|1:40: not valid JSON: Unexpected"
            + " character ('}' (code 125)): was expecting double-quote to start field name",
        "''|1:1: the file is empty; expected an OSCAL JSON document",
        "'[1]'|1:1: expected an OSCAL document, a JSON object with a 'catalog'",
        "'{\"profile\": {}}'|1:1: expected an OSCAL catalogue (a top-level 'catalog'), found"
            + " 'profile'; a profile selects controls from catalogues: import the catalogue it"
            + " names",
        "'{\"catalog\": {}}'|1:13: the catalogue has no 'metadata'; expected title and"
            + " last-modified",
        "'{\"catalog\": {\"metadata\": {\"title\": \"x\", \"last-modified\": \"soon\"}}}'|1:26:"
            + " the catalogue's metadata.last-modified is 'soon'; expected a date and time such as"
            + " 2025-11-27T00:00:00Z",
        "'{\"catalog\": {\"metadata\": {\"title\": \"x\", \"last-modified\": \"2024-01-01\"}}}'"
            + "|1:13: the catalogue has no controls; expected 'groups' or 'controls'",
        "'{\"catalog\": {\"metadata\": {\"title\": \"x\", \"last-modified\": \"2024-01-01\"},\n"
            + "\"controls\": [{\"id\": \"A-1\", \"title\": \"a\"},\n  {\"id\": \"a_1\"}]}}'|3:3:"
            + " the control id 'a_1' gives the measure id 'a-1', which an earlier control already"
            + " gave; expected ids that differ in more than case and punctuation",
      })
  void badInputIsReportedWithFileLineAndColumn(String json, String message) {
    OscalImportException e =
        assertThrows(
            OscalImportException.class,
            () ->
                OscalImport.builder()
                    .build()
                    .convert(json.getBytes(StandardCharsets.UTF_8), "in.json"));
    assertEquals("in.json:" + message, e.getMessage());
    assertEquals("in.json", e.source());
  }

  /**
   * The catalogues of the shared corpus (shared/corpus/oscal beside the repository): each skeleton
   * loads without errors. A clean checkout has no corpus; the test is then skipped, saying so.
   */
  @ParameterizedTest
  @CsvSource({
    "oscal_opengov_sdm_privacy_tom_catalog.json, de, 67, 0",
    "oscal_opengov_sdm_v3_catalog_de.json, de, 29, 0",
    "bsi_grundschutzpp_kernel_catalog.json, de, 901, 0",
    "bsi_iso27001_annexA_catalog.json, en, 93, 0",
    "nist_sp800-53_rev5.0.1_catalog_2021-06-08.json, en, 1189, 0",
  })
  void theCorpusCataloguesBecomeSkeletonsThatLoadWithoutErrors(
      String name, String language, int measures, int guessed) throws IOException {
    Optional<Path> file = corpusFile("oscal/" + name);
    Assumptions.assumeTrue(
        file.isPresent(),
        () -> "corpus file oscal/" + name + " not found in shared/corpus: test skipped");
    byte[] json = Files.readAllBytes(file.get());
    OscalImport.Skeleton s =
        OscalImport.builder().language(language).date(DAY).build().convert(json, name);
    assertEquals(measures, s.measures(), name);
    assertEquals(guessed, s.guessed(), name);
    assertEquals(
        s.yaml(),
        OscalImport.builder().language(language).date(DAY).build().convert(json, name).yaml());
    LoadResult r = TOM.loadString(s.yaml(), name.replace(".json", ".yaml"));
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
    Catalogue c = r.orElseThrow();
    assertEquals(s.measures(), c.measures().size());
    assertEquals(
        s.withdrawn(),
        c.measures().stream().filter(m -> m.status() == MeasureStatus.NOT_APPLICABLE).count());
    // the export of the skeleton is valid OSCAL too
    assertEquals(
        java.util.Set.of(), OscalFormatTest.validate(OscalFormat.componentDefinition(c)), name);
  }

  /** shared/corpus next to the working directory or one of its parents, as tom-benchmarks does. */
  static Optional<Path> corpusFile(String name) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("corpus").resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
