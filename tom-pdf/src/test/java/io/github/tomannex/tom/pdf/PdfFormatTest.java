package io.github.tomannex.tom.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.OutputFormats;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.RenderedFile;
import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tom-pdf's format as tom-core finds it: registered for ServiceLoader, listed between the
 * per-language and the language-neutral formats, rendering the same bytes as {@link PdfRenderer};
 * and every format on this class path exercised on the sample catalogue.
 */
class PdfFormatTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(
              java.time.Clock.fixed(
                  Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
          .build();
  private static final ClassLoader LOADER = PdfFormatTest.class.getClassLoader();
  private static final Instant WHEN = Instant.parse("2026-03-04T05:06:07Z");
  private static Catalogue sample;
  private static CatalogueDiff diff;

  @BeforeAll
  static void load() {
    Path dir = Path.of(System.getProperty("tom.samples", "../tom-samples/src/tom"));
    sample = TOM.load(dir.resolve("catalogue.yaml")).orElseThrow();
    Path changes = Path.of("../tom-core/src/test/resources/changes/all-kinds");
    Tom tom =
        Tom.builder()
            .clock(
                java.time.Clock.fixed(
                    Instant.parse("2026-07-01T00:00:00Z"), java.time.ZoneOffset.UTC))
            .build();
    diff =
        tom.diff(
            tom.load(changes.resolve("baseline.yaml")).orElseThrow(),
            tom.load(changes.resolve("current.yaml")).orElseThrow());
  }

  @Test
  void serviceLoaderFindsPdfBesideTomCoresFormats() {
    List<OutputFormat> all = OutputFormats.available(LOADER);
    assertEquals(List.of("md", "html", "pdf", "json"), all.stream().map(OutputFormat::id).toList());
    OutputFormat pdf = OutputFormats.byId("PDF", LOADER);
    assertInstanceOf(PdfFormat.class, pdf);
    assertEquals("pdf", pdf.extension());
    assertEquals("application/pdf", pdf.mediaType());
    assertTrue(pdf.perLanguage());
    assertTrue(pdf.rendersChanges());
  }

  @Test
  void rendersTheSameBytesAsPdfRendererWithTheOptionsTimestamp() {
    OutputFormat pdf = new PdfFormat();
    RenderOptions options = RenderOptions.defaults().withTimestamp(WHEN);
    PdfRenderer renderer = PdfRenderer.builder().timestamp(WHEN).build();
    assertArrayEquals(renderer.render(sample, "en"), pdf.render(sample, "en", options));
    assertArrayEquals(
        PdfRenderer.builder().build().render(sample, "de"),
        pdf.render(sample, "de", RenderOptions.defaults()));
    assertArrayEquals(renderer.renderChanges(diff, "de"), pdf.renderChanges(diff, "de", options));
    assertEquals(renderer.check(sample, "de"), pdf.check(sample, "de"));
    assertEquals(renderer.checkChanges(diff, "en"), pdf.checkChanges(diff, "en"));
    assertThrows(
        IllegalArgumentException.class, () -> pdf.render(sample, "fr", RenderOptions.defaults()));
  }

  @Test
  void theTimestampIsTheDocumentsDate() throws IOException {
    List<RenderedFile> files =
        TOM.renderAll(
            sample,
            List.of(new PdfFormat()),
            List.of("en"),
            RenderOptions.defaults().withTimestamp(WHEN));
    try (PDDocument doc = Loader.loadPDF(files.get(0).bytes())) {
      assertEquals(WHEN, doc.getDocumentInformation().getCreationDate().toInstant());
    }
  }

  /**
   * Every format on this class path (tom-core's and tom-pdf's) renders the sample annex and a
   * change notice, each file saying what it is; a new format is exercised without a change here.
   */
  @Test
  void everyFormatFoundRendersTheSampleWithTheRightMetadata() {
    List<String> langs = sample.document().languages();
    List<OutputFormat> all = OutputFormats.available(LOADER);
    List<RenderedFile> annex = TOM.renderAll(sample, all, List.of(), RenderOptions.defaults());
    List<RenderedFile> notice =
        TOM.renderAllChanges(diff, all, List.of(), RenderOptions.defaults());
    int i = 0;
    int j = 0;
    for (OutputFormat f : all) {
      List<Optional<String>> expected =
          f.perLanguage() ? langs.stream().map(Optional::of).toList() : List.of(Optional.empty());
      for (Optional<String> lang : expected) {
        RenderedFile file = annex.get(i++);
        assertEquals(RenderedFile.Kind.ANNEX, file.kind(), f.id());
        assertEquals(f.id(), file.format());
        assertEquals(lang, file.language(), f.id());
        assertEquals(
            "annex" + lang.map(l -> "-" + l).orElse("") + "." + f.extension(), file.fileName());
        assertTrue(file.bytes().length > 0, file.fileName());
      }
      if (!f.rendersChanges()) {
        continue;
      }
      List<Optional<String>> noticeLangs =
          f.perLanguage()
              ? diff.current().document().languages().stream().map(Optional::of).toList()
              : List.of(Optional.empty());
      for (Optional<String> lang : noticeLangs) {
        RenderedFile file = notice.get(j++);
        assertEquals(RenderedFile.Kind.CHANGES, file.kind(), f.id());
        assertEquals(f.id(), file.format());
        assertEquals(lang, file.language(), f.id());
        assertEquals(
            "changes" + lang.map(l -> "-" + l).orElse("") + "." + f.extension(), file.fileName());
        assertTrue(file.bytes().length > 0, file.fileName());
      }
    }
    // then the sub-processor documents, in the same order of formats and languages
    for (OutputFormat f : all) {
      if (!f.rendersSubprocessors()) {
        continue;
      }
      List<Optional<String>> expected =
          f.perLanguage() ? langs.stream().map(Optional::of).toList() : List.of(Optional.empty());
      for (Optional<String> lang : expected) {
        RenderedFile file = annex.get(i++);
        assertEquals(RenderedFile.Kind.SUBPROCESSORS, file.kind(), f.id());
        assertEquals(f.id(), file.format());
        assertEquals(lang, file.language(), f.id());
        assertEquals(
            "subprocessors" + lang.map(l -> "-" + l).orElse("") + "." + f.extension(),
            file.fileName());
        assertTrue(file.bytes().length > 0, file.fileName());
      }
    }
    assertEquals(annex.size(), i);
    assertEquals(notice.size(), j);
  }
}
