package io.github.tomannex.tom;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of one rendering that are not part of the catalogue. Immutable.
 *
 * @param timestamp the build's timestamp, for formats that record a date in the file (the
 *     PDF's creation date), for example {@code project.build.outputTimestamp}; empty lets a
 *     format take the catalogue's effective date. Markdown, HTML and JSON hold no timestamp.
 */
public record RenderOptions(Optional<Instant> timestamp) {
  private static final RenderOptions DEFAULTS = new RenderOptions(Optional.empty());

  /**
   * Checks that no component is null.
   *
   * @param timestamp see {@link #timestamp()}
   */
  public RenderOptions {
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * The defaults: no timestamp.
   *
   * @return the default options
   */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with a timestamp.
   *
   * @param instant the timestamp
   * @return new options
   */
  public RenderOptions withTimestamp(Instant instant) {
    return new RenderOptions(Optional.of(Objects.requireNonNull(instant, "instant")));
  }
}
