package io.github.tomannex.tom.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Tom;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every kind of PDF tom writes, validated by veraPDF for PDF/A-2b, PDF/A-2a and PDF/UA-1. */
class PdfConformanceTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final Instant WHEN = Instant.parse("2026-03-04T05:06:07Z");

  static Map<String, byte[]> pdfs() {
    Path samples = Path.of(System.getProperty("tom.samples", "../tom-samples/src/tom"));
    Tom now =
        Tom.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    Catalogue seed = now.load(samples.resolve("catalogue.yaml")).orElseThrow();
    Catalogue saas = now.load(samples.resolve("saas-en.yaml")).orElseThrow();
    Path changes = Path.of("../tom-core/src/test/resources/changes/all-kinds");
    CatalogueDiff diff =
        TOM.diff(
            TOM.load(changes.resolve("baseline.yaml")).orElseThrow(),
            TOM.load(changes.resolve("current.yaml")).orElseThrow());
    PdfRenderer pdf = PdfRenderer.builder().timestamp(WHEN).build();
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("seed annex de", pdf.render(seed, "de"));
    out.put("seed annex en", pdf.render(seed, "en"));
    out.put("saas annex en", pdf.render(saas, "en"));
    out.put("change notice en", pdf.renderChanges(diff, "en"));
    out.put("change notice de", pdf.renderChanges(diff, "de"));
    // a language tom has no words in (the catalogue brings its labels), and a script per catalogue
    Path french = Path.of("../tom-core/src/test/resources/french");
    Catalogue frenchCurrent = now.load(french.resolve("current.yaml")).orElseThrow();
    out.put("french annex fr", pdf.render(frenchCurrent, "fr"));
    out.put(
        "french change notice fr",
        pdf.renderChanges(
            now.diff(now.load(french.resolve("baseline.yaml")).orElseThrow(), frenchCurrent),
            "fr"));
    PdfScriptsTest.catalogues()
        .filter(spec -> spec.startsWith("scripts/"))
        .forEach(
            spec -> {
              String[] parts = spec.split(" ");
              out.put(
                  parts[0] + " " + parts[1], pdf.render(PdfScriptsTest.load(parts[0]), parts[1]));
            });
    // the sub-processor document: with sub-processors (de, en) and without (the SaaS sample's
    // SCC layout names its annex)
    out.put("seed subprocessors de", pdf.renderSubprocessors(seed, "de"));
    out.put("seed subprocessors en", pdf.renderSubprocessors(seed, "en"));
    out.put("saas subprocessors en", pdf.renderSubprocessors(saas, "en"));
    Path subChanges = Path.of("../tom-core/src/test/resources/changes/subprocessors");
    CatalogueDiff subDiff =
        TOM.diff(
            TOM.load(subChanges.resolve("baseline.yaml")).orElseThrow(),
            TOM.load(subChanges.resolve("current.yaml")).orElseThrow());
    out.put("sub-processor notice de", pdf.renderChanges(subDiff, "de"));
    Path golden0 = Path.of("../tom-core/src/test/resources/golden/subprocessors/catalogue.yaml");
    Catalogue subs =
        Tom.builder()
            .clock(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC))
            .build()
            .load(golden0)
            .orElseThrow();
    out.put("golden subprocessors de", pdf.renderSubprocessors(subs, "de"));
    out.put("golden subprocessors en", pdf.renderSubprocessors(subs, "en"));
    // the golden catalogues of tom-core: every layout, Markdown at its edges, links of all kinds
    Path golden = Path.of("../tom-core/src/test/resources/golden");
    try (Stream<Path> dirs = java.nio.file.Files.list(golden)) {
      for (Path dir : dirs.sorted().toList()) {
        Path file = dir.resolve("catalogue.yaml");
        if (java.nio.file.Files.isRegularFile(file)) {
          // as of its effective date, like tom-core's golden tests
          String yaml = java.nio.file.Files.readString(file);
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("(?m)^  effective: (\\S+)").matcher(yaml);
          Instant day = m.find() ? Instant.parse(m.group(1) + "T00:00:00Z") : WHEN;
          Catalogue c =
              Tom.builder()
                  .clock(Clock.fixed(day, ZoneOffset.UTC))
                  .build()
                  .load(file)
                  .catalogue()
                  .orElseThrow(() -> new AssertionError(file));
          for (String lang : c.document().languages()) {
            out.put(dir.getFileName() + " " + lang, pdf.render(c, lang));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  static Stream<Arguments> cases() {
    Map<String, byte[]> pdfs = pdfs();
    return VeraPdf.FLAVOURS.stream()
        .flatMap(f -> pdfs.entrySet().stream().map(e -> Arguments.of(e.getKey(), f, e.getValue())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void conforms(String what, PDFAFlavour flavour, byte[] pdf) {
    assertEquals(Map.of(), VeraPdf.failures(pdf, flavour), what + " as " + flavour);
  }
}
