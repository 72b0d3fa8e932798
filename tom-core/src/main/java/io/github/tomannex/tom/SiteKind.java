package io.github.tomannex.tom;

import java.util.Locale;

/** What kind of place a {@link Site} is. */
public enum SiteKind {
  /** A data centre, the processor's own or a colocation. */
  DATACENTER,
  /** An office or the registered seat. */
  OFFICE,
  /** A cloud region or service. */
  CLOUD,
  /** Remote or home working. */
  REMOTE,
  /** Anything else. */
  OTHER;

  /**
   * The id used in catalogues.
   *
   * @return for example {@code datacenter}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
