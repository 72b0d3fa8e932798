package io.github.tomannex.tom.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's questions for fonts it has no file of (the standard 14 fonts the layout engine
 * prepares but tom never draws with) with Liberation Sans from tom-pdf's own jar, instead of
 * scanning the machine's fonts: nothing of the machine reaches a PDF, the first render does not
 * wait for a font scan, and PDFBox does not warn about a fallback.
 */
public final class OwnFontMapper implements FontMapper {
  private final TrueTypeFont sans;

  public OwnFontMapper() {
    try {
      sans =
          new TTFParser()
              .parse(new RandomAccessReadBuffer(Fonts.bytes("LiberationSans-Regular.ttf")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(sans, false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(sans, false);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, sans, false);
  }
}
