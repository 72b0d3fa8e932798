package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words a reader sees come from one bundle with one rule: the catalogue's labels, else tom's
 * words for exactly the language; a language without complete words is refused at load (LANG-003),
 * never rendered with another language's words. The French catalogues in {@code french/} give every
 * label themselves.
 */
class LabelsTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(
              java.time.Clock.fixed(
                  java.time.Instant.parse("2026-07-02T00:00:00Z"), java.time.ZoneOffset.UTC))
          .build();
  private static final Path FRENCH = GoldenFiles.root().resolve("french");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  // --- the bundle and its lookup ------------------------------------------------------------

  @Test
  void tomHasCompleteWordsInGermanAndEnglishOnly() {
    Labels words = Labels.standard();
    assertEquals(List.of("de", "en"), words.languages());
    assertEquals(List.of(), words.missing("de"));
    assertEquals(List.of(), words.missing("en"));
    assertEquals(words.keys(), words.missing("fr"));
    assertTrue(
        words
            .keys()
            .containsAll(
                List.of(
                    "certificate",
                    "history",
                    "date",
                    "notice.title",
                    "notice.field.category",
                    "period.years",
                    "pdf.page",
                    "pdf.keywords",
                    "category.encryption")));
  }

  @Test
  void everyKeyIsDocumentedInTheCatalogueFormat() throws IOException {
    String doc =
        Files.readString(
            GoldenFiles.root().resolve("../../../../docs/catalogue-format.md").normalize(),
            StandardCharsets.UTF_8);
    for (String key : Labels.standard().keys()) {
      if (!key.startsWith("category.")) {
        assertTrue(doc.contains("| `" + key + "` |"), key + " is not in the labels table");
      }
    }
    assertTrue(doc.contains("`category.<id>`"));
  }

  @Test
  void aWordIsLookedUpForExactlyTheLanguageAsked() {
    Labels words = Labels.standard();
    assertEquals("Zertifikat", words.word("certificate", "de").orElseThrow());
    assertTrue(words.word("certificate", "de-CH").isEmpty(), "no fallback from de-CH to de");
    assertTrue(words.word("certificate", "fr").isEmpty(), "no fallback to English");
    assertTrue(words.word("no-such-key", "de").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> words.format("notice.title", "fr"));
    assertTrue(
        e.getMessage().contains("'fr'") && e.getMessage().contains("notice.title"), e.getMessage());
  }

  @Test
  void placeholdersDatesAndPeriodsFollowTheLanguagesWords() {
    Labels words = Labels.standard();
    assertEquals(
        "Änderungen gegenüber Version 2026.1", words.format("notice.title", "de", "2026.1"));
    // a value holding a placeholder is not read again
    assertEquals("{1}: a → b", words.format("notice.arrow", "en", "{1}", "a", "b"));
    assertEquals("31.03.2028", words.date(LocalDate.of(2028, 3, 31), "de"));
    assertEquals("1 March 2028", words.date(LocalDate.of(2028, 3, 1), "en"));
    assertEquals("1 Jahr 6 Monate", words.period(Period.of(1, 6, 0), "de"));
    assertEquals("2 years 1 day", words.period(Period.of(2, 0, 1), "en"));
    // German dates need no month names: they are not missing
    assertTrue(words.missing("de").stream().noneMatch(k -> k.startsWith("month.")));
  }

  @Test
  void aCatalogueSetsWordsOverTomsOwn() throws IOException {
    Catalogue fr = load("current.yaml");
    Labels words = Labels.of(fr);
    assertEquals(List.of("de", "en", "fr"), words.languages());
    assertEquals("Certificat", words.word("certificate", "fr").orElseThrow());
    assertEquals("Zertifikat", words.word("certificate", "de").orElseThrow());
    assertEquals("1 juillet 2026", words.date(LocalDate.of(2026, 7, 1), "fr"));
    assertEquals("6 mois", words.period(Period.ofMonths(6), "fr"));
  }

  // --- a French catalogue that gives its labels renders in French only ----------------------

  @Test
  void aFrenchCatalogueWithItsLabelsRendersNoGermanOrEnglishWord() throws IOException {
    Catalogue before = load("baseline.yaml");
    Catalogue after = load("current.yaml");
    Set<String> forbidden = forbidden(after);
    // the check finds tom's words where they are: in the German and English notices
    assertTrue(
        forbidden.containsAll(
            List.of(
                "zertifikat",
                "certificate",
                "änderungen",
                "changes",
                "seite",
                "june",
                "jahre",
                "months",
                "verschlüsselung",
                "encryption")),
        forbidden.toString());
    Path kinds = GoldenFiles.root().resolve("changes/all-kinds");
    CatalogueDiff other =
        TOM.diff(
            TOM.load(kinds.resolve("baseline.yaml")).orElseThrow(),
            TOM.load(kinds.resolve("current.yaml")).orElseThrow());
    for (String lang : List.of("de", "en")) {
      Set<String> seen = words(TOM.renderChanges(other, Format.MARKDOWN, lang));
      seen.retainAll(forbidden);
      assertTrue(seen.size() > 20, lang + ": " + seen);
    }
    for (Catalogue c : List.of(before, after)) {
      assertClean(
          "annex md " + c.document().version(), forbidden, TOM.render(c, Format.MARKDOWN, "fr"));
      assertClean(
          "annex html " + c.document().version(),
          forbidden,
          html(TOM.render(c, Format.HTML, "fr")));
      assertCleanJson(
          "annex json " + c.document().version(), forbidden, TOM.render(c, Format.JSON, "fr"));
      StringBuilder events = new StringBuilder();
      TOM.render(c, "fr", textOf(events));
      assertClean("annex events " + c.document().version(), forbidden, events.toString());
    }
    CatalogueDiff diff = TOM.diff(before, after);
    String notice = TOM.renderChanges(diff, Format.MARKDOWN, "fr");
    assertClean("notice md", forbidden, notice);
    assertClean("notice html", forbidden, html(TOM.renderChanges(diff, Format.HTML, "fr")));
    assertCleanJson("notice json", forbidden, TOM.renderChanges(diff, Format.JSON, "fr"));
    StringBuilder events = new StringBuilder();
    TOM.renderChanges(diff, "fr", textOf(events));
    assertClean("notice events", forbidden, events.toString());

    // the words are there, in French: the check above looked at real documents
    String annex = TOM.render(after, Format.MARKDOWN, "fr");
    for (String expected :
        List.of(
            "Sous-traitant : ",
            "Version 2026.2, Date d'effet: 1 juillet 2026",
            "Certificat: ",
            "valable jusqu'au 31 mars 2030",
            "délivré par",
            "(prévue pour le 31 décembre 2026)",
            "Sans objet : ",
            "Sous-traitant ultérieur: ",
            "Dernier examen: 20 juin 2026",
            "Historique des modifications",
            "Gestion des incidents et des violations",
            "Aucune mesure dans cette section.")) {
      assertTrue(
          annex.contains(expected) || annex.contains(expected.replace(" : ", ": ")),
          expected + " in\n" + annex);
    }
    for (String expected :
        List.of(
            "# Modifications depuis la version 2026.1",
            "Réductions de la protection",
            "**Supprimée:**",
            "**Plus mise en œuvre:**",
            "Statut : mise en œuvre → prévue",
            "Catégorie : Contrôle de la disponibilité → " + "Capacité de restauration",
            "Nature : organisationnelle → technique",
            "Intervalle d'examen : 1 an → 6 mois",
            "Catégorie de site : autre site → nuage",
            "Motif (version 2026.2, 15 juin 2026)")) {
      assertTrue(notice.contains(expected), expected + " in\n" + notice);
    }
  }

  /** The words of a render that has no French word fails: never another language's word. */
  @Test
  void aCatalogueBuiltWithoutItsWordsCannotBeRendered() throws IOException {
    Catalogue fr = load("current.yaml");
    Layout l = fr.layout();
    Layout bare =
        new Layout(l.id(), l.numbering(), l.sections(), l.otherTitle(), l.otherIntro(), Map.of());
    Catalogue c =
        new Catalogue(
            fr.formatVersion(),
            fr.document(),
            fr.review(),
            bare,
            fr.subprocessors(),
            fr.sites(),
            fr.certificates(),
            fr.measures(),
            fr.changes(),
            fr.source());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TOM.render(c, Format.MARKDOWN, "fr"));
    assertTrue(e.getMessage().contains("'fr'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TOM.renderChanges(TOM.diff(c, c), Format.MARKDOWN, "fr"));
  }

  // --- one that does not is refused, naming the labels ---------------------------------------

  @Test
  void aFrenchCatalogueWithoutLabelsIsRefusedWithEveryMissingKeyNamed() throws IOException {
    String yaml = withoutLabels(read("baseline.yaml"));
    LoadResult r = TOM.loadString(yaml, "fr.yaml");
    List<Diagnostic> lang003 =
        r.diagnostics().stream().filter(d -> d.rule().equals("LANG-003")).toList();
    assertEquals(1, lang003.size(), r.diagnostics().toString());
    Diagnostic d = lang003.get(0);
    assertEquals(Severity.ERROR, d.severity());
    // at the language's entry in document.languages
    int line = lineOf(yaml, "  languages: [fr]");
    assertEquals(new Location("fr.yaml", line, "  languages: [".length() + 1), d.location());
    assertTrue(d.message().contains("'fr'"), d.message());
    List<String> expected = new ArrayList<>(Labels.standard().keys());
    expected.remove("history"); // only with a changes: log (LANG-001)
    assertTrue(
        d.message().endsWith(expected.size() + " of them: " + String.join(", ", expected)),
        d.message());
    assertTrue(r.hasErrors());
    assertThrows(CatalogueException.class, r::orElseThrow);
  }

  @Test
  void oneMissingLabelIsNamedAlone() throws IOException {
    String yaml = read("baseline.yaml").replaceFirst("(?m)^    notice\\.legend: .*\\n", "");
    LoadResult r = TOM.loadString(yaml, "fr.yaml");
    assertEquals(
        List.of("LANG-003"),
        r.diagnostics().stream().map(Diagnostic::rule).filter(id -> id.startsWith("LANG")).toList(),
        r.diagnostics().toString());
    assertTrue(
        r.diagnostics().stream().anyMatch(d -> d.message().endsWith("1 of them: notice.legend")),
        r.diagnostics().toString());
  }

  @Test
  void aDateWithoutMonthNamesNeedsNoMonthNames() throws IOException {
    String yaml =
        read("baseline.yaml")
            .replace("    date: \"{d} {month} {yyyy}\"", "    date: \"{dd}/{mm}/{yyyy}\"")
            .replaceAll("(?m)^    month\\.\\d+: .*\\n", "");
    LoadResult r = TOM.loadString(yaml, "fr.yaml");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    assertTrue(
        TOM.render(r.orElseThrow(), Format.MARKDOWN, "fr").contains("Date d'effet: 15/01/2026"));
  }

  @Test
  void aLanguageTagIsNotItsLanguage() throws IOException {
    // de-CH is not de: tom's German words do not apply, the catalogue must give its own
    String yaml =
        withoutLabels(read("baseline.yaml")).replace("languages: [fr]", "languages: [de-CH]");
    LoadResult r = TOM.loadString(yaml, "ch.yaml");
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(d -> d.rule().equals("LANG-003") && d.message().contains("'de-CH'")),
        r.diagnostics().toString());
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String read(String name) throws IOException {
    return Files.readString(FRENCH.resolve(name), StandardCharsets.UTF_8);
  }

  private static Catalogue load(String name) throws IOException {
    LoadResult r = TOM.loadString(read(name), name);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    return r.orElseThrow();
  }

  /** The catalogue without its layout.labels block (the last block of the file). */
  private static String withoutLabels(String yaml) {
    int at = yaml.indexOf("\n  labels:\n");
    assertTrue(at > 0);
    return yaml.substring(0, at + 1);
  }

  private static int lineOf(String text, String line) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(line)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + line);
  }

  /**
   * Every word of tom's German and English labels, except those that are French words too (they are
   * among the catalogue's French labels: Version, Document, Contact, Site, ...).
   */
  static Set<String> forbidden(Catalogue french) {
    Labels tom = Labels.standard();
    Labels own = Labels.of(french);
    Set<String> out = new TreeSet<>();
    for (String key : tom.keys()) {
      tom.word(key, "de").ifPresent(w -> out.addAll(words(w)));
      tom.word(key, "en").ifPresent(w -> out.addAll(words(w)));
    }
    for (String key : tom.keys()) {
      own.word(key, "fr").ifPresent(w -> out.removeAll(words(w)));
    }
    return out;
  }

  static Set<String> words(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static void assertClean(String what, Set<String> forbidden, String text) {
    // the fingerprint is 64 hex digits, not words: its letter runs ("ab") are no label's words
    Set<String> found = words(text.replaceAll("\\b[0-9a-f]{64}\\b", " "));
    found.retainAll(forbidden);
    assertEquals(Set.of(), found, what + " has German or English label words:\n" + text);
  }

  /** The text of an HTML page: no markup, no style sheet. */
  private static String html(String page) {
    return page.replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("<[^>]*>", " ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
  }

  /**
   * The texts of the JSON (every language-keyed text: only {@code fr}), checked; the category
   * reference data ({@code categories}) carries tom's titles keyed by their languages as well,
   * never unkeyed: there its {@code fr} title is the catalogue's.
   */
  private static void assertCleanJson(String what, Set<String> forbidden, String json)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    StringBuilder texts = new StringBuilder();
    walk(root, "", texts, what);
    assertClean(what, forbidden, texts.toString());
    JsonNode categories = root.get("categories");
    if (categories != null) {
      assertFalse(categories.isEmpty());
      for (JsonNode c : categories) {
        assertEquals(
            Labels.of(load("current.yaml"))
                .word("category." + c.get("id").asText(), "fr")
                .orElseThrow(),
            c.get("title").get("fr").asText());
      }
    }
  }

  private static void walk(JsonNode n, String path, StringBuilder texts, String what) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (path.startsWith("/categories")) {
          continue; // checked on its own
        }
        assertFalse(
            key.equals("de") || key.equals("en"),
            what + ": a text in another language at " + path + "/" + key);
        if (key.equals("fr") && e.getValue().isTextual()) {
          texts.append(e.getValue().asText()).append('\n');
        }
        walk(e.getValue(), path + "/" + key, texts, what);
      }
    } else if (n.isArray()) {
      for (JsonNode item : n) {
        walk(item, path, texts, what);
      }
    }
  }

  /** An annex handler that keeps the text and the title it is given. */
  private static AnnexHandler textOf(StringBuilder out) {
    return new AnnexHandler() {
      @Override
      public void startDocument(String language, String title) {
        out.append(title).append('\n');
      }

      @Override
      public void text(String text) {
        out.append(text).append('\n');
      }
    };
  }
}
