package io.github.tomannex.tom.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Line and page breaks a lawyer accepts: short legal tokens are never split across lines, web
 * addresses break only at their slashes and signs, and no heading ends a page. Each test renders a
 * catalogue built to put the token at every position around a line's end and reads the lines back
 * from the glyphs' positions (PDFBox).
 */
class PdfTypographyTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final PdfRenderer PDF = PdfRenderer.builder().build();

  /** Position runs: the token after 76 to 106 characters, one step each (a line holds ~95). */
  private static final int RUNS = 31;

  private static Catalogue catalogue(String language, String preamble, List<String> texts) {
    StringBuilder yaml =
        new StringBuilder(
            """
            tom: 1
            document:
              title: "Technical and organisational measures pursuant to Art. 32 GDPR"
              version: "1"
              effective: 2026-01-01
              languages: [%s]
              processor:
                name: Example GmbH
              preamble: "%s"
            review:
              interval: P1Y
              last: 2026-01-01
            measures:
            """
                .formatted(language, preamble));
    for (int i = 0; i < texts.size(); i++) {
      yaml.append("  - id: m")
          .append(i + 1)
          .append("\n    category: ")
          .append(i % 2 == 0 ? "encryption" : "physical-access")
          .append("\n    text: \"")
          .append(texts.get(i).replace("\"", "\\\""))
          .append("\"\n");
    }
    return TOM.loadString(yaml.toString(), "t.yaml").orElseThrow();
  }

  /** The token after every prefix length from 76 to 106 characters. */
  private static List<String> aroundLineEnds(String token) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      texts.add("Wort ".repeat(15) + "m".repeat(i) + " " + token + " Ende.");
    }
    return texts;
  }

  private static List<String> lines(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc).lines().map(String::strip).toList();
    }
  }

  private static long linesWithWhole(List<String> lines, String token) {
    return lines.stream().filter(l -> l.contains(token)).count();
  }

  @Test
  void shortLegalTokensAreNeverSplitAcrossLines() throws IOException {
    List<String> de =
        List.of(
            "ISO/IEC 27001:2022",
            "Art. 32 Abs. 1 lit. b DSGVO",
            "o. Ä.",
            "z. B.",
            "i. V. m.",
            "Art. 28(3)(b)",
            "§ 64 Abs. 3 BDSG",
            "31. März 2027",
            "TLS 1.3",
            "24 Stunden",
            "(EU) 2016/679",
            "B.V.");
    List<String> en =
        List.of("31 March 2027", "March 31, 2027", "NIST SP 800-53 Rev. 5", "Version 2.4.1");
    for (List<String> tokens : List.of(de, en)) {
      String lang = tokens == de ? "de" : "en";
      for (String token : tokens) {
        byte[] pdf = PDF.render(catalogueIn(lang, aroundLineEnds(token)), lang);
        assertEquals(RUNS, linesWithWhole(lines(pdf), token), token + " split across lines");
      }
    }
  }

  private static Catalogue catalogueIn(String lang, List<String> texts) {
    return catalogue(lang, "Preamble.", texts);
  }

  @Test
  void theTestSeesASplit() throws IOException {
    // ordinary words do break at a line's end: the count above can fail
    byte[] pdf = PDF.render(catalogueIn("en", aroundLineEnds("alpha beta gamma")), "en");
    assertTrue(linesWithWhole(lines(pdf), "alpha beta gamma") < RUNS);
  }

  @Test
  void webAddressesBreakAtTheirSlashesAndAreExtractedWhole() throws IOException {
    String url =
        "https://www.example-hosting.de/datenschutz/technische-und-organisatorische-massnahmen"
            + "/anlage-2?version=2026.2&sprache=de";
    byte[] pdf = PDF.render(catalogueIn("en", aroundLineEnds(url)), "en");
    List<String> lines = lines(pdf);
    int broken = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      int at = line.indexOf("https://");
      if (at < 0 || line.contains(url)) {
        continue;
      }
      broken++;
      String head = line.substring(at);
      String tail = lines.get(i + 1);
      assertTrue(url.startsWith(head) && url.startsWith(head + tail.split(" ")[0]), line);
      assertTrue(
          head.matches(".*[/.\\-?&=#]"),
          "broken at a sign, not inside a word: " + head + " | " + tail);
    }
    assertTrue(broken > 0, "the address is long enough to break");
    String all;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      all = stripper.getText(doc);
    }
    assertFalse(all.contains("\u200B"), "the break opportunities are not extracted");
    assertEquals(
        RUNS,
        all.replaceAll("\\s*\\n", "").split(java.util.regex.Pattern.quote(url), -1).length - 1);
  }

  @Test
  void noHeadingEndsAPage() throws IOException {
    // many short sections: with preambles of every length, some heading falls at a page's end
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("Measure " + i + ": access is logged and kept for 90 days.");
    }
    int checked = 0;
    for (int lines = 0; lines < 12; lines++) {
      byte[] pdf =
          PDF.render(
              catalogue("en", "This annex describes the measures. ".repeat(1 + lines * 3), texts),
              "en");
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          float height = doc.getPage(p - 1).getMediaBox().getHeight();
          TreeMap<Integer, List<TextPosition>> rows = rows(doc, p);
          // the body: below the running header, above the footer (24 mm margins)
          List<List<TextPosition>> body =
              rows.entrySet().stream()
                  .filter(e -> e.getKey() > 68 && e.getKey() < height - 68)
                  .map(e -> e.getValue())
                  .toList();
          if (body.isEmpty() || p == doc.getNumberOfPages()) {
            continue;
          }
          List<TextPosition> last = body.get(body.size() - 1);
          checked++;
          assertFalse(heading(last), "page " + p + " ends with a heading: " + text(last));
          if (p > 1) {
            // the first line keeps its distance from the running header (and the rule under it)
            float header = rows.headMap(68).lastKey();
            TextPosition first = body.get(0).get(0);
            float gap = first.getYDirAdj() - first.getHeightDir() - header;
            assertTrue(
                gap >= 10, "page " + p + ": " + gap + " pt below the header: " + text(body.get(0)));
          }
        }
      }
    }
    assertTrue(checked > 12, "pages checked: " + checked);
  }

  @Test
  void aChangeNoticeSetsRemovedAndAddedWordsApartAndSaysHow() throws IOException {
    java.nio.file.Path dir =
        java.nio.file.Path.of("../tom-core/src/test/resources/changes/all-kinds");
    Tom july =
        Tom.builder()
            .clock(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    io.github.tomannex.tom.CatalogueDiff diff =
        july.diff(
            july.load(dir.resolve("baseline.yaml")).orElseThrow(),
            july.load(dir.resolve("current.yaml")).orElseThrow());
    String text;
    try (PDDocument doc = Loader.loadPDF(PDF.renderChanges(diff, "de"))) {
      text = new PDFTextStripper().getText(doc); // in the order drawn
    }
    // removed in brackets (and struck through), a space, then the new word (underlined)
    assertTrue(text.contains("für alle [Administratoren] Beschäftigten"), text);
    // an insertion inside a sentence is drawn where it stands
    assertTrue(text.contains("Festplatten der Server und Sicherungen sind mit AES-256"), text);
    // the legend shows both marks
    assertTrue(text.contains("neuer Text hervorgehoben. [Entfallen] Neu"), text);
  }

  private static boolean heading(List<TextPosition> row) {
    TextPosition g = row.get(0);
    return g.getFont().getName().contains("Sans-Bold") && g.getFontSizeInPt() > 10;
  }

  private static String text(List<TextPosition> row) {
    StringBuilder sb = new StringBuilder();
    row.forEach(g -> sb.append(g.getUnicode()));
    return sb.toString();
  }

  /** The glyphs of one page by their baseline, top to bottom. */
  private static TreeMap<Integer, List<TextPosition>> rows(PDDocument doc, int page)
      throws IOException {
    TreeMap<Integer, List<TextPosition>> rows = new TreeMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition g) {
            rows.computeIfAbsent(Math.round(g.getYDirAdj()), k -> new ArrayList<>()).add(g);
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return rows;
  }
}
