package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed, hostile and very large inputs, all built in code. Every case checks that no exception
 * escapes {@code Tom.load*}, that the expected rule reports an error at a sane position and that no
 * catalogue comes back. The 10 s timeout around each load is a guard against hangs, not a
 * performance test.
 */
class HostileInputTest {
  // generous: a build machine shared with other builds loads 50,000 measures in 10 s or more
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final String SOURCE = "hostile.yaml";

  /** A valid catalogue without its measures; lines 1 to 11. */
  private static final String HEAD =
      "tom: 1\n"
          + "document:\n"
          + "  title: \"TOM\"\n"
          + "  version: \"1\"\n"
          + "  effective: 2025-01-15\n"
          + "  languages: [en]\n"
          + "  processor:\n"
          + "    name: Example Ltd\n"
          + "review:\n"
          + "  interval: P1Y\n"
          + "  last: 2025-01-10\n";

  /** A valid catalogue; lines 1 to 15. */
  private static final String VALID =
      HEAD
          + "measures:\n"
          + "  - id: enc-tls\n"
          + "    category: encryption\n"
          + "    text: \"TLS.\"\n";

  /** The loader alone: these tests are about structure, so the lint rules are off. */
  private static final Tom TOM = structuralOnly(Tom.builder()).build();

  /** With the lint rules, as of a day after HEAD's review: as robust and fast as the loader. */
  private static final Tom LINTED =
      Tom.builder()
          .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2025, 2, 1)))
          .build();

  static Tom.Builder structuralOnly(Tom.Builder b) {
    for (Rule r : Rule.all()) {
      if (r.configurable()) {
        b.ruleSeverity(r.id(), RuleLevel.OFF);
      }
    }
    return b;
  }

  // --- helpers -------------------------------------------------------------------------------

  private static LoadResult guarded(Supplier<LoadResult> load) {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> assertDoesNotThrow(load::get, "an exception escaped Tom.load"));
  }

  private static LoadResult loadBytes(byte[] bytes) {
    return guarded(() -> TOM.load(new ByteArrayInputStream(bytes), SOURCE));
  }

  private static LoadResult loadText(String text) {
    return guarded(() -> TOM.loadString(text, SOURCE));
  }

  private static String dump(LoadResult r) {
    return r.diagnostics().stream()
        .limit(20)
        .map(Diagnostic::format)
        .collect(Collectors.joining("\n", "\n", r.diagnostics().size() > 20 ? "\n…" : ""));
  }

  private static List<Diagnostic> errors(LoadResult r, String rule) {
    return r.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR && d.rule().equals(rule))
        .collect(Collectors.toList());
  }

  /** The first error of {@code rule}; fails when there is none or a catalogue came back. */
  private static Diagnostic firstError(LoadResult r, String rule) {
    assertTrue(r.catalogue().isEmpty(), "a catalogue came back despite errors:" + dump(r));
    List<Diagnostic> found = errors(r, rule);
    if (found.isEmpty()) {
      fail("expected an error " + rule + ", got:" + dump(r));
    }
    return found.get(0);
  }

  /** Asserts the first error of {@code rule} is at {@code line:column} of {@link #SOURCE}. */
  private static Diagnostic assertErrorAt(LoadResult r, String rule, int line, int column) {
    Diagnostic d = firstError(r, rule);
    assertEquals(new Location(SOURCE, line, column), d.location(), d.format());
    return d;
  }

  /** Every diagnostic lies inside the input. */
  private static void assertSaneLocations(LoadResult r, String source, String text) {
    long lines = text.isEmpty() ? 1 : text.lines().count() + 1;
    for (Diagnostic d : r.diagnostics()) {
      assertEquals(source, d.location().source(), d.format());
      assertTrue(d.location().line() >= 1 && d.location().line() <= lines, d.format());
      assertTrue(d.location().column() >= 1, d.format());
      assertFalse(d.message().isBlank(), d.format());
    }
  }

  // --- alias bombs and nesting ---------------------------------------------------------------

  @Test
  void billionLaughsAliasBombIsRefusedWithoutExpansion() {
    StringBuilder yaml = new StringBuilder("tom: 1\nbomb:\n");
    yaml.append("  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("  l").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j > 0 ? ", " : "").append("*l").append(i - 1);
      }
      yaml.append("]\n");
    }
    LoadResult r = loadText(yaml.toString());
    Diagnostic first = assertErrorAt(r, "YAML-002", 3, 7);
    assertTrue(first.message().contains("&l0"), first.format());
    assertTrue(first.hint().isPresent(), first.format());
    // 10 anchors and 81 aliases, each reported once at its own position, none expanded
    assertEquals(91, errors(r, "YAML-002").size(), dump(r));
    assertTrue(r.diagnostics().size() < 200, "diagnostics multiplied: " + r.diagnostics().size());
    assertSaneLocations(r, SOURCE, yaml.toString());
  }

  @Test
  void flowSequencesNestedTenThousandDeep() {
    String yaml = "[".repeat(10_000) + "]".repeat(10_000);
    LoadResult r = loadText(yaml);
    firstError(r, "YAML-003");
    // the 65th '[' is the first one too deep
    assertTrue(
        errors(r, "YAML-003").stream()
            .anyMatch(d -> d.location().equals(new Location(SOURCE, 1, 65))),
        dump(r));
    assertSaneLocations(r, SOURCE, yaml);
  }

  @Test
  void flowMappingsNestedTenThousandDeep() {
    String yaml = "{a: ".repeat(10_000) + "1" + "}".repeat(10_000);
    LoadResult r = loadText(yaml);
    firstError(r, "YAML-003");
    assertSaneLocations(r, SOURCE, yaml);
  }

  @Test
  void blockMappingsNestedTenThousandDeep() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      yaml.append(" ".repeat(i)).append("a:\n");
    }
    yaml.append(" ".repeat(10_000)).append("b: 1\n");
    String text = yaml.toString();
    LoadResult r = loadText(text);
    firstError(r, "YAML-003");
    // the mapping at line 65, column 65 is the first one too deep
    assertTrue(
        errors(r, "YAML-003").stream()
            .anyMatch(d -> d.location().equals(new Location(SOURCE, 65, 65))),
        dump(r));
    assertSaneLocations(r, SOURCE, text);
  }

  @Test
  void blockSequencesNestedTenThousandDeepOnOneLine() {
    String yaml = "- ".repeat(10_000) + "x\n";
    LoadResult r = loadText(yaml);
    firstError(r, "YAML-003");
    assertSaneLocations(r, SOURCE, yaml);
  }

  // --- size limit ----------------------------------------------------------------------------

  private static final Tom SMALL = structuralOnly(Tom.builder()).maxInputBytes(1024).build();

  private static String overLimit() {
    StringBuilder yaml = new StringBuilder(HEAD).append("measures:\n");
    for (int i = 0; yaml.length() <= 2048; i++) {
      yaml.append("  - id: m").append(i).append("\n    category: encryption\n    text: \"M.\"\n");
    }
    return yaml.toString();
  }

  @Test
  void fileOverTheLimitFromAPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, overLimit(), StandardCharsets.UTF_8);
    long size = Files.size(file);
    LoadResult r = guarded(() -> SMALL.load(file));
    Diagnostic d = firstError(r, "FILE-002");
    assertEquals(Location.startOf(file.toString()), d.location());
    assertTrue(d.message().contains(size + " bytes"), d.format());
    assertTrue(d.message().contains("1024"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void fileOverTheLimitFromAStream() {
    byte[] bytes = overLimit().getBytes(StandardCharsets.UTF_8);
    LoadResult r = guarded(() -> SMALL.load(new ByteArrayInputStream(bytes), SOURCE));
    Diagnostic d = assertErrorAt(r, "FILE-002", 1, 1);
    assertTrue(d.message().contains("1024"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void fileOverTheLimitFromAString() {
    String text = overLimit();
    LoadResult r = guarded(() -> SMALL.loadString(text, SOURCE));
    Diagnostic d = assertErrorAt(r, "FILE-002", 1, 1);
    assertTrue(d.message().contains("1024"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void fileJustUnderTheLimitLoads() {
    String text = VALID;
    assertTrue(text.length() < 1024);
    LoadResult r = guarded(() -> SMALL.loadString(text, SOURCE));
    assertTrue(r.catalogue().isPresent(), dump(r));
  }

  // --- encodings -----------------------------------------------------------------------------

  @Test
  void invalidUtf8InTheMiddleOfLineThree() {
    byte[] before = "tom: 1\ndocument:\n  title: \"äb".getBytes(StandardCharsets.UTF_8); // 30 bytes
    byte[] after = "cd\"\n  version: \"1\"\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, bytes, 0, before.length);
    bytes[before.length] = (byte) 0xFF;
    System.arraycopy(after, 0, bytes, before.length + 1, after.length);
    LoadResult r = loadBytes(bytes);
    // `  title: "äb` is 12 characters (ä is one character, two bytes): the bad byte is column 13
    Diagnostic d = assertErrorAt(r, "FILE-003", 3, 13);
    assertTrue(d.message().contains("0xFF"), d.format());
    assertTrue(d.message().contains("offset 30"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void invalidUtf8AfterAByteOrderMarkKeepsColumns() {
    byte[] before = "\uFEFFtom: 1\n  title: ä".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[before.length + 2];
    System.arraycopy(before, 0, bytes, 0, before.length);
    bytes[before.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
    bytes[before.length + 1] = (byte) 0x41;
    LoadResult r = loadBytes(bytes);
    assertErrorAt(r, "FILE-003", 2, 11);
  }

  @Test
  void utf16BigEndianWithByteOrderMark() {
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_16); // big-endian with BOM
    LoadResult r = loadBytes(bytes);
    Diagnostic d = assertErrorAt(r, "FILE-003", 1, 1);
    assertTrue(d.message().contains("utf-16"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    byte[] bytes = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_16LE);
    LoadResult r = loadBytes(bytes);
    assertErrorAt(r, "FILE-003", 1, 1);
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void utf8ByteOrderMarkBeforeAValidCatalogueLoads() {
    byte[] bytes = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
    LoadResult r = loadBytes(bytes);
    assertTrue(r.catalogue().isPresent(), dump(r));
    assertEquals(0, r.count(Severity.ERROR), dump(r));
    assertEquals(0, r.count(Severity.WARNING), dump(r));
    assertEquals(1, r.diagnostics().size(), dump(r));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Severity.INFO, d.severity());
    assertEquals("FILE-005", d.rule());
    assertEquals(new Location(SOURCE, 1, 1), d.location());
  }

  @Test
  void utf8ByteOrderMarkDoesNotShiftColumns() {
    byte[] bytes = ("\uFEFF" + VALID.replace("tom: 1", "tom: 2")).getBytes(StandardCharsets.UTF_8);
    LoadResult r = loadBytes(bytes);
    assertErrorAt(r, "SCHEMA-008", 1, 6);
  }

  // --- YAML shape ----------------------------------------------------------------------------

  @Test
  void tabIndentation() {
    String yaml = VALID.replace("    name: Example Ltd", "\tname: Example Ltd");
    LoadResult r = loadText(yaml);
    Diagnostic d = assertErrorAt(r, "YAML-004", 8, 1);
    assertTrue(d.hint().isPresent(), d.format());
  }

  @Test
  void emptyBytes() {
    LoadResult r = loadBytes(new byte[0]);
    assertErrorAt(r, "FILE-004", 1, 1);
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void emptyString() {
    LoadResult r = loadText("");
    assertErrorAt(r, "FILE-004", 1, 1);
  }

  @Test
  void whitespaceOnly() {
    LoadResult r = loadText("   \n\n      \r\n  \n");
    assertErrorAt(r, "FILE-004", 1, 1);
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void byteOrderMarkOnly() {
    LoadResult r = loadBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertErrorAt(r, "FILE-004", 1, 1);
  }

  @Test
  void topLevelList() {
    LoadResult r = loadText("- tom: 1\n- document: {}\n");
    Diagnostic d = assertErrorAt(r, "SCHEMA-002", 1, 1);
    assertTrue(d.message().contains("a list"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void topLevelScalar() {
    LoadResult r = loadText("just a sentence\n");
    Diagnostic d = assertErrorAt(r, "SCHEMA-002", 1, 1);
    assertTrue(d.message().contains("a string"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void topLevelNumber() {
    LoadResult r = loadText("42\n");
    Diagnostic d = assertErrorAt(r, "SCHEMA-002", 1, 1);
    assertTrue(d.message().contains("42"), d.format());
  }

  // --- files ---------------------------------------------------------------------------------

  @Test
  void missingFile(@TempDir Path dir) {
    Path file = dir.resolve("does-not-exist.yaml");
    LoadResult r = guarded(() -> TOM.load(file));
    Diagnostic d = firstError(r, "FILE-001");
    assertEquals(Location.startOf(file.toString()), d.location());
    assertTrue(d.message().contains("does not exist"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void directoryInsteadOfAFile(@TempDir Path dir) {
    LoadResult r = guarded(() -> TOM.load(dir));
    Diagnostic d = firstError(r, "FILE-001");
    assertEquals(Location.startOf(dir.toString()), d.location());
    assertTrue(d.message().contains("directory"), d.format());
    assertEquals(1, r.diagnostics().size(), dump(r));
  }

  @Test
  void validFileFromAPathUsesThePathAsSource(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalogue.yaml");
    Files.writeString(file, VALID.replace("tom: 1", "tom: 3"), StandardCharsets.UTF_8);
    LoadResult r = guarded(() -> TOM.load(file));
    Diagnostic d = firstError(r, "SCHEMA-008");
    assertEquals(new Location(file.toString(), 1, 6), d.location());
  }

  // --- control characters --------------------------------------------------------------------

  @Test
  void rawNulByteInsideAValue() {
    String yaml = VALID.replace("text: \"TLS.\"", "text: \"TL\u0000S.\"");
    LoadResult r = loadText(yaml);
    Diagnostic d = assertErrorAt(r, "YAML-007", 15, 14);
    assertTrue(d.message().contains("U+0000"), d.format());
    assertSaneLocations(r, SOURCE, yaml);
  }

  @Test
  void rawNulByteInsideAPlainValue() {
    String yaml = VALID.replace("text: \"TLS.\"", "text: TL\u0000S.");
    LoadResult r = loadText(yaml);
    assertErrorAt(r, "YAML-007", 15, 13);
    assertSaneLocations(r, SOURCE, yaml);
  }

  @Test
  void otherRawControlCharactersInsideAValue() {
    for (char c : new char[] {'\u0001', '\u0007', '\u001b', '\u007f', '\u009b'}) {
      String yaml = VALID.replace("name: Example Ltd", "name: Example" + c + " Ltd");
      LoadResult r = loadText(yaml);
      Diagnostic d = firstError(r, "YAML-007");
      assertEquals(
          yaml.substring(0, yaml.indexOf(c)).split("\n", -1).length,
          d.location().line(),
          d.format());
      assertTrue(d.message().contains(String.format("U+%04X", (int) c)), d.format());
      assertSaneLocations(r, SOURCE, yaml);
    }
  }

  @Test
  void escapedControlCharactersInADoubleQuotedValueDoNotBreakLoading() {
    // "\0", "\a" and "\e" are legal YAML escapes, but no annex text needs them
    String yaml = VALID.replace("text: \"TLS.\"", "text: \"TL\\0S\\a\\e.\"");
    LoadResult r = loadText(yaml);
    assertSaneLocations(r, SOURCE, yaml);
    Diagnostic d = firstError(r, "SCHEMA-010");
    assertTrue(d.message().contains("U+0000"), d.format());
  }

  @Test
  void lineBreaksThatOnlyYamlSeesAreRefusedWhereTheyStand() {
    // SnakeYAML (YAML 1.1) breaks lines at U+0085, U+2028 and U+2029, editors and tom's own
    // positions do not: refused at the character, before the parser sees it
    for (char c : new char[] {'\u0085', '\u2028', '\u2029'}) {
      String yaml = VALID.replace("text: \"TLS.\"", "text: TL" + c + "S.");
      LoadResult r = loadText(yaml);
      assertSaneLocations(r, SOURCE, yaml);
      Diagnostic d = assertErrorAt(r, "YAML-007", 15, 13);
      assertTrue(d.message().contains(String.format("U+%04X", (int) c)), d.format());
      assertTrue(d.message().contains("line break"), d.format());
    }
  }

  @Test
  void aKeyHiddenAfterALineBreakInACommentDoesNotSwitchARuleOff() {
    // looks like one comment line; to YAML the text after U+0085 is a key
    String yaml = VALID + "# rules\u0085lint: {SPEC-002: off}\n";
    LoadResult r = LINTED.loadString(yaml, SOURCE);
    Diagnostic d = assertErrorAt(r, "YAML-007", 16, 8);
    assertTrue(d.message().contains("U+0085"), d.format());
  }

  // --- size and repetition -------------------------------------------------------------------

  @Test
  void extremelyLongSingleLineIsRefusedBeforeParsing() {
    // SnakeYAML's scanner is superlinear in the length of one line (1 MB ~1.6 s, 10 MB
    // ~27 s), so lines are capped at 65,536 characters before the parser sees them.
    String big = "x".repeat(5_000_000);
    String yaml = VALID.replace("text: \"TLS.\"", "text: \"" + big + "\"");
    LoadResult r = loadText(yaml);
    assertSaneLocations(r, SOURCE, yaml);
    Diagnostic d = assertErrorAt(r, "FILE-006", 15, 65_537);
    assertTrue(d.message().contains("line 15 has 5000012 characters"), d.format());
  }

  @Test
  void longTextOverManyLinesLoads() {
    // the same 5 MB of text as a folded block scalar loads, and fast
    StringBuilder block = new StringBuilder(">-\n");
    for (int i = 0; i < 62_500; i++) {
      block.append("      ").append("x".repeat(79)).append(" \n");
    }
    String yaml = VALID.replace("text: \"TLS.\"\n", "text: " + block);
    LoadResult r = loadText(yaml);
    assertTrue(r.catalogue().isPresent(), dump(r));
    LoadResult linted = guarded(() -> LINTED.loadString(yaml, SOURCE));
    assertEquals(0, linted.count(Severity.ERROR), dump(linted));
    String text = r.catalogue().get().measures().get(0).text().in("en").orElseThrow();
    assertTrue(text.length() > 5_000_000 && text.startsWith("xxx"), "" + text.length());
  }

  @Test
  void extremelyLongSingleLineAsAPlainKey() {
    String yaml = VALID + "k".repeat(1_000_000) + ": 1\n";
    LoadResult r = loadText(yaml);
    assertErrorAt(r, "FILE-006", 16, 65_537);
    assertSaneLocations(r, SOURCE, yaml);
  }

  @Test
  void longUnknownKeyIsQuotedWithoutASuggestionSearch() {
    String yaml = VALID + "k".repeat(1_000) + ": 1\n";
    LoadResult r = loadText(yaml);
    Diagnostic d = assertErrorAt(r, "SCHEMA-001", 16, 1);
    assertTrue(d.hint().isEmpty(), d.format());
  }

  @Test
  void keyRepeatedTenThousandTimesListsTheFirstThousand() {
    StringBuilder yaml =
        new StringBuilder(HEAD).append("measures:\n  - id: enc-tls\n    category: encryption\n");
    for (int i = 0; i < 10_000; i++) {
      yaml.append("    text: \"t").append(i).append("\"\n");
    }
    LoadResult r = loadText(yaml.toString());
    Diagnostic first = assertErrorAt(r, "YAML-005", 16, 5);
    assertTrue(first.message().contains("'text'"), first.format());
    assertTrue(first.message().contains("line 15, column 5"), first.format());
    // the first 1,000 are listed, the rest counted in one LIMIT-001 at the last of them
    List<Diagnostic> dups = errors(r, "YAML-005");
    assertEquals(1_000, dups.size());
    Diagnostic limit = r.diagnostics().get(r.diagnostics().size() - 1);
    assertEquals("LIMIT-001", limit.rule(), limit.format());
    assertEquals(new Location(SOURCE, 15 + 9_999, 5), limit.location());
    assertTrue(limit.message().startsWith("8999 more problems"), limit.format());
    assertEquals(1_001, r.diagnostics().size(), "only duplicate keys are wrong");
  }

  @Test
  void fiftyThousandMeasuresLoad() {
    StringBuilder yaml = new StringBuilder(HEAD).append("measures:\n");
    for (int i = 0; i < 50_000; i++) {
      yaml.append("  - id: m")
          .append(i)
          .append("\n    category: encryption\n    text: \"Measure ")
          .append(i)
          .append(".\"\n");
    }
    LoadResult r = loadText(yaml.toString());
    assertEquals(0, r.count(Severity.ERROR), dump(r));
    assertEquals(0, r.count(Severity.WARNING), dump(r));
    assertTrue(r.catalogue().isPresent(), dump(r));
    assertEquals(50_000, r.catalogue().get().measures().size());
    // the lint rules too: 50,000 findings of SPEC-004 are capped like any others (LIMIT-001)
    LoadResult linted = guarded(() -> LINTED.loadString(yaml.toString(), SOURCE));
    assertEquals(0, linted.count(Severity.ERROR), dump(linted));
    assertEquals(1_001, linted.diagnostics().size(), dump(linted));
  }

  @Test
  void loneCarriageReturnsCountAsLineBreaksInPositions() {
    String yaml = VALID.replace("\n", "\r").replace("text: \"TLS.\"", "text: \"TL\u0007S.\"");
    LoadResult r = loadText(yaml);
    assertErrorAt(r, "YAML-007", 15, 14);
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() {
    String yaml = VALID.replace("text: \"TLS.\"", "text: \"\uD83D\uDD12\uD83D\uDD12\u0007\"");
    LoadResult r = loadText(yaml);
    assertErrorAt(r, "YAML-007", 15, 14);
  }

  @Test
  void aDeviceIsNotReadAsACatalogue() {
    Path dev = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev), "no /dev/zero here");
    LoadResult r = guarded(() -> TOM.load(dev));
    Diagnostic d = firstError(r, "FILE-001");
    assertTrue(d.message().contains("not a regular file"), d.format());
  }

  @Test
  void thousandsOfUnresolvedReferencesStayFast() {
    StringBuilder yaml = new StringBuilder(HEAD).append("certificates:\n");
    for (int i = 0; i < 600; i++) {
      yaml.append("  - {id: cert-").append(i).append(", title: C, standard: S}\n");
    }
    yaml.append("measures:\n");
    for (int i = 0; i < 3_000; i++) {
      yaml.append("  - {id: m-")
          .append(i)
          .append(", category: encryption, text: T,")
          .append(" certificates: [cert-x")
          .append(i)
          .append("]}\n");
    }
    LoadResult r = loadText(yaml.toString());
    assertEquals(1_001, r.diagnostics().size(), "1,000 listed and one LIMIT-001");
    assertEquals("REF-002", r.diagnostics().get(0).rule());
  }
}
