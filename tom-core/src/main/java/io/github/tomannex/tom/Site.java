package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * A place where data is processed.
 *
 * <p>The record carries no source position; where a loaded entry is written is in {@link
 * Catalogue#sources()}.
 *
 * @param id the stable id
 * @param name the name shown in the annex
 * @param kind what kind of place it is
 * @param operator the id of the sub-processor that operates it; empty when the processor does
 */
public record Site(String id, Text name, SiteKind kind, Optional<String> operator) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param kind see {@link #kind()}
   * @param operator see {@link #operator()}
   */
  public Site {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(operator, "operator");
  }
}
