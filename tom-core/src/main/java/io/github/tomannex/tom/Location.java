package io.github.tomannex.tom;

import java.util.Objects;

/**
 * A position in a source file: the file's name as given to the loader, and a 1-based line and
 * column. Diagnostics carry one; where a part of a loaded catalogue is written is in its {@link
 * SourceMap} ({@link Catalogue#sources()}).
 *
 * @param source the source name, for example the path the catalogue was loaded from
 * @param line the line, 1-based
 * @param column the column, 1-based, counted in Unicode code points (an emoji is one)
 */
public record Location(String source, int line, int column) implements Comparable<Location> {

  /**
   * Checks the values.
   *
   * @param source see {@link #source()}
   * @param line see {@link #line()}
   * @param column see {@link #column()}
   * @throws IllegalArgumentException when line or column is below 1
   */
  public Location {
    Objects.requireNonNull(source, "source");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }

  /**
   * The start of a source.
   *
   * @param source the source name
   * @return line 1, column 1 of {@code source}
   */
  public static Location startOf(String source) {
    return new Location(source, 1, 1);
  }

  @Override
  public int compareTo(Location other) {
    int c = source.compareTo(other.source);
    if (c == 0) {
      c = Integer.compare(line, other.line);
    }
    return c != 0 ? c : Integer.compare(column, other.column);
  }

  /** Returns {@code source:line:column}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
