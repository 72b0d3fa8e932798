package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.Diagnostics;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.yaml.Node;
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
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  final Diagnostics diags;
  /** The declared languages; the first is binding. Empty while unknown. */
  List<String> languages = List.of();

  Values(Diagnostics diags) {
    this.diags = diags;
  }

  Obj obj(Node node, String path, String... keys) {
    if (node instanceof Node.Mapping m) {
      return new Obj(m, path, diags, List.of(keys));
    }
    typeError(node, path, "a mapping with the keys " + String.join(", ", keys));
    return null;
  }

  List<Node> list(Node node, String path) {
    if (node instanceof Node.Seq s) {
      return s.items();
    }
    typeError(node, path, "a list");
    return null;
  }

  void typeError(Node node, String path, String expected) {
    String hint = null;
    if (node instanceof Node.Scalar s && s.kind() != Node.ScalarKind.NULL
        && expected.startsWith("a string")) {
      hint = "quote it: \"" + s.text() + "\"";
    } else if (node instanceof Node.Scalar s && s.kind() != Node.ScalarKind.NULL
        && expected.startsWith("a list")) {
      hint = "write it as a list: [" + s.text() + "]";
    } else if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING
        && expected.startsWith("a whole number") && s.text().trim().matches("-?\\d{1,9}")) {
      hint = "remove the quotes: " + s.text().trim();
    }
    diags.error(
        node.location(),
        "SCHEMA-002",
        "'" + path + "' is " + node.describe() + "; expected " + expected,
        hint);
  }

  String string(Node node, String path) {
    if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING) {
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

  /** Reports a control character that an escape sequence put into a string. */
  private boolean printable(Node.Scalar s, String path) {
    for (int i = 0; i < s.text().length(); i++) {
      char c = s.text().charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        diags.error(
            s.location(),
            "SCHEMA-010",
            String.format(java.util.Locale.ROOT,
                "'%s' contains control character U+%04X; expected printable text", path,
                (int) c),
            "remove the escape sequence");
        return false;
      }
    }
    return true;
  }

  String nonEmptyString(Node node, String path) {
    String s = string(node, path);
    if (s != null && s.isBlank()) {
      diags.error(node.location(), "SCHEMA-003", "'" + path + "' is empty; it needs a value");
      return null;
    }
    return s;
  }

  String id(Node node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    if (!ID.matcher(s).matches()) {
      diags.error(
          node.location(),
          "SCHEMA-007",
          "'" + path + "' is '" + s + "'; an id is lower-case letters, digits, '.' and '-',"
              + " starting with a letter or digit");
      return null;
    }
    return s;
  }

  Integer integer(Node node, String path) {
    if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.INT) {
      try {
        return Integer.valueOf(s.text().trim());
      } catch (NumberFormatException e) {
        // fall through: out of range
      }
    }
    typeError(node, path, "a whole number");
    return null;
  }

  Boolean bool(Node node, String path) {
    if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.BOOL) {
      return Boolean.valueOf(s.text().trim().toLowerCase(java.util.Locale.ROOT));
    }
    typeError(node, path, "true or false");
    return null;
  }

  LocalDate date(Node node, String path) {
    if (!(node instanceof Node.Scalar s)
        || (s.kind() != Node.ScalarKind.STRING && s.kind() != Node.ScalarKind.INT)) {
      typeError(node, path, "a date written YYYY-MM-DD");
      return null;
    }
    try {
      if (!DATE.matcher(s.text().trim()).matches()) {
        throw new DateTimeException("not YYYY-MM-DD");
      }
      return LocalDate.parse(s.text().trim(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      diags.error(
          node.location(),
          "SCHEMA-004",
          "'" + path + "' is '" + s.text() + "', which is not a date; expected YYYY-MM-DD,"
              + " for example 2025-01-31");
      return null;
    }
  }

  Period period(Node node, String path) {
    if (!(node instanceof Node.Scalar s) || s.kind() != Node.ScalarKind.STRING) {
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
      diags.error(
          node.location(),
          "SCHEMA-005",
          "'" + path + "' is '" + s.text() + "'; expected a period of at most "
              + MAX_PERIOD_YEARS + " years");
      return null;
    }
    if (p == null || p.isNegative() || p.isZero() || s.text().trim().startsWith("-")) {
      diags.error(
          node.location(),
          "SCHEMA-005",
          "'" + path + "' is '" + s.text() + "'; expected a positive ISO-8601 period such as"
              + " P1Y (one year), P6M (six months) or P2W (two weeks)");
      return null;
    }
    return p;
  }

  <E> E choice(Node node, String path, Map<String, E> choices) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    E e = choices.get(s);
    if (e == null) {
      diags.error(
          node.location(),
          "SCHEMA-006",
          "'" + path + "' is '" + s + "'; expected one of " + String.join(", ", choices.keySet()),
          Suggest.hint(s, choices.keySet()));
    }
    return e;
  }

  String url(Node node, String path) {
    String s = string(node, path);
    if (s == null) {
      return null;
    }
    try {
      java.net.URI uri = new java.net.URI(s.trim());
      String scheme = uri.getScheme();
      if (uri.isAbsolute() && uri.getHost() != null
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        return s.trim();
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    diags.error(
        node.location(),
        "SCHEMA-009",
        "'" + path + "' is '" + s + "'; expected an absolute https:// or http:// address");
    return null;
  }

  /**
   * A {@code <text>}: a string in the binding language, or a mapping of language to string.
   * Checks the languages against the declared ones.
   */
  Text text(Node node, String path, boolean required) {
    if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING) {
      if (!printable(s, path)) {
        return null;
      }
      if (required && s.text().isBlank()) {
        diags.error(s.location(), "SCHEMA-003", "'" + path + "' is empty; it needs a text");
        return null;
      }
      String binding = languages.isEmpty() ? "und" : languages.get(0);
      List<String> missing = languages.subList(Math.min(1, languages.size()), languages.size());
      if (!missing.isEmpty()) {
        diags.error(
            s.location(),
            "LANG-001",
            "'" + path + "' has no " + quoted(missing) + " text; the document's languages are "
                + String.join(", ", languages),
            "write it as a mapping: {" + binding + ": \"…\", " + missing.get(0) + ": \"…\"}");
      }
      return Text.of(binding, s.text(), s.location());
    }
    if (node instanceof Node.Mapping m) {
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, Location> locations = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        String lang = e.getKey();
        Location keyAt = m.keys().get(lang);
        if (!languages.isEmpty() && !languages.contains(lang)) {
          diags.error(
              keyAt,
              "LANG-002",
              "'" + path + "' has a text in '" + lang + "', which is not one of the document's"
                  + " languages (" + String.join(", ", languages) + ")",
              Suggest.hint(lang, languages));
          continue;
        }
        String value = string(e.getValue(), path + "." + lang);
        if (value == null) {
          continue;
        }
        if (required && value.isBlank()) {
          diags.error(
              e.getValue().location(),
              "SCHEMA-003",
              "'" + path + "." + lang + "' is empty; it needs a text");
          continue;
        }
        values.put(lang, value);
        locations.put(lang, e.getValue().location());
      }
      List<String> missing = new ArrayList<>();
      for (String lang : languages) {
        if (!m.keys().containsKey(lang)) {
          missing.add(lang);
        }
      }
      if (!missing.isEmpty()) {
        diags.error(
            m.location(),
            "LANG-001",
            "'" + path + "' has no " + quoted(missing) + " text; the document's languages are "
                + String.join(", ", languages));
      }
      if (values.isEmpty()) {
        if (m.entries().isEmpty()) {
          diags.error(m.location(), "SCHEMA-003", "'" + path + "' is an empty mapping; it needs"
              + " a text per language");
        }
        return null;
      }
      return new Text(values, m.location(), locations);
    }
    typeError(node, path, "a text: a string, or a mapping from language to string");
    return null;
  }
}
