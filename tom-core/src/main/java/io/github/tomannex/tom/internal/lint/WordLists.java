package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.internal.yaml.Resources;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists of the lint rules, read once from {@code lint-words.yaml} and compiled to patterns
 * (see the term syntax there). A list answers as each of its patterns alone would, but runs a
 * pattern only where it can match: one scan of a text finds the literals every match of a term
 * needs ({@link Literals}, {@link LiteralScanner}). Immutable and thread-safe.
 */
public final class WordLists {
  /** The language key of terms that apply to every language. */
  static final String ANY = "any";

  /**
   * One term of a list: as the word file gives it, its pattern, what its matches need (see {@link
   * Literals}), and its probe if it has one ({@link Literals.Probe}: the pattern's fixed start and
   * class run, with a group that marks where the fixed start ends), with the length of that fixed
   * start.
   */
  record Term(
      String source, Pattern pattern, Literals.Analysis known, Pattern probe, int probeLead) {}

  /** One list: terms per language key ({@code any}, {@code de}, {@code en} …). */
  public static final class WordList {
    private final Map<String, List<Term>> byLanguage;

    /** Per language key (null: all), the terms with one literal scanner for all of them. */
    private final Map<String, Screen> screens = new ConcurrentHashMap<>();

    private static final String ALL = "\u0000all";

    WordList(Map<String, List<Term>> byLanguage) {
      this.byLanguage = byLanguage;
    }

    private Screen screen(String language) {
      String key = language != null && byLanguage.containsKey(language) ? language : ALL;
      Screen s = screens.get(key);
      return s != null ? s : screens.computeIfAbsent(key, k -> new Screen(terms(language)));
    }

    /**
     * The terms for a language: its own and the {@code any} ones; for a language the list has no
     * terms of (or {@code null}, a value without language), all of them.
     */
    List<Term> terms(String language) {
      List<Term> out = new ArrayList<>(byLanguage.getOrDefault(ANY, List.of()));
      if (language != null && byLanguage.containsKey(language)) {
        out.addAll(byLanguage.get(language));
      } else {
        byLanguage.forEach(
            (lang, list) -> {
              if (!ANY.equals(lang)) {
                out.addAll(list);
              }
            });
      }
      return out;
    }

    /** The patterns of {@link #terms(String)}. */
    List<Pattern> patterns(String language) {
      return terms(language).stream().map(Term::pattern).toList();
    }

    /** Every match in the text, in text order, each distinct text once. */
    public List<Found> findAll(CharSequence text, String language) {
      List<Found> found = findEvery(text, language);
      if (found.isEmpty()) {
        return List.of();
      }
      Set<String> seen = new LinkedHashSet<>();
      List<Found> out = new ArrayList<>();
      for (Found f : found) {
        if (seen.add(f.text().isEmpty() ? text.toString() : f.text())) {
          out.add(f);
        }
      }
      return out;
    }

    /**
     * Every match in the text, in text order (by start), each occurrence: what a loop of {@code
     * find()} on each term's pattern finds, together.
     */
    public List<Found> findEvery(CharSequence text, String language) {
      Screen screen = screen(language);
      Screen.Check check = screen.check(text);
      List<Found> found = new ArrayList<>();
      for (int i = 0; i < screen.terms.length; i++) {
        check.findAll(i, found);
      }
      if (found.isEmpty()) {
        return List.of();
      }
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return found;
    }

    /** Whether the list has no terms at all. */
    boolean isEmpty() {
      return byLanguage.values().stream().allMatch(List::isEmpty);
    }

