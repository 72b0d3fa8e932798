package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.internal.rules.RuleTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests for diagnostics: every {@code diagnostics/<name>.yaml} under the test resources is
 * loaded and its diagnostics, one {@link Diagnostic#format()} line each, in the order of {@link
 * LoadResult#diagnostics()}, are compared with {@code diagnostics/<name>.expected}.
 *
 * <p>To (re)generate the expected files after a deliberate change of messages or positions:
 *
 * <pre>
 * ./mvnw -pl tom-core test -Dtom.updateGolden=true
 * </pre>
 *
 * then review the diff of the {@code .expected} files line by line before committing them.
 *
 * <p>Fixtures named {@code *-ok.yaml} must produce no errors; all others must produce at least one
 * error or warning (or the info of the rule they are named after). Whenever there is an error, no
 * catalogue may be returned. A fixture whose name starts with the id of a lint rule ({@code
 * spec-002-…}) must report that rule, and its {@code -ok} counterpart must not; every lint rule has
 * both. Fixtures are checked as of {@link #TODAY}; those of structural rules with the lint rules
 * off, so that each shows its own rule's diagnostics, those named after a lint rule or {@code
 * lint-…} with them on. The fixtures under {@code valid/} are checked as of their effective date
 * and must load without errors and without warnings of structural rules.
 *
 * <p>Across all fixtures (with the change notices' and a few generated inputs), every rule of
 * {@code rules.yaml} that tom-core reports is reported, each with the severity the table gives it
 * ({@link #everyRuleOfTheTableIsReportedByAFixtureWithItsSeverity}).
 */
class DiagnosticFixturesTest {
  private static final boolean UPDATE = Boolean.getBoolean("tom.updateGolden");

  /** The day the diagnostics fixtures are checked on. */
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static final Pattern RULE_PREFIX = Pattern.compile("^([a-z]+)-(\\d{3})-.*");

  static Clock clockAt(LocalDate day) {
    return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /** The lint rule a fixture is named after, if any. */
  static Optional<String> lintRuleOf(String name) {
    Matcher m = RULE_PREFIX.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
    return Rule.find(id).filter(Rule::configurable).map(Rule::id);
  }

  /** The effective date written in a catalogue. */
  static LocalDate effective(Path yaml) throws IOException {
    Matcher m =
        Pattern.compile("(?m)^\\s+effective:\\s*(\\d{4}-\\d{2}-\\d{2})")
            .matcher(Files.readString(yaml, StandardCharsets.UTF_8));
    assertTrue(m.find(), yaml + " has no effective date");
    return LocalDate.parse(m.group(1));
  }

  private static Path resources() {
    String dir = System.getProperty("tom.sourceDir");
    return Path.of(dir == null || dir.isBlank() ? "src/test/resources" : dir);
  }

  private static Stream<String> yamlFiles(String sub) throws IOException {
    Path dir = resources().resolve(sub);
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .collect(Collectors.toList());
      assertTrue(!names.isEmpty(), "no fixtures in " + dir.toAbsolutePath());
      return names.stream();
    }
  }

  static Stream<String> fixtures() throws IOException {
    return yamlFiles("diagnostics");
  }

  static Stream<String> validFixtures() throws IOException {
    return yamlFiles("valid");
  }

  /** Whether a fixture is checked with the lint rules: those named after one, or lint-*. */
  static boolean linted(String name) {
    return lintRuleOf(name).isPresent() || name.startsWith("lint-");
  }

  private static LoadResult load(Path file, String name, LocalDate today, boolean lint) {
    Tom.Builder b = Tom.builder().clock(clockAt(today));
    if (!lint) {
      HostileInputTest.structuralOnly(b);
    }
    // by path: a fixture's includes and base are relative to it
    return b.build().load(file, name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void diagnosticsMatchGolden(String name) throws IOException {
    Path yaml = resources().resolve("diagnostics").resolve(name);
    Path expectedFile =
        yaml.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".expected");
    LoadResult result = load(yaml, name, TODAY, linted(name));

    String actual =
        result.diagnostics().stream().map(d -> d.format() + "\n").collect(Collectors.joining());
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    } else {
      assertTrue(
          Files.exists(expectedFile),
          expectedFile + " is missing; run with -Dtom.updateGolden=true to create it");
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "diagnostics of " + name);
    }

    Optional<String> named = lintRuleOf(name);
    boolean problems =
        result.count(Severity.ERROR) > 0
            || result.count(Severity.WARNING) > 0
            || (named.isPresent()
                && result.diagnostics().stream()
                    .anyMatch(d -> d.rule().equals(named.get()))); // an info rule's finding
    if (name.endsWith("-ok.yaml")) {
      assertTrue(result.count(Severity.ERROR) == 0, name + " should have no errors: " + actual);
    } else {
      assertTrue(problems, name + " should yield at least one error or warning: " + actual);
    }
    if (result.hasErrors()) {
      assertTrue(result.catalogue().isEmpty(), name + " has errors but returned a catalogue");
    } else {
      assertTrue(result.catalogue().isPresent(), name + " has no errors but no catalogue");
    }
    Optional<String> rule = lintRuleOf(name);
    if (rule.isPresent()) {
      boolean reported = result.diagnostics().stream().anyMatch(d -> d.rule().equals(rule.get()));
      if (name.endsWith("-ok.yaml")) {
        assertFalse(reported, name + " must not report " + rule.get() + ":\n" + actual);
      } else {
        assertTrue(reported, name + " must report " + rule.get() + ":\n" + actual);
      }
    }
  }

  @Test
  void everyLintRuleHasAFixtureThatTriggersItAndOneThatDoesNot() throws IOException {
    List<String> names = fixtures().toList();
    for (Rule r : Rule.all()) {
      if (!r.configurable()) {
        continue;
      }
      assertTrue(
          names.stream()
              .anyMatch(n -> lintRuleOf(n).equals(Optional.of(r.id())) && !n.endsWith("-ok.yaml")),
          "no fixture triggers " + r.id());
      assertTrue(
          names.stream()
              .anyMatch(n -> lintRuleOf(n).equals(Optional.of(r.id())) && n.endsWith("-ok.yaml")),
          "no -ok fixture for " + r.id());
    }
  }

  /**
   * Inputs no fixture file shows well: a path that is a directory, a file over the size limit,
   * bytes that are not UTF-8 (the other tests read every fixture as UTF-8), a line over the length
   * limit, more problems than are listed. Loaded with the lint rules off, like the fixtures of
   * structural rules.
   */
  static Map<String, LoadResult> generatedFixtures() {
    Map<String, LoadResult> out = new LinkedHashMap<>();
    Tom tom = HostileInputTest.structuralOnly(Tom.builder().clock(clockAt(TODAY))).build();
    out.put("a directory", tom.load(resources().resolve("diagnostics")));
    out.put(
        "a file over the size limit",
        HostileInputTest.structuralOnly(Tom.builder().maxInputBytes(1024))
            .build()
            .loadString("tom: 1\n#" + "x".repeat(2_000) + "\n", "big.yaml"));
    out.put(
        "ISO-8859-1 bytes",
        tom.load(
            new java.io.ByteArrayInputStream(
                "tom: 1\n# Stra\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1)),
            "latin-1.yaml"));
    out.put(
        "a line of 70,000 characters",
        tom.loadString("tom: 1\n# " + "x".repeat(70_000) + "\n", "long-line.yaml"));
    StringBuilder keys = new StringBuilder("tom: 1\n");
    for (int i = 0; i < 1_001; i++) {
      keys.append("unknown-").append(i).append(": 1\n");
    }
    out.put("1,001 unknown keys", tom.loadString(keys.toString(), "many.yaml"));
    return out;
  }

  /** The lint levels a fixture sets under {@code lint:}, read as YAML by Jackson. */
  private static Map<String, RuleLevel> lintLevels(Path yaml) {
    Map<String, RuleLevel> out = new LinkedHashMap<>();
    try {
      String text = Files.readString(yaml, StandardCharsets.UTF_8);
      if (!text.contains("\nlint:")) {
        return out;
      }
      com.fasterxml.jackson.databind.JsonNode lint =
          new com.fasterxml.jackson.databind.ObjectMapper(
                  new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
              .readTree(text)
              .path("lint");
      lint.fields()
          .forEachRemaining(
              e ->
                  (e.getValue().isBoolean()
                          ? Optional.of(RuleLevel.OFF)
                          : RuleLevel.parse(e.getValue().asText()))
                      .ifPresent(l -> out.put(e.getKey(), l)));
    } catch (IOException e) {
      // not readable as YAML, or no mapping: no level is set
    }
    return out;
  }

  /**
   * The rule table and what tom reports agree: every diagnostic of every fixture (the diagnostics
   * and valid fixtures, the change notices' guard, the generated inputs) has a rule of {@code
   * rules.yaml} and the severity the table gives it (for a lint rule, the level the fixture sets,
   * else its default); and every rule of the table that tom-core reports is reported by one of
   * them. PDF-001, reported by tom-pdf, is checked there (PdfTextTest).
   */
  @Test
  void everyRuleOfTheTableIsReportedByAFixtureWithItsSeverity() throws IOException {
    Map<String, String> firstSeen = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (String name : fixtures().toList()) {
      Path yaml = resources().resolve("diagnostics").resolve(name);
      agree(
          name,
          load(yaml, name, TODAY, linted(name)).diagnostics(),
          lintLevels(yaml),
          firstSeen,
          wrong);
    }
    for (String name : validFixtures().toList()) {
      Path yaml = resources().resolve("valid").resolve(name);
      agree(
          name,
          load(yaml, name, effective(yaml), true).diagnostics(),
          lintLevels(yaml),
          firstSeen,
          wrong);
    }
    for (String name : ChangesGoldenTest.cases().toList()) {
      Path dir = resources().resolve("changes").resolve(name);
      CatalogueDiff diff =
          Tom.builder()
              .build()
              .diff(
                  ChangesGoldenTest.load(dir.resolve("baseline.yaml")),
                  ChangesGoldenTest.load(dir.resolve("current.yaml")));
      agree("changes/" + name, diff.diagnostics(), Map.of(), firstSeen, wrong);
    }
    generatedFixtures()
        .forEach((name, r) -> agree(name, r.diagnostics(), Map.of(), firstSeen, wrong));
    assertEquals(List.of(), wrong, "diagnostics whose severity is not the table's");
    List<String> unreported =
        Rule.all().stream()
            .map(Rule::id)
            .filter(id -> RuleTable.standard().module(id).equals("tom-core"))
            .filter(id -> !firstSeen.containsKey(id))
            .toList();
    assertEquals(List.of(), unreported, "rules of rules.yaml that no fixture reports");
    assertTrue(firstSeen.size() > 70, "the fixtures report " + firstSeen.keySet());
  }

  /**
   * Checks that each diagnostic's rule is in the table with the severity it was reported with, and
   * notes the fixture that first reported each rule.
   */
  private static void agree(
      String fixture,
      List<Diagnostic> found,
      Map<String, RuleLevel> levels,
      Map<String, String> firstSeen,
      List<String> wrong) {
    for (Diagnostic d : found) {
      Optional<Rule> rule = Rule.find(d.rule());
      if (rule.isEmpty()) {
        wrong.add(fixture + ": " + d.rule() + " is not in rules.yaml");
        continue;
      }
      Severity expected =
          rule.get().configurable()
              ? levels
                  .getOrDefault(d.rule(), RuleLevel.of(rule.get().defaultSeverity()))
                  .severity()
                  .orElseThrow()
              : rule.get().defaultSeverity();
      if (d.severity() != expected) {
        wrong.add(fixture + ": " + d.format() + " (rules.yaml: " + expected.label() + ")");
      }
      firstSeen.putIfAbsent(d.rule(), fixture);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void validFixturesLoadCleanly(String name) throws IOException {
    Path yaml = resources().resolve("valid").resolve(name);
    LoadResult result = load(yaml, name, effective(yaml), true);
    String all =
        result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertEquals(0, result.count(Severity.ERROR), name + ":\n" + all);
    assertEquals(
        0,
        result.diagnostics().stream()
            .filter(d -> d.severity() == Severity.WARNING)
            .filter(d -> !Rule.find(d.rule()).orElseThrow().configurable())
            .count(),
        name + ":\n" + all);
    assertTrue(result.catalogue().isPresent(), name + " returned no catalogue");
  }
}
