package io.github.tomannex.tom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an annex is laid out: its sections in order, how headings are numbered, where measures
 * of unplaced categories go, and the fixed words the renderers use.
 *
 * @param id the id of the built-in layout, or of the built-in layout a catalogue extends, or
 *     {@code custom}
 * @param numbering the numbering per heading level; levels beyond the list are not numbered
 * @param sections the top-level sections
 * @param otherTitle the title of the trailing section for measures no section places
 * @param otherIntro the intro of that section
 * @param labels the words documents show, by key (see the catalogue format): tom's, with the
 *     catalogue's {@code layout.labels} over them; {@link Labels} looks them up
 */
public record Layout(
    String id,
    List<Numbering> numbering,
    List<Section> sections,
    Text otherTitle,
    Optional<Text> otherIntro,
    Map<String, Text> labels) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id see {@link #id()}
   * @param numbering see {@link #numbering()}
   * @param sections see {@link #sections()}
   * @param otherTitle see {@link #otherTitle()}
   * @param otherIntro see {@link #otherIntro()}
   * @param labels see {@link #labels()}
   */
  public Layout {
    Objects.requireNonNull(id, "id");
    numbering = List.copyOf(numbering);
    sections = List.copyOf(sections);
    Objects.requireNonNull(otherTitle, "otherTitle");
    Objects.requireNonNull(otherIntro, "otherIntro");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /**
   * A fixed word in a language.
   *
   * @param key the label key, for example {@code certificate}
   * @param language the language code
   * @return the word, or empty when the layout has none for that language
   */
  public Optional<String> label(String key, String language) {
    Text t = labels.get(key);
    return t == null ? Optional.empty() : t.in(language);
  }
}
