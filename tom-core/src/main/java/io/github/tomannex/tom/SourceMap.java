package io.github.tomannex.tom;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the parts of a loaded catalogue are written in its source: the entries (a {@link Measure},
 * {@link Site}, {@link Subprocessor}, {@link Certificate}, {@link Change}, the {@link Document},
 * its {@link Processor} and {@link Agreement}, the {@link Review}), the values of their keys, the
 * items of their lists, and each {@link Text} per language.
 *
 * <p>The model itself carries no positions, so two parts that say the same are equal wherever they
 * are written. A source map finds a part by its identity: it knows the objects the loader returned
 * ({@link Catalogue#sources()}), not copies of them; for a part built by the caller it answers
 * empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(new IdentityHashMap<>());

  /**
   * Where a part is, and where its keys and list items are. Filled by one builder, never changed
   * after {@link Builder#build()}; the maps are never handed out.
   */
  private static final class Place {
    final Location at;
    Map<String, Location> keys = Map.of();
    Map<String, Map<String, Location>> items = Map.of();

    /** Whether the maps belong to another source map (copied before a change). */
    boolean shared;

    Place(Location at) {
      this.at = at;
    }
  }

  private final Map<Object, Place> places;

  private SourceMap(IdentityHashMap<Object, Place> places) {
    this.places = places;
  }

  /**
   * A source map that knows no positions, for a catalogue that was not loaded from a source.
   *
   * @return the empty source map
   */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * Starts a source map; the loader builds one per catalogue, and a program that builds catalogues
   * from another source can build one so that diagnostics point into it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where a part starts: the mapping of an entry, or the text (the string, or the mapping of
   * languages).
   *
   * @param part an entry or a {@link Text} of the catalogue
   * @return the position, or empty when the part was not loaded from this source
   */
  public Optional<Location> positionOf(Object part) {
    Place p = places.get(part);
    return p == null ? Optional.empty() : Optional.of(p.at);
  }

  /**
   * Where the value of one key of an entry is written, for example the {@code due} date of a
   * measure; for a {@link Text}, the key is a language code and the answer where that language's
   * text starts.
   *
   * @param part an entry or a {@link Text} of the catalogue
   * @param key a key of the catalogue format, or a language code for a text
   * @return the position, or empty when the part was not loaded from this source or does not have
   *     the key
   */
  public Optional<Location> positionOf(Object part, String key) {
    Place p = places.get(part);
    return p == null ? Optional.empty() : Optional.ofNullable(p.keys.get(key));
  }

  /**
   * Where one item of a list is written, for example one certificate id in a measure's {@code
   * certificates}: the first item with that value.
   *
   * @param part an entry of the catalogue
   * @param key the key of the list
   * @param item the item, as written
   * @return the position, or empty when there is no such item
   */
  public Optional<Location> positionOf(Object part, String key, String item) {
    Place p = places.get(part);
    if (p == null) {
      return Optional.empty();
    }
    Map<String, Location> items = p.items.get(key);
    return items == null ? Optional.empty() : Optional.ofNullable(items.get(item));
  }

  /**
   * How many parts the map knows.
   *
   * @return the number of parts
   */
  public int size() {
    return places.size();
  }

  /** Returns the number of parts the map knows, not the positions. */
  @Override
  public String toString() {
    return "SourceMap[" + places.size() + " parts]";
  }

  /**
   * Collects positions; not thread-safe, and used once: {@link #build()} hands its positions over.
   * Each part is found by its identity.
   */
  public static final class Builder {
    private IdentityHashMap<Object, Place> places = new IdentityHashMap<>();

    private Builder() {}

    private IdentityHashMap<Object, Place> places() {
      if (places == null) {
        throw new IllegalStateException("the source map is built; start a new builder");
      }
      return places;
    }

    /** The part's place, its maps its own to change. */
    private Place place(Object part) {
      Place p = places().get(Objects.requireNonNull(part, "part"));
      if (p == null) {
        throw new IllegalStateException("add the part's own position first: " + part);
      }
      if (p.shared) {
        p.keys = new HashMap<>(p.keys);
        Map<String, Map<String, Location>> items = new HashMap<>();
        p.items.forEach((k, v) -> items.put(k, new HashMap<>(v)));
        p.items = items;
        p.shared = false;
      }
      return p;
    }

    /**
     * Takes every position of another source map, for example of the built-in layouts a catalogue
     * uses; its parts take no further positions from this builder.
     *
     * @param other a source map
     * @return this builder
     */
    public Builder addAll(SourceMap other) {
      other.places.forEach(
          (part, p) -> {
            Place copy = new Place(p.at);
            copy.keys = p.keys;
            copy.items = p.items;
            copy.shared = true;
            places().put(part, copy);
          });
      return this;
    }

    /**
     * Records where a part starts; a part recorded before keeps its keys and items.
     *
     * @param part an entry or a {@link Text}
     * @param at where it starts
     * @return this builder
     */
    public Builder add(Object part, Location at) {
      Objects.requireNonNull(at, "at");
      Place old = places().get(Objects.requireNonNull(part, "part"));
      Place p = new Place(at);
      if (old != null) {
        p.keys = old.keys;
        p.items = old.items;
        p.shared = old.shared;
      }
      places().put(part, p);
      return this;
    }

    /**
     * Records where the value of a key of a part is (for a {@link Text}, where a language's text
     * starts); the part's own position must be recorded first.
     *
     * @param part the part
     * @param key the key, or a language code for a text
     * @param at where the value is
     * @return this builder
     */
    public Builder add(Object part, String key, Location at) {
      Place p = place(part);
      if (p.keys.isEmpty()) {
        p.keys = new HashMap<>(8);
      }
      p.keys.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(at, "at"));
      return this;
    }

    /**
     * Records where an item of a list is; the first position of an item counts.
     *
     * @param part the part
     * @param key the key of the list
     * @param item the item, as written
     * @param at where the item is
     * @return this builder
     */
    public Builder add(Object part, String key, String item, Location at) {
      Place p = place(part);
      if (p.items.isEmpty()) {
        p.items = new HashMap<>(4);
      }
      p.items
          .computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new HashMap<>(4))
          .putIfAbsent(Objects.requireNonNull(item, "item"), Objects.requireNonNull(at, "at"));
      return this;
    }

    /**
     * The source map, with the positions collected; the builder cannot be used afterwards.
     *
     * @return an immutable source map
     * @throws IllegalStateException when called a second time
     */
    public SourceMap build() {
      SourceMap map = new SourceMap(places());
      places = null;
      return map;
    }
  }
}
