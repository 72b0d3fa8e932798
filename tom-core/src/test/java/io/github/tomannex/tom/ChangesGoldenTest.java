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
 * Golden files for change notices: each folder under {@code changes/} has a {@code
 * baseline.yaml} and a {@code current.yaml}, and the expected {@code changes-<lang>.md},
 * {@code .html}, {@code events-<lang>.txt}, the diff as {@code changes.json} and the guard's
 * {@code diagnostics.txt}. The baseline is also read back from its JSON export, which must give
 * the same notice. Regenerate with {@code ./mvnw -pl tom-core test -Dtom.updateGolden=true}.
 */
class ChangesGoldenTest {
  private static final Tom TOM = Tom.builder().build();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GoldenFiles.root().resolve("changes"))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  static Catalogue load(Path file) throws IOException {
    Tom tom = Tom.builder()
        .clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.effective(file)))
        .build();
    LoadResult result;
    try (var in = Files.newInputStream(file)) {
      result = tom.load(in, file.getFileName().toString());
    }
    assertFalse(result.hasErrors(), () -> file + ": " + result.diagnostics());
    return result.orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void noticesAsTheGoldenFiles(String name) throws IOException {
    Path dir = GoldenFiles.root().resolve("changes").resolve(name);
    Catalogue baseline = load(dir.resolve("baseline.yaml"));
    Catalogue current = load(dir.resolve("current.yaml"));
    CatalogueDiff diff = TOM.diff(baseline, current);
    StringBuilder diags = new StringBuilder();
    diff.diagnostics().forEach(d -> diags.append(d.format()).append('\n'));
    GoldenFiles.check(dir.resolve("diagnostics.txt"), diags.toString());
    // every format tom-core registers that renders notices: a new one needs its golden files
    List<OutputFormat> formats = OutputFormats.available(ChangesGoldenTest.class.getClassLoader());
    List<RenderedFile> files =
        TOM.renderAllChanges(diff, formats, List.of(), RenderOptions.defaults());
    int languages = current.document().languages().size();
    assertEquals(formats.stream().filter(OutputFormat::rendersChanges)
        .mapToInt(f -> f.perLanguage() ? languages : 1).sum(), files.size());
    for (RenderedFile f : files) {
      assertEquals(RenderedFile.Kind.CHANGES, f.kind(), f.fileName());
      String out = new String(f.bytes(), StandardCharsets.UTF_8);
      GoldenFiles.check(dir.resolve(f.fileName()), out);
      assertTrue(out.endsWith("\n"));
      assertFalse(out.contains("\r"));
    }
    for (String lang : current.document().languages()) {
      EventRecorder events = new EventRecorder();
      TOM.renderChanges(diff, lang, events);
      GoldenFiles.check(dir.resolve("events-" + lang + ".txt"), events.result());
    }
    // the same baseline read back from its JSON export gives the same diff
    String export = TOM.render(baseline, Format.JSON, baseline.document().bindingLanguage());
    LoadResult fromExport = Tom.builder().build().loadString(export, "baseline.json");
    assertFalse(fromExport.hasErrors(), () -> fromExport.diagnostics().toString());
    CatalogueDiff again = TOM.diff(fromExport.orElseThrow(), current);
    for (String lang : current.document().languages()) {
      assertEquals(TOM.renderChanges(diff, Format.MARKDOWN, lang),
          TOM.renderChanges(again, Format.MARKDOWN, lang));
    }
    assertEquals(TOM.renderChanges(diff, Format.JSON, "de"),
        TOM.renderChanges(again, Format.JSON, "de"));
  }
}
