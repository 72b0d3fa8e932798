package io.github.tomannex.tom;

import static io.github.tomannex.tom.LoaderFixtures.SOURCE;
import static io.github.tomannex.tom.LoaderFixtures.TOM;
import static io.github.tomannex.tom.LoaderFixtures.catalogue;
import static io.github.tomannex.tom.LoaderFixtures.dump;
import static io.github.tomannex.tom.LoaderFixtures.errors;
import static io.github.tomannex.tom.LoaderFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and confused-user inputs against the loader: control characters, character references,
 * JSON read-back, positions, cascades, hints and the time they take.
 */
class AdversarialLoadReviewTest {

  /** A catalogue using most fields, for round trips. */
  private static String rich(String t) {
    return "tom: 1\n"
        + "document:\n"
        + "  title: {de: \"TOM "
        + t
        + "\", en: \"TOM "
        + t
        + "\"}\n"
        + "  label: {de: \"Anlage 2\", en: \"Annex 2\"}\n"
        + "  version: \"2026.1\"\n"
        + "  effective: 2026-01-15\n"
        + "  languages: [de, en]\n"
        + "  processor:\n"
        + "    name: \"Beispiel GmbH "
        + t
        + "\"\n"
        + "    address: \"Hauptstraße 1, 40210 Düsseldorf "
        + t
        + "\"\n"
        + "    contact: datenschutz@firma.example\n"
        + "  agreement:\n"
        + "    title: {de: \"AVV\", en: \"DPA\"}\n"
        + "    reference: \"AVV/2026\\\\01 "
        + t
        + "\"\n"
        + "  url: https://firma.example/tom\n"
        + "  preamble: {de: \"Vorwort "
        + t
        + "\", en: \"Preface "
        + t
        + "\"}\n"
        + "review:\n"
        + "  interval: P1Y\n"
        + "  last: 2026-01-10\n"
        + "  statement: {de: \"Geprüft "
        + t
        + "\", en: \"Reviewed "
        + t
        + "\"}\n"
        + "subprocessors:\n"
        + "  - id: dc\n"
        + "    name: Rechenzentrum Nord GmbH\n"
        + "    service: {de: \"Housing "
        + t
        + "\", en: \"Housing "
        + t
        + "\"}\n"
        + "    location: \"Łódź, Polska "
        + t
        + "\"\n"
        + "sites:\n"
        + "  - id: fra01\n"
        + "    name: {de: \"RZ\", en: \"DC\"}\n"
        + "    kind: datacenter\n"
        + "    operator: dc\n"
        + "certificates:\n"
        + "  - id: iso\n"
        + "    title: {de: \"ISO 27001\", en: \"ISO 27001\"}\n"
        + "    standard: ISO/IEC 27001:2022\n"
        + "    issuer: \"Zertifizierungsstelle Nord GmbH "
        + t
        + "\"\n"
        + "    holder: dc\n"
        + "    site: fra01\n"
        + "    valid-until: 2027-12-31\n"
        + "measures:\n"
        + "  - id: enc-tls\n"
        + "    category: encryption\n"
        + "    text: {de: \"TLS 1.3 "
        + t
        + "\", en: \"TLS 1.3 "
        + t
        + "\"}\n"
        + "  - id: pa-alarm\n"
        + "    category: physical-access\n"
        + "    site: fra01\n"
        + "    certificates: [iso]\n"
        + "    text: {de: \"Alarm "
        + t
        + "\", en: \"Alarm "
        + t
        + "\"}\n";
  }

