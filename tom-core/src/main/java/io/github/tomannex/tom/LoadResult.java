package io.github.tomannex.tom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What loading a catalogue gave: the catalogue, if it has no errors, and every diagnostic, sorted
 * by position.
 *
 * @param catalogue the catalogue; empty when there is any error
 * @param diagnostics all diagnostics, errors, warnings and infos, sorted by location
 */
public record LoadResult(Optional<Catalogue> catalogue, List<Diagnostic> diagnostics) {

  /**
   * Copies the list.
   *
   * @param catalogue see {@link #catalogue()}
   * @param diagnostics see {@link #diagnostics()}
   */
  public LoadResult {
    Objects.requireNonNull(catalogue, "catalogue");
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Whether any diagnostic is an error.
   *
   * @return true when the catalogue cannot be rendered
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Counts diagnostics of one severity.
   *
   * @param severity the severity
   * @return how many there are
   */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /**
   * The catalogue, or an exception that lists the errors.
   *
   * @return the catalogue
   * @throws CatalogueException when the catalogue has errors
   */
  public Catalogue orElseThrow() {
    return catalogue.orElseThrow(() -> new CatalogueException(diagnostics));
  }
}
