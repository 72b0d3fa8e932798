package io.github.tomannex.tom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in one or more languages, as written in a catalogue: Markdown, keyed by language
 * code, in the order the catalogue gives them.
 *
 * @param values the text per language code; not empty
 * @param location where the text starts in the source
 * @param locations where each language's text starts; the same keys as {@code values}
 */
public record Text(Map<String, String> values, Location location, Map<String, Location> locations) {

  /**
   * Copies the maps, keeping their order.
   *
   * @param values see {@link #values()}
   * @param location see {@link #location()}
   * @param locations see {@link #locations()}
   * @throws IllegalArgumentException when {@code values} is empty or the key sets differ
   */
  public Text {
    Objects.requireNonNull(location, "location");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a text needs at least one language");
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    if (!values.keySet().equals(locations.keySet())) {
      throw new IllegalArgumentException("values and locations must have the same languages");
    }
    values.values().forEach(v -> Objects.requireNonNull(v, "text value"));
  }

  /**
   * A text in one language, with every position at {@code location}.
   *
   * @param language the language code
   * @param value the text
   * @param location where it is
   * @return the text
   */
  public static Text of(String language, String value, Location location) {
    return new Text(Map.of(language, value), location, Map.of(language, location));
  }

  /**
   * The text in a language.
   *
   * @param language a language code
   * @return the text, or empty when the text has no such language
   */
  public Optional<String> in(String language) {
    return Optional.ofNullable(values.get(language));
  }

  /**
   * The languages the text has, in the order written.
   *
   * @return the language codes
   */
  public List<String> languages() {
    return List.copyOf(values.keySet());
  }
}
