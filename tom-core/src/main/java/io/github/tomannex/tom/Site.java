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
 * @param location where it is, such as a city
 * @param operator the id of the sub-processor that operates it; empty when the processor does
 */
public record Site(
    String id, Text name, SiteKind kind, Optional<Text> location, Optional<String> operator) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param kind see {@link #kind()}
   * @param location see {@link #location()}
   * @param operator see {@link #operator()}
   */
  public Site {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(operator, "operator");
  }

  /**
   * A site without a location.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param kind see {@link #kind()}
   * @param operator see {@link #operator()}
   */
  public Site(String id, Text name, SiteKind kind, Optional<String> operator) {
    this(id, name, kind, Optional.empty(), operator);
  }
}
