package io.github.tomannex.tom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in one or more languages, as written in a catalogue: Markdown, keyed by language code, in
 * the order the catalogue gives them.
 *
 * <p>A text carries no source position, so two texts with the same words are equal wherever they
 * are written; where a loaded text is written is in the catalogue's {@link SourceMap}.
 *
 * @param values the text per language code; not empty
 */
public record Text(Map<String, String> values) {

  /**
   * Copies the map, keeping its order.
   *
   * @param values see {@link #values()}
   * @throws IllegalArgumentException when {@code values} is empty
   */
  public Text {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a text needs at least one language");
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    values.values().forEach(v -> Objects.requireNonNull(v, "text value"));
  }

  /**
   * A text in one language.
   *
   * @param language the language code
   * @param value the text
   * @return the text
   */
  public static Text of(String language, String value) {
    return new Text(Map.of(language, value));
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
