package io.github.tomannex.tom.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue per script of the EU's official languages renders as written: Latin with the letters
 * of every language written in it, Greek and Cyrillic (Bulgarian) in catalogues that bring their
 * own labels, and French. The PDF's text, extracted again by PDFBox, holds every measure's text,
 * the title, the preamble and every certificate's title whole; the fonts draw every character, so
 * the check reports nothing.
 */
class PdfScriptsTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final PdfRenderer PDF =
      PdfRenderer.builder().timestamp(Instant.parse("2026-07-01T00:00:00Z")).build();

  /** The catalogues per script, with the language to render. */
  static Stream<String> catalogues() {
    return Stream.of(
        "scripts/latin.yaml en",
        "scripts/el.yaml el",
        "scripts/bg.yaml bg",
        "../tom-core/src/test/resources/french/current.yaml fr");
  }

  static Catalogue load(String file) {
    Path path =
        file.startsWith("../") ? Path.of(file) : Path.of("src/test/resources").resolve(file);
    LoadResult result = TOM.load(path);
    assertFalse(result.hasErrors(), () -> file + ": " + result.diagnostics());
    assertEquals(
        List.of(),
        result.diagnostics().stream()
            .filter(d -> d.rule().startsWith("LANG"))
            .map(d -> d.message())
            .toList(),
        file + " gives every word its language needs");
    return result.orElseThrow();
  }

  /** One space for every run of white space; no space after a hyphen or slash (a line end). */
  static String normalised(String s) {
    return s.replaceAll("\\s+", " ").replaceAll("(?<=[-/]) ", "").strip();
  }

  static String extracted(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogues")
  void everyTextIsExtractedAsWritten(String spec) throws IOException {
    String[] parts = spec.split(" ");
    Catalogue c = load(parts[0]);
    String lang = parts[1];
    assertEquals(List.of(), PDF.check(c, lang), "the fonts draw every character of " + parts[0]);
    String text = normalised(extracted(PDF.render(c, lang)));
    List<String> expected = new ArrayList<>();
    expected.add(c.document().title().in(lang).orElseThrow());
    c.document().preamble().flatMap(p -> p.in(lang)).ifPresent(expected::add);
    for (Measure m : c.measures()) {
      expected.add(m.text().in(lang).orElseThrow());
    }
    for (Certificate cert : c.certificates()) {
      expected.add(cert.title().in(lang).orElseThrow());
    }
    for (String e : expected) {
      assertTrue(text.contains(normalised(e)), () -> "not extracted whole: " + e + "\n" + text);
    }
    assertFalse(text.contains("\uFFFD"), "no replacement character");
    assertEquals(
        0, PDF.check(c, lang).stream().filter(d -> d.severity() == Severity.WARNING).count());
  }
}