  private static void assertNoBadChars(String out, String what) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean bad =
          (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || (Character.isHighSurrogate(c)
                  && (i + 1 >= out.length() || !Character.isLowSurrogate(out.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(out.charAt(i - 1))));
      int cp = out.codePointAt(i);
      bad |= (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
      if (bad) {
        throw new AssertionError(String.format("U+%04X at %d in %s", cp, i, what));
      }
    }
  }

  // --- security 4: escapes in every field, not only in texts ---------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\e",
        "\\0",
        "\\x85",
        "\\N",
        "\\L",
        "\\P",
        "\\x7f",
        "\\ud800",
        "\\udfff\\ud800",
        "\\uffff",
        "\\ufdd0",
        "\\U0010FFFF",
        "\\r"
      })
  void aYamlEscapeInAnyStringFieldNeverReachesAnOutput(String esc) {
    String[] fields = {
      "    name: \"Beispiel" + esc + "GmbH\"\n",
      "  version: \"1" + esc + "\"\n",
      "  url: \"https://firma.example/" + esc + "\"\n",
      "    contact: \"dpo" + esc + "@firma.example\"\n",
      "    standard: \"ISO" + esc + "\"\n"
    };
    for (String f : fields) {
      String yaml = rich("x");
      if (f.startsWith("    name:")) {
        yaml = yaml.replace("    name: \"Beispiel GmbH x\"\n", f);
      } else if (f.startsWith("  version")) {
        yaml = yaml.replace("  version: \"2026.1\"\n", f);
      } else if (f.startsWith("  url")) {
        yaml = yaml.replace("  url: https://firma.example/tom\n", f);
      } else if (f.startsWith("    contact")) {
        yaml = yaml.replace("    contact: datenschutz@firma.example\n", f);
      } else {
        yaml = yaml.replace("    standard: ISO/IEC 27001:2022\n", f);
      }
      String y = yaml;
      LoadResult r = assertDoesNotThrow(() -> TOM.loadString(y, SOURCE));
      for (Diagnostic d : r.diagnostics()) {
        assertNoBadChars(d.format(), "diagnostic " + d.rule());
      }
      if (r.catalogue().isPresent()) {
        for (Format fmt : List.of(Format.MARKDOWN, Format.HTML, Format.JSON)) {
          for (String lang : List.of("de", "en")) {
            assertNoBadChars(
                TOM.render(r.catalogue().get(), fmt, lang),
                fmt + "/" + lang + " for field " + f.strip());
          }
        }
      } else {
        assertTrue(
            errors(r).stream()
                .anyMatch(d -> d.rule().equals("SCHEMA-010") || d.rule().startsWith("SCHEMA")),
            dump(r));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\u0001",
        "\\u0085",
        "\\u2028",
        "\\ud83d",
        "\\ude00\\ud83d",
        "\\ufffe",
        "\\u001b[31m"
      })
  void jsonEscapesToBrokenUnicodeAreRefusedInEveryField(String esc) {
    Catalogue c = TOM.loadString(rich("x"), SOURCE).catalogue().orElseThrow();
    String json = TOM.render(c, Format.JSON, "de");
    // put the escape into every string value that contains the marker 'x'
    String hostile = json.replace(" x\"", " x" + esc + "\"");
    LoadResult r = assertDoesNotThrow(() -> TOM.loadString(hostile, "annex.json"));
    assertTrue(r.catalogue().isEmpty(), dump(r));
    assertTrue(errors(r).stream().allMatch(d -> d.rule().equals("SCHEMA-010")), dump(r));
    for (Diagnostic d : r.diagnostics()) {
      assertNoBadChars(d.format(), d.rule());
    }
  }

  // Once wrong: Diagnostic.oneLine escapes line breaks but not lone surrogates: a key written as
  // "\ud83d" is quoted raw by SCHEMA-001 and becomes '?' (or an encoder error) in a UTF-8 log.
  @Test
  void escapesInKeysAreQuotedHarmlessly() {
    String yaml =
        valid()
            .replace(
                "    name: Beispiel GmbH\n",
                "    name: Beispiel GmbH\n    \"\\ud83d\\u2028::error::x\\x85\": 1\n");
    LoadResult r = assertDoesNotThrow(() -> TOM.loadString(yaml, SOURCE));
    assertFalse(errors(r).isEmpty());
    for (Diagnostic d : r.diagnostics()) {
      assertNoBadChars(d.format(), d.rule());
      assertNoBadChars(d.toString(), d.rule());
    }
  }

  // Once wrong: Chars.reference reads hex digits with Character.digit, which accepts fullwidth and
  // Arabic-Indic digits; '&#x１;' is no character reference to CommonMark but is refused.
  @Test
  void aReferenceWithFullwidthDigitsIsPlainTextNotAControlCharacter() {
    String yaml =
        catalogue("", "{de: \"Zeichen &#x１; und &#x١b; (kein Verweis)\"," + " en: \"TLS\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "&#x1F600;",
        "&#128512;",
        "&#9;",
        "&#xA0;",
        "&#x200B;",
        "&#xFEFF;",
        "&#x10FFFD;",
        "&#0000065;",
        "&#xFFFD;",
        "&#12345678;",
        "&#x1234567;",
        "&#;",
        "&#x;",
        "&amp;#1;",
        "&#1",
        "&#xD7FF;",
        "&#xE000;"
      })
  void legitimateOrNonReferencesAreAccepted(String ref) {
    String yaml = catalogue("", "{de: \"A " + ref + " B\", en: \"TLS\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), ref + dump(r));
    for (Format fmt : List.of(Format.MARKDOWN, Format.HTML, Format.JSON)) {
      assertNoBadChars(TOM.render(r.catalogue().orElseThrow(), fmt, "de"), ref + " " + fmt);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "&#0;",
        "&#x0;",
        "&#X1b;",
        "&#127;",
        "&#x9F;",
        "&#150;",
        "&#xDBFF;",
        "&#xDFFF;",
        "&#x110000;",
        "&#1114112;",
        "&#xFDEF;",
        "&#x10FFFF;",
        "&#x1FFFE;",
        "&#13;",
        "&#8232;"
      })
  void referencesToBadCodePointsAreRefusedWithAPosition(String ref) {
    String yaml = catalogue("", "{de: \"A " + ref + " B\", en: \"TLS\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    List<Diagnostic> e = errors(r);
    assertEquals(1, e.size(), ref + dump(r));
    assertEquals("SCHEMA-010", e.get(0).rule(), dump(r));
    assertEquals(new Location(SOURCE, 15, 16), e.get(0).location(), dump(r));
  }

  // Once wrong: inside a code span CommonMark does not decode character references, so '`&#0;`'
  // is literal text in every output; tom refuses it as a reference to no character.
  @Test
  void aReferenceInACodeSpanIsLiteralTextAndAccepted() {
    String yaml = catalogue("", "{de: \"Das Zeichen `&#0;` wird verworfen.\", en: \"TLS\"}");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  // --- security 5: line breaks YAML sees --------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\u0085", "\u2028", "\u2029"})
  void aHiddenLineBreakInACommentIsAnErrorAtItsPosition(String nl) {
    String yaml = valid() + "# harmless" + nl + "lint: {CERT-002: off}\n";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(r.catalogue().isEmpty(), dump(r));
    Diagnostic d = errors(r).get(0);
    assertEquals("YAML-007", d.rule());
    assertEquals(new Location(SOURCE, 16, 11), d.location());
  }

  @Test
  void aHiddenLineBreakInAJsonFileIsAnError() {
    Catalogue c = TOM.loadString(valid(), SOURCE).catalogue().orElseThrow();
    String json = TOM.render(c, Format.JSON, "de").replace("TLS 1.3.", "TLS\u20281.3.");
    LoadResult r = TOM.loadString(json, "annex.json");
    assertTrue(r.catalogue().isEmpty(), dump(r));
    assertEquals("YAML-007", errors(r).get(0).rule(), dump(r));
  }

  // --- security 7: JSON positions and read-back -------------------------------------------------

  // Once wrong: the JSON path takes Jackson's column, which counts UTF-16 chars; the YAML path
  // (and tom's scan) count code points, so a position after an emoji is shifted.
  @Test
  void jsonPositionsCountCharactersLikeYamlPositions() {
    String json = "{\"e\": \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\", \"tom\": 1, \"tom\": 2}";
    String yamlNotJson = json.replace("}", ", x: 1}");
    Diagnostic j =
        errors(TOM.loadString(json, SOURCE)).stream()
            .filter(d -> d.rule().equals("YAML-005"))
            .findFirst()
            .orElseThrow();
    Diagnostic y =
        errors(TOM.loadString(yamlNotJson, SOURCE)).stream()
            .filter(d -> d.rule().equals("YAML-005"))
            .findFirst()
            .orElseThrow();
    assertEquals(y.location(), j.location(), j.format() + " vs " + y.format());
  }

  @Test
  void aRichCatalogueSurvivesTheJsonRoundTrip() {
    String t =
        "\\\"zitiert\\\" \\\\ <b>&amp;</b> &#x1F600; 😀 עברית \\t Tab ü \\u00e9 </script>"
            + " ' `c` *x* [l](https://a.example)";
    LoadResult first = TOM.loadString(rich(t), SOURCE);
    assertTrue(errors(first).isEmpty(), dump(first));
    Catalogue c = first.catalogue().orElseThrow();
    String json = TOM.render(c, Format.JSON, "de");
    LoadResult back = TOM.loadString(json, "annex.json");
    assertTrue(errors(back).isEmpty(), dump(back));
    Catalogue c2 = back.catalogue().orElseThrow();
    for (String lang : List.of("de", "en")) {
      assertEquals(
          TOM.render(c, Format.MARKDOWN, lang), TOM.render(c2, Format.MARKDOWN, lang), lang);
      assertEquals(TOM.render(c, Format.HTML, lang), TOM.render(c2, Format.HTML, lang), lang);
    }
    assertEquals(json, TOM.render(c2, Format.JSON, "de"));
  }

  @Test
  void aJsonExportWithDeepNestingOrHugeNumbersIsAnErrorNotACrash() {
    String deep = "{\"tom\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    String number = "{\"tom\": 1" + "0".repeat(5_000) + "}";
    String exp = "{\"tom\": 1e999999999}";
    for (String s : List.of(deep, number, exp)) {
      for (String name : List.of("annex.json", SOURCE)) {
        LoadResult r = assertDoesNotThrow(() -> TOM.loadString(s, name));
        assertTrue(r.catalogue().isEmpty());
        assertFalse(errors(r).isEmpty(), name + dump(r));
        for (Diagnostic d : r.diagnostics()) {
          assertTrue(d.message().length() < 500, d.format());
        }
      }
    }
  }

  @Test
  void aYamlCatalogueStartingWithBraceAndACommentIsYaml() {
    String yaml =
        "{tom: 1, # the version\n document: {title: TOM, version: '1',"
            + " effective: 2026-01-15,\n languages: [en], processor: {name: X}}, review: {interval:"
            + " P1Y, last: 2026-01-10},\n measures: [{id: a, category: encryption, text: TLS.}]}\n";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertTrue(errors(r).isEmpty(), dump(r));
  }

  // --- dates -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"due: 3000-01-01", "due: 1969-12-31"})
  void everyDateFieldHasTheRange(String due) {
    String yaml = valid() + "    status: planned\n    " + due + "\n";
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertEquals("SCHEMA-004", errors(r).get(0).rule(), dump(r));
    String cert =
        valid()
            .replace(
                "measures:\n",
                "certificates:\n  - id: iso\n"
                    + "    title: {de: A, en: A}\n    standard: ISO\n    valid-until: "
                    + due.substring(5)
                    + "\nmeasures:\n");
    LoadResult rc = TOM.loadString(cert, SOURCE);
    assertEquals("SCHEMA-004", errors(rc).get(0).rule(), dump(rc));
  }

  // --- new user 4: comma trap --------------------------------------------------------------------

  // Once wrong: a fragment after the comma that happens to look like a language code ('nrw', 'usa')
  // is reported as "a text in 'nrw'" although it has no text; it is the same comma trap.
  @ParameterizedTest
  @ValueSource(strings = {"nrw", "usa", "bw"})
  void aShortLowerCaseFragmentAfterACommaIsAlsoTheCommaTrap(String fragment) {
    String yaml =
        valid()
            .replace(
                "    name: Beispiel GmbH\n",
                "    name: Beispiel GmbH\n    address: {de: Köln, "
                    + fragment
                    + ", en: Cologne}\n");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    Diagnostic d = errors(r).get(0);
    assertEquals("LANG-002", d.rule(), dump(r));
    assertTrue(d.message().contains("comma"), d.format());
  }

  @Test
  void aCommaTrapInASingleLanguageDocumentSaysSo() {
    String yaml =
        valid()
            .replace("languages: [de, en]", "languages: [de]")
            .replace("{de: \"TOM\", en: \"TOM\"}", "TOM")
            .replace("{de: \"TLS 1.3.\", en: \"TLS 1.3.\"}", "TLS")
            .replace(
                "    name: Beispiel GmbH\n",
                "    name: Beispiel GmbH\n    address: {de: Düsseldorf, Deutschland}\n");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertEquals(1, errors(r).size(), dump(r));
    assertTrue(errors(r).get(0).message().contains("comma"), dump(r));
  }

  // --- cascades ----------------------------------------------------------------------------------

  @Test
  void aSubprocessorWithAnErrorIsNotReportedAgainWhereItIsReferenced() {
    String yaml =
        rich("x").replace("    location: \"Łódź, Polska x\"\n", "    locaton: \"Łódź\"\n");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertEquals(1, errors(r).size(), dump(r));
    assertEquals("SCHEMA-001", errors(r).get(0).rule(), dump(r));
  }

  @Test
  void aCertificateWithAnErrorIsNotReportedAgainWhereItIsReferenced() {
    String yaml = rich("x").replace("valid-until: 2027-12-31", "valid-until: 2027-02-30");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertEquals(1, errors(r).size(), dump(r));
  }

  @Test
  void aRefusedLanguageIsReportedOnce() {
    String yaml =
        rich("x").replace("languages: [de, en]", "languages: [de, EN]").replace(", en: ", ", EN: ");
    LoadResult r = TOM.loadString(yaml, SOURCE);
    assertEquals(1, errors(r).size(), dump(r));
    String under =
        rich("x")
            .replace("languages: [de, en]", "languages: [de, en_GB]")
            .replace(", en: ", ", en_GB: ");
    LoadResult ru = TOM.loadString(under, SOURCE);
    assertEquals(1, errors(ru).size(), dump(ru));
  }

  // --- hints
  // ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zugangskontrolle:system-access",
        "Zugriffskontrolle:data-access",
        "Eingabekontrolle:input-control",
        "Auftragskontrolle:processor-control",
        "Verfuegbarkeitskontrolle:availability-control",
        "Verschluesselung:encryption",
        "Zutritts-Kontrolle:physical-access",
        "ZUTRITTSKONTROLLE:physical-access",
        "Pseudonymisierung:pseudonymisation",
        "Datenträgerkontrolle:data-media"
      })
  void moreGermanAndSpelledCategoriesGetAHint(String pair) {
    String written = pair.substring(0, pair.indexOf(':'));
    String meant = pair.substring(pair.indexOf(':') + 1);
    String yaml = valid().replace("category: encryption", "category: \"" + written + "\"");
    Diagnostic d = errors(TOM.loadString(yaml, SOURCE)).get(0);
    assertEquals("CAT-001", d.rule());
    assertTrue(d.hint().orElse("").contains(meant), d.format());
  }

  // A hint compares the written category with every known name; a 63,000-character category
  // must still be answered at once (a quadratic comparison would take minutes).
  @Test
  void aHugeCategoryIsAnsweredInLinearTime() {
    String yaml = valid().replace("category: encryption", "category: " + "zutritt".repeat(9_000));
    LoadResult r =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TOM.loadString(yaml, SOURCE));
    assertEquals("CAT-001", errors(r).get(0).rule(), dump(r));
  }

  // Once wrong: the indentation message takes the key up to the first ':' even inside quotes,
  // naming '"url' instead of 'url: x'.
  @Test
  void aMisindentedQuotedKeyWithAColonIsNamedWhole() {
    String yaml =
        valid()
            .replace("    name: Beispiel GmbH\n", "    name: Beispiel GmbH\n   \"ftp://a\": 1\n");
    Diagnostic d = errors(TOM.loadString(yaml, SOURCE)).get(0);
    assertEquals("YAML-001", d.rule());
    assertTrue(d.message().contains("ftp://a"), d.format());
  }

  @Test
  void aMisindentedListItemIsNamedAtItsPosition() {
    String yaml = valid() + "   - id: m2\n    category: encryption\n    text: {de: A, en: A}\n";
    Diagnostic d = errors(TOM.loadString(yaml, SOURCE)).get(0);
    assertEquals("YAML-001", d.rule(), d.format());
    assertFalse(d.message().contains("<block end>"), d.format());
    assertEquals(16, d.location().line(), d.format());
  }

  // The hint once scanned from the start of the text for every comment line above the key:
  // quadratic. 200,000 comment lines took minutes that way; linear, they take well under a second.
  @Test
  void theIndentationHintIsLinearInTheCommentsAboveIt() {
    String yaml = misindentedAfterComments(200_000);
    LoadResult r =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> TOM.loadString(yaml, SOURCE));
    Diagnostic d = errors(r).get(0);
    assertEquals("YAML-001", d.rule(), d.format());
    assertTrue(d.message().contains("'address'"), d.format());
  }

  private static String misindentedAfterComments(int n) {
    return valid()
        .replace(
            "    name: Beispiel GmbH\n",
            "    name: Beispiel GmbH\n" + "    #\n".repeat(n) + "   address: x\n");
  }

  // --- lint levels
  // ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"no", "Off", "OFF", "False", "FALSE", "n"})
  void yaml11FalseSpellingsAreOffOrAClearError(String v) {
    LoadResult r =
        assertDoesNotThrow(() -> TOM.loadString(valid() + "lint: {COV-007: " + v + "}\n", SOURCE));
    for (Diagnostic d : errors(r)) {
      assertEquals(new Location(SOURCE, 16, 17), d.location(), d.format());
    }
  }
}
