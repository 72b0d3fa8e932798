package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue in the README's "A catalogue" section is what a new user copies first: it loads,
 * renders, and passes every rule without a warning, as of the day the README says.
 */
class ReadmeExampleTest {
  /** The day the README says its example is checked on. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  static String example() throws IOException {
    Path readme = GoldenFiles.root().resolve("../../../../README.md").normalize();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int section = text.indexOf("## A catalogue");
    assertTrue(section >= 0, "the README has its 'A catalogue' section");
    int start = text.indexOf("```yaml\n", section) + "```yaml\n".length();
    int end = text.indexOf("```", start);
    assertTrue(
        text.indexOf("as of\n2026-12-01", end) > 0 || text.indexOf("as of 2026-12-01", end) > 0,
        "the README names the day the example is checked on");
    return text.substring(start, end);
  }

  @Test
  void theReadmeExamplePassesWithoutAWarning() throws IOException {
    Tom tom = Tom.builder().clock(DiagnosticFixturesTest.clockAt(DAY)).build();
    LoadResult r = tom.loadString(example(), "README.md");
    List<String> findings =
        r.diagnostics().stream()
            .filter(d -> d.severity() != Severity.INFO)
            .map(Diagnostic::format)
            .collect(Collectors.toList());
    assertEquals(List.of(), findings);
    Catalogue c = r.catalogue().orElseThrow();
    for (Format f : Format.values()) {
      assertTrue(!tom.render(c, f, "de").isBlank());
    }
  }
}
