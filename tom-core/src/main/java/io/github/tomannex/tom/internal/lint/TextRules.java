package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SPEC, CAT-002 and OLD: what the texts say, checked with the word lists, per language. */
final class TextRules {
  private TextRules() {}

  /** A sentence or clause ends at one of these followed by white space, or a line break. */
  static final Pattern CLAUSE_END = Pattern.compile("[.;!?:](?=\\s|$)|\\n");

  /**
   * A rule that reports the terms of one word list found in texts: in every text of the catalogue,
   * or in measure texts only; optionally not in a clause that negates them ("TLS 1.0 is disabled").
   * Its message and hint are the rule's in {@code rules.yaml}; the message template gets the terms
   * found ({@code %s}).
   */
  static final class WordRule implements LintRule {
    private final String list;
    private final boolean allTexts;
    private final boolean negationAware;

    private WordRule(String list, boolean allTexts, boolean negationAware) {
      this.list = list;
      this.allTexts = allTexts;
      this.negationAware = negationAware;
    }

    /** The terms of a list of {@code lint-words.yaml} in every text of the catalogue. */
    static WordRule inAllTexts(String list) {
      return new WordRule(list, true, false);
    }

    /** The terms of a list of {@code lint-words.yaml} in the texts of the measures. */
    static WordRule inMeasureTexts(String list) {
      return new WordRule(list, false, false);
    }

    /** This rule, but not for a term in a clause that also holds a negation. */
    WordRule unlessNegated() {
      return new WordRule(list, allTexts, true);
    }

    @Override
    public void check(Context ctx) {
      WordLists.WordList words = ctx.words.list(list);
      WordLists.WordList negations = ctx.words.list("negations");
      for (Context.Item item : allTexts ? ctx.allTexts() : ctx.measureTexts()) {
        Text t = item.text();
        for (Map.Entry<String, String> e : t.values().entrySet()) {
          String lang = Context.language(e.getKey());
          List<String> found =
              findings(words, negationAware ? negations : null, e.getValue(), lang, negationAware);
          if (!found.isEmpty()) {
            ctx.report(
                item.at(e.getKey()),
                item.what() + Context.in(e.getKey()) + " " + ctx.message(String.join(", ", found)),
                ctx.hint().orElse(null));
          }
        }
      }
    }

    /**
     * The terms of a list found in a text, quoted, each once; with {@code negationAware}, not those
     * in a clause that also holds a negation. The clauses are found once per text and each is
     * checked for negations once, however many findings it holds.
     */
    static List<String> findings(
        WordLists.WordList words,
        WordLists.WordList negations,
        CharSequence text,
        String lang,
        boolean negationAware) {
      Set<String> found = new LinkedHashSet<>();
      List<WordLists.Found> all = words.findAll(text, lang);
      if (all.isEmpty()) {
        return List.of();
      }
      int[] ends = negationAware ? clauseEnds(text) : null;
      Map<Long, Boolean> negated = new HashMap<>();
      for (WordLists.Found f : all) {
        if (negationAware) {
          int[] clause = clause(ends, text.length(), f);
          if (negated.computeIfAbsent(
              ((long) clause[0] << 32) | clause[1],
              k -> negations.matches(text.subSequence(clause[0], clause[1]), lang))) {
            continue;
          }
        }
        found.add("'" + f.text() + "'");
      }
      return List.copyOf(found);
    }

    /** The ends of the text's clauses, as start and end of each clause end, in text order. */
    private static int[] clauseEnds(CharSequence text) {
      List<Integer> out = new ArrayList<>();
      Matcher m = CLAUSE_END.matcher(text);
      while (m.find()) {
        out.add(m.start());
        out.add(m.end());
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The clause around a match, as start and end: from the end of the last clause end that ends at
     * or before the match to the start of the first that starts at or after its end.
     */
    private static int[] clause(int[] ends, int length, WordLists.Found f) {
      int start = 0;
      int end = length;
      // clause ends do not overlap and are in order: their starts and ends both ascend
      int lo = 0;
      int hi = ends.length / 2; // the first clause end whose end is after the match start
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[2 * mid + 1] <= f.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo > 0) {
        start = ends[2 * (lo - 1) + 1];
      }
      for (int j = lo; j < ends.length / 2; j++) {
        if (ends[2 * j] >= f.end()) {
          end = ends[2 * j];
          break;
        }
      }
      return new int[] {start, end};
    }
  }

