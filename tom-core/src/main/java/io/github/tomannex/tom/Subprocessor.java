package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * A sub-processor the processor relies on (Art. 28(4) GDPR), for example a data centre operator.
 *
 * <p>The record carries no source position; where a loaded entry is written is in {@link
 * Catalogue#sources()}.
 *
 * @param id the stable id
 * @param name the legal name
 * @param service what it does for the processor
 * @param place where it processes, for example a city or country
 */
public record Subprocessor(String id, String name, Optional<Text> service, Optional<Text> place) {
  /**
   * Checks that no component is null.
   *
   * @param id see {@link #id()}
   * @param name see {@link #name()}
   * @param service see {@link #service()}
   * @param place see {@link #place()}
   */
  public Subprocessor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(place, "place");
  }
}
