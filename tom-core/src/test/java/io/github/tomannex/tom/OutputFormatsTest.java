package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The output format extension point: what {@link OutputFormats} finds, how it is looked up, and
 * that every format found is exercised on a real catalogue with the right file metadata.
 */
class OutputFormatsTest {
  private static final Tom TOM = Tom.builder().build();
  private static final ClassLoader LOADER = OutputFormatsTest.class.getClassLoader();

  private static Catalogue golden(String name) {
    return TOM.load(
            GoldenFiles.root().resolve("golden").resolve(name).resolve("catalogue.yaml"),
            "catalogue.yaml")
        .orElseThrow();
  }

  @Test
  void tomCoreProvidesMarkdownHtmlAndJsonInThatOrder() {
    List<OutputFormat> all = OutputFormats.available(LOADER);
    assertEquals(List.of("md", "html", "json"), all.stream().map(OutputFormat::id).toList());
    assertEquals(List.of("md", "html", "json"), all.stream().map(OutputFormat::extension).toList());
    assertEquals(
        List.of("text/markdown; charset=UTF-8", "text/html; charset=UTF-8", "application/json"),
        all.stream().map(OutputFormat::mediaType).toList());
    assertEquals(List.of(true, true, false), all.stream().map(OutputFormat::perLanguage).toList());
    assertTrue(all.stream().allMatch(OutputFormat::rendersChanges));
    assertEquals(
        all.stream().map(OutputFormat::id).toList(),
        OutputFormats.available().stream().map(OutputFormat::id).toList());
  }

  @Test
  void theFormatConstantsAreTheFormatsFoundUnderTheirIds() {
    for (Format f : Format.values()) {
      OutputFormat found = OutputFormats.byId(f.extension(), LOADER);
      assertSame(found.getClass(), f.outputFormat().getClass(), f.name());
      assertEquals(f.extension(), f.outputFormat().id());
      assertEquals(f.perLanguage(), f.outputFormat().perLanguage());
    }
  }

  @Test
  void formatsAreLookedUpByIdIgnoringCaseAndBlanksAndByTheirConstantName() {
    assertEquals("md", OutputFormats.byId(" MD ", LOADER).id());
    assertEquals("md", OutputFormats.byId("Markdown", LOADER).id());
    assertEquals("html", OutputFormats.byId("HTML", LOADER).id());
    assertEquals(Optional.empty(), OutputFormats.find("docx", LOADER));
  }

