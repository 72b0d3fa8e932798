package io.github.tomannex.tom;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered document.
 *
 * @param fileName the conventional file name, for example {@code annex-de.html}
 * @param format the format
 * @param language the language, empty for the JSON export
 * @param content the text
 */
public record RenderedFile(
    String fileName, Format format, Optional<String> language, String content) {

  /**
   * Checks that no component is null.
   *
   * @param fileName see {@link #fileName()}
   * @param format see {@link #format()}
   * @param language see {@link #language()}
   * @param content see {@link #content()}
   */
  public RenderedFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(content, "content");
  }

  /**
   * The content as UTF-8 bytes, a fresh array on every call.
   *
   * @return the bytes to write
   */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
