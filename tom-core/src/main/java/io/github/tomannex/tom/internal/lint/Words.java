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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists of the lint rules, read once from {@code lint-words.yaml} and compiled to
 * patterns (see the term syntax there). Immutable and thread-safe.
 */
public final class Words {
  /** The language key of terms that apply to every language. */
  static final String ANY = "any";

  /** One list: patterns per language key ({@code any}, {@code de}, {@code en} …). */
  public static final class WordList {
    private final Map<String, List<Pattern>> byLanguage;
    /** Per language key (null: all), the patterns as one alternation: one scan per text. */
    private final Map<String, Pattern> combined = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String ALL = "\u0000all";

    WordList(Map<String, List<Pattern>> byLanguage) {
      this.byLanguage = byLanguage;
    }

    private Pattern combined(String language) {
      String key = language != null && byLanguage.containsKey(language) ? language : ALL;
      return combined.computeIfAbsent(key, k -> {
        // plain terms that start a word share one look-behind: inside a word, which is most
        // positions of a text, the alternation then fails at once
        List<String> words = new ArrayList<>();
        List<String> compounds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Pattern p : patterns(language)) {
          String re = p.pattern();
          boolean plain = (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
          if (plain && re.startsWith(WORD_START)) {
            words.add(re.substring(WORD_START.length()));
          } else if (plain && re.startsWith(COMPOUND_START)) {
            compounds.add(re.substring(COMPOUND_START.length()));
          } else {
            others.add((plain ? "(?iu:" : "(?:") + re + ")");
          }
        }
        List<String> parts = new ArrayList<>();
        if (!words.isEmpty()) {
          parts.add(WORD_START + "(?iu:" + String.join("|", words) + ")");
        }
        if (!compounds.isEmpty()) {
          parts.add(COMPOUND_START + "(?iu:" + String.join("|", compounds) + ")");
        }
        parts.addAll(others);
        return Pattern.compile(parts.isEmpty() ? "(?!)" : String.join("|", parts),
            Pattern.UNICODE_CHARACTER_CLASS);
      });
    }

    /**
     * The patterns for a language: its own and the {@code any} ones; for a language the list
     * has no terms of (or {@code null}, a value without language), all of them.
     */
    List<Pattern> patterns(String language) {
      List<Pattern> out = new ArrayList<>(byLanguage.getOrDefault(ANY, List.of()));
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

    /** Every match in the text, in text order, each distinct text once. */
    public List<Found> findAll(String text, String language) {
      if (!matches(text, language)) {
        return List.of();
      }
      List<Found> found = new ArrayList<>();
      for (Pattern p : patterns(language)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          if (m.end() > m.start() || text.isBlank()) {
            found.add(new Found(m.group().strip(), m.start(), m.end()));
          }
          if (m.end() == m.start()) {
            break;
          }
        }
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

    public boolean matches(String text, String language) {
      return combined(language).matcher(text).find();
    }
  }

  /** A match: the matched text and where it is in the text. */
  public record Found(String text, int start, int end) {}

  /** A CAT-002 entry: words in {@code category} that belong to {@code belongsTo}. */
  public record Mismatch(String category, String belongsTo, WordList words) {}

  private final Map<String, WordList> lists = new LinkedHashMap<>();
  private final Map<String, WordList> backupAspects = new LinkedHashMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();

  private Words() {
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
    Map<String, List<Pattern>> out = new LinkedHashMap<>();
    byLanguage.forEach((lang, terms) -> {
      List<Pattern> patterns = new ArrayList<>();
      for (Node t : ((Node.Seq) terms).items()) {
        patterns.add(compile(((Node.Scalar) t).text()));
      }
      out.put(lang, List.copyOf(patterns));
    });
    return new WordList(out);
  }

  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
  private static final String COMPOUND_START = "(?<![\\p{L}\\p{N}-])";

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
