package io.github.tomannex.tom.internal;

import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects diagnostics; not thread-safe, one per load. */
public final class Diagnostics {
  /** More than this many diagnostics are counted, not kept: a broken file must not exhaust memory. */
  public static final int MAX = 1_000;

  private final List<Diagnostic> list = new ArrayList<>();
  private int errors;
  private int dropped;
  private Location lastDropped;

  public void error(Location at, String rule, String message) {
    add(at, Severity.ERROR, rule, message, null);
  }

  public void error(Location at, String rule, String message, String hint) {
    add(at, Severity.ERROR, rule, message, hint);
  }

  public void warning(Location at, String rule, String message) {
    add(at, Severity.WARNING, rule, message, null);
  }

  public void info(Location at, String rule, String message) {
    add(at, Severity.INFO, rule, message, null);
  }

  public void add(Location at, Severity severity, String rule, String message, String hint) {
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

  /** All diagnostics, sorted by location then rule; the sort is stable for equal keys. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(list);
    copy.sort(null);
    if (dropped > 0) {
      copy.add(new Diagnostic(lastDropped, errors > 0 ? Severity.ERROR : Severity.WARNING,
          "LIMIT-001", dropped + " more problems are not listed; the first " + MAX + " are",
          Optional.of("fix these and load again")));
    }
    return List.copyOf(copy);
  }
}
