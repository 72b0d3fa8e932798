package io.github.tomannex.tom.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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

  /**
   * Registers every face, subset, with the builder, for the one document {@code doc}: each face is
   * parsed and added to the document only when the layout first draws with it.
   */
  public static void register(PdfRendererBuilder builder, PDDocument doc) {
    for (Face f : FACES) {
      builder.useFont(new Lazy(doc, f), f.family(), f.weight(), f.style(), true);
    }
  }

  /**
   * One face of one document, loaded when first drawn, with glyph substitution (the font's GSUB
   * table) off. PDFBox applies GSUB to every string it draws, compiling a regular expression of the
   * font's substitutions each time: that was 85 % of a PDF's allocation and most of its time (JFR
   * of a warm render of 1,000 measures). For the Latin, Greek and Cyrillic scripts of the
   * Liberation fonts it only forms ligatures and composed glyphs, which the layout does not measure
   * (it measures the characters' own glyphs) and which text extraction would return as ligature
   * characters instead of the letters written: without it, what is drawn is what was measured.
   */
  private static final class Lazy extends PDFontSupplier {
    private final PDDocument doc;
    private final Face face;
    private PDFont font;

    Lazy(PDDocument doc, Face face) {
      super(null);
      this.doc = doc;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
          ttf.setEnableGsub(false);
          font = PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return font;
    }
  }
}
