package io.github.tomannex.tom.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Tom;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfRendererTest {
  /** A fixed "today": the lint rules must not fail these tests when a review falls due. */
  private static final Tom TOM =
      Tom.builder()
          .clock(
              java.time.Clock.fixed(
                  Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
          .build();

  private static final PdfRenderer PDF = PdfRenderer.builder().build();
  private static Catalogue sample;

  @BeforeAll
  static void loadSample() {
    Path dir = Path.of(System.getProperty("tom.samples", "../tom-samples/src/tom"));
    sample = TOM.load(dir.resolve("catalogue.yaml")).orElseThrow();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /**
   * The text without whitespace: where a line wraps (after a hyphen, inside "o.Ä.") the extracted
   * text has a space the source has not; the words and their order still count.
   */
  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void everyMeasureOfTheSampleIsInThePdf(String lang) throws IOException {
    String text = squash(text(PDF.render(sample, lang)));
    for (Measure m : sample.measures()) {
      String expected = squash(m.text().in(lang).orElseThrow());
      assertTrue(text.contains(expected), lang + ": missing measure " + m.id() + ": " + expected);
    }
    for (var c : sample.certificates()) {
      assertTrue(text.contains(squash(c.title().in(lang).orElseThrow())), c.id());
    }
    assertTrue(text.contains(PdfRenderer.fingerprint(sample)), "fingerprint on the title block");
  }

  @Test
  void everyFontIsEmbeddedAndSubset() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF.render(sample, "de"))) {
      List<String> names = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          assertTrue(font.getName().matches("[A-Z]{6}\\+Liberation.*"), font.getName());
          names.add(font.getName().substring(7));
        }
      }
      assertTrue(
          names.contains("LiberationSerif") && names.contains("LiberationSans-Bold"),
          names.toString());
    }
  }

  @Test
  void declaresPdfA2aAndPdfUa1WithAnOutputIntentAndMetadata() throws Exception {
    try (PDDocument doc = Loader.loadPDF(PDF.render(sample, "de"))) {
      XMPMetadata xmp =
          new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      assertNotNull(id, "no PDF/A identification");
      assertEquals(2, id.getPart());
      assertEquals("A", id.getConformance());
      assertTrue(
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), UTF_8)
              .contains("<pdfuaid:part>1</pdfuaid:part>"),
          "the PDF/UA-1 identification");
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "a structure tree");
      assertFalse(doc.getDocumentCatalog().getOutputIntents().isEmpty(), "no output intent");
      assertEquals("de", doc.getDocumentCatalog().getLanguage());
      var info = doc.getDocumentInformation();
      assertEquals(
          "Anlage 2 – Liste der bestehenden technischen und organisatorischen"
              + " Maßnahmen des Auftragsverarbeiters nach Art. 32 DSGVO",
          info.getTitle());
      assertEquals("PHP-Friends GmbH", info.getAuthor());
      assertTrue(info.getSubject().contains("Art. 32 DSGVO"), info.getSubject());
      assertTrue(info.getKeywords().contains("sha256:" + PdfRenderer.fingerprint(sample)));
      assertEquals(
          "sha256:" + PdfRenderer.fingerprint(sample),
          info.getCustomMetadataValue("TOM-Fingerprint"));
      assertEquals(
          sample.document().effective().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
          info.getCreationDate().toInstant());
      assertEquals(841.9, doc.getPage(0).getMediaBox().getHeight(), 0.5, "A4");
    }
  }

  @Test
  void bookmarksFollowTheLayout() throws IOException {
    String md = TOM.render(sample, Format.MARKDOWN, "de");
    List<String> headings =
        md.lines().filter(l -> l.startsWith("##")).map(l -> l.replaceFirst("^#+ ", "")).toList();
    try (PDDocument doc = Loader.loadPDF(PDF.render(sample, "de"))) {
      List<String> outline = new ArrayList<>();
      collect(doc.getDocumentCatalog().getDocumentOutline(), outline, 0);
      assertEquals(
          headings,
          outline.stream().map(s -> s.replaceFirst("^ *", "")).collect(Collectors.toList()));
      assertTrue(outline.contains("    2.1 Maßnahmen in den Rechenzentren"), outline.toString());
    }
  }

  private static void collect(PDOutlineNode node, List<String> out, int depth) {
    for (PDOutlineItem item : node.children()) {
      out.add("  ".repeat(depth) + item.getTitle());
      collect(item, out, depth + 1);
    }
  }

  @Test
  void theSameCatalogueGivesTheSameBytes() {
    assertArrayEquals(PDF.render(sample, "de"), PDF.render(sample, "de"));
    Catalogue again = TOM.load(Path.of(sample.source())).orElseThrow();
    assertArrayEquals(PDF.render(sample, "en"), PDF.render(again, "en"));
  }

  @Test
  void aGivenTimestampIsTheDocumentsDate() throws IOException {
    Instant when = Instant.parse("2026-03-04T05:06:07Z");
    byte[] pdf = PdfRenderer.builder().timestamp(when).build().render(sample, "en");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(when, doc.getDocumentInformation().getCreationDate().toInstant());
      assertEquals(when, doc.getDocumentInformation().getModificationDate().toInstant());
    }
  }

  @Test
  void germanAndOtherLatinCharactersSurviveTheFonts() throws IOException {
    String yaml =
        """
        tom: 1
        document:
          title: "Maßnahmen „Übersicht“ – Größe: 5 € ; Ærø, Łódź, Ñandú, Šibenik, Øre"
          version: "1"
          effective: 2026-01-01
          languages: [de]
          processor:
            name: Müller & Söhne GmbH
        review:
          interval: P1Y
          last: 2026-01-01
        measures:
          - id: m1
            category: encryption
            text: "Schlüssel für Äpfel, Öl, Übermaß, straße — «çà» ‚x‘ ‰ § ©"
        """;
    Catalogue c = TOM.loadString(yaml, "chars.yaml").orElseThrow();
    String text = squash(text(PDF.render(c, "de")));
    assertTrue(
        text.contains(
            squash("Maßnahmen „Übersicht“ – Größe: 5 € ; Ærø, Łódź, Ñandú," + " Šibenik, Øre")),
        text);
    assertTrue(
        text.contains(squash("Schlüssel für Äpfel, Öl, Übermaß, straße — «çà» ‚x‘ ‰ § ©")), text);
    assertTrue(text.contains(squash("Müller & Söhne GmbH")), text);
  }

  @Test
  void refusesALanguageTheCatalogueDoesNotHave() {
    assertThrows(IllegalArgumentException.class, () -> PDF.render(sample, "fr"));
  }

  @Test
  void loadsAsAValidPdfAgain() throws IOException {
    byte[] pdf = PDF.render(sample, "en");
    assertTrue(
        new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
    try (PDDocument doc = Loader.loadPDF(new ByteArrayInputStream(pdf).readAllBytes())) {
      assertTrue(doc.getNumberOfPages() >= 4, "pages: " + doc.getNumberOfPages());
      assertTrue(text(pdf).contains("Page 1 of " + doc.getNumberOfPages()), "footer");
    }
  }

  @Test
  void aChangeNoticeAsPdf() throws IOException {
    Path dir = Path.of("../tom-core/src/test/resources/changes/all-kinds");
    Tom tom =
        Tom.builder()
            .clock(
                java.time.Clock.fixed(
                    Instant.parse("2026-07-01T00:00:00Z"), java.time.ZoneOffset.UTC))
            .build();
    CatalogueDiff diff =
        tom.diff(
            tom.load(dir.resolve("baseline.yaml")).orElseThrow(),
            tom.load(dir.resolve("current.yaml")).orElseThrow());
    byte[] de = PDF.renderChanges(diff, "de");
    assertArrayEquals(de, PDF.renderChanges(diff, "de"), "same diff, same bytes");
    String text = squash(text(de));
    assertTrue(text.contains(squash("Änderungen gegenüber Version 2026.1")), text);
    assertTrue(text.contains(squash("Nicht mehr umgesetzt: Schlüsselregelung für das Büro")), text);
    assertTrue(
        text.contains(squash("Die Biometrie wurde durch Chipkarten mit PIN ersetzt.")), text);
    assertTrue(text.contains(squash("Prüfsumme (SHA-256) der Änderungen")), text);
    try (PDDocument doc = Loader.loadPDF(de)) {
      assertEquals("Änderungen gegenüber Version 2026.1", doc.getDocumentInformation().getTitle());
    }
    String en = squash(text(PDF.renderChanges(diff, "en")));
    assertTrue(en.contains(squash("Changes since version 2026.1")), en);
    assertThrows(IllegalArgumentException.class, () -> PDF.renderChanges(diff, "fr"));
  }
}
