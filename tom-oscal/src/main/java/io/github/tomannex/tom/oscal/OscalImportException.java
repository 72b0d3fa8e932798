package io.github.tomannex.tom.oscal;

/**
 * An OSCAL file that cannot be turned into a tom catalogue: not JSON, not a catalogue, or a control
 * that cannot become a measure. The message names the file, line and column and what was expected,
 * as {@code file.json:12:5: ...}.
 */
public final class OscalImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file's name as shown to the user. */
  private final String source;

  /** The line, from 1. */
  private final int line;

  /** The column, from 1. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param source the file's name as shown to the user
   * @param line the line, from 1
   * @param column the column, from 1
   * @param problem what is wrong and what was expected
   */
  public OscalImportException(String source, int line, int column, String problem) {
    super(source + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * The file's name as shown to the user.
   *
   * @return the source name given to the import
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }
}