  /** SPEC-004: an implemented encryption measure names an algorithm, protocol or product. */
  static final class EncryptionParameters implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList params = ctx.words.list("encryption-parameters");
      for (Measure m : ctx.catalogue.measures()) {
        if (!m.category().equals("encryption") || m.status() != MeasureStatus.IMPLEMENTED) {
          continue;
        }
        boolean named =
            m.text().values().entrySet().stream()
                .anyMatch(e -> params.matches(e.getValue(), e.getKey()));
        if (!named) {
          ctx.report(
              ctx.at.text(m.text(), m.text().languages().get(0)),
              "encryption measure '"
                  + m.id()
                  + "' names no algorithm, protocol or product;"
                  + " expected for example AES-256, TLS 1.2 or higher, SSH, IPsec or LUKS",
              "say with what the data are encrypted");
        }
      }
    }
  }

  /** SPEC-005: the same text in measures of different categories. */
  static final class SameTextInCategories implements LintRule {
    @Override
    public void check(Context ctx) {
      Map<String, Measure> first = new LinkedHashMap<>();
      String lang = ctx.binding();
      for (Measure m : ctx.catalogue.measures()) {
        String key = normal(ctx.binding(m.text()));
        Measure earlier = first.putIfAbsent(key, m);
        if (earlier != null && !earlier.category().equals(m.category())) {
          ctx.report(
              ctx.at.text(m.text(), lang),
              "measure '"
                  + m.id()
                  + "' ("
                  + m.category()
                  + ") has the same text as '"
                  + earlier.id()
                  + "' ("
                  + earlier.category()
                  + "), '"
                  + ctx.binding(m.text()).strip()
                  + "'; one measure belongs to one category",
              "keep it in the category it belongs to");
        }
      }
    }

    static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static String normal(String s) {
      return WHITE_SPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
  }

  /**
   * SPEC-006: a measure text promises to repeat something ("regelmäßig", "regularly", "in
   * angemessenen Abständen") without an interval in the same sentence.
   */
  static final class UnstatedInterval implements LintRule {
    /**
     * A sentence ends at '.', '!' or '?' before a capital letter or the end of the text, at a blank
     * line, or before a list item.
     */
    static final Pattern SENTENCE_END =
        Pattern.compile(
            "[.!?](?=\\s++\\p{Lu}|\\s*+$)|\\n[ \\t]*+\\n|\\n(?=[ \\t]*+(?:[-*+]|\\d++[.)])[ \\t])");

    @Override
    public void check(Context ctx) {
      WordLists.WordList hedges = ctx.words.list("interval-hedges");
      WordLists.WordList intervals = ctx.words.list("intervals");
      for (Context.Item item : ctx.measureTexts()) {
        Text t = item.text();
        for (Map.Entry<String, String> e : t.values().entrySet()) {
          List<String> found =
              unstated(hedges, intervals, e.getValue(), Context.language(e.getKey()));
          if (!found.isEmpty()) {
            ctx.report(
                item.at(e.getKey()),
                item.what() + Context.in(e.getKey()) + " " + ctx.message(String.join(", ", found)),
                ctx.hint().orElse(null));
          }
        }
      }
    }

    /**
     * The hedges of a text, quoted, each once, whose sentence holds no interval. The sentences are
     * found once per text, and each is checked for an interval once.
     */
    static List<String> unstated(
        WordLists.WordList hedges, WordLists.WordList intervals, String text, String lang) {
      List<WordLists.Found> all = hedges.findAll(text, lang);
      if (all.isEmpty()) {
        return List.of();
      }
      List<Integer> list = new ArrayList<>();
      Matcher m = SENTENCE_END.matcher(text);
      while (m.find()) {
        list.add(m.end());
      }
      int[] ends = list.stream().mapToInt(Integer::intValue).toArray();
      Set<String> out = new LinkedHashSet<>();
      Map<Integer, Boolean> stated = new HashMap<>();
      for (WordLists.Found f : all) {
        // the first sentence end after the hedge's start closes its sentence
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (ends[mid] <= f.start()) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        int start = lo > 0 ? ends[lo - 1] : 0;
        int end = lo < ends.length ? ends[lo] : text.length();
        if (!stated.computeIfAbsent(
            start, k -> intervals.matches(text.subSequence(start, end), lang))) {
          out.add("'" + f.text() + "'");
        }
      }
      return List.copyOf(out);
    }
  }

  /** CAT-002: words that belong to another category, e.g. a lock under system access. */
  static final class CategoryMismatch implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Measure m : ctx.catalogue.measures()) {
        for (WordLists.Mismatch mm : ctx.words.mismatches()) {
          if (!mm.category().equals(m.category())) {
            continue;
          }
          for (Map.Entry<String, String> e : m.text().values().entrySet()) {
            Optional<WordLists.Found> f = mm.words().find(e.getValue(), e.getKey());
            if (f.isPresent()) {
              ctx.report(
                  ctx.at.text(m.text(), e.getKey()),
                  "measure '"
                      + m.id()
                      + "' is in category '"
                      + m.category()
                      + "' ("
                      + title(ctx, m.category())
                      + "), but its text ("
                      + e.getKey()
                      + ") mentions '"
                      + f.get().text()
                      + "', which belongs to '"
                      + mm.belongsTo()
                      + "' ("
                      + title(ctx, mm.belongsTo())
                      + ")",
                  "move it to category " + mm.belongsTo() + ", or reword it");
              break;
            }
          }
        }
      }
    }

    private static String title(Context ctx, String category) {
      return ctx.taxonomy.find(category).map(c -> c.title(ctx.binding())).orElse(category);
    }
  }
}
