package io.github.tomannex.tom.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * What the PDF draws is what the catalogue says: every character is drawn with a glyph of the
 * embedded fonts, in the right order and inside the page, or a PDF-001 warning names the field, the
 * language and the characters. Nothing is silently wrong.
 */
class PdfTextTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(
              java.time.Clock.fixed(
                  Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
          .build();
  private static final PdfRenderer PDF = PdfRenderer.builder().build();

  /** A catalogue with one measure per entry of {@code texts}: ids m1, m2, ... */
  private static Catalogue catalogueWith(String extraDocument, String extra, String... texts) {
    StringBuilder yaml =
        new StringBuilder(
                """
        tom: 1
        document:
          title: "Technical and organisational measures pursuant to Art. 32 GDPR"
          version: "1"
          effective: 2026-01-01
          languages: [en]
          processor:
            name: Example GmbH
        """)
            .append(extraDocument)
            .append(
                """
        review:
          interval: P1Y
          last: 2026-01-01
        """)
            .append(extra)
            .append("measures:\n");
    for (int i = 0; i < texts.length; i++) {
      yaml.append("  - id: m")
          .append(i + 1)
          .append("\n    category: encryption\n    text: \"")
          .append(texts[i].replace("\"", "\\\""))
          .append("\"\n"); // YAML escapes pass
    }
    return TOM.loadString(yaml.toString(), "t.yaml").orElseThrow();
  }

  private static boolean refusedAtLoad(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x2028
        || cp == 0x2029
        || (cp >= 0xD800 && cp <= 0xDFFF)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }

  private static Catalogue catalogue(String... texts) {
    return catalogueWith("", "", texts);
  }

  /** Every glyph the PDF draws, page by page, with its position. */
  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              out.add(text);
            }
          };
      stripper.getText(doc);
    }
    return out;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static List<Diagnostic> warnings(Catalogue c) {
    return PDF.check(c, "en");
  }

  @Test
  void greekCyrillicAndTheLatinLettersOfEveryEuLanguageAreDrawn() throws IOException {
    String[] texts = {
      "Greek: Ελληνικά, ΆΈΉΊΌΎΏ άέήίόύώ ΐΰ ϊϋ ς",
      "Bulgarian: Български език ѝ Ѝ; Russian: Ёё; Ukrainian: ЇїЄєҐґІі",
      "Polish: ĄąĆćĘęŁłŃńÓóŚśŹźŻż; Czech: ČčĎďĚěŇňŘřŠšŤťŮůŽž; Slovak: ĹĺĽľÔôŔŕ",
      "Hungarian: ŐőŰűÁáÉéÍíÓóÖöÚúÜü; Romanian: ĂăÂâÎîȘșȚț Şş Ţţ",
      "Baltic: ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽž ĄąĘęĖėĮįŲųŪū ÕõÄäÖöÜüŠšŽž",
      "Maltese: ĊċĠġĦħŻż; Croatian/Slovenian: ĆćČčĐđŠšŽž; Irish: ÁáÉéÍíÓóÚú",
      "Nordic: ÆæØøÅåÄäÖö ÐðÞþ; French: ÀàÂâÆæÇçÉéÈèÊêËëÎîÏïÔôŒœÙùÛûÜüŸÿ « » ‹ ›",
      "Spanish/Portuguese/Italian/Catalan: ÑñÁáÍíÓóÚúÜü ¿¡ ÃãÕõ ÒòÌì L·l ª º; German: ÄäÖöÜüßẞ",
      "Dutch/Luxembourgish: ĲĳËë; typography: „“ ‚‘ ” ’ – — … € § © ® ™ ° ± × ÷ ‰ ′ ″ •",
    };
    Catalogue c = catalogue(texts);
    byte[] pdf = PDF.render(c, "en");
    String text = squash(text(pdf));
    for (String t : texts) {
      assertTrue(text.contains(squash(t)), "missing: " + t);
    }
    assertEquals(List.of(), warnings(c));
  }

  @Test
  void emojiChineseAndArabicAreReportedNotSilentlyReplaced() {
    Catalogue c =
        catalogue(
            "Encrypted with AES-256 😀 and 🔒",
            "Chinese 中文 text",
            "Arabic العربية text",
            "plain text only");
    List<Diagnostic> ws = warnings(c);
    assertEquals(3, ws.size(), ws.toString());
    for (Diagnostic d : ws) {
      assertEquals("PDF-001", d.rule());
      assertEquals(Severity.WARNING, d.severity());
      // the fixture of PDF-001 for DiagnosticFixturesTest's table check, which covers the
      // rules tom-core reports: PDF-001 is in rules.yaml with the severity it is reported with
      assertEquals(Rule.find("PDF-001").orElseThrow().defaultSeverity(), d.severity());
      assertFalse(d.format().contains("\n"), d.format());
    }
    Diagnostic emoji = ws.get(0);
    assertTrue(emoji.message().contains("measure 'm1'"), emoji.message());
    assertTrue(emoji.message().contains("(en)"), emoji.message());
    assertTrue(emoji.message().contains("U+1F600 '😀'"), emoji.message());
    assertTrue(emoji.message().contains("U+1F512 '🔒'"), emoji.message());
    // the position of the text in the catalogue: line of m1's text, at the value
    assertEquals(
        c.sources().positionOf(c.measures().get(0).text(), "en").orElseThrow(), emoji.location());
    assertEquals(15, emoji.location().line());
    assertTrue(
        ws.get(1).message().contains("measure 'm2'")
            && ws.get(1).message().contains("U+4E2D '中'")
            && ws.get(1).message().contains("U+6587 '文'"),
        ws.get(1).message());
    assertTrue(
        ws.get(2).message().contains("measure 'm3'") && ws.get(2).message().contains("U+0627 'ا'"),
        ws.get(2).message());
  }

  @Test
  void otherFieldsThanMeasuresAreNamed() {
    Catalogue c =
        catalogueWith(
            """
          preamble: "Preamble ☃ snow"
          label: "Annex ✈"
        """,
            """
        subprocessors:
          - id: sp1
            name: "Hosting 東京 KK"
            service: "Hosting ✂"
        certificates:
          - id: c1
            title: "Certificate 😀"
            standard: ISO/IEC 27001
        """,
            "A measure ok");
    List<String> ms = warnings(c).stream().map(Diagnostic::message).toList();
    assertTrue(
        ms.stream().anyMatch(m -> m.contains("the preamble") && m.contains("U+2603")),
        ms.toString());
    assertTrue(
        ms.stream().anyMatch(m -> m.contains("the document label") && m.contains("U+2708")),
        ms.toString());
    assertTrue(
        ms.stream()
            .anyMatch(
                m ->
                    m.contains("sub-processor 'sp1'")
                        && m.contains("U+6771")
                        && m.contains("U+4EAC")),
        ms.toString());
    assertTrue(
        ms.stream().anyMatch(m -> m.contains("sub-processor 'sp1'") && m.contains("U+2702")),
        ms.toString());
    assertTrue(
        ms.stream().anyMatch(m -> m.contains("certificate 'c1'") && m.contains("U+1F600")),
        ms.toString());
  }

  @Test
  void aCharacterReferenceIsCheckedAsTheCharacterItStandsFor() {
    Catalogue c = catalogue("Entity &#x1F600; and &#20013; here");
    List<Diagnostic> ws = warnings(c);
    assertEquals(1, ws.size(), ws.toString());
    assertTrue(
        ws.get(0).message().contains("U+1F600") && ws.get(0).message().contains("U+4E2D"),
        ws.get(0).message());
  }

  @Test
  void noReplacementCharacterIsDrawnForTextThatIsNotReported() throws IOException {
    Catalogue c =
        catalogue(
            "Variation selector ©\uFE0F and e\uFE0E here",
            "Joiners a\u200Cb a\u200Db a\u2060b a\uFEFFb soft hy\u00ADphen zero\u200Bwidth",
            "Code without these in Liberation Mono: `x\u2009y\u202Fz 10\u2074 \u0237 \u2016`");
    assertEquals(List.of(), warnings(c));
    String text = text(PDF.render(c, "en"));
    assertFalse(text.contains("#"), text);
    for (TextPosition g : glyphs(PDF.render(c, "en"))) {
      int cp = g.getUnicode().codePointAt(0);
      assertFalse(
          cp == 0x200C || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F),
          "drew a glyph for U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void bidiControlsAreAppliedNotDrawn() throws IOException {
    Catalogue c =
        catalogue(
            "Marks a\u200Eb a\u200Fb embed a\u202Ab\u202C override [\u202Eabc\u202C]"
                + " isolate a\u2066b\u2069 alm a\u061Cb");
    assertEquals(List.of(), warnings(c));
    byte[] pdf = PDF.render(c, "en");
    List<TextPosition> gs = glyphs(pdf);
    for (TextPosition g : gs) {
      int cp = g.getUnicode().codePointAt(0);
      assertFalse(
          Character.getType(cp) == Character.FORMAT,
          "drew a glyph for U+" + Integer.toHexString(cp));
    }
    // the override draws "abc" right to left: c, b, a from left to right
    String drawn = gs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
    assertTrue(drawn.contains("[cba]"), drawn);
  }

  @Test
  void hebrewIsDrawnRightToLeft() throws IOException {
    Catalogue c = catalogue("Hebrew: שלום end");
    assertEquals(List.of(), warnings(c));
    List<TextPosition> gs = glyphs(PDF.render(c, "en"));
    TextPosition shin =
        gs.stream().filter(g -> g.getUnicode().equals("ש")).findFirst().orElseThrow();
    TextPosition mem =
        gs.stream().filter(g -> g.getUnicode().equals("ם")).findFirst().orElseThrow();
    assertTrue(shin.getX() > mem.getX(), "ש is the first letter: it is drawn rightmost");
    TextPosition colon =
        gs.stream().filter(g -> g.getUnicode().equals(":")).findFirst().orElseThrow();
    assertTrue(colon.getX() < mem.getX() && colon.getX() < shin.getX(), "in a left-to-right line");
  }

  /** The x of the only glyph for {@code ch}. */
  private static float x(List<TextPosition> gs, String ch) {
    List<TextPosition> found = gs.stream().filter(g -> g.getUnicode().equals(ch)).toList();
    assertEquals(1, found.size(), ch);
    return found.get(0).getX();
  }

  /** The glyphs on the line of the only glyph for {@code ch}. */
  private static List<TextPosition> lineOf(List<TextPosition> gs, String ch) {
    float y = gs.stream().filter(g -> g.getUnicode().equals(ch)).findFirst().orElseThrow().getY();
    return gs.stream().filter(g -> Math.abs(g.getY() - y) < 1).toList();
  }

  @Test
  void numbersAndLatinWordsInsideHebrewKeepTheirPlace() throws IOException {
    // "version 2 of the system": one right-to-left unit; the number stays between the words
    List<TextPosition> gs =
        lineOf(glyphs(PDF.render(catalogue("Version: גרסה 2 של המערכת, end"), "en")), "ג");
    float gimel = x(gs, "ג");
    float two = x(gs, "2");
    float shin = x(gs, "ש");
    float tav = x(gs, "ת");
    assertTrue(
        x(gs, ":") < tav && tav < shin && shin < two && two < gimel && gimel < x(gs, ","),
        "visual order: Version: תכרעמה לש 2 הסרג, end");
    // an isolate: right to left inside, the number left to right
    gs = lineOf(glyphs(PDF.render(catalogue("Isolate [\u2067עב 12\u2069] done"), "en")), "ע");
    assertTrue(
        x(gs, "[") < x(gs, "1")
            && x(gs, "1") < x(gs, "2")
            && x(gs, "2") < x(gs, "ב")
            && x(gs, "ב") < x(gs, "ע")
            && x(gs, "ע") < x(gs, "]"),
        "[12 בע]");
  }

  @Test
  void aLongTokenWrapsInsideThePage() throws IOException {
    String token = "A1B2C3D4E5F6G7H8".repeat(8); // 128 characters, no space
    Catalogue c = catalogue("Key " + token + " end", "Code `" + token + "` end");
    byte[] pdf = PDF.render(c, "en");
    // in reading order: the layout draws a wrapped code span's second line after the text
    String drawn;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      drawn = squash(stripper.getText(doc));
    }
    assertTrue(drawn.contains("Key" + token + "end"), drawn);
    assertTrue(drawn.contains("Code" + token + "end"), drawn);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      for (TextPosition g : glyphs(pdf)) {
        assertTrue(
            g.getXDirAdj() >= 0 && g.getXDirAdj() + g.getWidthDirAdj() <= box.getWidth() - 56,
            "'" + g.getUnicode() + "' at x=" + g.getXDirAdj() + " lies outside the text area");
      }
    }
  }

  @Test
  void aLongTokenWrapsInTheTitleACodeBlockAndTheCertificateTable() throws IOException {
    String token = "Z9Y8X7W6V5U4T3S2".repeat(8);
    Catalogue c =
        catalogueWith(
            """
          preamble: "Block:\\n\\n```\\n%1$s\\n```"
          label: "%1$s"
        """
                .formatted(token),
            """
        certificates:
          - id: c1
            title: "%1$s"
            standard: "%1$s"
            issuer: "%1$s"
        """
                .formatted(token),
            "Measure text");
    byte[] pdf = PDF.render(c, "en");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = squash(stripper.getText(doc));
      assertTrue(text.contains(token), text);
      // every character of every copy: the title block, the code block, three cells of the
      // certificate table, and the running header from page 2 on
      long zs = glyphs(pdf).stream().filter(g -> g.getUnicode().equals("Z")).count();
      assertEquals(8 * (5 + doc.getNumberOfPages() - 1), zs, text);
      float width = doc.getPage(0).getMediaBox().getWidth();
      for (TextPosition g : glyphs(pdf)) {
        assertTrue(
            g.getXDirAdj() >= 0 && g.getXDirAdj() + g.getWidthDirAdj() <= width - 56,
            "'" + g.getUnicode() + "' at x=" + g.getXDirAdj() + " lies outside the text area");
      }
    }
  }

  @Test
  void aChangeNoticeNamesTheTextsOfBothVersions() {
    Catalogue baseline = catalogue("Encrypted with AES 中 old");
    Catalogue current = catalogue("Encrypted with AES 😀 new");
    var diff = TOM.diff(baseline, current);
    List<String> ms = PDF.checkChanges(diff, "en").stream().map(Diagnostic::message).toList();
    assertTrue(
        ms.stream().anyMatch(m -> m.startsWith("measure 'm1' (en)") && m.contains("U+1F600")),
        ms.toString());
    assertTrue(
        ms.stream()
            .anyMatch(
                m -> m.startsWith("measure 'm1' of the baseline (en)") && m.contains("U+4E2D")),
        ms.toString());
  }

  @Test
  void theCertificateTableShowsTheValidityAndKeepsEachDateOnOneLine() throws IOException {
    Catalogue c =
        catalogueWith(
            "",
            """
        certificates:
          - id: c1
            title: "ISO/IEC 27001:2022 certificate of the data centre"
            standard: ISO/IEC 27001:2022
            valid-from: 2026-07-01
            valid-until: 2029-06-30
          - id: c2
            title: "BSI C5:2020 Type 2 attestation"
            standard: BSI C5:2020
            valid-until: 2027-11-30
          - id: c3
            title: "Audit report"
            standard: ISAE 3402
            valid-from: 2026-09-30
        """,
            "Measure text");
    byte[] pdf = PDF.render(c, "en");
    String text = text(pdf);
    String words = text.replaceAll("\\s+", " ");
    assertTrue(words.contains("Valid from / valid until"), text);
    for (String validity :
        List.of("1 July 2026 – 30 June 2029", "– 30 November 2027", "30 September 2026 –")) {
      assertTrue(words.contains(validity), validity + " in: " + text);
    }
    // each date on one line of the extracted text
    List<String> lines = List.of(text.split("\\R"));
    for (String date :
        List.of("1 July 2026", "30 June 2029", "30 November 2027", "30 September 2026")) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(date)), date + " on one line: " + text);
    }
  }

  @Test
  void certificateFieldsAreMarkdownLikeEveryOtherText() throws IOException {
    Catalogue c =
        catalogueWith(
            "",
            """
        certificates:
          - id: c1
            title: "**ISO/IEC 27001:2022** for *Site* `A`"
            standard: ISO/IEC 27001
            issuer: "_TÜV_ Nord"
        """,
            "Measure text");
    byte[] pdf = PDF.render(c, "en");
    String text = text(pdf);
    assertTrue(text.contains("Certificate Standard Issuer"), "the certificate table: " + text);
    assertTrue(squash(text).contains("ISO/IEC27001:2022forSiteA"), text);
    assertTrue(text.contains("TÜV Nord"), text);
    assertFalse(text.contains("**") || text.contains("`") || text.contains("_TÜV_"), text);
    TextPosition nine =
        glyphs(pdf).stream()
            .filter(g -> g.getUnicode().equals(":") && g.getFont().getName().contains("Bold"))
            .findFirst()
            .orElse(null);
    assertTrue(nine != null, "the strong title is drawn in a bold face");
  }

  @Test
  void controlCharactersAndBrokenUnicodeNeverCrashTheRendererAndAreReported() throws IOException {
    // The loader refuses these characters (SCHEMA-010, YAML-007) before any renderer sees them.
    try {
      // what YAML escapes and character references can put into a text
      String[] texts = {
        "Lone \\ud83d surrogate",
        "next \\u2028 line \\u2029 para",
        "Refs &#1; &#x1B; &#x85; &#xFFFE; &#xD800; end",
        "Private \\ue000 use"
      };
      Catalogue c = catalogue(texts);
      byte[] pdf = PDF.render(c, "en");
      assertTrue(text(pdf).contains("surrogate"));
      List<String> ms = warnings(c).stream().map(Diagnostic::format).toList();
      assertTrue(
          ms.stream().anyMatch(m -> m.contains("measure 'm1'") && m.contains("U+D83D")),
          ms.toString());
      assertTrue(
          ms.stream().anyMatch(m -> m.contains("measure 'm4'") && m.contains("U+E000")),
          ms.toString());
      for (String m : ms) {
        assertFalse(m.matches("(?s).*[\\r\\n\\u0085\\u2028\\u2029].*"), m);
      }
      // a line separator is a line break, not a '#'
      String text = text(pdf);
      assertTrue(text.contains("next") && !text.contains("#"), text);
    } catch (io.github.tomannex.tom.CatalogueException e) {
      org.junit.jupiter.api.Assertions.assertTrue(
          e.getMessage().contains("SCHEMA-010") || e.getMessage().contains("YAML-007"),
          e.getMessage());
    }
  }

  @Test
  void brokenUnicodeInTheTitleAndVersionNeverCrashesTheMetadata() throws IOException {
    // The loader refuses these characters (SCHEMA-010, YAML-007) before any renderer sees them.
    try {
      String yaml =
          """
          tom: 1
          document:
            title: "Art. 32 GDPR \\ud83d lone \\u2028 separator &#1;"
            version: "1 \\udc00"
            effective: 2026-01-01
            languages: [en]
            processor:
              name: "Example \\u2029 GmbH"
          review:
            interval: P1Y
            last: 2026-01-01
          measures:
            - id: m1
              category: encryption
              text: "AES-256"
          """;
      Catalogue c = TOM.loadString(yaml, "t.yaml").orElseThrow();
      try (PDDocument doc = Loader.loadPDF(PDF.render(c, "en"))) {
        assertEquals(
            "Art. 32 GDPR  lone   separator &#1;", doc.getDocumentInformation().getTitle());
        assertEquals("Example   GmbH", doc.getDocumentInformation().getAuthor());
      }
      assertFalse(PDF.check(c, "en").isEmpty(), "the lone surrogates are reported");
    } catch (io.github.tomannex.tom.CatalogueException e) {
      org.junit.jupiter.api.Assertions.assertTrue(
          e.getMessage().contains("SCHEMA-010") || e.getMessage().contains("YAML-007"),
          e.getMessage());
    }
  }

  /** Code points of every class the PDF treats differently, and Markdown's own characters. */
  private static final int[] HOSTILE = {
    'a', 'Z', '7', ' ', '*', '_', '`', '[', ']', '(', ')', '<', '>', '&', '#', '\\', '-', '|', 0xE4,
    0x3B1, 0x416, 0x5D0, 0x5B8, 0x627, 0x4E2D, 0x1F600, 0x1F44D, 0x1F3FD, 0x2764, 0xFE0F, 0x200B,
    0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
    0x2069, 0x061C, 0x2060, 0xFEFF, 0xAD, 0x2028, 0x2029, 0x301, 0x20AC, 0xE000, 0x2009, 0x202F,
    0x2074, 0xFFFD, 0x10FFFD
  };

  @Test
  void hostileTextsNeverCrashAndWhatIsNotDrawnIsReported() throws IOException {
    // (the loader refuses controls, U+0085/2028/2029, surrogates and non-characters)
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 12; round++) {
      String[] texts = new String[3];
      for (int t = 0; t < texts.length; t++) {
        StringBuilder sb = new StringBuilder("x ");
        for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
          int cp = HOSTILE[random.nextInt(HOSTILE.length)];
          if (refusedAtLoad(cp)) {
            continue; // the loader answers these with SCHEMA-010 or YAML-007: no PDF sees them
          }
          sb.appendCodePoint(cp);
        }
        texts[t] = sb.toString().replace("\\", "\\\\");
      }
      Catalogue c = catalogue(texts);
      byte[] pdf = PDF.render(c, "en");
      List<Diagnostic> ws = PDF.check(c, "en");
      String all = String.join("", texts);
      for (TextPosition g : glyphs(pdf)) {
        int cp = g.getUnicode().codePointAt(0);
        // (the zero-width space stays, a break opportunity: the fonts' glyph for it is empty)
        assertFalse(
            Character.getType(cp) == Character.FORMAT && cp != 0x200B,
            "round " + round + ": drew a glyph for U+" + Integer.toHexString(cp));
        if (cp == '#' && !all.contains("#")) {
          assertFalse(ws.isEmpty(), "round " + round + ": a '#' with no warning: " + all);
        }
      }
      for (Diagnostic d : ws) {
        assertFalse(d.format().matches("(?s).*[\\r\\n\\u0085\\u2028\\u2029].*"), d.format());
      }
    }
  }
}
