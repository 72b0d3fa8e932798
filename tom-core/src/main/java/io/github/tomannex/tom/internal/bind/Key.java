package io.github.tomannex.tom.internal.bind;

import java.util.Objects;

/**
 * One key of a catalogue entity, declared once in its {@link Entity}'s table: its name, whether it
 * is required, what its value is (and so how the binder reads it), and for a mapping or a list of
 * mappings, the entity of its value.
 *
 * @param name the key as written in the catalogue
 * @param required whether a catalogue must give it
 * @param kind what its value is
 * @param child the entity of a {@link Kind#MAPPING} or {@link Kind#LIST}; null otherwise
 * @param words whether the word rules (placeholders, hedges …) read it; only for the free values
 *     ({@link Kind#isFree()})
 */
public record Key(String name, boolean required, Kind kind, Entity child, boolean words) {

  /** What a key's value is; each kind has one way of being read. */
  public enum Kind {
    /** An id: {@code [a-z0-9][a-z0-9.-]*}. */
    ID,
    /** A list of ids. */
    IDS,
    /** A {@code <text>}: a string in the binding language or a mapping per language. */
    TEXT,
    /** A {@code <name>}: like a text, but a plain string is valid in every language. */
    NAME,
    /** A free string that must not be empty, such as a version or a legal name. */
    STRING,
    /** A string from a fixed set, such as a site kind or a status. */
    CHOICE,
    /** A string checked against a set after binding: a category or layout id. */
    KEYWORD,
    /** {@code true} or {@code false}. */
    BOOL,
    /** An ISO date. */
    DATE,
    /** An ISO-8601 date period. */
    PERIOD,
    /** An absolute http(s) address. */
    URL,
    /** A whole number. */
    INTEGER,
    /** The list of language codes. */
    LANGUAGES,
    /** A mapping of the child entity. */
    MAPPING,
    /** A list of mappings of the child entity. */
    LIST,
    /** The layout: a built-in id or a layout mapping (its own binder). */
    LAYOUT,
    /** The lint levels: rule id to level. */
    LEVELS,
    /** A list of category ids. */
    CATEGORIES,
    /** The numbering per heading level. */
    NUMBERING,
    /** A heading per site kind. */
    GROUPS,
    /** Fixed words by label key. */
    LABELS,
    /** Overrides by section id, each a {@link Entity#SECTION_OVERRIDE}. */
    OVERRIDES,
    /** A list of {@link Entity#SECTION}s: subsections, or a layout's sections. */
    SECTIONS;

    /** Whether a value of this kind is words a reader sees: texts, names and free strings. */
    public boolean isFree() {
      return this == TEXT || this == NAME || this == STRING;
    }
  }

  public Key {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.MAPPING || kind == Kind.LIST) != (child != null)) {
      throw new IllegalArgumentException(
          "key '" + name + "': a mapping or list names its" + " entity, no other kind does");
    }
    if (words && !kind.isFree()) {
      throw new IllegalArgumentException(
          "key '" + name + "': only texts, names and strings" + " are read by the word rules");
    }
  }

  /** A required key; a free value is read by the word rules. */
  static Key required(String name, Kind kind) {
    return new Key(name, true, kind, null, kind.isFree());
  }

  /** An optional key; a free value is read by the word rules. */
  static Key optional(String name, Kind kind) {
    return new Key(name, false, kind, null, kind.isFree());
  }

  /** A key whose value is a mapping ({@link Kind#MAPPING}) or a list of them. */
  static Key of(String name, boolean required, Kind kind, Entity child) {
    return new Key(name, required, kind, child, false);
  }

  /** The same key, not read by the word rules. */
  Key withoutWords() {
    return new Key(name, required, kind, child, false);
  }
}
