package io.github.tomannex.tom.internal.rules;

import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics; not thread-safe, one per load. A finding is reported by rule id: its
 * severity is the one {@code rules.yaml} gives the rule ({@link RuleTable}), or, for a lint
 * rule, the level it is configured to. No caller chooses a severity of its own.
 */
public final class Diagnostics {
  /** More than this many diagnostics are counted, not kept: a broken file must not exhaust memory. */
  public static final int MAX = 1_000;

  private static final String LIMIT = "LIMIT-001";

  private final List<Diagnostic> list = new ArrayList<>();
  private int errors;
  private int dropped;
  private Location lastDropped;

  /**
   * Reports a finding with the severity of its rule in {@code rules.yaml}.
   *
   * @throws IllegalArgumentException when the rule is not in {@code rules.yaml}, or is a lint
   *     rule (those are reported at their configured level, {@link #report(Location, String,
   *     Severity, String, String)})
   */
  public void report(Location at, String rule, String message) {
    report(at, rule, message, null);
  }

  /**
   * Reports a finding with a hint (null for none), with the severity of its rule in {@code
   * rules.yaml}.
   *
   * @throws IllegalArgumentException as {@link #report(Location, String, String)}
   */
  public void report(Location at, String rule, String message, String hint) {
    RuleTable table = RuleTable.standard();
    if (table == null) {
      // only while rules.yaml itself is read: a problem in it is a bug, reported as such
      throw new IllegalStateException("tom-core resource rules.yaml is invalid: " + at + ": "
          + rule + ": " + message);
    }
    if (table.rule(rule).configurable()) {
      throw new IllegalArgumentException(rule + " is a lint rule; report it at its configured"
          + " level");
    }
    add(at, table.severity(rule), rule, message, hint);
  }

  /**
   * Reports a finding of a lint rule at the level it is configured to (its default from
   * {@code rules.yaml}, the catalogue's {@code lint:} key, or the API's).
   *
   * @throws IllegalArgumentException when the rule is not a lint rule of {@code rules.yaml}
   */
  public void report(Location at, String rule, Severity configured, String message,
      String hint) {
    if (!RuleTable.standard().rule(rule).configurable()) {
      throw new IllegalArgumentException(rule + " is a structural rule; its severity is the"
          + " one in rules.yaml");
    }
    add(at, configured, rule, message, hint);
  }

  private void add(Location at, Severity severity, String rule, String message, String hint) {
    if (severity == Severity.ERROR) {
      errors++;
    }
    if (list.size() >= MAX) {
      dropped++;
      lastDropped = at;
      return;
    }
    list.add(new Diagnostic(at, severity, rule, message, Optional.ofNullable(hint)));
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public int errorCount() {
    return errors;
  }

  /**
   * All diagnostics, sorted by location then rule; the sort is stable for equal keys. When
   * more than {@link #MAX} were reported, a {@code LIMIT-001} at the last of them counts the
   * rest.
   */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(list);
    copy.sort(null);
    if (dropped > 0) {
      RuleTable table = RuleTable.standard();
      copy.add(new Diagnostic(lastDropped, table.severity(LIMIT), LIMIT,
          table.message(LIMIT, dropped, MAX), table.hint(LIMIT)));
    }
    return List.copyOf(copy);
  }
}
