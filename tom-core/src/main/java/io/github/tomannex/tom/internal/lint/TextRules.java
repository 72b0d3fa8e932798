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

  /** Which texts a word rule reads. */
  enum Texts {
    /** The measure texts. */
    MEASURES,
    /** Every text and free value of the catalogue ({@link Context#allTexts()}). */
    ALL,
    /** Those and the change history the annex shows too ({@link Context#shownTexts()}). */
    SHOWN
  }

  /**
   * A rule that reports the terms of one word list found in texts: in every text of the catalogue,
   * or in measure texts only; optionally not where the term is negated ("TLS 1.0 is disabled"),
   * decided per mention ({@link Mentions}); optionally not inside a match of an exception list ("
   * sofern keine gesetzliche Aufbewahrungspflicht entgegensteht"), and, for example words, not
   * where the examples only name whom or what the measure covers ("Besucher (Lieferanten,
   * Handwerker etc.)"). Its message and hint are the rule's in {@code rules.yaml}; the message
   * template gets the terms found ({@code %s}).
   */
  static final class WordRule implements LintRule {
    private final String list;
    private final Texts texts;
    private final boolean negationAware;
    private final String exceptions;
    private final String covered;

    private WordRule(
        String list, Texts texts, boolean negationAware, String exceptions, String covered) {
      this.list = list;
      this.texts = texts;
      this.negationAware = negationAware;
      this.exceptions = exceptions;
      this.covered = covered;
    }

    /** The terms of a list of {@code lint-words.yaml} in every text of the catalogue. */
    static WordRule inAllTexts(String list) {
      return new WordRule(list, Texts.ALL, false, null, null);
    }

    /** The terms of a list in every text the annex shows, the change history included. */
    static WordRule inShownTexts(String list) {
      return new WordRule(list, Texts.SHOWN, false, null, null);
    }

    /** The terms of a list of {@code lint-words.yaml} in the texts of the measures. */
    static WordRule inMeasureTexts(String list) {
      return new WordRule(list, Texts.MEASURES, false, null, null);
    }

    /** This rule, but not for a mention that its clause negates. */
    WordRule unlessNegated() {
      return new WordRule(list, texts, true, exceptions, covered);
    }

    /** This rule, but not for a term inside a match of another list. */
    WordRule except(String exceptionList) {
      return new WordRule(list, texts, negationAware, exceptionList, covered);
    }

    /**
     * This rule, but not for an example word ("etc.", "z. B.", "like") whose list of examples names
     * only whom or what the measure covers, each item with a term of the given list.
     */
    WordRule unlessExamplesName(String coveredList) {
      return new WordRule(list, texts, negationAware, exceptions, coveredList);
    }

    @Override
    public void check(Context ctx) {
      WordLists.WordList words = ctx.words.list(list);
      WordLists.WordList negations = negationAware ? ctx.words.list("negations") : null;
      WordLists.WordList inUse = negationAware ? ctx.words.list("in-use") : null;
      WordLists.WordList except = exceptions == null ? null : ctx.words.list(exceptions);
      WordLists.WordList examples = covered == null ? null : ctx.words.list(covered);
      List<Context.Item> items =
          switch (texts) {
            case MEASURES -> ctx.measureTexts();
            case ALL -> ctx.allTexts();
            case SHOWN -> ctx.shownTexts();
          };
      for (Context.Item item : items) {
        Text t = item.text();
        for (Map.Entry<String, String> e : t.values().entrySet()) {
          String lang = Context.language(e.getKey());
          List<String> found =
              findings(words, negations, inUse, except, examples, e.getValue(), lang);
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
     * whose mention is negated ({@link Mentions}), with the standard list of words that say a thing
     * is in use.
     */
    static List<String> findings(
        WordLists.WordList words,
        WordLists.WordList negations,
        CharSequence text,
        String lang,
        boolean negationAware) {
      return findings(
          words,
          negationAware ? negations : null,
          negationAware ? WordLists.standard().list("in-use") : null,
          null,
          null,
          text,
          lang);
    }

    /**
     * The terms of a list found in a text, quoted, each once: every mention is looked at on its
     * own, and a term is reported if one of its mentions is neither negated (with {@code
     * negations}), nor inside a match of {@code except}, nor an example word whose examples all
     * name something of {@code covered}.
     */
    static List<String> findings(
        WordLists.WordList words,
        WordLists.WordList negations,
        WordLists.WordList inUse,
        WordLists.WordList except,
        WordLists.WordList covered,
        CharSequence text,
        String lang) {
      List<WordLists.Found> all = words.findEvery(text, lang);
      if (all.isEmpty()) {
        return List.of();
      }
      Mentions mentions = negations == null ? null : new Mentions(text, negations, inUse, lang);
      List<WordLists.Found> exceptions = except == null ? List.of() : except.findEvery(text, lang);
      Set<String> found = new LinkedHashSet<>();
      for (WordLists.Found f : all) {
        if (found.contains("'" + f.text() + "'")
            || inside(exceptions, f)
            || (covered != null && Examples.coverOnly(text, f, covered, lang))
            || (mentions != null && mentions.negated(f))) {
          continue;
        }
        found.add("'" + f.text() + "'");
      }
      return List.copyOf(found);
    }

    /** Whether a match lies within one of the (start-ordered) exception matches. */
    static boolean inside(List<WordLists.Found> exceptions, WordLists.Found f) {
      for (WordLists.Found x : exceptions) {
        if (x.start() > f.start()) {
          break;
        }
        if (x.end() >= f.end()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Where a mention stands in its text, to decide per mention whether it is negated: the sentence
   * (ended by '.', '!' or '?' before white space, not after an abbreviation such as "z. B."; by ';'
   * or a line break), the part of it up to a conjunction that starts another clause ("because",
   * "da", "aber", "which" …), and the mention's own comma-separated segment of that part (commas in
   * parentheses do not separate). A negation in parentheses counts only for a mention in the same
   * parentheses or just before them ("SSL 3.0 (deaktiviert)"); a mention in parentheses sees the
   * negations around them ("disable outdated protocols (e.g., SSL)").
   *
   * <p>A mention is in use if its segment keeps it until it is replaced ("bis zu seiner Ablösung",
   * "until it is migrated"); else it is negated if its segment negates it; it is in use if its
   * segment says so ("bleibt aktiviert", "remains enabled") whatever another part of the sentence
   * negates; else the same question is asked of its clause, then of its sentence. So "für
   * Altpartner bleibt TLS 1.0 aktiviert, da nicht alle Partner TLS 1.2 unterstützen" is in use, and
   * "SSL 3.0, TLS 1.0 und TLS 1.1 sind deaktiviert" is not. All of it is found once per text; each
   * question is two binary searches.
   */
  static final class Mentions {
    /** A conjunction that starts another clause, with the comma before it. */
    static final Pattern CLAUSE_START =
        Pattern.compile(
            "(?:,\\s*+)?(?<![\\p{L}\\p{N}])(?:because|since|although|though|whereas|while|but"
                + "|however|unless|if|when|so\\s++that|weil|da|denn|aber|jedoch|sondern|während"
                + "|wobei|obwohl|obgleich|falls|wenn|solange|sodass|so\\s++dass|damit)"
                + "(?![\\p{L}\\p{N}])"
                + "|(?<![,\\s])\\s++(?:that|who|which)(?![\\p{L}\\p{N}])"
                + "|,\\s*+(?:and|or|und|oder)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A sentence end: '.', '!' or '?' before white space or the end, ';', or a line break. */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|;|\\n");

    /** Words before a '.' that make it an abbreviation, not a sentence end (lower case). */
    private static final Set<String> ABBREVIATIONS =
        Set.of(
            "bzw", "ggf", "usw", "etc", "vgl", "inkl", "ca", "nr", "no", "abs", "art", "lit",
            "ziff", "gem", "evtl", "sog", "bspw", "zzgl", "vs", "approx", "incl", "resp", "sec",
            "para", "dr", "str", "mind", "ff", "uu", "ua", "zb", "eg", "ie", "max", "min");

    private final int length;
    private final int[] sentenceEnds;
    private final int[] clauseStarts;
    private final int[] commas;
    private final int[] groupStarts;
    private final int[] groupEnds;
    private final Counts negations;
    private final Counts inUse;

    /** Words that keep a thing in use until it is replaced ("bis zu seiner Ablösung"). */
    private final Counts until;

    Mentions(
        CharSequence text, WordLists.WordList negations, WordLists.WordList inUse, String lang) {
      length = text.length();
      sentenceEnds = sentenceEnds(text);
      List<Integer> cs = new ArrayList<>();
      Matcher m = CLAUSE_START.matcher(text);
      while (m.find()) {
        cs.add(m.start());
      }
      clauseStarts = ints(cs);
      List<Integer> gs = new ArrayList<>();
      List<Integer> ge = new ArrayList<>();
      List<Integer> top = new ArrayList<>();
      int depth = 0;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '(') {
          if (depth++ == 0) {
            gs.add(i);
          }
        } else if (c == ')' && depth > 0) {
          if (--depth == 0) {
            ge.add(i + 1);
          }
        } else if (c == ',' && depth == 0) {
          top.add(i);
        }
      }
      if (depth > 0) {
        gs.remove(gs.size() - 1); // an unclosed parenthesis groups nothing
      }
      groupStarts = ints(gs);
      groupEnds = ints(ge);
      commas = ints(top);
      this.negations = new Counts(negations.findEvery(text, lang));
      this.inUse = inUse == null ? new Counts(List.of()) : new Counts(inUse.findEvery(text, lang));
      this.until = new Counts(WordLists.standard().list("in-use-until").findEvery(text, lang));
    }

    /** The sentence ends, as positions after which a new sentence starts. */
    private static int[] sentenceEnds(CharSequence text) {
      List<Integer> out = new ArrayList<>();
      Matcher m = SENTENCE_END.matcher(text);
      while (m.find()) {
        if (text.charAt(m.start()) == '.' && abbreviation(text, m.start())) {
          continue;
        }
        out.add(m.end());
      }
      return ints(out);
    }

    /** Whether the '.' at i ends an abbreviation or comes before a lower-case word or a digit. */
    private static boolean abbreviation(CharSequence text, int i) {
      int w = i;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      int next = i + 1;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < text.length()
          && (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)))) {
        return true;
      }
      String word = text.subSequence(w, i).toString().toLowerCase(Locale.ROOT);
      return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static int[] ints(List<Integer> list) {
      return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The last value of a sorted array that is at most x, or the fallback. */
    private static int floor(int[] a, int x, int fallback) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 ? a[lo - 1] : fallback;
    }

    /** The first value of a sorted array that is at least x, or the fallback. */
    private static int ceiling(int[] a, int x, int fallback) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < a.length ? a[lo] : fallback;
    }

    /** The top-level parentheses around a position, as an index, or -1. */
    private int group(int pos) {
      int lo = 0;
      int hi = groupStarts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (groupStarts[mid] <= pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int g = lo - 1;
      return g >= 0 && pos < groupEnds[g] ? g : -1;
    }

    /** The parentheses that open right after a mention (white space between), or -1. */
    private int groupAfter(int end) {
      int lo = 0;
      int hi = groupStarts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (groupStarts[mid] < end) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo < groupStarts.length && groupStarts[lo] - end <= 2 ? lo : -1;
    }

    /** Whether the mention is negated where it stands. */
    boolean negated(WordLists.Found f) {
      int sentenceStart = floor(sentenceEnds, f.start(), 0);
      int sentenceEnd = ceiling(sentenceEnds, f.end(), length);
      int clauseStart = Math.max(sentenceStart, floor(clauseStarts, f.start(), 0));
      int clauseEnd = Math.min(sentenceEnd, ceiling(clauseStarts, f.end(), length));
      int own = group(f.start());
      int after = groupAfter(f.end());
      int segmentStart = Math.max(clauseStart, floor(commas, f.start() - 1, -1) + 1);
      int segmentEnd = Math.min(clauseEnd, ceiling(commas, f.end(), length));
      int[][] ranges = {
        {segmentStart, segmentEnd}, {clauseStart, clauseEnd}, {sentenceStart, sentenceEnd}
      };
      for (int[] r : ranges) {
        // "until its replacement" says the thing is still used, whatever "replacement" negates
        if (until.any(r[0], r[1], own, after, this)) {
          return false;
        }
        if (negations.any(r[0], r[1], own, after, this)) {
          return true;
        }
        if (inUse.any(r[0], r[1], own, after, this)) {
          return false;
        }
      }
      return false;
    }

    /** The matches of one list in a text, by the parentheses they are in, for counting. */
    private static final class Counts {
      private final List<WordLists.Found> all;
      private int[] outside;
      private Map<Integer, int[]> inside;

      Counts(List<WordLists.Found> all) {
        this.all = all;
      }

      /**
       * Whether a match lies in [from, to) outside parentheses, or in the mention's own or the
       * following parentheses.
       */
      boolean any(int from, int to, int own, int after, Mentions where) {
        if (all.isEmpty()) {
          return false;
        }
        if (outside == null) {
          List<Integer> out = new ArrayList<>();
          Map<Integer, List<Integer>> in = new HashMap<>();
          for (WordLists.Found f : all) {
            int g = where.group(f.start());
            if (g < 0) {
              out.add(f.start());
            } else {
              in.computeIfAbsent(g, k -> new ArrayList<>()).add(f.start());
            }
          }
          Map<Integer, int[]> arrays = new HashMap<>();
          in.forEach((g, l) -> arrays.put(g, ints(l)));
          inside = arrays;
          outside = ints(out);
        }
        return within(outside, from, to)
            || (own >= 0 && within(inside.get(own), from, to))
            || (after >= 0 && within(inside.get(after), from, to));
      }

      private static boolean within(int[] starts, int from, int to) {
        return starts != null && ceiling(starts, from, Integer.MAX_VALUE) < to;
      }
    }
  }

  /**
   * Example words whose examples name only whom or what a measure covers: "Besucher (Lieferanten,
   * Handwerker etc.) werden begleitet" applies to every visitor; "Schutz vor Schadsoftware
   * (Virenscanner, Firewall etc.)" leaves open what is done.
   */
  static final class Examples {
    private Examples() {}

    /** Words that close a list of examples. */
    private static final Set<String> CLOSERS =
        Set.of("etc.", "usw.", "andsoon", "u.a.m.", "o.ä.", "orsimilar");

    /** Words that open a list of examples. */
    private static final Set<String> OPENERS =
        Set.of("z.b.", "zumbeispiel", "bspw.", "beispielsweise", "e.g.", "forexample", "like");

    /** Separators of the items of a list. */
    private static final Pattern ITEMS =
        Pattern.compile(
            "[,;/]|\\s(?:und|oder|sowie|and|or|as\\s++well\\s++as)(?=\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Whether the hedge f is an example word whose every example has a term of covered. */
    static boolean coverOnly(
        CharSequence text, WordLists.Found f, WordLists.WordList covered, String lang) {
      String word = WHITE.matcher(f.text().toLowerCase(Locale.ROOT)).replaceAll("");
      int from;
      int to;
      if (CLOSERS.contains(word)) {
        to = f.start();
        from = to;
        while (from > 0 && "(:;.\n".indexOf(text.charAt(from - 1)) < 0) {
          from--;
        }
      } else if (OPENERS.contains(word)) {
        from = f.end();
        to = from;
        while (to < text.length() && ");:\n".indexOf(text.charAt(to)) < 0) {
          if (text.charAt(to) == '.' && (to + 1 == text.length() || text.charAt(to + 1) == ' ')) {
            // a sentence end, unless it ends a closer ("etc.") inside the list
            int w = to;
            while (w > from && Character.isLetter(text.charAt(w - 1))) {
              w--;
            }
            String before = text.subSequence(w, to).toString().toLowerCase(Locale.ROOT);
            if (!before.equals("etc") && !before.equals("usw")) {
              break;
            }
          }
          to++;
        }
      } else {
        return false;
      }
      String list = text.subSequence(from, to).toString();
      boolean any = false;
      for (String item : ITEMS.split(list)) {
        String i = item.strip();
        if (i.isEmpty() || i.equalsIgnoreCase("etc.") || i.equalsIgnoreCase("usw.")) {
          continue;
        }
        if (!covered.matches(i, lang)) {
          return false;
        }
        any = true;
      }
      return any;
    }

    private static final Pattern WHITE = Pattern.compile("\\s+");
  }

  /**
   * SPEC-004: an implemented encryption measure names an algorithm, protocol or product. A measure
   * of the category that manages keys or certificates and claims no encryption of data ("a key
   * management program governs the lifecycle of cryptographic keys") is not asked for one.
   */
  static final class EncryptionParameters implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList params = ctx.words.list("encryption-parameters");
      WordLists.WordList keys = ctx.words.list("key-management");
      WordLists.WordList claims = ctx.words.list("encryption-claims");
      for (Measure m : ctx.catalogue.measures()) {
        if (!m.category().equals("encryption") || m.status() != MeasureStatus.IMPLEMENTED) {
          continue;
        }
        boolean ofKeys =
            m.text().values().entrySet().stream()
                .anyMatch(e -> keys.matches(e.getValue(), e.getKey()));
        boolean claimed =
            m.text().values().entrySet().stream()
                .anyMatch(e -> claims.matches(e.getValue(), e.getKey()));
        if (ofKeys && !claimed) {
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

  /**
   * SPEC-007: an implemented access measure says who may enter or use something ("restricted to the
   * IT team", "nur Mitarbeiter der Verwaltung") and nothing of how that is enforced: no key, card,
   * password, second factor, role or permission concept, guard, camera or log. Judged per language:
   * a translation that drops the means is reported too.
   */
  static final class WhoNotHow implements LintRule {
    private static final Set<String> ACCESS =
        Set.of("physical-access", "system-access", "data-access");

    @Override
    public void check(Context ctx) {
      WordLists.WordList who = ctx.words.list("access-restriction");
      WordLists.WordList how = ctx.words.list("access-means");
      for (Measure m : ctx.catalogue.measures()) {
        if (!ACCESS.contains(m.category()) || m.status() != MeasureStatus.IMPLEMENTED) {
          continue;
        }
        for (Map.Entry<String, String> e : m.text().values().entrySet()) {
          Optional<WordLists.Found> f = who.find(e.getValue(), e.getKey());
          if (f.isPresent() && !how.matches(e.getValue(), e.getKey())) {
            ctx.report(
                ctx.at.text(m.text(), e.getKey()),
                "the text of measure '"
                    + m.id()
                    + "'"
                    + Context.in(e.getKey())
                    + " "
                    + ctx.message("'" + f.get().text() + "'"),
                ctx.hint().orElse(null));
          }
        }
      }
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
            List<WordLists.Found> except = mm.except().findEvery(e.getValue(), e.getKey());
            Optional<WordLists.Found> f =
                mm.words().findEvery(e.getValue(), e.getKey()).stream()
                    .filter(w -> !WordRule.inside(except, w))
                    .findFirst();
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
