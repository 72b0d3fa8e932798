package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in layouts place every category once and in the section the law gives it; sections that
 * the classic annex does not have are left out when empty; {@code layout.overrides} can add
 * categories to a section.
 */
class LayoutMappingTest {
  private static final Tom TOM = Tom.builder().build();

  private static final String HEAD =
      """
      tom: 1
      document:
        title: {de: "Technische und organisatorische Maßnahmen nach Art. 32 DSGVO", en: "Technical and organisational measures pursuant to Art. 32 GDPR"}
        version: "1"
        effective: 2026-01-01
        languages: [de, en]
        processor:
          name: Example GmbH
      review:
        interval: P1Y
        last: 2026-01-01
      """;

  private static String measure(String id, String category) {
    return "  - id: "
        + id
        + "\n    category: "
        + category
        + "\n    text: {de: \"Maßnahme "
        + id
        + "\", en: \"Measure "
        + id
        + "\"}\n";
  }

  private static LoadResult load(String layout, String... categories) {
    StringBuilder yaml = new StringBuilder(HEAD).append(layout).append("\nmeasures:\n");
    int i = 0;
    for (String c : categories) {
      yaml.append(measure("m" + ++i, c));
    }
    return TOM.loadString(yaml.toString(), "c.yaml");
  }

  private static List<String> headings(Catalogue c, String lang) {
    return TOM.render(c, Format.MARKDOWN, lang)
        .lines()
        .filter(l -> l.startsWith("##"))
        .map(String::strip)
        .toList();
  }

  private static Map<String, String> sectionOf(Layout l) {
    Map<String, String> out = new LinkedHashMap<>();
    collect(l.sections(), out, new ArrayList<>());
    return out;
  }

  private static void collect(List<Section> sections, Map<String, String> out, List<String> dup) {
    for (Section s : sections) {
      for (String c : s.categories()) {
        String before = out.put(c, s.id());
        assertTrue(before == null, c + " is in both " + before + " and " + s.id());
      }
      collect(s.sections(), out, dup);
    }
  }

  private static List<String> titles(List<Section> sections) {
    List<String> out = new ArrayList<>();
    for (Section s : sections) {
      out.addAll(s.title().values().values());
      out.addAll(titles(s.sections()));
    }
    return out;
  }

  @Test
  void everyBuiltInLayoutPlacesEveryCategoryOnce() {
    for (Layout l : Layout.builtIn()) {
      assertEquals(
          new java.util.TreeSet<>(Taxonomy.standard().ids()),
          new java.util.TreeSet<>(sectionOf(l).keySet()),
          l.id() + " places every category");
    }
  }

  @Test
  void noLayoutTitlesCertificatesAsArticle32_3() {
    for (Layout l : Layout.builtIn()) {
      for (String t : titles(l.sections())) {
        assertFalse(t.contains("32 Abs. 3") || t.contains("32(3)"), l.id() + ": " + t);
      }
    }
    Section certificates =
        Layout.builtIn("gdpr-art32").orElseThrow().sections().get(3).sections().get(4);
    assertEquals("certificates", certificates.id());
    assertTrue(certificates.title().in("de").orElseThrow().contains("Art. 28 Abs. 1"));
  }

  @Test
  void incidentManagementIsNotShownAsRestoringAvailability() {
    assertEquals(
        "incidents",
        sectionOf(Layout.builtIn("de-classic").orElseThrow()).get("incident-management"));
    assertEquals(
        "assistance",
        sectionOf(Layout.builtIn("eu-scc-annex-ii").orElseThrow()).get("incident-management"));
    assertEquals(
        "recoverability",
        sectionOf(Layout.builtIn("gdpr-art32").orElseThrow()).get("recoverability"));
  }

  @Test
  void sccLayoutsFollowTheItemsOfTheAnnex() {
    for (String id : List.of("eu-scc-annex-ii", "eu-dpa-annex-iii")) {
      Map<String, String> scc = sectionOf(Layout.builtIn(id).orElseThrow());
      assertEquals("scc-13", scc.get("privacy-by-default"), id);
      assertFalse("scc-13".equals(scc.get("purpose-separation")), id);
      assertEquals("scc-15", scc.get("data-lifecycle"), id);
      assertEquals("scc-17", scc.get("data-subject-support"), id);
      assertEquals("assistance", scc.get("incident-management"), id);
      for (Map.Entry<String, String> e : scc.entrySet()) {
        if (e.getValue().startsWith("scc-")) {
          int item = Integer.parseInt(e.getValue().substring(4));
          assertTrue(
              Taxonomy.standard().find(e.getKey()).orElseThrow().sccAnnexII().contains(item),
              id + ": " + e.getKey() + " is under item " + item + ", not in its taxonomy entry");
        }
      }
    }
    Map<String, String> annexIii = sectionOf(Layout.builtIn("eu-dpa-annex-iii").orElseThrow());
    assertEquals("subprocessors", annexIii.get("processor-control"));
    assertEquals("scc-16", annexIii.get("input-control"));
  }

