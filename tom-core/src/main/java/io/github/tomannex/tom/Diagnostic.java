package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a catalogue: where it is, how serious, which rule found it, and what is wrong.
 *
 * @param location where the problem is
 * @param severity how serious it is
 * @param rule the stable id of the rule that found it, for example {@code SCHEMA-001}
 * @param message what is wrong and what was expected, lower-case, quoting the bad value; never
 *     contains a line break or other control character (see {@link #oneLine(String)})
 * @param hint an optional suggestion, for example {@code did you mean 'title'?}; one line too
 */
public record Diagnostic(
    Location location, Severity severity, String rule, String message, Optional<String> hint)
    implements Comparable<Diagnostic> {

  /**
   * Checks that no component is null and makes the message and hint one line each: a value quoted
   * from a catalogue may hold line breaks, and a diagnostic is printed as one line of a build log,
   * where a line break could start a line that a CI system reads as a command.
   *
   * @param location see {@link #location()}
   * @param severity see {@link #severity()}
   * @param rule see {@link #rule()}
   * @param message see {@link #message()}
   * @param hint see {@link #hint()}
   */
  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    message = oneLine(message);
    hint = hint.map(Diagnostic::oneLine);
  }

  /**
   * Writes every character that could break a line or hide text in a log as a visible escape: CR,
   * LF, NEL, the line and paragraph separators and the other C0 and C1 control characters ({@code
   * \n}, {@code \r}, <code>&#92;u0085</code>, …), and the bidirectional formatting characters
   * U+202A..U+202E and U+2066..U+2069 (which can reorder what a reader sees). A tab stays.
   *
   * @param s any text
   * @return the text on one line, unchanged when it had none of those characters
   */
  public static String oneLine(String s) {
    int i = 0;
    while (i < s.length() && !escaped(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!escaped(s, i)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  /** Whether the char at {@code i} is escaped: see {@link #escaped(char)}, or a lone surrogate. */
  private static boolean escaped(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return escaped(c);
  }

  private static boolean escaped(char c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The diagnostic as one line: {@code path:line:col: severity: RULE: message (hint)}, the form
   * compilers use and IDEs and CI log parsers pick up.
   *
   * @return the formatted line, without a line break
   */
  public String format() {
    return oneLine(location.toString())
        + ": "
        + severity.label()
        + ": "
        + oneLine(rule)
        + ": "
        + fullMessage();
  }

  /**
   * The message followed by the hint in brackets, if there is one.
   *
   * @return the message with its hint
   */
  public String fullMessage() {
    return hint.map(h -> message + " (" + h + ")").orElse(message);
  }

  /** Orders by location, then rule. */
  @Override
  public int compareTo(Diagnostic other) {
    int c = location.compareTo(other.location);
    return c != 0 ? c : rule.compareTo(other.rule);
  }

  @Override
  public String toString() {
    return format();
  }
}
