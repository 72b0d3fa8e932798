package io.github.tomannex.tom.pdf.internal;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text renderer, with the width of a string summed from a table of its characters'
 * widths, per font, instead of asked of PDFBox for every string.
 *
 * <p>The layout measures every word, and every line again when a page break moves a run of blocks:
 * {@code PDFont.getStringWidth} encodes the string, then reads each character code back through the
 * font's CMap, whose code-space lookup builds a stream per byte (fontbox 3.0.8 still does). That
 * was about 30 % of a warm render of NIST SP 800-53 (JFR). The width of a string in the fonts tom
 * draws with (TrueType, Identity-H, glyph substitution off) is the sum of its characters' widths,
 * which is exactly what {@code getStringWidth} computes, in the same order and float arithmetic:
 * the widths, and so the layout and the bytes of the PDF, are unchanged. A string with a character
 * the font cannot draw goes the original way, which draws it with a fallback font.
 *
 * <p>One instance per document (it holds per-font tables of that document's fonts); not
 * thread-safe, as the rest of a document's rendering is not.
 */
public final class MeasuringTextRenderer extends PdfBoxTextRenderer {
  private static final float UNKNOWN = -1f;

  /** Widths in 1/1000 em, in pages of 256 code points; {@code NaN}: not in the font. */
  private final Map<PDFont, float[][]> widths = new IdentityHashMap<>();

  private MeasuringTextRenderer() {}

  /**
   * Makes a renderer measure text with a new instance of this class; call it between {@code
   * buildPdfRenderer()} and {@code createPDF}.
   *
   * @param renderer the renderer of one document
   */
  public static void install(PdfBoxRenderer renderer) {
    renderer.getSharedContext().setTextRenderer(new MeasuringTextRenderer());
  }

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    PdfBoxFSFont fsFont = (PdfBoxFSFont) font;
    PDFont pdFont = firstFont(fsFont.getFontDescriptions());
    String effective = TextRenderer.getEffectivePrintableString(string);
    if (pdFont == null || effective == null) {
      return super.getWidth(context, font, string);
    }
    float[][] pages = widths.computeIfAbsent(pdFont, f -> new float[0x1100][]);
    float sum = 0;
    for (int i = 0; i < effective.length(); ) {
      int cp = effective.codePointAt(i);
      float w = width(pdFont, pages, cp);
      if (Float.isNaN(w)) {
        return super.getWidth(context, font, string);
      }
      sum += w;
      i += Character.charCount(cp);
    }
    // as PdfBoxTextRenderer.getWidth rounds it
    float result = sum / 1000f * fsFont.getSize2D();
    return result - Math.floor(result) < 0.01f ? (int) result : (int) Math.ceil(result);
  }

  private static PDFont firstFont(List<FontDescription> descriptions) {
    if (descriptions == null) {
      return null;
    }
    for (FontDescription d : descriptions) {
      if (d.getFont() != null) {
        return d.getFont();
      }
    }
    return null;
  }

  private static float width(PDFont font, float[][] pages, int cp) {
    float[] page = pages[cp >>> 8];
    if (page == null) {
      page = new float[256];
      Arrays.fill(page, UNKNOWN);
      pages[cp >>> 8] = page;
    }
    float w = page[cp & 0xFF];
    if (w == UNKNOWN) {
      try {
        w = font.getStringWidth(new String(Character.toChars(cp)));
      } catch (IllegalArgumentException | IOException e) {
        w = Float.NaN; // not in the font: the original way, with its fallback fonts
      }
      page[cp & 0xFF] = w;
    }
    return w;
  }
}
