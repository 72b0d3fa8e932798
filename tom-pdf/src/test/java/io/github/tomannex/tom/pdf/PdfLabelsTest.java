package io.github.tomannex.tom.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF of a catalogue in a language tom has no words in (French, with its own labels) draws no
 * German or English word of tom's, in its pages or its metadata: the footer, the title block, the
 * certificate table, title, subject, keywords and the XMP all take the catalogue's words.
 */
class PdfLabelsTest {
  private static final Path FRENCH = Path.of("../tom-core/src/test/resources/french");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Tom TOM =
      Tom.builder()
          .clock(
              java.time.Clock.fixed(
                  Instant.parse("2026-07-02T00:00:00Z"), java.time.ZoneOffset.UTC))
          .build();
  private static final PdfRenderer PDF = PdfRenderer.builder().build();

  @Test
  void theFrenchAnnexAndNoticeHaveNoGermanOrEnglishWord() throws IOException {
    Catalogue before = load("baseline.yaml");
    Catalogue after = load("current.yaml");
    Set<String> forbidden = forbidden(after);
    byte[] annex = PDF.render(after, "fr");
    CatalogueDiff diff = TOM.diff(before, after);
    byte[] notice = PDF.renderChanges(diff, "fr");
    Path out = Path.of("target", "french");
    Files.createDirectories(out);
    Files.write(out.resolve("annex-fr.pdf"), annex); // to look at
    Files.write(out.resolve("changes-fr.pdf"), notice);

    String annexText = check("annex", annex, forbidden);
    assertTrue(annexText.contains("Page 1 sur "), annexText);
    assertTrue(
        annexText.contains("Empreinte (SHA-256) de l'export JSON (annex.json) : "), annexText);
    assertTrue(
        annexText.contains("Norme")
            && annexText.contains("Émetteur")
            && annexText.contains("Valable")
            && annexText.contains("31 mars 2030"),
        annexText);
    String noticeText = check("notice", notice, forbidden);
    assertTrue(noticeText.contains("Modifications depuis la version 2026.1"), noticeText);
    assertTrue(noticeText.contains("Empreinte (SHA-256) des modifications : "), noticeText);

    try (PDDocument doc = Loader.loadPDF(annex)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals(
          "Mesures techniques et organisationnelles selon l'article 32 du RGPD,"
              + " version 2026.2",
          info.getSubject());
      assertTrue(info.getKeywords().startsWith("MTO, article 32 RGPD, "), info.getKeywords());
    }
    try (PDDocument doc = Loader.loadPDF(notice)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals("Modifications depuis la version 2026.1", info.getTitle());
      assertEquals(
          "Modifications des mesures techniques et organisationnelles, version 2026.1"
              + " → 2026.2",
          info.getSubject());
    }
  }

  /** The text of every page, the document information and the XMP metadata, checked. */
  private static String check(String what, byte[] pdf, Set<String> forbidden) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String pages = new PDFTextStripper().getText(doc);
      PDDocumentInformation info = doc.getDocumentInformation();
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      // the XMP's text: its element and attribute names are not words a reader sees
      // and the PDF/A extension schema, which describes the PDF/UA identification to validators
      // in the words of ISO 19005 (no reader sees it), is not the catalogue's text either
      String xmpText =
          xmp.replaceAll("(?s)<pdfaExtension:schemas>.*?</pdfaExtension:schemas>", " ")
              .replaceAll("(?s)<\\?.*?\\?>", " ")
              .replaceAll("<[^>]*>", " ");
      String all =
          pages
              + "\n"
              + info.getTitle()
              + "\n"
              + info.getSubject()
              + "\n"
              + info.getKeywords()
              + "\n"
              + xmpText;
      Set<String> found = words(all);
      found.retainAll(forbidden);
      assertEquals(Set.of(), found, what + " has German or English label words:\n" + all);
      assertFalse(pages.isBlank());
      return pages;
    }
  }

  private static Catalogue load(String name) throws IOException {
    LoadResult r =
        TOM.loadString(Files.readString(FRENCH.resolve(name), StandardCharsets.UTF_8), name);
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    return r.orElseThrow();
  }

  /** tom's German and English label words that are not French words of the catalogue too. */
  private static Set<String> forbidden(Catalogue french) {
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
    // the metadata's creator and producer name the software, tom: a name, not a word
    out.remove("tom");
    // the PDF's own words are among them
    assertTrue(
        out.containsAll(
            Set.of(
                "seite",
                "von",
                "norm",
                "standard",
                "aussteller",
                "issuer",
                "prüfsumme",
                "fingerprint",
                "dsgvo",
                "gdpr")),
        out.toString());
    return out;
  }

  private static Set<String> words(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
