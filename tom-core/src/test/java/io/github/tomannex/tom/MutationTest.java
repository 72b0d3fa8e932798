package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid catalogues at random and checks that only diagnostics come out: no exception, no
 * hang, every position inside the input, and a catalogue without errors renders in every format,
 * and its diff against the catalogue it came from gives a change notice. A fixed seed and 2,000
 * cases in the normal build; a longer run: {@code ./mvnw -pl tom-core test -Dtest=MutationTest
 * -Dtom.mutations=200000 -Dtom.seed=7}.
 */
class MutationTest {
  private static final Tom TOM = Tom.builder().maxInputBytes(4L * 1024 * 1024).build();
  private static final String[] JUNK = {
    "",
    "~",
    "null",
    "[]",
    "{}",
    "- x",
    ": :",
    "&a x",
    "*a",
    "!!binary eA==",
    "\"unclosed",
    "'",
    "|",
    ">-",
    "\t",
    "2025-02-30",
    "P0D",
    "-1",
    "1e309",
    "0x1F",
    "yes",
    "no",
    "ä€„“",
    "\u0000",
    "\u202Ejavascript:alert(1)",
    "<script>x</script>",
    "[x](javascript:y)",
    "# h",
    "{de: x}",
    "{fr: x}",
    "x".repeat(70_000),
    "[".repeat(200),
    "? [a]",
    "<<: *a"
  };

  static List<String> seeds() throws IOException {
    Path root = GoldenFiles.root();
    List<String> out = new ArrayList<>();
    try (Stream<Path> valid = Files.list(root.resolve("valid"));
        Stream<Path> golden = Files.walk(root.resolve("golden"))) {
      for (Path p :
          Stream.concat(valid, golden)
              .filter(p -> p.toString().endsWith(".yaml"))
              .sorted()
              .toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static String mutate(String yaml, Random r) {
    List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n && !lines.isEmpty(); k++) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      switch (r.nextInt(10)) {
        case 0 -> lines.remove(i); // drop a key or item
        case 1 -> lines.add(i, line); // duplicate it
        case 2 -> { // replace a value with junk
          int colon = line.indexOf(": ");
          String junk = JUNK[r.nextInt(JUNK.length)];
          lines.set(i, colon < 0 ? junk : line.substring(0, colon + 2) + junk);
        }
        case 3 -> { // rename a key
          int colon = line.indexOf(':');
          if (colon > 0) {
            lines.set(
                i, line.substring(0, colon) + (char) ('a' + r.nextInt(26)) + line.substring(colon));
          }
        }
        case 4 -> lines.set(i, " ".repeat(r.nextInt(5)) + line.strip()); // indentation
        case 5 -> { // truncate the file here
          int cut = r.nextInt(line.length() + 1);
          lines.set(i, line.substring(0, cut));
          lines.subList(i + 1, lines.size()).clear();
        }
        case 6 -> { // random characters into a line
          StringBuilder sb = new StringBuilder(line);
          for (int c = 0; c < 1 + r.nextInt(5); c++) {
            sb.insert(r.nextInt(sb.length() + 1), (char) r.nextInt(0x3000));
          }
          lines.set(i, sb.toString());
        }
        case 7 -> lines.set(i, line.replace("- ", "")); // a list item becomes a mapping
        case 8 -> lines.add(i, line.isBlank() ? "x: 1" : line.replaceFirst("\\S", "- $0"));
        default -> lines.set(i, line + " " + JUNK[r.nextInt(JUNK.length)]);
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void mutatedCataloguesGiveDiagnosticsNeverExceptions() throws IOException {
    int cases = Integer.getInteger("tom.mutations", 2_000);
    long seed = Long.getLong("tom.seed", 20261126L);
    List<String> seeds = seeds();
    assertTrue(seeds.size() >= 8, "seed catalogues: " + seeds.size());
    Random r = new Random(seed);
    int withErrors = 0;
    for (int c = 0; c < cases; c++) {
      String original = seeds.get(r.nextInt(seeds.size()));
      String input = mutate(original, r);
      byte[] bytes =
          r.nextInt(20) == 0 ? corruptBytes(input, r) : input.getBytes(StandardCharsets.UTF_8);
      int caseNo = c;
      LoadResult result;
      try {
        result =
            assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> TOM.load(new java.io.ByteArrayInputStream(bytes), "m.yaml"),
                () -> "case " + caseNo + " hangs (seed " + seed + ")");
      } catch (RuntimeException e) {
        throw new AssertionError("case " + caseNo + " (seed " + seed + ") threw on:\n" + input, e);
      }
      long lines = input.lines().count() + 2;
      for (Diagnostic d : result.diagnostics()) {
        if (d.location().line() > lines) {
          fail(
              "case "
                  + caseNo
                  + ": "
                  + d.format()
                  + " lies past the input's "
                  + lines
                  + " lines:\n"
                  + input);
        }
      }
      if (result.hasErrors()) {
        withErrors++;
        continue;
      }
      Catalogue catalogue = result.orElseThrow();
      try {
        TOM.renderAll(catalogue, EnumSet.allOf(Format.class), List.of());
      } catch (RuntimeException e) {
        throw new AssertionError(
            "case " + caseNo + " (seed " + seed + ") loads but does not" + " render:\n" + input, e);
      }
      // the mutant against the catalogue it came from, both ways: a diff and its notices
      LoadResult before = TOM.loadString(original, "o.yaml");
      if (!before.hasErrors()) {
        try {
          for (CatalogueDiff d :
              List.of(
                  TOM.diff(before.orElseThrow(), catalogue),
                  TOM.diff(catalogue, before.orElseThrow()))) {
            d.diagnostics();
            for (String lang : d.current().document().languages()) {
              TOM.renderChanges(d, Format.MARKDOWN, lang);
              TOM.renderChanges(d, Format.HTML, lang);
            }
            TOM.renderChanges(d, Format.JSON, d.current().document().bindingLanguage());
          }
        } catch (RuntimeException e) {
          throw new AssertionError(
              "case "
                  + caseNo
                  + " (seed "
                  + seed
                  + ") loads but its"
                  + " diff against the original fails:\n"
                  + input,
              e);
        }
      }
    }
    // the mutations must mostly break something, or they test nothing
    assertTrue(withErrors > cases / 2, withErrors + " of " + cases + " cases had errors");
  }

  private static byte[] corruptBytes(String input, Random r) {
    byte[] b = input.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3 && b.length > 0; i++) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return b;
  }
}
