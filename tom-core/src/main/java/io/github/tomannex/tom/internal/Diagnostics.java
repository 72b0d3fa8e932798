package io.github.tomannex.tom.internal;

import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects diagnostics; not thread-safe, one per load. */
public final class Diagnostics {
  private final List<Diagnostic> list = new ArrayList<>();
  private int errors;

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
    list.add(new Diagnostic(at, severity, rule, message, Optional.ofNullable(hint)));
    if (severity == Severity.ERROR) {
      errors++;
    }
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
    return List.copyOf(copy);
  }
}
