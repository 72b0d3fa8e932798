package io.github.tomannex.tom;

import io.github.tomannex.tom.internal.bind.Layouts;
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

  /**
   * The layouts built into tom, in the order of the documentation; a catalogue names one
   * with {@code layout: <id>} or extends one with {@code layout: {extends: <id>}}. Which
   * categories each section holds: {@code docs/layouts.md}.
   *
   * @return the built-in layouts, {@code de-classic} (the default) first
   */
  public static List<Layout> builtIn() {
    Layouts layouts = Layouts.standard();
    return layouts.ids().stream().map(layouts::find).toList();
  }

  /**
   * A built-in layout by id.
   *
   * @param id the layout's id, for example {@code eu-scc-annex-ii}
   * @return the layout, or empty when tom has none of that id
   */
  public static Optional<Layout> builtIn(String id) {
    return Optional.ofNullable(Layouts.standard().find(id));
  }
}