    /** The first match, if any. */
    public Optional<Found> find(CharSequence text, String language) {
      List<Found> all = findAll(text, language);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether any term of the language matches somewhere in the text. */
    public boolean matches(CharSequence text, String language) {
      Screen screen = screen(language);
      Screen.Check check = screen.check(text);
      for (int i = 0; i < screen.terms.length; i++) {
        if (check.matches(i)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The terms of one list and language, and what their matches need: one scan of a text for all
   * their literals tells which terms can match it; of those, a term anchored at the start or with a
   * known first literal is tried only where a match can start, the others by their pattern.
   * Immutable and thread-safe.
   */
  static final class Screen {
    final Pattern[] terms;
    private final Literals.Analysis[] known;
    private final Pattern[] probes;
    private final int[] probeLeads;

    /** Per term, its clauses as literal indices of the scanner; a term without any is tried. */
    private final int[][][] clauses;

    final LiteralScanner scanner;

    Screen(List<Term> list) {
      terms = new Pattern[list.size()];
      known = new Literals.Analysis[list.size()];
      probes = new Pattern[list.size()];
      probeLeads = new int[list.size()];
      clauses = new int[list.size()][][];
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Term t = list.get(i);
        terms[i] = t.pattern();
        known[i] = t.known();
        probes[i] = t.probe();
        probeLeads[i] = t.probeLead();
        List<Set<String>> c = t.known().clauses();
        clauses[i] = new int[c.size()][];
        for (int j = 0; j < c.size(); j++) {
          clauses[i][j] =
              c.get(j).stream().mapToInt(l -> ids.computeIfAbsent(l, k -> ids.size())).toArray();
        }
      }
      scanner = new LiteralScanner(new ArrayList<>(ids.keySet()));
    }

    /** The screen of one text. */
    Check check(CharSequence text) {
      return new Check(text, scanner.scan(text));
    }

    /** Whether term i can match a text with these literals: each clause has one of them. */
    boolean possible(int i, long[] hits) {
      for (int[] clause : clauses[i]) {
        boolean any = false;
        for (int id : clause) {
          if ((hits[id >>> 6] & (1L << id)) != 0) {
            any = true;
            break;
          }
        }
        if (!any) {
          return false;
        }
      }
      return true;
    }

    /** One text against the terms: not thread-safe, used by one call. */
    final class Check {
      private final CharSequence text;
      private final long[] hits;

      /** The text folded, made on first need; null if it cannot be (surrogates). */
      private String folded;

      private boolean foldedMade;

      Check(CharSequence text, long[] hits) {
        this.text = text;
        this.hits = hits;
      }

      /**
       * Whether term i matches somewhere in the text, as {@code find()} on its pattern would
       * answer: false without its literals; an anchored term only by {@code lookingAt()}; else as
       * {@link #search} tries it.
       */
      boolean matches(int i) {
        if (!possible(i, hits)) {
          return false;
        }
        if (known[i].anchored()) {
          return terms[i].matcher(text).lookingAt();
        }
        return search(i, null);
      }

      /** Adds the matches of term i, as a loop of {@code find()} on its pattern would find. */
      void findAll(int i, List<Found> found) {
        if (!possible(i, hits)) {
          return; // a term that cannot match the text finds nothing
        }
        search(i, found);
      }

      /** The text folded, or null. */
      private String folded() {
        if (!foldedMade) {
          folded = Literals.foldText(text);
          foldedMade = true;
        }
        return folded;
      }

      /**
       * Tries term i where {@code find()} would and a match can start, in text order: with {@code
       * found} null, until the first match (then true); else adding each match and going on after
       * it, as a loop of {@code find()} does. A term with a first literal is tried only where that
       * occurs in the folded text; a term with a probe only where its probe matches; each by a
       * match from there with bounds that let look-arounds and anchors see the whole text, which is
       * the attempt {@code find()} makes at that position. After a failed attempt whose probe ran
       * to e, the attempts whose fixed start begins before e, and ends by e, are skipped: they
       * would run to e too and fail there the same way ({@link Literals.Probe}). So no span of the
       * text is run over again and again.
       */
      private boolean search(int i, List<Found> found) {
        Matcher m = terms[i].matcher(text);
        String lead = known[i].lead();
        String folded = lead != null ? folded() : null;
        Pattern p = probes[i];
        if (known[i].anchored() || (folded == null && p == null)) {
          return find(m, found);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        Matcher probe =
            p == null ? null : p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int skip = probeLeads[i];
        int n = text.length();
        boolean any = false;
        int from = 0;
        while (from <= n) {
          int at;
          if (folded != null) {
            at = folded.indexOf(lead, from);
          } else {
            probe.region(from, n);
            at = probe.find() ? probe.start() : -1;
          }
          if (at < 0) {
            break;
          }
          if (m.region(at, n).lookingAt()) {
            if (found == null) {
              return true;
            }
            if (m.end() > m.start() || blank(text)) {
              found.add(new Found(m.group().strip(), m.start(), m.end()));
              any = true;
            }
            if (m.end() == m.start()) {
              break;
            }
            from = m.end();
            continue;
          }
          from = at + 1;
          if (probe != null
              && probe.region(at, n).lookingAt()
              && probe.start(probe.groupCount()) - at == skip) {
            from = Math.max(from, probe.end() - skip + 1);
          }
        }
        return any;
      }

      /** {@code find()} from the start of the text: the first match, or every match. */
      private boolean find(Matcher m, List<Found> found) {
        if (found == null) {
          return m.find();
        }
        boolean any = false;
        while (m.find()) {
          if (m.end() > m.start() || blank(text)) {
            found.add(new Found(m.group().strip(), m.start(), m.end()));
            any = true;
          }
          if (m.end() == m.start()) {
            break;
          }
        }
        return any;
      }
    }
  }

  /** Whether the text is empty or white space only, as {@link String#isBlank()}. */
  static boolean blank(CharSequence text) {
    return text.toString().isBlank();
  }

  /** A match: the matched text and where it is in the text. */
  public record Found(String text, int start, int end) {}

  /**
   * A CAT-002 entry: words in {@code category} that belong to {@code belongsTo}, unless they are
   * part of a match of {@code except} ("Empfang von E-Mails" is no reception desk).
   */
  public record Mismatch(String category, String belongsTo, WordList words, WordList except) {}

  private final Map<String, WordList> lists = new LinkedHashMap<>();
  private final Map<String, WordList> backupAspects = new LinkedHashMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();

  WordLists() {
    YamlNode.Mapping root = (YamlNode.Mapping) Resources.yaml("lint-words.yaml");
    for (Map.Entry<String, YamlNode> e : root.entries().entrySet()) {
      switch (e.getKey()) {
        case "category-mismatches" -> {
          for (YamlNode item : ((YamlNode.Seq) e.getValue()).items()) {
            YamlNode.Mapping m = (YamlNode.Mapping) item;
            Map<String, YamlNode> langs = new LinkedHashMap<>(m.entries());
            String category = ((YamlNode.Scalar) langs.remove("category")).text();
            String belongsTo = ((YamlNode.Scalar) langs.remove("belongs-to")).text();
            YamlNode except = langs.remove("except");
            mismatches.add(
                new Mismatch(
                    category,
                    belongsTo,
                    list(langs),
                    except == null
                        ? new WordList(Map.of())
                        : list(((YamlNode.Mapping) except).entries())));
          }
        }
        case "backup-aspects" ->
            ((YamlNode.Mapping) e.getValue())
                .entries()
                .forEach(
                    (aspect, n) ->
                        backupAspects.put(aspect, list(((YamlNode.Mapping) n).entries())));
        default -> lists.put(e.getKey(), list(((YamlNode.Mapping) e.getValue()).entries()));
      }
    }
  }

  private static WordList list(Map<String, YamlNode> byLanguage) {
    Map<String, List<Term>> out = new LinkedHashMap<>();
    byLanguage.forEach(
        (lang, terms) -> {
          List<Term> list = new ArrayList<>();
          for (YamlNode t : ((YamlNode.Seq) terms).items()) {
            list.add(term(((YamlNode.Scalar) t).text()));
          }
          out.put(lang, List.copyOf(list));
        });
    return new WordList(out);
  }

  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
  private static final String COMPOUND_START = "(?<![\\p{L}\\p{N}-])";

  /** One term of the word file, compiled, with the literals its matches need. */
  static Term term(String term) {
    Pattern pattern = compile(term);
    Literals.Probe probe = Literals.probe(pattern.pattern());
    return new Term(
        term,
        pattern,
        term.startsWith("re:") ? Literals.ofRegex(term.substring(3)) : Literals.ofTerm(term),
        probe == null ? null : Pattern.compile(probe.regex(), pattern.flags()),
        probe == null ? 0 : probe.lead());
  }

  /** Compiles one term of the word file (see its header for the syntax). */
  static Pattern compile(String term) {
    if (term.startsWith("re:")) {
      return Pattern.compile(term.substring(3), Pattern.UNICODE_CHARACTER_CLASS);
    }
    StringBuilder re = new StringBuilder();
    char first = term.charAt(0);
    char last = term.charAt(term.length() - 1);
    if (Character.isLetterOrDigit(first)) {
      re.append(WORD_START);
    } else if (first == '*') {
      // start at the beginning of a word only: a leading '*' tried at every letter of a long
      // word would backtrack quadratically
      re.append(COMPOUND_START);
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      // a run that what follows it cannot continue is possessive: giving back a letter or a
      // space could not let the rest match, and trying would cost a pass over the run each
      char after = i + 1 < term.length() ? term.charAt(i + 1) : 0;
      if (c == '*') {
        re.append("[\\p{L}\\p{N}-]*").append(after == ' ' || after == 0 ? "+" : "");
      } else if (c == ' ') {
        re.append(i > 0 && term.charAt(i - 1) == '.' ? "\\s*" : "\\s+")
            .append(after == ' ' ? "" : "+");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (Character.isLetterOrDigit(last)) {
      re.append("(?![\\p{L}\\p{N}])");
    }
    return Pattern.compile(
        re.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static final class Holder {
    static final WordLists INSTANCE = new WordLists();
  }

  public static WordLists standard() {
    return Holder.INSTANCE;
  }

  public WordList list(String name) {
    WordList l = lists.get(name);
    if (l == null) {
      throw new IllegalArgumentException("no word list " + name);
    }
    return l;
  }

  /** Every list: the named ones, the backup aspects and the category mismatches. */
  List<WordList> all() {
    List<WordList> out = new ArrayList<>(lists.values());
    out.addAll(backupAspects.values());
    mismatches.forEach(
        m -> {
          out.add(m.words());
          out.add(m.except());
        });
    return out;
  }

  public Map<String, WordList> backupAspects() {
    return backupAspects;
  }

  public List<Mismatch> mismatches() {
    return mismatches;
  }
}
