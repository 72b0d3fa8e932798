package io.github.tomannex.tom;

import java.util.Locale;

/** How a {@link Section} shows its measures. */
public enum SectionStyle {
  /** A bulleted list, one item per measure. */
  LIST,
  /** One paragraph per measure. */
  PARAGRAPHS;

  /**
   * The id used in catalogues.
   *
   * @return {@code list} or {@code paragraphs}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
