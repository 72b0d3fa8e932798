package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every renderer and built-in layout: each folder under {@code golden/} has a
 * {@code catalogue.yaml} and the expected {@code annex-<lang>.md}, {@code .html}, {@code
 * annex.json}, {@code events-<lang>.txt} (the {@link AnnexHandler} stream) and {@code
 * diagnostics.txt}, checked as of the catalogue's effective date. Regenerate with {@code ./mvnw -pl
 * tom-core test -Dtom.updateGolden=true} and review the diff.
 */
class GoldenRenderTest {
  private static final Tom TOM = Tom.builder().build();

  /** The engine that checks a golden catalogue: as of its effective date. */
  private static Tom tomFor(Path catalogue) throws IOException {
    return Tom.builder()
        .clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.effective(catalogue)))
        .build();
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GoldenFiles.root().resolve("golden"))) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersAsTheGoldenFiles(String name) throws IOException {
    Path dir = GoldenFiles.root().resolve("golden").resolve(name);
    LoadResult result;
    // by path: a catalogue's includes and base are relative to it
    result =
        tomFor(dir.resolve("catalogue.yaml")).load(dir.resolve("catalogue.yaml"), "catalogue.yaml");
    StringBuilder diags = new StringBuilder();
    result.diagnostics().forEach(d -> diags.append(d.format()).append('\n'));
    GoldenFiles.check(dir.resolve("diagnostics.txt"), diags.toString());
    Catalogue catalogue = result.orElseThrow();
    // every format tom-core registers, so a new one cannot be left out of the golden files
    List<OutputFormat> formats = OutputFormats.available(GoldenRenderTest.class.getClassLoader());
    List<RenderedFile> files =
        TOM.renderAll(catalogue, formats, List.of(), RenderOptions.defaults());
    int languages = catalogue.document().languages().size();
    // the annex in every format, then the sub-processor document in those that render it
    assertEquals(
        formats.stream().mapToInt(f -> f.perLanguage() ? languages : 1).sum()
            + formats.stream()
                .filter(OutputFormat::rendersSubprocessors)
                .mapToInt(f -> f.perLanguage() ? languages : 1)
                .sum(),
        files.size());
    for (RenderedFile f : files) {
      assertTrue(
          f.kind() == RenderedFile.Kind.ANNEX || f.kind() == RenderedFile.Kind.SUBPROCESSORS,
          f.fileName());
      String content = new String(f.bytes(), StandardCharsets.UTF_8);
      GoldenFiles.check(dir.resolve(f.fileName()), content);
      assertTrue(content.endsWith("\n"), f.fileName());
      assertFalse(content.contains("\r"), f.fileName());
      String lower = content.toLowerCase(java.util.Locale.ROOT);
      if (f.format().equals("md")) {
        assertNoRawHtmlOrUnsafeLinks(content, f.fileName());
        String html =
            f.kind() == RenderedFile.Kind.ANNEX
                ? TOM.render(catalogue, Format.HTML, f.language().orElseThrow())
                : new String(
                    Format.HTML
                        .outputFormat()
                        .renderSubprocessors(
                            catalogue, f.language().orElseThrow(), RenderOptions.defaults()),
                    StandardCharsets.UTF_8);
        assertEquals(
            htmlBody(html),
            htmlOf(content),
            f.fileName() + " read as Markdown is not the document the HTML shows");
      }
      assertFalse(
          f.format().equals("html") && lower.contains("<script"),
          f.fileName() + " passes raw HTML through");
      assertFalse(
          !f.format().equals("json") && lower.contains("javascript:"),
          f.fileName() + " keeps a javascript: link");
      assertFalse(
          !f.format().equals("json") && lower.contains("tracker.example"),
          f.fileName() + " keeps an external image");
    }
    for (String lang : catalogue.document().languages()) {
      EventRecorder events = new EventRecorder();
      TOM.render(catalogue, lang, events);
      GoldenFiles.check(dir.resolve("events-" + lang + ".txt"), events.result());
      EventRecorder subprocessors = new EventRecorder();
      TOM.renderSubprocessors(catalogue, lang, subprocessors);
      GoldenFiles.check(
          dir.resolve("events-subprocessors-" + lang + ".txt"), subprocessors.result());
    }
    // deterministic: a second load and render give the same text
    Catalogue again =
        tomFor(dir.resolve("catalogue.yaml")).load(dir.resolve("catalogue.yaml")).orElseThrow();
    List<RenderedFile> second = TOM.renderAll(again, formats, List.of(), RenderOptions.defaults());
    assertEquals(files, second);
  }

  /** Parses the Markdown output again: it must hold no raw HTML and no unsafe link. */
  static void assertNoRawHtmlOrUnsafeLinks(String markdown, String name) {
    org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(markdown);
    doc.accept(
        new org.commonmark.node.AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.HtmlInline node) {
            throw new AssertionError(name + " has raw HTML: " + node.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.HtmlBlock node) {
            throw new AssertionError(name + " has raw HTML: " + node.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Link node) {
            String d = node.getDestination().toLowerCase(java.util.Locale.ROOT);
            assertTrue(
                d.startsWith("https:") || d.startsWith("http:") || d.startsWith("mailto:"),
                name + " links to " + d);
            visitChildren(node);
          }

          @Override
          public void visit(org.commonmark.node.Image node) {
            throw new AssertionError(name + " has an image: " + node.getDestination());
          }
        });
  }

  /** The HTML body tom wrote, without its ids and classes. */
  static String htmlBody(String html) {
    // <main class="annex"> or <main class="annex subprocessors">
    int start = html.indexOf(">\n", html.indexOf("<main class=\"annex")) + 2;
    String body = html.substring(start, html.indexOf("</main>"));
    return body.replaceAll(" (id|class)=\"[^\"]*\"", "");
  }

  /** Markdown as any CommonMark reader shows it. */
  static String htmlOf(String markdown) {
    return org.commonmark.renderer.html.HtmlRenderer.builder()
        .escapeHtml(true)
        .sanitizeUrls(true)
        .softbreak("\n")
        .build()
        .render(org.commonmark.parser.Parser.builder().build().parse(markdown));
  }
}
