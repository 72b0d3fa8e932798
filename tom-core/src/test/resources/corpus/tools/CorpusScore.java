// Scores tom's lint findings on the regression corpus against the reviewed expectations
// (<name>.findings.yaml). Not part of the build: run it with the JDK's source launcher, see
// ../README.md. A JUnit test that replaces it will be written against the restructured code.
//
//   java -cp tom-core/target/classes:$(cat /tmp/corpus-cp.txt) \
//     tom-core/src/test/resources/corpus/tools/CorpusScore.java tom-core/src/test/resources/corpus
//
// Matching: a diagnostic matches an expectation when the expectation has no line or the same line,
// the diagnostic's rule is one of the expectation's rules, and (when the expectation has a term) the
// message quotes the term ('term'). A diagnostic that matches a 'clean' entry is a false positive,
// else one that matches a 'flag' entry a true positive, else one that matches an 'acceptable' entry
// is neutral (counted in neither precision nor recall), else it is an unreviewed false positive.
// A 'flag' entry is found when at least one diagnostic matches it.

import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

public class CorpusScore {
  record Entry(String kind, String id, Integer line, List<String> rules, String term, String severity,
      String basis, String why) {
    boolean matches(Diagnostic d) {
      return (line == null || line == d.location().line()) && rules.contains(d.rule())
          && (term == null || d.message().contains("'" + term + "'"));
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "tom-core/src/test/resources/corpus");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".findings.yaml")).sorted().toList();
    }
    int[] total = new int[7];
    StringBuilder table = new StringBuilder(
        "| Catalogue | Flags | Found | TP | FP | FP at error | FN | Precision | Recall | Recall (rule exists) |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder details = new StringBuilder();
    for (Path f : files) {
      Map<String, Object> spec;
      try (Reader r = Files.newBufferedReader(f)) {
        spec = new Yaml().load(r);
      }
      String catalogue = (String) spec.get("catalogue");
      Object day = spec.get("today");
      Instant today = day instanceof java.util.Date date ? date.toInstant()
          : Instant.parse(day + "T00:00:00Z");
      Tom tom = Tom.builder().clock(Clock.fixed(today, ZoneOffset.UTC)).build();
      LoadResult result = tom.load(dir.resolve(catalogue), catalogue);
      List<Entry> flags = entries(spec, "flag");
      List<Entry> clean = entries(spec, "clean");
      List<Entry> acceptable = entries(spec, "acceptable");
      int tp = 0;
      int fp = 0;
      int fpError = 0;
      boolean[] found = new boolean[flags.size()];
      details.append("\n## ").append(catalogue).append("\n\n");
      for (Diagnostic d : result.diagnostics()) {
        if (d.rule().startsWith("SCHEMA") || d.rule().startsWith("YAML")) {
          details.append("STRUCTURAL ").append(d.format()).append('\n');
          continue;
        }
        Entry c = first(clean, d);
        Entry fl = first(flags, d);
        for (int i = 0; i < flags.size(); i++) {
          if (flags.get(i).matches(d)) {
            found[i] = true;
          }
        }
        String verdict;
        if (c != null) {
          fp++;
          verdict = "FP (clean " + c.id() + ")";
        } else if (fl != null) {
          tp++;
          String sev = d.severity().label();
          verdict = "TP (" + fl.id() + (sev.equals(fl.severity()) ? "" : ", tom says " + sev
              + ", expected " + fl.severity()) + ")";
        } else if (first(acceptable, d) != null) {
          verdict = "acceptable (" + first(acceptable, d).id() + ")";
        } else {
          fp++;
          verdict = "FP (unreviewed)";
        }
        if (verdict.startsWith("FP") && d.severity() == Severity.ERROR) {
          fpError++;
        }
        details.append(verdict).append(": ").append(d.format()).append('\n');
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
          details.append("FN (").append(e.id()).append(", ").append(e.severity()).append(", line ")
              .append(e.line() == null ? "-" : e.line()).append(", rules ")
              .append(e.rules().isEmpty() ? "none yet" : e.rules()).append("): ").append(e.why())
              .append('\n');
        }
      }
      table.append(row(catalogue, flags.size(), foundCount, tp, fp, fpError, addressable,
          addressableFound));
      int[] add = {flags.size(), foundCount, tp, fp, fpError, addressable, addressableFound};
      for (int i = 0; i < add.length; i++) {
        total[i] += add[i];
      }
    }
    table.append(row("**all**", total[0], total[1], total[2], total[3], total[4], total[5], total[6]));
    System.out.println(table);
    System.out.println(details);
  }

  static String row(String name, int flags, int found, int tp, int fp, int fpError, int addressable,
      int addressableFound) {
    return "| " + name + " | " + flags + " | " + found + " | " + tp + " | " + fp + " | " + fpError
        + " | " + (flags - found) + " | " + pct(tp, tp + fp) + " | " + pct(found, flags) + " | "
        + pct(addressableFound, addressable) + " |\n";
  }

  static String pct(int a, int b) {
    return b == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100.0 * a / b);
  }

  static Entry first(List<Entry> entries, Diagnostic d) {
    return entries.stream().filter(e -> e.matches(d)).findFirst().orElse(null);
  }

  @SuppressWarnings("unchecked")
  static List<Entry> entries(Map<String, Object> spec, String kind) {
    List<Entry> out = new ArrayList<>();
    Object list = spec.get(kind);
    if (list == null) {
      return out;
    }
    for (Object o : (List<Object>) list) {
      Map<String, Object> m = (Map<String, Object>) o;
      List<String> rules = m.get("rules") == null ? List.of() : (List<String>) m.get("rules");
      out.add(new Entry(kind, (String) m.get("id"), (Integer) m.get("line"), rules,
          (String) m.get("term"), (String) m.get("severity"), (String) m.get("basis"),
          (String) m.get("why")));
    }
    return out;
  }
}
