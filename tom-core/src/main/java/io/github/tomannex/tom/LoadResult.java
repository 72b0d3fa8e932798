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
 * @param inputs what was read besides the catalogue itself, in the order read: the absolute,
 *     normalized path of each file named by {@code include:} or {@code base:} (also of fragments of
 *     fragments), and the Maven coordinates of each artifact included; empty for a catalogue that
 *     includes nothing. A cache of load results must compare their contents too.
 */
public record LoadResult(
    Optional<Catalogue> catalogue, List<Diagnostic> diagnostics, List<String> inputs) {

  /**
   * Copies the lists.
   *
   * @param catalogue see {@link #catalogue()}
   * @param diagnostics see {@link #diagnostics()}
   * @param inputs see {@link #inputs()}
   */
  public LoadResult {
    Objects.requireNonNull(catalogue, "catalogue");
    diagnostics = List.copyOf(diagnostics);
    inputs = List.copyOf(inputs);
  }

  /**
   * A result of a catalogue that read no other file.
   *
   * @param catalogue see {@link #catalogue()}
   * @param diagnostics see {@link #diagnostics()}
   */
  public LoadResult(Optional<Catalogue> catalogue, List<Diagnostic> diagnostics) {
    this(catalogue, diagnostics, List.of());
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
