package io.github.tomannex.tom;

import static io.github.tomannex.tom.LoaderFixtures.SOURCE;
import static io.github.tomannex.tom.LoaderFixtures.TOM;
import static io.github.tomannex.tom.LoaderFixtures.catalogue;
import static io.github.tomannex.tom.LoaderFixtures.dump;
import static io.github.tomannex.tom.LoaderFixtures.errors;
import static io.github.tomannex.tom.LoaderFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once got a wrong answer: a crash, a silent pass, a misleading or repeated message.
 * Each case states what the right answer is.
 */
class InputCorrectnessTest {

  private static Diagnostic only(LoadResult r, String rule) {
    List<Diagnostic> errors = errors(r);
    assertEquals(1, errors.size(), () -> dump(r));
    assertEquals(rule, errors.get(0).rule(), () -> dump(r));
    assertTrue(r.catalogue().isEmpty());
    return errors.get(0);
  }

  // --- 1. regular expressions on user input ------------------------------------------------

  @Test
  void aLanguageCodeOfThousandsOfSubtagsIsAnErrorNotAStackOverflow() {
    String tag = "en" + "-ab".repeat(2_000);
    String yaml = valid().replace("languages: [de, en]", "languages: [de, " + tag + "]");
    LoadResult r = assertDoesNotThrow(() -> TOM.loadString(yaml, SOURCE));
    Diagnostic d =
        errors(r).stream()
            .filter(e -> e.rule().equals("SCHEMA-007"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(dump(r)));
    assertEquals(new Location(SOURCE, 6, 19), d.location());
    assertTrue(d.message().length() < 300, d.message());
  }

  @Test
  void theSameThroughAJsonExport() {
    String tag = "en" + "-ab".repeat(5_000);
    String json = "{\"export\": 1, \"tom\": 1, \"document\": {\"languages\": [\"" + tag + "\"]}}";
    LoadResult r = assertDoesNotThrow(() -> TOM.loadString(json, "annex.json"));
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.rule().equals("SCHEMA-007")), dump(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-CH", "sr-Latn", "de-DE-1996", "gsw", "en-GB"})
  void languageTagsWithSubtagsStayValid(String tag) {
    String yaml =
        valid()
            .replace("languages: [de, en]", "languages: [" + tag + "]")
            .replace("{de: \"TOM\", en: \"TOM\"}", "TOM")
            .replace("{de: \"TLS 1.3.\", en: \"TLS 1.3.\"}", "\"TLS 1.3.\"");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    // (the built-in layout has no texts in these languages: LANG-001 is right)
    assertTrue(r.diagnostics().stream().noneMatch(d -> d.rule().equals("SCHEMA-007")), dump(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE", "d", "deutsch", "de_DE", "de-", "de--x", "de-abcdefghi", "dé"})
  void malformedLanguageTagsAreRefused(String tag) {
    String yaml = valid().replace("languages: [de, en]", "languages: [\"" + tag + "\", en]");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(
        errors(r).stream()
            .anyMatch(
                d ->
                    d.rule().equals("SCHEMA-007")
                        && d.location().equals(new Location(SOURCE, 6, 15))),
        dump(r));
  }

  // --- 4. control characters and broken unicode ---------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "&#1;",
        "&#x1B;",
        "&#x85;",
        "&#133;",
        "&#xFFFE;",
        "&#xD800;",
        "&#xdfff;",
        "&#0;",
        "&#x110000;",
        "&#x2028;",
        "&#xFDD0;",
        "&#x1FFFF;",
        "&#13;"
      })
  void characterReferencesToControlsAndNonCharactersAreRefusedAtLoad(String ref) {
    String yaml = catalogue("", "{de: \"A" + ref + "B\", en: \"AB\"}");
    Diagnostic d = only(TOM.loadString(yaml, SOURCE), "SCHEMA-010");
    assertEquals(new Location(SOURCE, 15, 16), d.location(), d.format());
    assertTrue(d.message().contains(ref), d.format());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "&#9;",
        "&#10;",
        "&#x41;",
        "&#228;",
        "&#x1F600;",
        "&amp;",
        "&#xe9;",
        "&#12345678;",
        "&#x;",
        "&#;"
      })
  void harmlessCharacterReferencesStay(String ref) {
    String yaml = catalogue("", "{de: \"A" + ref + "B\", en: \"AB\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  // CommonMark shows a reference as written inside a code span or code block, after a
  // backslash and in raw HTML: it stands for no character there, so it is not refused.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "`&#0;`",
        "``a ` &#1; b``",
        "\\\\&#x1B;",
        "<span title='&#1;'>x</span>",
        "\\n\\n~~~\\n&#1;\\n~~~\\n\\n",
        "\\n\\n    code &#1;\\n\\n"
      })
  void aReferenceCommonMarkShowsAsWrittenIsAccepted(String text) {
    String yaml = catalogue("", "{de: \"A " + text + " B\", en: \"AB\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), text + dump(r));
  }

  // ... but beside such a one, a reference that is decoded is still refused and named.
  @ParameterizedTest
  @ValueSource(strings = {"`&#1;` &#2;", "\\\\&#1; &#2;", "`unclosed &#2;", "[a](x \\\"&#2;\\\")"})
  void aDecodedReferenceBesideALiteralOneIsRefused(String text) {
    String yaml = catalogue("", "{de: \"A " + text + " B\", en: \"AB\"}");
    Diagnostic d = only(TOM.loadString(yaml, SOURCE), "SCHEMA-010");
    assertTrue(d.message().contains("&#2;"), d.format());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\ud83d",
        "\\udc00",
        "\\uFFFE",
        "\\uFFFF",
        "\\x85",
        "\\N",
        "\\L",
        "\\P",
        "\\U0001FFFE",
        "\\uFDEF"
      })
  void yamlEscapesToBrokenUnicodeAreRefusedAtLoad(String escape) {
    String yaml = catalogue("", "{de: \"A" + escape + "B\", en: \"AB\"}");
    Diagnostic d = only(TOM.loadString(yaml, SOURCE), "SCHEMA-010");
    assertEquals(new Location(SOURCE, 15, 16), d.location(), d.format());
  }

  @Test
  void aSurrogatePairWrittenAsTwoEscapesIsOneCharacter() {
    String yaml = catalogue("", "{de: \"A\\ud83d\\ude00B\", en: \"AB\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  @Test
  void rawNonCharactersOutsideTheBasicPlaneAreRefused() {
    String yaml =
        catalogue(
            "", "{de: \"A" + new String(Character.toChars(0x10FFFF)) + "B\"," + " en: \"AB\"}");
    Diagnostic d = only(TOM.loadString(yaml, SOURCE), "YAML-007");
    assertTrue(d.message().contains("U+10FFFF"), d.format());
  }

  @Test
  void aCatalogueThatPassesNeverCrashesARenderer() {
    // every character class a text may hold, in every text field Markdown and HTML render
    String text =
        "\"Ä ß é ø ł ő ş ț ğ Ω Ж ž — € 😀 中文 עברית العربية \u200b\u00ad"
            + " &#x1F600; &amp; &lt;b&gt;\"";
    String yaml =
        catalogue(
            "    address: " + text + "\n    contact: dpo@example.org\n",
            "{de: " + text + ", en: " + text + "}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
    Catalogue c = r.catalogue().orElseThrow();
    for (Format f : Format.values()) {
      for (String lang : List.of("de", "en")) {
        assertDoesNotThrow(() -> TOM.render(c, f, lang));
      }
    }
  }

  // --- 6. one line per diagnostic ----------------------------------------------------------

  @Test
  void noDiagnosticEverHoldsALineBreak() {
    String breaks = "\r\n\u0085\u2028\u2029\u000b\u000c\u001b\u202e";
    Diagnostic d =
        new Diagnostic(
            new Location("a\nb.yaml", 1, 1),
            Severity.ERROR,
            "X-001",
            "bad 'x" + breaks + "::error file=x::owned'",
            Optional.of("hint" + breaks));
    for (String s :
        List.of(d.format(), d.message(), d.fullMessage(), d.hint().orElseThrow(), d.toString())) {
      for (char c : breaks.toCharArray()) {
        assertEquals(-1, s.indexOf(c), () -> String.format("U+%04X in %s", (int) c, s));
      }
    }
    assertTrue(d.message().contains("x\\r\\n\\u0085\\u2028"), d.message());
    assertEquals("tab\tstays", Diagnostic.oneLine("tab\tstays"));
  }

  @Test
  void aLoneSurrogateInADiagnosticIsEscaped() {
    assertEquals("a\\uD83Db", Diagnostic.oneLine("a\ud83db"));
    assertEquals("a\\uDE00b", Diagnostic.oneLine("a\ude00b"));
    assertEquals("a\ud83d\ude00b", Diagnostic.oneLine("a\ud83d\ude00b"));
  }

  @Test
  void referencesWithDigitsCommonMarkDoesNotDecodeArePlainText() {
    String yaml = catalogue("", "{de: \"&#x\uFF11; und &#x\u0661b;\", en: \"AB\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  @Test
  void keysAndValuesWithLineBreaksAreQuotedOnOneLine() {
    // a key with a line break (quoted in YAML), an unknown key, quoted by SCHEMA-001
    String yaml =
        valid()
            .replace(
                "    name: Beispiel GmbH\n",
                "    name: Beispiel GmbH\n    \"nom\\n::error::owned\": x\n");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertFalse(r.diagnostics().isEmpty());
    for (Diagnostic d : r.diagnostics()) {
      assertFalse(d.format().contains("\n"), d.format());
    }
  }

  // --- 7. tom reads what tom writes ----------------------------------------------------------

  private static Catalogue longTextCatalogue() {
    String longText = "Lange Beschreibung ".repeat(5_000); // 95,000 characters in one line
    String yaml =
        catalogue(
            "    contact: datenschutz@beispiel.example\n",
            "\n      de: >-\n" + wrap(longText) + "\n      en: \"TLS 1.3.\"");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
    return r.catalogue().orElseThrow();
  }

  private static String wrap(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.split(" ")) {
      sb.append("        ").append(w).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  @Test
  void anExportWithALongTextIsReadBack() {
    Catalogue c = longTextCatalogue();
    String json = TOM.render(c, Format.JSON, "de");
    assertTrue(json.lines().anyMatch(l -> l.length() > 65_536), "a long line in the export");
    LoadResult back = TOM.loadString(json, "annex.json");
    assertTrue(errors(back).isEmpty(), dump(back));
    assertEquals(
        c.measures().get(0).text().values(),
        back.catalogue().orElseThrow().measures().get(0).text().values());
  }

  @Test
  void anExportWithTabsEscapedSlashesAndAByteOrderMarkIsReadBack() {
    Catalogue c = TOM.loadString(valid(), SOURCE).catalogue().orElseThrow();
    String json = TOM.render(c, Format.JSON, "de");
    String tabs =
        json.lines()
            .map(
                l -> {
                  int i = 0;
                  while (i < l.length() && l.charAt(i) == ' ') {
                    i++;
                  }
                  return "\t".repeat(i / 2) + l.substring(i);
                })
            .collect(Collectors.joining("\n"));
    String slashes = json.replace("/", "\\/");
    byte[] bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
    assertAll(
        () -> assertReadsBack(TOM.loadString(tabs, "annex.json")),
        () -> assertReadsBack(TOM.loadString(slashes, "annex.json")),
        () -> assertReadsBack(TOM.load(new java.io.ByteArrayInputStream(bom), "annex.json")),
        () -> assertReadsBack(TOM.loadString(json.replace("\n", "\r\n"), "annex.json")),
        () -> assertReadsBack(TOM.loadString(minify(json), "annex.json")));
  }

  private static String minify(String json) {
    StringBuilder sb = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void assertReadsBack(LoadResult r) {
    assertTrue(errors(r).isEmpty(), dump(r));
    assertTrue(r.catalogue().isPresent());
  }

  // Jackson counts columns in UTF-16 units, YAML in characters: a JSON position counts
  // characters too, so an emoji before an error moves it by one column, not two.
  @Test
  void jsonColumnsCountCharactersLikeYaml() {
    String json = "{\"document\": {\"title\": \"\uD83D\uDE00\uD83D\uDE00\", \"title\": \"x\"}}";
    Diagnostic d =
        errors(TOM.loadString(json, "annex.json")).stream()
            .filter(e -> e.rule().equals("YAML-005"))
            .findFirst()
            .orElseThrow();
    assertEquals(new Location("annex.json", 1, 30), d.location(), d.format());
    String broken = "{\"a\": \"\uD83D\uDE00\uD83D\uDE00\" ?}";
    Diagnostic e = errors(TOM.loadString(broken, "annex.json")).get(0);
    assertEquals(new Location("annex.json", 1, 12), e.location(), e.format());
  }

  // A number longer than any catalogue value is a wrong value, not a nesting or size limit.
  @ParameterizedTest
  @ValueSource(strings = {"annex.json", "catalogue.yaml"})
  void aThousandDigitNumberIsNamedAsSuch(String name) {
    String json = "{\"tom\": 1" + "0".repeat(2_000) + "}";
    Diagnostic d = errors(TOM.loadString(json, name)).get(0);
    assertEquals("YAML-001", d.rule(), d.format());
    assertTrue(d.message().contains("number of more than 1000 digits"), d.format());
    String yaml = "tom: 1" + "0".repeat(2_000) + "\n";
    Diagnostic y = errors(TOM.loadString(yaml, SOURCE)).get(0);
    assertFalse(y.rule().equals("YAML-003"), y.format());
  }

  // An export with a syntax error is answered as JSON even when its name does not say so:
  // read as YAML its long line would hide the error behind FILE-006.
  @Test
  void aBrokenExportUnderAnyNameGetsTheJsonError() {
    Catalogue c = TOM.loadString(valid(), SOURCE).catalogue().orElseThrow();
    String json =
        minify(TOM.render(c, Format.JSON, "de"))
            .replace("\"measures\":", "\"measures\" " + "x".repeat(70_000) + ":");
    for (String name : List.of("annex.json", "annex.txt", "catalogue.yaml")) {
      Diagnostic d = errors(TOM.loadString(json, name)).get(0);
      assertEquals("YAML-001", d.rule(), name + d.format());
      assertTrue(d.message().startsWith("invalid json"), d.format());
    }
  }

  @Test
  void aTruncatedExportNamesJson() {
    Catalogue c = TOM.loadString(valid(), SOURCE).catalogue().orElseThrow();
    String json = TOM.render(c, Format.JSON, "de");
    LoadResult r = TOM.loadString(json.substring(0, json.length() / 2), "annex.json");
    Diagnostic d = errors(r).get(0);
    assertEquals("YAML-001", d.rule());
    assertTrue(d.message().startsWith("invalid json"), d.format());
  }

  @Test
  void aYamlCatalogueWrittenAsAFlowMappingIsStillYaml() {
    String yaml =
        "{tom: 1, document: {title: TOM, version: '1', effective: 2026-01-15,"
            + " languages: [en], processor: {name: X}}, review: {interval: P1Y, last: 2026-01-10},"
            + " measures: [{id: a, category: encryption, text: TLS 1.3.}]}";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  @Test
  void jsonDuplicateKeysAndPositionsAreReported() {
    String json = "{\n  \"tom\": 1,\n  \"tom\": 1\n}";
    LoadResult r = TOM.loadString(json, "x.json");
    assertTrue(
        errors(r).stream()
            .anyMatch(
                d ->
                    d.rule().equals("YAML-005")
                        && d.location().equals(new Location("x.json", 3, 3))),
        dump(r));
  }

  // --- 10. dates in a sane range ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-01-01",
        "0001-01-01",
        "1582-10-10",
        "1969-12-31",
        "3000-01-01",
        "9999-12-31"
      })
  void datesOutsideTheAcceptedRangeAreRefused(String date) {
    String yaml = valid().replace("effective: 2026-01-15", "effective: " + date);
    Diagnostic d = errors(TOM.loadString(yaml, SOURCE)).get(0);
    assertEquals("SCHEMA-004", d.rule());
    assertEquals(new Location(SOURCE, 5, 14), d.location());
    assertTrue(
        d.message().contains("1970-01-01") && d.message().contains("2999-12-31"), d.message());
  }

  // --- new user 3: names are valid in every language -----------------------------------------

  @Test
  void namesAddressesAndReferencesNeedNoTranslation() {
    String yaml =
        "tom: 1\n"
            + "document:\n"
            + "  title: {de: \"TOM\", en: \"TOM\"}\n"
            + "  version: \"1\"\n"
            + "  effective: 2026-01-15\n"
            + "  languages: [de, en]\n"
            + "  processor:\n"
            + "    name: Beispiel GmbH\n"
            + "    address: Hauptstraße 1, 40210 Düsseldorf\n"
            + "    contact: datenschutz@firma.example\n"
            + "  agreement:\n"
            + "    title: {de: \"AVV\", en: \"DPA\"}\n"
            + "    reference: AVV-2026-01\n"
            + "review:\n"
            + "  interval: P1Y\n"
            + "  last: 2026-01-10\n"
            + "subprocessors:\n"
            + "  - id: dc\n"
            + "    name: Rechenzentrum Nord GmbH\n"
            + "    service: {de: \"Housing\", en: \"Housing\"}\n"
            + "    location: Hamburg\n"
            + "certificates:\n"
            + "  - id: iso\n"
            + "    title: {de: \"ISO 27001\", en: \"ISO 27001\"}\n"
            + "    standard: ISO/IEC 27001:2022\n"
            + "    issuer: Zertifizierungsstelle Nord GmbH\n"
            + "    holder: dc\n"
            + "    valid-until: 2027-12-31\n"
            + "measures:\n"
            + "  - id: enc-tls\n"
            + "    category: encryption\n"
            + "    text: {de: \"TLS 1.3.\", en: \"TLS 1.3.\"}\n";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(r.diagnostics().stream().noneMatch(d -> d.rule().startsWith("LANG")), dump(r));
    assertTrue(errors(r).isEmpty(), dump(r));
    Catalogue c = r.catalogue().orElseThrow();
    Processor p = c.document().processor();
    assertEquals(Optional.of("datenschutz@firma.example"), p.contact().orElseThrow().in("en"));
    assertEquals(Optional.of("datenschutz@firma.example"), p.contact().orElseThrow().in("de"));
    assertEquals(
        Optional.of("Zertifizierungsstelle Nord GmbH"),
        c.certificates().get(0).issuer().orElseThrow().in("en"));
    // prose must still be translated
    LoadResult prose =
        TOM.loadString(
            yaml.replace("service: {de: \"Housing\", en: \"Housing\"}", "service: Housing"),
            SOURCE);
    assertEquals("LANG-001", errors(prose).get(0).rule(), dump(prose));
    // a mapping that leaves a language out is still incomplete
    LoadResult partial =
        TOM.loadString(yaml.replace("location: Hamburg", "location: {de: Hamburg}"), SOURCE);
    assertEquals("LANG-001", errors(partial).get(0).rule(), dump(partial));
  }

  @Test
  void aFindingInANameWrittenOnceIsReportedOnce() {
    String yaml =
        valid()
            .replace(
                "    name: Beispiel GmbH\n", "    name: Beispiel GmbH\n    contact: \"TODO\"\n");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    List<Diagnostic> spec =
        r.diagnostics().stream()
            .filter(d -> d.rule().equals("SPEC-001"))
            .collect(Collectors.toList());
    assertEquals(1, spec.size(), dump(r));
    assertEquals(new Location(SOURCE, 9, 14), spec.get(0).location());
  }

  // --- new user 4: the comma trap ------------------------------------------------------------

  @Test
  void aTextSplitAtACommaSaysSo() {
    String yaml =
        valid()
            .replace(
                "    name: Beispiel GmbH\n",
                "    name: Beispiel GmbH\n    address: {de: Düsseldorf, Deutschland, en: Düsseldorf,"
                    + " Germany}\n");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    List<Diagnostic> errors = errors(r);
    assertEquals(2, errors.size(), dump(r));
    Diagnostic d = errors.get(0);
    assertEquals("LANG-002", d.rule());
    assertEquals(new Location(SOURCE, 9, 31), d.location());
    assertTrue(d.message().contains("split at a comma"), d.format());
    assertEquals(
        Optional.of(
            "in a {…} mapping a comma separates entries: quote a text that"
                + " contains one, de: \"Düsseldorf, Deutschland\""),
        d.hint());
  }

  @Test
  void anUnknownLanguageWithATextIsNotCalledASplit() {
    String yaml = catalogue("", "{de: \"TLS 1.3.\", en: \"TLS 1.3.\", fr: \"TLS 1.3.\"}");
    Diagnostic d = only(TOM.loadString(yaml, SOURCE), "LANG-002");
    assertFalse(d.message().contains("comma"), d.format());
  }

  // --- new user 5: no cascades ---------------------------------------------------------------

  @Test
  void aReferenceToAnEntryWithItsOwnErrorsIsNotASecondError() {
    String yaml =
        valid()
                .replace("review:\n", "  agreement:\n    title: {de: A, en: A}\nreview:\n")
                .replace(
                    "measures:\n",
                    "sites:\n  - id: fra01\n    name: {de: RZ, en: DC}\n"
                        + "    kind: data-center\n"
                        + "certificates:\n  - id: iso\n    title: {de: A, en: A}\n    standard: ISO\n"
                        + "    site: fra01\n    valid-until: 2027-01-01\n"
                        + "measures:\n")
            + "    site: fra01\n"
            + "  - id: m2\n    category: physical-access\n    site: fra01\n"
            + "    text: {de: \"Alarm.\", en: \"Alarm.\"}\n"
            + "    certificates: [iso]\n";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    List<Diagnostic> errors = errors(r);
    assertEquals(1, errors.size(), dump(r));
    assertEquals("SCHEMA-006", errors.get(0).rule());
    // a name that is really not defined still is an error
    LoadResult undefined =
        TOM.loadString(
            yaml.replace("    site: fra01\n  - id: m2", "    site: fra02\n  - id: m2"), SOURCE);
    assertTrue(
        errors(undefined).stream().anyMatch(d -> d.rule().equals("REF-002")), dump(undefined));
  }

  // --- new user 6: hints -----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zutrittskontrolle:physical-access",
        "zutrittskontrolle:physical-access",
        "Physical access control:physical-access",
        "Weitergabekontrolle:transfer-control",
        "verfügbarkeitskontrolle:availability-control",
        "encyption:encryption",
        "Verschlüsselung:encryption",
        "pseudonymization:pseudonymisation",
        "access-control:'physical-access', 'system-access' or 'data-access'",
        "Trennungskontrolle:purpose-separation"
      })
  void anUnknownCategoryGetsTheCategoryItProbablyMeans(String pair) {
    String written = pair.substring(0, pair.indexOf(':'));
    String meant = pair.substring(pair.indexOf(':') + 1);
    String yaml = valid().replace("category: encryption", "category: \"" + written + "\"");
    Diagnostic d = only(TOM.loadString(yaml, SOURCE), "CAT-001");
    assertTrue(d.hint().orElse("").contains(meant), d.format());
  }

  @Test
  void anUnrelatedCategoryGetsNoSuggestion() {
    String yaml = valid().replace("category: encryption", "category: kitchen-hygiene");
    assertEquals(Optional.empty(), only(TOM.loadString(yaml, SOURCE), "CAT-001").hint());
  }

  @Test
  void aKeyIndentedWronglyIsNamed() {
    String yaml =
        valid()
            .replace(
                "    name: Beispiel GmbH\n",
                "    name: Beispiel GmbH\n   address: Hauptstraße 1\n");
    Diagnostic d = errors(TOM.loadString(yaml, SOURCE)).get(0);
    assertEquals("YAML-001", d.rule());
    assertFalse(d.fullMessage().contains("<block end>"), d.format());
    assertTrue(d.fullMessage().contains("'address'"), d.format());
    assertEquals(9, d.location().line(), d.format());
  }

  // --- new user 9: lint levels as YAML 1.1 editors read them -----------------------------------

  @Test
  void falseSwitchesARuleOffAsOffDoes() {
    String yaml = valid() + "lint: {COV-007: false, SPEC-002: off}\n";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
    LoadResult wrong = TOM.loadString(valid() + "lint: {COV-007: true}\n", SOURCE);
    assertEquals("SCHEMA-006", errors(wrong).get(0).rule(), dump(wrong));
  }

  @Test
  void theBaseCatalogueOfTheseTestsIsValid() {
    LoadResult r = TOM.loadString(valid(), SOURCE);
    if (!errors(r).isEmpty()) {
      fail(dump(r));
    }
  }
}