  @Test
  void anUnknownIdIsRefusedWithTheKnownIds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutputFormats.byId("rtf", LOADER));
    assertEquals("'rtf' is not an output format; available: md, html, json", e.getMessage());
  }

  @Test
  void pdfWithoutTomPdfNamesTheArtifactThatProvidesIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutputFormats.byId("pdf", LOADER));
    assertEquals(
        "the output format 'pdf' is provided by io.github.tomannex:tom-pdf, which is"
            + " not on the class path; add it (available: md, html, json)",
        e.getMessage());
    assertEquals(Optional.of("io.github.tomannex:tom-pdf"), OutputFormats.providedBy(" PDF"));
    assertEquals(Optional.of("io.github.tomannex:tom-docx"), OutputFormats.providedBy("docx"));
    assertEquals(Optional.empty(), OutputFormats.providedBy("md"));
  }

  /**
   * Every format on the class path renders a real catalogue and says what each file is; a format
   * added to tom-core is exercised here without touching this test.
   */
  @Test
  void everyFormatFoundRendersTheAnnexAndNoticeWithTheRightMetadata() {
    Catalogue current = golden("de-classic-bilingual");
    List<String> langs = current.document().languages();
    for (OutputFormat f : OutputFormats.available(LOADER)) {
      List<RenderedFile> all =
          TOM.renderAll(current, List.of(f), List.of(), RenderOptions.defaults());
      int each = f.perLanguage() ? langs.size() : 1;
      assertEquals(f.rendersSubprocessors() ? 2 * each : each, all.size(), f.id());
      List<RenderedFile> files = all.subList(0, each);
      // the sub-processor documents follow the annex, of their own kind and name
      for (int i = each; i < all.size(); i++) {
        RenderedFile file = all.get(i);
        Optional<String> lang =
            f.perLanguage() ? Optional.of(langs.get(i - each)) : Optional.empty();
        assertEquals(RenderedFile.Kind.SUBPROCESSORS, file.kind());
        assertEquals(lang, file.language());
        assertEquals(
            "subprocessors" + lang.map(l -> "-" + l).orElse("") + "." + f.extension(),
            file.fileName());
        assertArrayEquals(
            f.renderSubprocessors(
                current,
                lang.orElse(current.document().bindingLanguage()),
                RenderOptions.defaults()),
            file.bytes(),
            file.fileName());
      }
      for (int i = 0; i < files.size(); i++) {
        RenderedFile file = files.get(i);
        Optional<String> lang = f.perLanguage() ? Optional.of(langs.get(i)) : Optional.empty();
        assertEquals(RenderedFile.Kind.ANNEX, file.kind());
        assertEquals(f.id(), file.format());
        assertEquals(f.extension(), file.extension());
        assertEquals(lang, file.language());
        assertEquals(
            "annex" + lang.map(l -> "-" + l).orElse("") + "." + f.extension(), file.fileName());
        assertTrue(file.bytes().length > 0, file.fileName());
        assertArrayEquals(
            f.render(
                current,
                lang.orElse(current.document().bindingLanguage()),
                RenderOptions.defaults()),
            file.bytes(),
            file.fileName());
      }
      if (f.perLanguage()) {
        assertThrows(
            IllegalArgumentException.class,
            () -> f.render(current, "xx", RenderOptions.defaults()),
            f.id());
      }
      CatalogueDiff diff = TOM.diff(current, current);
      List<RenderedFile> notices =
          TOM.renderAllChanges(diff, List.of(f), List.of(), RenderOptions.defaults());
      if (!f.rendersChanges()) {
        assertEquals(List.of(), notices, f.id());
        continue;
      }
      assertEquals(f.perLanguage() ? langs.size() : 1, notices.size(), f.id());
      for (RenderedFile file : notices) {
        assertEquals(RenderedFile.Kind.CHANGES, file.kind());
        assertEquals(f.id(), file.format());
        assertEquals(f.perLanguage(), file.language().isPresent());
        assertTrue(file.fileName().startsWith("changes"), file.fileName());
        assertTrue(file.bytes().length > 0, file.fileName());
      }
    }
  }

  @Test
  void theFormatConstantsRenderTheSameTextAsTheirOutputFormat() {
    Catalogue c = golden("de-classic-bilingual");
    for (Format f : Format.values()) {
      assertEquals(
          TOM.render(c, f, "en"),
          new String(
              f.outputFormat().render(c, "en", RenderOptions.defaults()), StandardCharsets.UTF_8));
    }
  }

  /** A format of someone else's: it appears in change notices without being named anywhere. */
  @Test
  void aNewFormatIsRenderedForAnnexAndNoticeWithoutFurtherChanges() {
    OutputFormat txt =
        new OutputFormat() {
          @Override
          public String id() {
            return "txt";
          }

          @Override
          public String extension() {
            return "txt";
          }

          @Override
          public String mediaType() {
            return "text/plain; charset=UTF-8";
          }

          @Override
          public boolean perLanguage() {
            return true;
          }

          @Override
          public boolean rendersChanges() {
            return true;
          }

          @Override
          public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
            return ("annex " + language).getBytes(StandardCharsets.UTF_8);
          }

          @Override
          public byte[] renderChanges(CatalogueDiff diff, String language, RenderOptions options) {
            return ("changes " + language).getBytes(StandardCharsets.UTF_8);
          }
        };
    Catalogue c = golden("de-classic-bilingual");
    List<OutputFormat> formats = new ArrayList<>(OutputFormats.available(LOADER));
    formats.add(txt);
    formats.add(Format.JSON.outputFormat()); // given twice: rendered once
    List<String> names =
        TOM
            .renderAllChanges(TOM.diff(c, c), formats, List.of("en"), RenderOptions.defaults())
            .stream()
            .map(RenderedFile::fileName)
            .toList();
    assertEquals(
        List.of("changes-en.md", "changes-en.html", "changes.json", "changes-en.txt"), names);
    List<RenderedFile> annex =
        TOM.renderAll(c, List.of(txt), List.of("de", "de"), RenderOptions.defaults());
    assertEquals(
        List.of(
            new RenderedFile(
                RenderedFile.Kind.ANNEX,
                "txt",
                "txt",
                Optional.of("de"),
                "annex de".getBytes(StandardCharsets.UTF_8))),
        annex);
    assertThrows(
        IllegalArgumentException.class,
        () -> TOM.renderAll(c, List.of(txt), List.of("fr"), RenderOptions.defaults()));
  }

  @Test
  void aFormatWithoutNoticesIsLeftOutOfTheNoticeAndRefusesOne() {
    OutputFormat annexOnly =
        new OutputFormat() {
          @Override
          public String id() {
            return "plain";
          }

          @Override
          public String extension() {
            return "txt";
          }

          @Override
          public String mediaType() {
            return "text/plain";
          }

          @Override
          public boolean perLanguage() {
            return false;
          }

          @Override
          public boolean rendersChanges() {
            return false;
          }

          @Override
          public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
            return new byte[] {1};
          }
        };
    Catalogue c = golden("de-classic-bilingual");
    CatalogueDiff diff = TOM.diff(c, c);
    assertEquals(
        List.of(),
        TOM.renderAllChanges(diff, List.of(annexOnly), List.of(), RenderOptions.defaults()));
    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> annexOnly.renderChanges(diff, "de", RenderOptions.defaults()));
    assertEquals("the output format 'plain' does not render change notices", e.getMessage());
    assertEquals(List.of(), annexOnly.check(c, "de"));
    assertEquals(List.of(), annexOnly.checkChanges(diff, "de"));
  }

  @Test
  void aRenderedFileIsAnImmutableValue() {
    byte[] bytes = {1, 2, 3};
    RenderedFile f =
        new RenderedFile(RenderedFile.Kind.CHANGES, "pdf", "pdf", Optional.of("de-CH"), bytes);
    bytes[0] = 9;
    assertEquals(1, f.bytes()[0]);
    f.bytes()[1] = 9;
    assertEquals(2, f.bytes()[1]);
    assertEquals("changes-de-ch.pdf", f.fileName());
    assertEquals("RenderedFile[changes-de-ch.pdf, 3 bytes]", f.toString());
    assertEquals(
        f,
        new RenderedFile(
            RenderedFile.Kind.CHANGES, "pdf", "pdf", Optional.of("de-CH"), new byte[] {1, 2, 3}));
    assertEquals(
        f.hashCode(),
        new RenderedFile(
                RenderedFile.Kind.CHANGES, "pdf", "pdf", Optional.of("de-CH"), new byte[] {1, 2, 3})
            .hashCode());
    assertFalse(
        f.equals(
            new RenderedFile(
                RenderedFile.Kind.ANNEX,
                "pdf",
                "pdf",
                Optional.of("de-CH"),
                new byte[] {1, 2, 3})));
  }

  @Test
  void renderOptionsCarryTheTimestamp() {
    assertEquals(Optional.empty(), RenderOptions.defaults().timestamp());
    java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
    assertEquals(Optional.of(t), RenderOptions.defaults().withTimestamp(t).timestamp());
    assertThrows(NullPointerException.class, () -> new RenderOptions(null));
  }
}
