package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * A place where data is processed.
 *
 * @param id the stable id
 * @param name the name shown in the annex
 * @param kind what kind of place it is
 * @param operator the id of the sub-processor that operates it; empty when the processor
 *     does
 * @param location where the entry is in the source
 */
public record Site(String id, Text name, SiteKind kind, Optional<String> operator, Location location) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param kind see {@link #kind()}
   * @param operator see {@link #operator()}
   * @param location see {@link #location()}
   */
  public Site {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(location, "location");
  }
}
