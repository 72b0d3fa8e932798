package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression corpus ({@code src/test/resources/corpus}, see its README): catalogues a reviewer
 * has read line by line, each with the findings a data protection officer expects ({@code flag}),
 * the texts that must stay clean ({@code clean}) and findings that are not wrong but would not be
 * raised ({@code acceptable}).
 *
 * <p>The score and the verdict on every diagnostic are a golden file ({@code corpus/score.md},
 * rewritten with {@code -Dtom.updateGolden=true}), so a change of what tom reports on real annexes
 * shows up as a diff to review. On top of that, what the issue on legal substance requires holds
 * always: every diagnostic has been reviewed (matches an entry), none at error level is a false
 * alarm, and no clean text is reported by the rules named for it.
 */
class CorpusTest {
  private static final Path DIR = GoldenFiles.root().resolve("corpus");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  record Entry(
      String kind,
      String id,
      int line,
      List<String> rules,
      String term,
      String severity,
      String why) {
    boolean matches(Diagnostic d) {
      return (line == 0 || line == d.location().line())
          && rules.contains(d.rule())
          && (term == null || d.message().contains("'" + term + "'"));
    }
  }

  /** One diagnostic and how the corpus judges it. */
  record Verdict(String catalogue, Diagnostic diagnostic, String kind, String entry) {
    boolean falseAlarm() {
      return kind.equals("clean") || kind.equals("unreviewed");
    }
  }

  private static final List<Verdict> VERDICTS = new ArrayList<>();
  private static final StringBuilder TABLE = new StringBuilder();
  private static final StringBuilder DETAILS = new StringBuilder();

  @BeforeAll
  static void score() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".findings.yaml")).sorted().toList();
    }
    int[] total = new int[7];
    TABLE.append(
        "| Catalogue | Flags | Found | TP | FP | FP at error | FN | Precision | Recall |"
            + " Recall (rule exists) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Path f : files) {
      JsonNode spec = YAML.readTree(f.toFile());
      String catalogue = spec.get("catalogue").asText();
      LocalDate today = LocalDate.parse(spec.get("today").asText());
      Tom tom =
          Tom.builder()
              .clock(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
              .build();
      LoadResult result = tom.load(DIR.resolve(catalogue), catalogue);
      List<Entry> flags = entries(spec, "flag");
      List<Entry> clean = entries(spec, "clean");
      List<Entry> acceptable = entries(spec, "acceptable");
      int tp = 0;
      int fp = 0;
      int fpError = 0;
      boolean[] found = new boolean[flags.size()];
      DETAILS.append("\n## ").append(catalogue).append("\n\n");
      for (Diagnostic d : result.diagnostics()) {
        for (int i = 0; i < flags.size(); i++) {
          found[i] |= flags.get(i).matches(d);
        }
        Entry c = first(clean, d);
        Entry fl = first(flags, d);
        Entry ok = first(acceptable, d);
        Verdict v;
        String text;
        if (c != null) {
          v = new Verdict(catalogue, d, "clean", c.id());
          text = "FP (clean " + c.id() + ")";
        } else if (fl != null) {
          v = new Verdict(catalogue, d, "flag", fl.id());
          String sev = d.severity().label();
          text =
              "TP ("
                  + fl.id()
                  + (sev.equals(fl.severity())
                      ? ""
                      : ", tom says " + sev + ", expected " + fl.severity())
                  + ")";
          tp++;
        } else if (ok != null) {
          v = new Verdict(catalogue, d, "acceptable", ok.id());
          text = "acceptable (" + ok.id() + ")";
        } else {
          v = new Verdict(catalogue, d, "unreviewed", "");
          text = "FP (unreviewed)";
        }
        if (v.falseAlarm()) {
          fp++;
          if (d.severity() == Severity.ERROR) {
            fpError++;
          }
        }
        VERDICTS.add(v);
        DETAILS.append("- ").append(text).append(": `").append(d.format()).append("`\n");
      }
      int foundCount = 0;
      int addressable = 0;
      int addressableFound = 0;
      for (int i = 0; i < flags.size(); i++) {
        Entry e = flags.get(i);
        foundCount += found[i] ? 1 : 0;
        if (!e.rules().isEmpty()) {
          addressable++;
          addressableFound += found[i] ? 1 : 0;
        }
        if (!found[i]) {
          DETAILS
              .append("- FN (")
              .append(e.id())
              .append(", ")
              .append(e.severity())
              .append(", line ")
              .append(e.line() == 0 ? "-" : String.valueOf(e.line()))
              .append(", rules ")
              .append(e.rules().isEmpty() ? "none yet" : String.join(", ", e.rules()))
              .append("): ")
              .append(e.why())
              .append('\n');
        }
      }
      int[] row = {flags.size(), foundCount, tp, fp, fpError, addressable, addressableFound};
      TABLE.append(row(catalogue, row));
      for (int i = 0; i < row.length; i++) {
        total[i] += row[i];
      }
    }
    TABLE.append(row("**all**", total));
  }

  @Test
  void theScoreAndEveryVerdictAreAsReviewed() {
    GoldenFiles.check(
        DIR.resolve("score.md"),
        "# Score of tom's lint rules on the regression corpus\n\n"
            + "<!-- Generated by CorpusTest; do not edit. Rewrite with\n"
            + "     ./mvnw -B -pl tom-core test -Dtest=CorpusTest -Dtom.updateGolden=true -->\n\n"
            + TABLE
            + "\nEvery diagnostic tom reports, with its verdict, and every flag it misses (FN):\n"
            + DETAILS);
  }

  @Test
  void everyDiagnosticHasBeenReviewed() {
    List<String> unreviewed =
        VERDICTS.stream()
            .filter(v -> v.kind().equals("unreviewed"))
            .map(v -> v.catalogue() + ": " + v.diagnostic().format())
            .toList();
    assertTrue(
        unreviewed.isEmpty(),
        "diagnostics no entry of the findings files judges; review each and add it to flag, clean"
            + " or acceptable:\n"
            + String.join("\n", unreviewed));
  }

  private static String row(String name, int[] r) {
    int flags = r[0];
    int found = r[1];
    int tp = r[2];
    int fp = r[3];
    return "| "
        + name
        + " | "
        + flags
        + " | "
        + found
        + " | "
        + tp
        + " | "
        + fp
        + " | "
        + r[4]
        + " | "
        + (flags - found)
        + " | "
        + pct(tp, tp + fp)
        + " | "
        + pct(found, flags)
        + " | "
        + pct(r[6], r[5])
        + " |\n";
  }

  private static String pct(int a, int b) {
    return b == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100.0 * a / b);
  }

  private static Entry first(List<Entry> entries, Diagnostic d) {
    return entries.stream().filter(e -> e.matches(d)).findFirst().orElse(null);
  }

  private static List<Entry> entries(JsonNode spec, String kind) {
    List<Entry> out = new ArrayList<>();
    for (JsonNode m : spec.path(kind)) {
      List<String> rules = new ArrayList<>();
      m.path("rules").forEach(r -> rules.add(r.asText()));
      out.add(
          new Entry(
              kind,
              m.get("id").asText(),
              m.path("line").asInt(0),
              List.copyOf(rules),
              m.hasNonNull("term") ? m.get("term").asText() : null,
              m.path("severity").asText(""),
              m.path("why").asText("")));
    }
    return out;
  }
}
