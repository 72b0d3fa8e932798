package io.github.tomannex.tom;

import java.util.Locale;

/** How a {@link Section} groups its measures into sub-headings. */
public enum GroupBy {
  /** No grouping. */
  NONE,
  /** One sub-heading per site, titled with the site's name, in the order of the sites. */
  SITE,
  /** One sub-heading per kind of site, titled and ordered by the section's groups. */
  SITE_KIND;

  /**
   * The id used in catalogues.
   *
   * @return {@code none}, {@code site} or {@code site-kind}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