  @Test
  void deClassicWithoutTheNewCategoriesKeepsTheClassicHeadings() {
    Catalogue c =
        load("", "purpose-separation", "encryption", "physical-access", "recoverability")
            .orElseThrow();
    assertEquals(
        List.of(
            "## I. Zweckbindung und Trennbarkeit",
            "## II. Vertraulichkeit und Integrität",
            "### 1. Verschlüsselung",
            "### 2. Zutrittskontrolle",
            "### 3. Zugangskontrolle",
            "### 4. Zugriffskontrolle",
            "### 5. Eingabekontrolle",
            "### 6. Auftragskontrolle",
            "### 7. Weitergabekontrolle",
            "## III. Verfügbarkeit, Wiederherstellbarkeit und Belastbarkeit der Systeme",
            "## IV. Besondere Datenschutzmaßnahmen",
            "## V. Überprüfung, Evaluierung und Anpassung der vorliegenden Maßnahmen"),
        headings(c, "de"));
  }

  @Test
  void deClassicHasAHomeForDeletionAssistanceQualityAndDevelopment() {
    LoadResult r =
        load(
            "",
            "encryption",
            "data-lifecycle",
            "data-subject-support",
            "data-quality",
            "secure-development",
            "privacy-by-default");
    assertTrue(
        r.diagnostics().stream().noneMatch(d -> d.rule().equals("COV-007")),
        r.diagnostics().toString());
    List<String> h = headings(r.orElseThrow(), "de");
    assertTrue(h.contains("### 8. Datenintegrität und Datenqualität"), h.toString());
    assertTrue(
        h.contains("### 9. Sichere Entwicklung und datenschutzfreundliche Voreinstellungen"),
        h.toString());
    // the assistance section and its subsections, numbered as they are shown
    int vi = h.indexOf("## VI. Unterstützung des Verantwortlichen");
    assertTrue(vi > 0, h.toString());
    assertEquals("### 1. Betroffenenrechte", h.get(vi + 1));
    assertEquals("### 2. Löschung und Rückgabe von Daten", h.get(vi + 2));
  }

  @Test
  void anOverrideAddsCategoriesToASectionAndTakesThemFromTheirFormerSection() {
    LoadResult r =
        load(
            """
            layout:
              extends: de-classic
              overrides:
                availability:
                  add-categories: [incident-management, data-quality]
            """,
            "availability-control",
            "incident-management",
            "data-quality");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    Catalogue c = r.orElseThrow();
    Map<String, String> placed = sectionOf(c.layout());
    assertEquals("availability", placed.get("incident-management"));
    assertEquals("availability", placed.get("data-quality"));
    Section availability = c.layout().sections().get(2);
    assertEquals(
        List.of(
            "availability-control",
            "recoverability",
            "resilience",
            "secure-configuration",
            "incident-management",
            "data-quality"),
        availability.categories());
    List<String> h = headings(c, "de");
    assertFalse(h.stream().anyMatch(s -> s.contains("Unterstützung")), h.toString());
    assertFalse(h.stream().anyMatch(s -> s.contains("Datenqualität")), h.toString());
  }

  @Test
  void categoriesAndAddCategoriesTogetherReplaceThenAdd() {
    Catalogue c =
        load(
                """
            layout:
              extends: gdpr-art32
              overrides:
                recoverability:
                  categories: [recoverability]
                  add-categories: [incident-management, recoverability]
            """,
                "recoverability")
            .orElseThrow();
    Section rec = c.layout().sections().get(2).sections().get(1);
    assertEquals("recoverability", rec.id());
    assertEquals(List.of("recoverability", "incident-management"), rec.categories());
    assertTrue(c.layout().sections().get(3).sections().get(1).categories().isEmpty());
  }

  @Test
  void anOverrideCanLeaveASectionOutWhenEmpty() {
    Catalogue c =
        load(
                """
            layout:
              extends: de-classic
              overrides:
                certificates: {omit-if-empty: true}
            """,
                "encryption")
            .orElseThrow();
    List<String> h = headings(c, "de");
    assertFalse(h.stream().anyMatch(s -> s.contains("Besondere")), h.toString());
    assertTrue(
        h.contains("## IV. Überprüfung, Evaluierung und Anpassung der vorliegenden Maßnahmen"),
        h.toString());
  }
}
