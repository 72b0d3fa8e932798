package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a catalogue: where it is, how serious, which rule found it, and what is
 * wrong.
 *
 * @param location where the problem is
 * @param severity how serious it is
 * @param rule the stable id of the rule that found it, for example {@code SCHEMA-001}
 * @param message what is wrong and what was expected, lower-case, quoting the bad value
 * @param hint an optional suggestion, for example {@code did you mean 'title'?}
 */
public record Diagnostic(
    Location location, Severity severity, String rule, String message, Optional<String> hint)
    implements Comparable<Diagnostic> {

  /** Checks that no component is null. */
  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * The diagnostic as one line: {@code path:line:col: severity: RULE: message (hint)}, the
   * form compilers use and IDEs and CI log parsers pick up.
   *
   * @return the formatted line, without a line break
   */
  public String format() {
    return location + ": " + severity.label() + ": " + rule + ": " + fullMessage();
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
