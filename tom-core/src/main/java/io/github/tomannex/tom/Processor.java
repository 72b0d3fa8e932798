package io.github.tomannex.tom;

import java.util.Objects;
import java.util.Optional;

/**
 * The processor whose measures the annex lists.
 *
 * @param name the legal name
 * @param address the postal address
 * @param contact a contact for data protection questions
 */
public record Processor(String name, Optional<Text> address, Optional<Text> contact) {
  /**
   * Checks that no component is null.
   *
   * @param name see {@link #name()}
   * @param address see {@link #address()}
   * @param contact see {@link #contact()}
   */
  public Processor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(contact, "contact");
  }
}
