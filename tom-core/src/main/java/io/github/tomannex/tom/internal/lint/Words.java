package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.internal.Resources;
import io.github.tomannex.tom.internal.yaml.Node;
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
 * The word lists of the lint rules, read once from {@code lint-words.yaml} and compiled to
 * patterns (see the term syntax there). A list answers as each of its patterns alone would,
 * but runs a pattern only where it can match: one scan of a text finds the literals every
 * match of a term needs ({@link Literals}, {@link LiteralScanner}). Immutable and thread-safe.
 */
public final class Words {
  /** The language key of terms that apply to every language. */
  static final String ANY = "any";

  /** One term of a list: its pattern, and what its matches need (see {@link Literals}). */
  record Term(Pattern pattern, Literals.Analysis known) {}

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
     * The terms for a language: its own and the {@code any} ones; for a language the list has
     * no terms of (or {@code null}, a value without language), all of them.
     */
    List<Term> terms(String language) {
      List<Term> out = new ArrayList<>(byLanguage.getOrDefault(ANY, List.of()));
      if (language != null && byLanguage.containsKey(language)) {
        out.addAll(byLanguage.get(language));
      } else {
        byLanguage.forEach((lang, list) -> {
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
    public List<Found> findAll(String text, String language) {
      Screen screen = screen(language);
      Screen.Check check = screen.check(text);
      List<Found> found = null;
      for (int i = 0; i < screen.terms.length; i++) {
        if (!check.matches(i)) {
          continue; // a term that cannot match the text finds nothing
        }
        Matcher m = screen.terms[i].matcher(text);
        while (m.find()) {
          if (m.end() > m.start() || text.isBlank()) {
            if (found == null) {
              found = new ArrayList<>();
            }
            found.add(new Found(m.group().strip(), m.start(), m.end()));
          }
          if (m.end() == m.start()) {
            break;
          }
        }
      }
      if (found == null) {
        return List.of();
      }
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      Set<String> seen = new LinkedHashSet<>();
      List<Found> out = new ArrayList<>();
      for (Found f : found) {
        if (seen.add(f.text().isEmpty() ? text : f.text())) {
          out.add(f);
        }
      }
      return out;
    }

    /** The first match, if any. */
    public Optional<Found> find(String text, String language) {
      List<Found> all = findAll(text, language);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether any term of the language matches somewhere in the text. */
    public boolean matches(String text, String language) {
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
   * The terms of one list and language, and what their matches need: one scan of a text for
   * all their literals tells which terms can match it; of those, a term anchored at the start
   * or with a known first literal is tried only where a match can start, the others by their
   * pattern. Immutable and thread-safe.
   */
  static final class Screen {
    final Pattern[] terms;
    private final Literals.Analysis[] known;
    /** Per term, its clauses as literal indices of the scanner; a term without any is tried. */
    private final int[][][] clauses;
    final LiteralScanner scanner;

    Screen(List<Term> list) {
      terms = new Pattern[list.size()];
      known = new Literals.Analysis[list.size()];
      clauses = new int[list.size()][][];
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Term t = list.get(i);
        terms[i] = t.pattern();
        known[i] = t.known();
        List<Set<String>> c = t.known().clauses();
        clauses[i] = new int[c.size()][];
        for (int j = 0; j < c.size(); j++) {
          clauses[i][j] = c.get(j).stream()
              .mapToInt(l -> ids.computeIfAbsent(l, k -> ids.size())).toArray();
        }
      }
      scanner = new LiteralScanner(new ArrayList<>(ids.keySet()));
    }

    /** The screen of one text. */
    Check check(String text) {
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
      private final String text;
      private final long[] hits;
      /** The text folded, made on first need; null if it cannot be (surrogates). */
      private String folded;
      private boolean foldedMade;

      Check(String text, long[] hits) {
        this.text = text;
        this.hits = hits;
      }

      /**
       * Whether term i matches somewhere in the text, as {@code find()} on its pattern would
       * answer: false without its literals; an anchored term only by {@code lookingAt()}; a
       * term with a first literal only where that occurs in the folded text, by a match from
       * there with bounds that let look-arounds and anchors see the whole text, which is the
       * attempt {@code find()} makes at that position.
       */
      boolean matches(int i) {
        if (!possible(i, hits)) {
          return false;
        }
        Literals.Analysis k = known[i];
        Matcher m = terms[i].matcher(text);
        if (k.anchored()) {
          return m.lookingAt();
        }
        String lead = k.lead();
        if (lead != null) {
          if (!foldedMade) {
            folded = Literals.foldText(text);
            foldedMade = true;
          }
          if (folded != null) {
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int n = text.length();
            for (int p = folded.indexOf(lead); p >= 0; p = folded.indexOf(lead, p + 1)) {
              if (m.region(p, n).lookingAt()) {
                return true;
              }
            }
            return false;
          }
        }
        return m.find();
      }
    }
  }

  /** A match: the matched text and where it is in the text. */
  public record Found(String text, int start, int end) {}

  /** A CAT-002 entry: words in {@code category} that belong to {@code belongsTo}. */
  public record Mismatch(String category, String belongsTo, WordList words) {}

  private final Map<String, WordList> lists = new LinkedHashMap<>();
  private final Map<String, WordList> backupAspects = new LinkedHashMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();

  Words() {
    Node.Mapping root = (Node.Mapping) Resources.yaml("lint-words.yaml");
    for (Map.Entry<String, Node> e : root.entries().entrySet()) {
      switch (e.getKey()) {
        case "category-mismatches" -> {
          for (Node item : ((Node.Seq) e.getValue()).items()) {
            Node.Mapping m = (Node.Mapping) item;
            Map<String, Node> langs = new LinkedHashMap<>(m.entries());
            String category = ((Node.Scalar) langs.remove("category")).text();
            String belongsTo = ((Node.Scalar) langs.remove("belongs-to")).text();
            mismatches.add(new Mismatch(category, belongsTo, list(langs)));
          }
        }
        case "backup-aspects" -> ((Node.Mapping) e.getValue()).entries().forEach(
            (aspect, n) -> backupAspects.put(aspect, list(((Node.Mapping) n).entries())));
        default -> lists.put(e.getKey(), list(((Node.Mapping) e.getValue()).entries()));
      }
    }
  }

  private static WordList list(Map<String, Node> byLanguage) {
    Map<String, List<Term>> out = new LinkedHashMap<>();
    byLanguage.forEach((lang, terms) -> {
      List<Term> list = new ArrayList<>();
      for (Node t : ((Node.Seq) terms).items()) {
        list.add(term(((Node.Scalar) t).text()));
      }
      out.put(lang, List.copyOf(list));
    });
    return new WordList(out);
  }

  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
  private static final String COMPOUND_START = "(?<![\\p{L}\\p{N}-])";

  /** One term of the word file, compiled, with the literals its matches need. */
  static Term term(String term) {
    return new Term(compile(term), term.startsWith("re:")
        ? Literals.ofRegex(term.substring(3)) : Literals.ofTerm(term));
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
      if (c == '*') {
        re.append("[\\p{L}\\p{N}-]*");
      } else if (c == ' ') {
        re.append(i > 0 && term.charAt(i - 1) == '.' ? "\\s*" : "\\s+");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (Character.isLetterOrDigit(last)) {
      re.append("(?![\\p{L}\\p{N}])");
    }
    return Pattern.compile(re.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static final class Holder {
    static final Words INSTANCE = new Words();
  }

  public static Words standard() {
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
    mismatches.forEach(m -> out.add(m.words()));
    return out;
  }

  public Map<String, WordList> backupAspects() {
    return backupAspects;
  }

  public List<Mismatch> mismatches() {
    return mismatches;
  }
}
