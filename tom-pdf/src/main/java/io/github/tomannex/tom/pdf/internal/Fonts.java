package io.github.tomannex.tom.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Liberation fonts (SIL Open Font License 1.1) from the openpdf-fonts-extra artifact: read
 * once, embedded and subset in every PDF. Metric-compatible with Times, Arial and Courier, and they
 * cover German and the other Latin scripts (ä ö ü ß „ “ – €).
 */
public final class Fonts {
  /** One registered font file. */
  record Face(String family, String file, int weight, FontStyle style, byte[] bytes) {}

  private static final List<Face> FACES =
      List.of(
          face("Liberation Serif", "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
          face("Liberation Serif", "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
          face("Liberation Serif", "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
          face("Liberation Serif", "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
          face("Liberation Sans", "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
          face("Liberation Sans", "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          face("Liberation Sans", "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
          face("Liberation Sans", "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
          face("Liberation Mono", "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL),
          face("Liberation Mono", "LiberationMono-Bold.ttf", 700, FontStyle.NORMAL));

  private Fonts() {}

  private static Face face(String family, String file, int weight, FontStyle style) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "font liberation/"
                + file
                + " is missing: tom-pdf needs"
                + " com.github.librepdf:openpdf-fonts-extra on the class path");
      }
      return new Face(family, file, weight, style, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of one of the font files, e.g. {@code LiberationSans-Regular.ttf}. */
  static byte[] bytes(String file) {
    return FACES.stream()
        .filter(f -> f.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(file))
        .bytes();
  }

  /** Every registered face. */
  static List<Face> faces() {
    return FACES;
  }

  /** Registers every face, subset, with the builder. */
  public static void register(PdfRendererBuilder builder) {
    for (Face f : FACES) {
      builder.useFont(
          () -> new ByteArrayInputStream(f.bytes()), f.family(), f.weight(), f.style(), true);
    }
  }
}
