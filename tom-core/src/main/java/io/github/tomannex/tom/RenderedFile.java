package io.github.tomannex.tom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered file, saying what it is: an annex or a change notice, in which format, in which
 * language (none for a file that holds all languages, such as the JSON export), and its bytes. Its
 * {@link #fileName()} follows from that; nothing needs to read meaning out of a file name.
 *
 * @param kind an annex, a change notice or the sub-processor document
 * @param format the id of the {@link OutputFormat}, for example {@code html}
 * @param extension the file extension of the format, without the leading dot, for example {@code
 *     html} or {@code oscal.json}
 * @param language the language, empty for a file that holds all languages
 * @param bytes the file's content; copied in and out, the record stays immutable
 */
public record RenderedFile(
    Kind kind, String format, String extension, Optional<String> language, byte[] bytes) {

  /** What a file is. */
  public enum Kind {
    /** The annex of a catalogue: {@code annex-<lang>.<ext>} or {@code annex.<ext>}. */
    ANNEX("annex"),
    /** The change notice of a diff: {@code changes-<lang>.<ext>} or {@code changes.<ext>}. */
    CHANGES("changes"),
    /**
     * The sub-processor document of a catalogue: {@code subprocessors-<lang>.<ext>} or {@code
     * subprocessors.<ext>}.
     */
    SUBPROCESSORS("subprocessors");

    private final String stem;

    Kind(String stem) {
      this.stem = stem;
    }

    /**
     * The start of the file names of this kind.
     *
     * @return {@code annex}, {@code changes} or {@code subprocessors}
     */
    public String stem() {
      return stem;
    }
  }

  /**
   * Checks that no component is null and copies the bytes.
   *
   * @param kind see {@link #kind()}
   * @param format see {@link #format()}
   * @param extension see {@link #extension()}
   * @param language see {@link #language()}
   * @param bytes see {@link #bytes()}
   */
  public RenderedFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(language, "language");
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  /**
   * The file's content, a fresh array on every call.
   *
   * @return the bytes to write
   */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The conventional file name: the kind's {@link Kind#stem() stem}, a hyphen and the language in
   * lower case when there is one, then the extension.
   *
   * @return for example {@code annex-de.html}, {@code changes-en.pdf}, {@code annex.json} or {@code
   *     annex.oscal.json}
   */
  public String fileName() {
    return kind.stem()
        + language.map(l -> "-" + l.toLowerCase(Locale.ROOT)).orElse("")
        + "."
        + extension;
  }

  /**
   * Equal when every component is, the bytes compared by content.
   *
   * @param o the other object
   * @return whether both are the same file
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof RenderedFile f
        && kind == f.kind
        && format.equals(f.format)
        && extension.equals(f.extension)
        && language.equals(f.language)
        && Arrays.equals(bytes, f.bytes);
  }

  /**
   * A hash of every component, the bytes by content.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, format, extension, language, Arrays.hashCode(bytes));
  }

  /**
   * The file name and size, not the content.
   *
   * @return for example {@code RenderedFile[annex-de.md, 1234 bytes]}
   */
  @Override
  public String toString() {
    return "RenderedFile[" + fileName() + ", " + bytes.length + " bytes]";
  }
}
