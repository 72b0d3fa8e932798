package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word lists and the lint's own regular expressions do work linear in the length of the text,
 * on hostile texts made from each term's own pieces: a term's words repeated with hyphens, slashes,
 * spaces or nothing between them, its first literal repeated without the rest, and long runs of
 * letters, digits, white space and signs after its pieces. The work is counted as the characters
 * the matching reads ({@link CountingText}), not timed: the work for a text four times as long must
 * stay below six times the work for the short one (linear: 4, quadratic: 16). Each text also runs
 * through a 100,000-character run of its repeating unit without a {@link StackOverflowError} from
 * {@code java.util.regex}.
 */
class LintRegexGrowthTest {
  private static final int SHORT = 1_500;
  private static final double LIMIT = 6.0;

  /** A text that counts the characters read from it (and from its sub-sequences). */
  static final class CountingText implements CharSequence {
    private final String s;
    private final long[] reads;

    CountingText(String s, long[] reads) {
      this.s = s;
      this.reads = reads;
    }

    @Override
    public char charAt(int index) {
      reads[0]++;
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountingText(s.substring(start, end), reads);
    }

    @Override
    public String toString() {
      return s;
    }
  }

  /** The characters {@code work} reads from the text. */
  static long reads(String text, Consumer<CharSequence> work) {
    long[] reads = new long[1];
    work.accept(new CountingText(text, reads));
    return reads[0];
  }

