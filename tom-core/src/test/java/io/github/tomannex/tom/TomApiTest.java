package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TomApiTest {
  /** The API's behaviour, not the lint rules' findings (LintApiTest): lint rules off. */
  private static final Tom TOM = HostileInputTest.structuralOnly(Tom.builder()).build();

  static final String MINIMAL =
      """
      tom: 1
      document:
        title: {de: "Maßnahmen", en: "Measures"}
        version: "1"
        effective: 2026-01-01
        languages: [de, en]
        processor:
          name: Example GmbH
      review:
        interval: P1Y
        last: 2026-01-01
      measures:
        - id: m1
          category: encryption
          text: {de: "Verschlüsselt", en: "Encrypted"}
      """;

  private static Path golden(String name) {
    return GoldenFiles.root().resolve("golden").resolve(name).resolve("catalogue.yaml");
  }

  @Test
  void builderChecksItsLimit() {
    assertThrows(IllegalArgumentException.class, () -> Tom.builder().maxInputBytes(10));
    assertThrows(IllegalArgumentException.class, () -> Tom.builder().maxInputBytes(1L << 31));
    Tom.builder().maxInputBytes(1024).build();
  }

  @Test
  void loadsFromAStringAStreamAndAPathAlike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, MINIMAL);
    Catalogue a = TOM.loadString(MINIMAL, "c.yaml").orElseThrow();
    Catalogue b = TOM.load(Files.newInputStream(file), "c.yaml").orElseThrow();
    Catalogue c = TOM.load(file, "c.yaml").orElseThrow();
    assertEquals(a, b);
    assertEquals(a, c);
    assertEquals(file.toString(), TOM.load(file).orElseThrow().source());
  }

  @Test
  void orElseThrowListsTheErrors() {
    LoadResult r = TOM.loadString("tom: 1\n", "x.yaml");
    CatalogueException e = assertThrows(CatalogueException.class, r::orElseThrow);
    assertTrue(
        e.getMessage().startsWith("3 errors in catalogue:\nx.yaml:1:1: error: SCHEMA-003"),
        e.getMessage());
    assertEquals(r.diagnostics(), e.diagnostics());
  }

  @Test
  void modelIsImmutable() {
    Catalogue c = TOM.loadString(MINIMAL, "c.yaml").orElseThrow();
    assertThrows(UnsupportedOperationException.class, () -> c.measures().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.document().languages().add("fr"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> c.measures().get(0).text().values().put("fr", "x"));
    assertThrows(UnsupportedOperationException.class, () -> c.layout().sections().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> TOM.loadString("", "e").diagnostics().clear());
  }

  @Test
  void renderRejectsALanguageTheCatalogueDoesNotHave() {
    Catalogue c = TOM.loadString(MINIMAL, "c.yaml").orElseThrow();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TOM.render(c, Format.HTML, "fr"));
    assertEquals("language 'fr' is not one of the catalogue's languages [de, en]", e.getMessage());
  }

  @Test
  void renderAllNamesFilesByFormatAndLanguageInAStableOrder() {
    Catalogue c = TOM.loadString(MINIMAL, "c.yaml").orElseThrow();
    List<String> names =
        TOM.renderAll(c, EnumSet.allOf(Format.class), List.of()).stream()
            .map(RenderedFile::fileName)
            .toList();
    assertEquals(
        List.of(
            "annex-de.md",
            "annex-en.md",
            "annex-de.html",
            "annex-en.html",
            "annex.json",
            "subprocessors-de.md",
            "subprocessors-en.md",
            "subprocessors-de.html",
            "subprocessors-en.html",
            "subprocessors.json"),
        names);
    assertEquals(
        List.of("annex-en.html", "subprocessors-en.html"),
        TOM.renderAll(c, Set.of(Format.HTML), List.of("en")).stream()
            .map(RenderedFile::fileName)
            .toList());
  }

  @Test
  void formatsAreFoundByExtensionOrName() {
    assertEquals(Format.MARKDOWN, Format.byName("md").orElseThrow());
    assertEquals(Format.MARKDOWN, Format.byName(" Markdown ").orElseThrow());
    assertEquals(Format.HTML, Format.byName("HTML").orElseThrow());
    assertTrue(Format.byName("docx").isEmpty());
  }

  @Test
  void oneEngineServesSixteenThreadsWithTheSameOutputAsOne() throws Exception {
    List<Path> catalogues =
        List.of(
            golden("de-classic-bilingual"),
            golden("eu-scc-annex-ii"),
            golden("gdpr-art32"),
            golden("custom-layout"));
    List<String> sequential = new ArrayList<>();
    for (Path p : catalogues) {
      sequential.add(renderEverything(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        Path p = catalogues.get(i % catalogues.size());
        futures.add(pool.submit(() -> renderEverything(p)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % catalogues.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String renderEverything(Path p) {
    Catalogue c = TOM.load(p, "catalogue.yaml").orElseThrow();
    StringBuilder sb = new StringBuilder();
    for (RenderedFile f : TOM.renderAll(c, EnumSet.allOf(Format.class), List.of())) {
      sb.append(f.fileName())
          .append('\n')
          .append(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return sb.toString();
  }
}
