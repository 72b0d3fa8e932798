package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.Chars;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Converts YAML nodes to values, reporting what does not fit; null means "reported". */
final class Values {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The longest period accepted; longer ones are typos and would overflow date arithmetic. */
  static final int MAX_PERIOD_YEARS = 100;

  /** The earliest date accepted: earlier ones are typos (and calendars differ before it). */
  static final LocalDate MIN_DATE = LocalDate.of(1970, 1, 1);

  /** The latest date accepted. */
  static final LocalDate MAX_DATE = LocalDate.of(2999, 12, 31);

  /** The longest language tag accepted (RFC 5646 §4.4.1 asks for room for 35 characters). */
  static final int MAX_LANGUAGE_TAG = 35;

  /**
   * Whether a language code is a lower-case primary language of two or three letters with optional
   * subtags of two to eight letters or digits ({@code de}, {@code de-CH}, {@code sr-Latn}), at most
   * {@link #MAX_LANGUAGE_TAG} characters. A loop, not a regular expression: a repeated group
   * recurses once per repetition in {@code java.util.regex}.
   */
  static boolean languageTag(String s) {
    if (s.length() > MAX_LANGUAGE_TAG) {
      return false;
    }
    int i = 0;
    while (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < s.length()) {
      if (s.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < s.length() && (s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i)))) {
        i++;
      }
      if (i - start < 2 || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  final Diagnostics diags;

  /** The declared languages; the first is binding. Empty while unknown. */
  List<String> languages = List.of();

  /** Codes in document.languages that were refused (already reported): not reported again. */
  java.util.Set<String> refusedLanguages = java.util.Set.of();

  Values(Diagnostics diags) {
    this.diags = diags;
  }

  Obj obj(YamlNode node, String path, String... keys) {
    if (node instanceof YamlNode.Mapping m) {
      return new Obj(m, path, diags, List.of(keys));
    }
    typeError(node, path, "a mapping with the keys " + String.join(", ", keys));
    return null;
  }

  List<YamlNode> list(YamlNode node, String path) {
    if (node instanceof YamlNode.Seq s) {
      return s.items();
    }
    typeError(node, path, "a list");
    return null;
  }

  void typeError(YamlNode node, String path, String expected) {
    String hint = null;
    if (node instanceof YamlNode.Scalar s
        && s.kind() != YamlNode.ScalarKind.NULL
        && expected.startsWith("a string")) {
      hint = "quote it: \"" + s.text() + "\"";
    } else if (node instanceof YamlNode.Scalar s
        && s.kind() != YamlNode.ScalarKind.NULL
        && expected.startsWith("a list")) {
      hint = "write it as a list: [" + s.text() + "]";
    } else if (node instanceof YamlNode.Scalar s
        && s.kind() == YamlNode.ScalarKind.STRING
        && expected.startsWith("a whole number")
        && s.text().trim().matches("-?\\d{1,9}")) {
      hint = "remove the quotes: " + s.text().trim();
    }
    diags.report(
        node.location(),
        "SCHEMA-002",
        "'" + path + "' is " + node.describe() + "; expected " + expected,
        hint);
  }

  String string(YamlNode node, String path) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
      return printable(s, path) ? s.text() : null;
    }
    typeError(node, path, "a string");
    return null;
  }

  private static String quoted(List<String> languages) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < languages.size(); i++) {
      sb.append(i == 0 ? "" : i == languages.size() - 1 ? " or " : ", ");
      sb.append('\'').append(languages.get(i)).append('\'');
    }
    return sb.toString();
  }

  /**
   * Reports a character that no output can show correctly and that an escape sequence or a
   * character reference put into a string: a control character, a lone surrogate, a non-character
   * (see {@link Chars#firstForbidden}).
   */
  private boolean printable(YamlNode.Scalar s, String path) {
    Chars.Problem p = Chars.firstForbidden(s.text());
    if (p == null) {
      return true;
    }
    diags.report(
        s.location(),
        "SCHEMA-010",
        "'" + path + "' contains " + p.what() + "; expected printable text",
        p.what().startsWith("the character reference")
            ? "remove the character reference"
            : p.what().contains("surrogate")
                ? "write the whole character, as itself or as one escape such as \\U0001F600"
                : "remove the escape sequence");
    return false;
  }

  String nonEmptyString(YamlNode node, String path) {
    String s = string(node, path);
    if (s != null && s.isBlank()) {
      diags.report(node.location(), "SCHEMA-003", "'" + path + "' is empty; it needs a value");
      return null;
    }
    return s;
  }

  String id(YamlNode node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    if (!ID.matcher(s).matches()) {
      diags.report(
          node.location(),
          "SCHEMA-007",
          "'"
              + path
              + "' is '"
              + s
              + "'; an id is lower-case letters, digits, '.' and '-',"
              + " starting with a letter or digit");
      return null;
    }
    return s;
  }

  Integer integer(YamlNode node, String path) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.INT) {
      try {
        return Integer.valueOf(s.text().trim());
      } catch (NumberFormatException e) {
        // fall through: out of range
      }
    }
    typeError(node, path, "a whole number");
    return null;
  }

  Boolean bool(YamlNode node, String path) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.BOOL) {
      return Boolean.valueOf(s.text().trim().toLowerCase(java.util.Locale.ROOT));
    }
    typeError(node, path, "true or false");
    return null;
  }

  LocalDate date(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Scalar s)
        || (s.kind() != YamlNode.ScalarKind.STRING && s.kind() != YamlNode.ScalarKind.INT)) {
      typeError(node, path, "a date written YYYY-MM-DD");
      return null;
    }
    try {
      if (!DATE.matcher(s.text().trim()).matches()) {
        throw new DateTimeException("not YYYY-MM-DD");
      }
      LocalDate date = LocalDate.parse(s.text().trim(), DateTimeFormatter.ISO_LOCAL_DATE);
      if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
        diags.report(
            node.location(),
            "SCHEMA-004",
            "'"
                + path
                + "' is "
                + s.text().trim()
                + ", outside the dates tom accepts; expected"
                + " a date from "
                + MIN_DATE
                + " to "
                + MAX_DATE);
        return null;
      }
      return date;
    } catch (DateTimeException e) {
      diags.report(
          node.location(),
          "SCHEMA-004",
          "'"
              + path
              + "' is '"
              + s.text()
              + "', which is not a date; expected YYYY-MM-DD,"
              + " for example 2025-01-31");
      return null;
    }
  }

  Period period(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.ScalarKind.STRING) {
      typeError(node, path, "an ISO-8601 period such as P1Y or P6M");
      return null;
    }
    Period p = null;
    try {
      p = Period.parse(s.text().trim());
    } catch (DateTimeException e) {
      // reported below
    }
    if (p != null && p.toTotalMonths() / 12 + p.getDays() / 365 > MAX_PERIOD_YEARS) {
      diags.report(
          node.location(),
          "SCHEMA-005",
          "'"
              + path
              + "' is '"
              + s.text()
              + "'; expected a period of at most "
              + MAX_PERIOD_YEARS
              + " years");
      return null;
    }
    if (p == null || p.isNegative() || p.isZero() || s.text().trim().startsWith("-")) {
      diags.report(
          node.location(),
          "SCHEMA-005",
          "'"
              + path
              + "' is '"
              + s.text()
              + "'; expected a positive ISO-8601 period such as"
              + " P1Y (one year), P6M (six months) or P2W (two weeks)");
      return null;
    }
    return p;
  }

  <E> E choice(YamlNode node, String path, Map<String, E> choices) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    E e = choices.get(s);
    if (e == null) {
      diags.report(
          node.location(),
          "SCHEMA-006",
          "'" + path + "' is '" + s + "'; expected one of " + String.join(", ", choices.keySet()),
          Suggest.hint(s, choices.keySet()));
    }
    return e;
  }

  String url(YamlNode node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    try {
      java.net.URI uri = new java.net.URI(s.trim());
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        return s.trim();
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    diags.report(
        node.location(),
        "SCHEMA-009",
        "'" + path + "' is '" + s + "'; expected an absolute https:// or http:// address");
    return null;
  }

  /**
   * A {@code <name>}: like a {@code <text>}, but a plain string is valid in every language (names,
   * e-mail addresses, reference numbers, addresses are rarely translated); a mapping must still
   * give every language.
   */
  Text name(YamlNode node, String path, boolean required) {
    if (node instanceof YamlNode.Scalar s
        && s.kind() == YamlNode.ScalarKind.STRING
        && languages.size() > 1) {
      if (!printable(s, path)) {
        return null;
      }
      if (required && s.text().isBlank()) {
        diags.report(s.location(), "SCHEMA-003", "'" + path + "' is empty; it needs a value");
        return null;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String lang : languages) {
        values.put(lang, s.text());
      }
      return new Text(values);
    }
    return text(node, path, required);
  }

  /**
   * A {@code <text>}: a string in the binding language, or a mapping of language to string. Checks
   * the languages against the declared ones.
   */
  Text text(YamlNode node, String path, boolean required) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
      if (!printable(s, path)) {
        return null;
      }
      if (required && s.text().isBlank()) {
        diags.report(s.location(), "SCHEMA-003", "'" + path + "' is empty; it needs a text");
        return null;
      }
      String binding = languages.isEmpty() ? "und" : languages.get(0);
      List<String> missing = languages.subList(Math.min(1, languages.size()), languages.size());
      if (!missing.isEmpty()) {
        diags.report(
            s.location(),
            "LANG-001",
            "'"
                + path
                + "' has no "
                + quoted(missing)
                + " text; the document's languages are "
                + String.join(", ", languages),
            "write it as a mapping: {" + binding + ": \"…\", " + missing.get(0) + ": \"…\"}");
      }
      return Text.of(binding, s.text());
    }
    if (node instanceof YamlNode.Mapping m) {
      Map<String, String> values = new LinkedHashMap<>();
      String previousLang = null;
      for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
        String lang = e.getKey();
        Location keyAt = m.keys().get(lang);
        if (refusedLanguages.contains(lang)) {
          continue;
        }
        if (!languages.isEmpty() && !languages.contains(lang)) {
          boolean split =
              e.getValue() instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.ScalarKind.NULL;
          if (split) {
            YamlNode before = previousLang == null ? null : m.entries().get(previousLang);
            String example =
                before instanceof YamlNode.Scalar b && !b.text().isEmpty()
                    ? previousLang + ": \"" + b.text() + ", " + lang + "\""
                    : null;
            diags.report(
                keyAt,
                "LANG-002",
                "'"
                    + path
                    + "' has an entry '"
                    + lang
                    + "' without a value, which is not one"
                    + " of the document's languages ("
                    + String.join(", ", languages)
                    + (languageTag(lang) && previousLang != null
                        ? "); if it is part of the text before it, that text was split at a comma"
                        : "); the text before it was probably split at a comma"),
                "in a {…} mapping a comma separates entries: quote a text that contains one"
                    + (example == null ? "" : ", " + example));
          } else {
            diags.report(
                keyAt,
                "LANG-002",
                "'"
                    + path
                    + "' has a text in '"
                    + lang
                    + "', which is not one of the"
                    + " document's languages ("
                    + String.join(", ", languages)
                    + ")",
                Suggest.hint(lang, languages));
          }
          continue;
        }
        previousLang = lang;
        String value = string(e.getValue(), path + "." + lang);
        if (value == null) {
          continue;
        }
        if (required && value.isBlank()) {
          diags.report(
              e.getValue().location(),
              "SCHEMA-003",
              "'" + path + "." + lang + "' is empty; it needs a text");
          continue;
        }
        values.put(lang, value);
      }
      List<String> missing = new ArrayList<>();
      for (String lang : languages) {
        if (!m.keys().containsKey(lang)) {
          missing.add(lang);
        }
      }
      if (!missing.isEmpty()) {
        diags.report(
            m.location(),
            "LANG-001",
            "'"
                + path
                + "' has no "
                + quoted(missing)
                + " text; the document's languages are "
                + String.join(", ", languages));
      }
      if (values.isEmpty()) {
        if (m.entries().isEmpty()) {
          diags.report(
              m.location(),
              "SCHEMA-003",
              "'" + path + "' is an empty mapping; it needs" + " a text per language");
        }
        return null;
      }
      return new Text(values);
    }
    typeError(node, path, "a text: a string, or a mapping from language to string");
    return null;
  }
}