  /** A unit repeated to at least {@code length} characters. */
  static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.toString();
  }

  /** Every term of every list, once. */
  static List<WordLists.Term> terms() {
    Map<String, WordLists.Term> out = new LinkedHashMap<>();
    for (WordLists.WordList list : WordLists.standard().all()) {
      for (WordLists.Term t : list.terms(null)) {
        out.putIfAbsent(t.pattern().pattern(), t);
      }
    }
    return List.copyOf(out.values());
  }

  /** A text each term matches, from the corpus of {@link WordListsTest}. */
  static Map<Pattern, String> samples(List<WordLists.Term> terms) throws IOException {
    List<String> corpus = new ArrayList<>(WordListsTest.EDGES);
    corpus.addAll(WordListsTest.corpus());
    corpus.addAll(
        List.of(
            "wesentliche Änderungen",
            "zweiten Standort",
            "zertifiziert nach DSGVO",
            "certified under the GDPR",
            "alle 4 Stunden",
            "3 Mal pro Tag",
            "every 2 weeks",
            "[ … ]",
            "< ? >"));
    Map<Pattern, String> out = new LinkedHashMap<>();
    for (WordLists.Term t : terms) {
      for (String text : corpus) {
        Matcher m = t.pattern().matcher(text);
        if (text.length() < 200 && m.find() && m.end() > m.start()) {
          out.put(t.pattern(), m.group());
          break;
        }
      }
    }
    return out;
  }

  /** The pieces a term's hostile texts are made of. */
  static List<String> units(WordLists.Term t, String sample) {
    Set<String> units = new LinkedHashSet<>();
    if (sample != null) {
      units.add(sample);
      units.add(sample.split("\\s+")[0]);
    }
    if (t.known().lead() != null) {
      units.add(t.known().lead());
    }
    t.known().clauses().forEach(c -> units.add(c.iterator().next()));
    units.remove("");
    return new ArrayList<>(units).subList(0, Math.min(units.size(), 5));
  }

  /** What runs after a term's pieces: white space, letters, digits, signs. */
  static List<String> fillers(String sample) {
    Set<String> out = new LinkedHashSet<>(List.of(" ", "a", "ä", "1", "-", "?", "."));
    if (sample != null) {
      sample
          .codePoints()
          .filter(c -> !Character.isLetterOrDigit(c))
          .forEach(c -> out.add(Character.toString(c)));
    }
    return new ArrayList<>(out);
  }

  /** The hostile texts of a term at a length, named. */
  static Map<String, String> hostile(WordLists.Term t, String sample, int length) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> units = units(t, sample);
    List<String> fillers = fillers(sample);
    for (String u : units) {
      for (String sep : List.of("-", "/", "", " ")) {
        out.put("(" + u + sep + ")*", repeat(u + sep, length));
      }
      for (String f : fillers) {
        out.put(u + "(" + f + ")*", u + repeat(f, length));
      }
    }
    for (String f : fillers) {
      out.put("(" + f + ")*", repeat(f, length));
    }
    // the same with a match of the term at the end, so that its literals all occur; and with
    // a character outside the basic plane, which the search cannot fold
    if (sample != null) {
      for (Map.Entry<String, String> e : new ArrayList<>(out.entrySet())) {
        out.put(e.getKey() + " + sample", e.getValue() + " " + sample);
        out.put(e.getKey() + " + sample + emoji", e.getValue() + " " + sample + " \uD83D\uDE00");
      }
    }
    return out;
  }

  /** The work of the lint's use of a term: all its matches, and whether it matches. */
  static long work(WordLists.WordList list, String text) {
    return reads(
        text,
        cs -> {
          list.findAll(cs, null);
          list.matches(cs, null);
        });
  }

  @Test
  void everyTermDoesWorkLinearInTheText() throws IOException {
    List<WordLists.Term> terms = terms();
    Map<Pattern, String> samples = samples(terms);
    List<String> failures = new ArrayList<>();
    int shapes = 0;
    for (WordLists.Term t : terms) {
      WordLists.WordList list = new WordLists.WordList(Map.of(WordLists.ANY, List.of(t)));
      String sample = samples.get(t.pattern());
      Map<String, String> small = hostile(t, sample, SHORT);
      Map<String, String> large = hostile(t, sample, 4 * SHORT);
      for (String shape : small.keySet()) {
        long a = work(list, small.get(shape));
        long b = work(list, large.get(shape));
        double ratio = (double) b / Math.max(a, 1);
        if (ratio > LIMIT) {
          failures.add(
              String.format(
                  "%s on %s: %d -> %d reads (x%.1f)", t.pattern().pattern(), shape, a, b, ratio));
        }
        shapes++;
      }
    }
    assertTrue(shapes > 5_000, "shapes: " + shapes);
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " super-linear:\n"
            + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
  }

  @Test
  void theLintsOwnExpressionsDoWorkLinearInTheText() {
    List<String> failures = new ArrayList<>();
    for (Pattern p :
        List.of(
            TextRules.Mentions.SENTENCE_END,
            TextRules.Mentions.CLAUSE_START,
            TextRules.SameTextInCategories.WHITE_SPACE)) {
      for (String unit :
          List.of(" ", ".", ". ", "a.", "\n", "a", ".;!?:", " \t", ", ", ", und", " that", "da ")) {
        long a = reads(repeat(unit, SHORT), cs -> findAll(p, cs));
        long b = reads(repeat(unit, 4 * SHORT), cs -> findAll(p, cs));
        if (b > LIMIT * a) {
          failures.add(p + " on (" + unit + ")*: " + a + " -> " + b);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * A negation-aware rule looks up the clause of each finding: on a text with many distinct
   * findings in one long clause, the work stays linear.
   */
  @Test
  void findingsWithTheirClausesDoWorkLinearInTheText() {
    WordLists.WordList negations = WordLists.standard().list("negations");
    Map<String, String> lists =
        Map.of(
            "invalid-transfers",
            "Safe Harbor-",
            "outdated-crypto",
            "SSL",
            "repealed-references",
            "§ 9");
    List<String> failures = new ArrayList<>();
    lists.forEach(
        (name, unit) -> {
          WordLists.WordList words = WordLists.standard().list(name);
          long a =
              reads(
                  distinct(unit, SHORT),
                  cs -> TextRules.WordRule.findings(words, negations, cs, "de", true));
          long b =
              reads(
                  distinct(unit, 4 * SHORT),
                  cs -> TextRules.WordRule.findings(words, negations, cs, "de", true));
          if (b > LIMIT * a) {
            failures.add(name + ": " + a + " -> " + b);
          }
        });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** Findings that differ: the unit with ever more letters or spaces after it. */
  private static String distinct(String unit, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; sb.length() < length; i++) {
      sb.append(unit.endsWith("-") ? unit + "x".repeat(i) : unit + " ".repeat(i) + "2")
          .append(unit.startsWith("§") ? " BDSG, und " : ", und ");
    }
    return sb.toString();
  }

  private static void findAll(Pattern p, CharSequence text) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (m.end() == m.start() && m.end() >= text.length()) {
        break;
      }
    }
    p.matcher(text).replaceAll(" ");
  }

  @Test
  void noExpressionOverflowsTheStackOnALongRunOfItsUnit() throws IOException {
    List<WordLists.Term> terms = terms();
    Map<Pattern, String> samples = samples(terms);
    int runs = 0;
    for (WordLists.Term t : terms) {
      WordLists.WordList list = new WordLists.WordList(Map.of(WordLists.ANY, List.of(t)));
      String sample = samples.get(t.pattern());
      List<String> units = new ArrayList<>(units(t, sample));
      units.addAll(fillers(sample));
      for (String u : units) {
        for (String sep : List.of("", "-", " ")) {
          String text = repeat(u + sep, 50_000);
          assertDoesNotThrow(
              () -> {
                list.findAll(text, null);
                list.matches(text, null);
                t.pattern().matcher(text).lookingAt();
                t.pattern().matcher(text).matches();
              },
              () -> t.pattern() + " on (" + u + sep + ")*");
          runs++;
        }
      }
    }
    for (Pattern p :
        List.of(
            TextRules.Mentions.SENTENCE_END,
            TextRules.Mentions.CLAUSE_START,
            TextRules.SameTextInCategories.WHITE_SPACE)) {
      for (String unit : List.of(" ", ".", ". ", "\n", "a")) {
        String text = repeat(unit, 100_000);
        assertDoesNotThrow(() -> findAll(p, text), () -> p + " on (" + unit + ")*");
      }
    }
    assertTrue(runs > 1_000, "runs: " + runs);
  }
}
