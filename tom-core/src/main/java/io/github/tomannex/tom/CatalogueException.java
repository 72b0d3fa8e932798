package io.github.tomannex.tom;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link LoadResult#orElseThrow()} when a catalogue has errors. */
public final class CatalogueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The diagnostics, kept as an immutable list; not serialised (only the message is). */
  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param diagnostics all diagnostics of the load
   */
  public CatalogueException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The diagnostics of the load, errors and others.
   *
   * @return the diagnostics
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics; // null after deserialisation
  }

  private static String summary(List<Diagnostic> diagnostics) {
    List<Diagnostic> errors =
        diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    return errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + " in catalogue:\n"
        + errors.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}
