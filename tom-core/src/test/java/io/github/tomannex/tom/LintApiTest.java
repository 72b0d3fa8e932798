package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lint rules through the API: the clock, per-rule levels and their precedence. */
class LintApiTest {
  private static String fixture(String name) throws IOException {
    return Files.readString(GoldenFiles.root().resolve("diagnostics").resolve(name + ".yaml"));
  }

  private static Tom at(LocalDate day, Tom.Builder b) {
    return b.clock(DiagnosticFixturesTest.clockAt(day)).build();
  }

  private static Optional<Diagnostic> find(LoadResult r, String rule) {
    return r.diagnostics().stream().filter(d -> d.rule().equals(rule)).findFirst();
  }

  @Test
  void theClockDecidesWhatIsOverdue() throws IOException {
    String yaml = fixture("rev-001-review-overdue"); // next review due 2026-01-10
    LoadResult before = at(LocalDate.of(2026, 1, 10), Tom.builder()).loadString(yaml, "c.yaml");
    LoadResult after = at(LocalDate.of(2026, 1, 11), Tom.builder()).loadString(yaml, "c.yaml");
    assertTrue(find(before, "REV-001").isEmpty(), before.diagnostics().toString());
    assertEquals(Severity.ERROR, find(after, "REV-001").orElseThrow().severity());
    assertTrue(after.catalogue().isEmpty(), "a lint error stops rendering like any error");
  }

  @Test
  void theBuilderOverridesTheCatalogueWhichOverridesTheDefault() throws IOException {
    // the fixture sets REV-001: warning, SPEC-002: off, SPEC-005: error
    String yaml = fixture("lint-catalogue-severities");
    LocalDate day = DiagnosticFixturesTest.TODAY;
    LoadResult catalogue = at(day, Tom.builder()).loadString(yaml, "c.yaml");
    assertEquals(Severity.WARNING, find(catalogue, "REV-001").orElseThrow().severity());
    assertTrue(find(catalogue, "SPEC-002").isEmpty());
    assertEquals(Severity.ERROR, find(catalogue, "SPEC-005").orElseThrow().severity());

    LoadResult builder =
        at(
                day,
                Tom.builder()
                    .ruleSeverity("REV-001", RuleLevel.OFF)
                    .ruleSeverity("SPEC-002", RuleLevel.INFO)
                    .ruleSeverity("SPEC-005", RuleLevel.INFO))
            .loadString(yaml, "c.yaml");
    assertTrue(find(builder, "REV-001").isEmpty());
    assertEquals(Severity.INFO, find(builder, "SPEC-002").orElseThrow().severity());
    assertEquals(Severity.INFO, find(builder, "SPEC-005").orElseThrow().severity());
    assertFalse(builder.hasErrors());
  }

  @Test
  void cov007IsConfigurableToo() throws IOException {
    String yaml = fixture("cov-007-unplaced-category");
    LoadResult r =
        at(DiagnosticFixturesTest.TODAY, Tom.builder().ruleSeverity("COV-007", RuleLevel.OFF))
            .loadString(yaml, "c.yaml");
    // the fixture promises none of the processor's duties (DUTY-002 to DUTY-005), which is not
    // what this test is about
    assertEquals(
        List.of(), r.diagnostics().stream().filter(d -> !d.rule().startsWith("DUTY-")).toList());
  }

  @Test
  void unknownAndStructuralRulesAreRefused() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> Tom.builder().ruleSeverity("SPEC-02", RuleLevel.OFF));
    assertTrue(unknown.getMessage().contains("did you mean 'SPEC-002'?"), unknown.getMessage());
    IllegalArgumentException structural =
        assertThrows(
            IllegalArgumentException.class,
            () -> Tom.builder().ruleSeverity("SCHEMA-001", RuleLevel.OFF));
    assertTrue(structural.getMessage().contains("structural"), structural.getMessage());
    assertThrows(NullPointerException.class, () -> Tom.builder().clock(null));
  }

  @Test
  void rulesAreListedWithTheirDocumentation() {
    Rule spec2 = Rule.find("SPEC-002").orElseThrow();
    assertTrue(spec2.configurable());
    assertEquals(Severity.WARNING, spec2.defaultSeverity());
    assertTrue(spec2.source().orElseThrow().contains("2021/915"));
    assertEquals(Rule.DOCS + "rules.md#spec-002", spec2.helpUri());
    Rule schema1 = Rule.find("SCHEMA-001").orElseThrow();
    assertFalse(schema1.configurable());
    assertEquals(Rule.DOCS + "diagnostics.md#structural-rules", schema1.helpUri());
    assertThrows(UnsupportedOperationException.class, () -> Rule.all().clear());
    assertEquals(Optional.of(RuleLevel.WARNING), RuleLevel.parse(" Warning "));
    assertEquals(Optional.empty(), RuleLevel.parse("fatal"));
    assertEquals(Optional.empty(), RuleLevel.OFF.severity());
  }

  @Test
  void theDefaultClockIsTheSystemsInUtc() throws IOException {
    // a review far in the past is overdue with the real date
    String yaml = fixture("rev-001-review-overdue");
    assertTrue(find(Tom.builder().build().loadString(yaml, "c.yaml"), "REV-001").isPresent());
  }

  @Test
  void everyLintFindingPointsIntoTheCatalogue() throws IOException {
    Path seed = GoldenFiles.root().resolve("../../../../tom-samples/src/tom/catalogue.yaml");
    LoadResult r = at(LocalDate.of(2026, 3, 1), Tom.builder()).load(seed, "catalogue.yaml");
    assertFalse(r.diagnostics().isEmpty());
    for (Diagnostic d : r.diagnostics()) {
      assertEquals("catalogue.yaml", d.location().source(), d.format());
      assertTrue(d.message().equals(d.message().strip()), d.format());
      assertTrue(Character.isLowerCase(d.message().charAt(0)), "lower-case: " + d.format());
    }
  }
}
