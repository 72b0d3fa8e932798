package io.github.tomannex.tom;

import io.github.tomannex.tom.internal.bind.Layouts;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The words tom shows a reader of a document: the fixed words of the annex, the change notice and
 * the PDF (with its metadata), the date pattern, the month names and the category titles, by key
 * and language. tom has them in German and English ({@code labels.yaml} and the category titles of
 * {@code taxonomy.yaml} in tom-core); a catalogue sets any of them under {@code layout.labels}.
 *
 * <p>One rule: a word is the catalogue's in the language asked for, else tom's in exactly that
 * language; there is no fallback to another language. Loading a catalogue checks that every key has
 * a word in each of its languages (LANG-003); {@link #format} refuses a missing word.
 *
 * <p>Also a few words of the tools around a document ({@code site.name}, {@code site.description},
 * {@code lint.title-example}): not part of a document, not settable by a catalogue, and not in
 * {@link #keys()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Labels {
  private static final String MONTH = "month.";

  private final Map<String, Text> own;
  private final Map<String, Text> builtIn;
  private final Map<String, Text> tool;

  private Labels(Map<String, Text> own) {
    Layouts layouts = Layouts.standard();
    this.own = own;
    this.builtIn = layouts.defaultLabels();
    this.tool = layouts.toolWords();
  }

  private static final class Holder {
    static final Labels STANDARD = new Labels(Map.of());
  }

  /**
   * tom's own words, read once.
   *
   * @return the words that ship with tom-core
   */
  public static Labels standard() {
    return Holder.STANDARD;
  }

  /**
   * The words of a catalogue: its {@code layout.labels} over tom's. tom's title of the
   * sub-processor document ({@code subprocessors.title}, "Anlage 3 – …") takes the number after the
   * annex's own when the annex's {@code document.label} is that same "Anlage 3", so that the two
   * documents of one agreement never share a number; a title the catalogue or its layout sets is
   * used as written.
   *
   * @param catalogue a catalogue
   * @return the words its documents use
   */
  public static Labels of(Catalogue catalogue) {
    Map<String, Text> own = catalogue.layout().labels();
    Optional<Text> label = catalogue.document().label();
    if (label.isEmpty()) {
      return new Labels(own);
    }
    Text set = own.get(SUBPROCESSORS_TITLE);
    Map<String, String> title = new java.util.LinkedHashMap<>();
    if (set != null) {
      title.putAll(set.values());
    }
    // layout labels: tom's words with the catalogue's over them
    boolean moved = false;
    for (String lang : catalogue.document().languages()) {
      // a layout's labels start from tom's: a word equal to tom's is tom's
      Optional<String> tomsTitle = standard().word(SUBPROCESSORS_TITLE, lang);
      Optional<String> annex = label.get().in(lang);
      if (tomsTitle.isPresent() && tomsTitle.get().equals(title.get(lang)) && annex.isPresent()) {
        Optional<String> next = nextNumber(tomsTitle.get(), annex.get());
        if (next.isPresent()) {
          title.put(lang, next.get());
          moved = true;
        }
      }
    }
    if (!moved) {
      return new Labels(own);
    }
    Map<String, Text> words = new java.util.LinkedHashMap<>(own);
    words.put(SUBPROCESSORS_TITLE, new Text(title));
    return new Labels(Map.copyOf(words));
  }

  private static final String SUBPROCESSORS_TITLE = "subprocessors.title";
  private static final java.util.regex.Pattern NUMBERED =
      java.util.regex.Pattern.compile("(\\D*?)\\s*(\\d{1,6})(.*)", java.util.regex.Pattern.DOTALL);

  /**
   * A numbered title ("Anlage 3 – Unterauftragsverarbeiter") with the number after the annex's when
   * the annex's label is the same word and number ("Anlage 3"); empty when they differ.
   */
  private static Optional<String> nextNumber(String title, String annexLabel) {
    java.util.regex.Matcher t = NUMBERED.matcher(title.strip());
    java.util.regex.Matcher a = NUMBERED.matcher(annexLabel.strip());
    if (!t.matches() || !a.matches() || !a.group(3).isBlank()) {
      return Optional.empty();
    }
    String word = t.group(1).strip();
    if (!word.equalsIgnoreCase(a.group(1).strip().replaceAll("\\s+", " "))
        || Integer.parseInt(t.group(2)) != Integer.parseInt(a.group(2))) {
      return Optional.empty();
    }
    return Optional.of(word + " " + (Integer.parseInt(a.group(2)) + 1) + t.group(3));
  }

  /**
   * The words of a layout: its labels over tom's.
   *
   * @param layout a layout
   * @return the words documents in that layout use
   */
  public static Labels of(Layout layout) {
    return new Labels(layout.labels());
  }

  /**
   * Every key of a document's words, in the order of {@code labels.yaml} (the category titles
   * last); the keys {@code layout.labels} accepts.
   *
   * @return the keys
   */
  public List<String> keys() {
    return List.copyOf(builtIn.keySet());
  }

  /**
   * The languages with a word for every key (the {@code month.} names only where the {@code date}
   * pattern uses {@code {month}}); {@code de} and {@code en} for {@link #standard()}.
   *
   * @return the language codes, in the order they first appear
   */
  public List<String> languages() {
    Set<String> all = new LinkedHashSet<>();
    builtIn.values().forEach(t -> all.addAll(t.languages()));
    own.values().forEach(t -> all.addAll(t.languages()));
    return all.stream().filter(l -> missing(l).isEmpty()).toList();
  }

  /**
   * The word for a key in exactly this language.
   *
   * @param key a key of {@link #keys()}, or of a tool word
   * @param language a language code
   * @return the word, or empty when there is none in that language
   */
  public Optional<String> word(String key, String language) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(language, "language");
    Text t = own.get(key);
    Optional<String> w = t == null ? Optional.empty() : t.in(language);
    if (w.isEmpty()) {
      Text b = builtIn.containsKey(key) ? builtIn.get(key) : tool.get(key);
      w = b == null ? Optional.empty() : b.in(language);
    }
    return w;
  }

  /**
   * The keys of {@link #keys()} without a word in a language: what a catalogue in that language
   * must set under {@code layout.labels}.
   *
   * @param language a language code
   * @return the keys, in the order of {@link #keys()}; empty when the words are complete
   */
  public List<String> missing(String language) {
    Optional<String> date = word("date", language);
    boolean months = date.isEmpty() || date.get().contains("{month}");
    List<String> out = new ArrayList<>();
    for (String key : builtIn.keySet()) {
      if ((months || !key.startsWith(MONTH)) && word(key, language).isEmpty()) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * The word for a key with its placeholders {@code {0}}, {@code {1}}, ... replaced.
   *
   * @param key a key
   * @param language a language code
   * @param args the values, in placeholder order
   * @return the word
   * @throws IllegalArgumentException when there is no word for the key in that language
   */
  public String format(String key, String language, String... args) {
    String w =
        word(key, language)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no '"
                            + language
                            + "' word for the label '"
                            + key
                            + "'; set layout.labels."
                            + key));
    if (args.length == 0) {
      return w;
    }
    StringBuilder sb = new StringBuilder(w.length() + 32);
    int i = 0;
    while (i < w.length()) {
      int open = w.indexOf('{', i);
      int close = open < 0 ? -1 : w.indexOf('}', open);
      int n = close < 0 ? -1 : index(w.substring(open + 1, close));
      if (n < 0 || n >= args.length) {
        int to = open < 0 ? w.length() : open + 1;
        sb.append(w, i, to);
        i = to;
      } else {
        sb.append(w, i, open).append(args[n]);
        i = close + 1;
      }
    }
    return sb.toString();
  }

  private static int index(String s) {
    if (s.isEmpty() || s.length() > 2) {
      return -1;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(s);
  }

  /**
   * A date as the {@code date} pattern of the language writes it.
   *
   * @param date a date
   * @param language a language code
   * @return the date, for example {@code 31.03.2028} or {@code 31 March 2028}
   * @throws IllegalArgumentException when a word the pattern needs is missing
   */
  public String date(LocalDate date, String language) {
    String pattern = format("date", language);
    StringBuilder sb = new StringBuilder(pattern.length() + 8);
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      int close = open < 0 ? -1 : pattern.indexOf('}', open);
      if (close < 0) {
        sb.append(pattern, i, pattern.length());
        break;
      }
      String value =
          switch (pattern.substring(open + 1, close)) {
            case "d" -> String.valueOf(date.getDayOfMonth());
            case "dd" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "m" -> String.valueOf(date.getMonthValue());
            case "mm" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "month" -> format(MONTH + date.getMonthValue(), language);
            case "yyyy" -> String.format(Locale.ROOT, "%04d", date.getYear());
            default -> null;
          };
      if (value == null) {
        sb.append(pattern, i, open + 1);
        i = open + 1;
      } else {
        sb.append(pattern, i, open).append(value);
        i = close + 1;
      }
    }
    return sb.toString();
  }

  /**
   * A period in words: {@code 1 year 6 months}, {@code 2 Jahre}.
   *
   * @param period a period
   * @param language a language code
   * @return the period in words; its ISO form when it is zero
   * @throws IllegalArgumentException when a word it needs is missing
   */
  public String period(Period period, String language) {
    List<String> parts = new ArrayList<>();
    part(parts, period.getYears(), "period.year", language);
    part(parts, period.getMonths(), "period.month", language);
    part(parts, period.getDays(), "period.day", language);
    return parts.isEmpty() ? period.toString() : String.join(" ", parts);
  }

  private void part(List<String> parts, int n, String key, String language) {
    if (n != 0) {
      parts.add(format(n == 1 ? key : key + "s", language, String.valueOf(n)));
    }
  }
}
