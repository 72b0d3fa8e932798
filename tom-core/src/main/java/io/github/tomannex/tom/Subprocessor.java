package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * A sub-processor the processor relies on (Art. 28(4) GDPR), for example a data centre
 * operator.
 *
 * @param id the stable id
 * @param name the legal name
 * @param service what it does for the processor
 * @param place where it processes, for example a city or country
 * @param location where the entry is in the source
 */
public record Subprocessor(
    String id, String name, Optional<Text> service, Optional<Text> place, Location location) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param service see {@link #service()}
   * @param place see {@link #place()}
   * @param location see {@link #location()}
   */
  public Subprocessor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(location, "location");
  }
}
