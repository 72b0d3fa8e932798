package io.github.tomannex.tom;

import java.util.Locale;

/** How the headings of one level of a {@link Layout} are numbered. */
public enum Numbering {
  /** I., II., III. */
  ROMAN,
  /** 1., 2., 3. */
  ARABIC,
  /** a), b), c) */
  ALPHA,
  /** After the parent's number: 2.1, 2.2. */
  NESTED,
  /** No number. */
  NONE;

  /**
   * The id used in catalogues.
   *
   * @return for example {@code roman}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
