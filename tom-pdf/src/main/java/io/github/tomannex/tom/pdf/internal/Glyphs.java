package io.github.tomannex.tom.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What the PDF can draw, character by character, read from the cmaps of the embedded fonts (not
 * from a list of ranges): a character is drawn when every face of Liberation Serif and Liberation
 * Sans has a glyph for it (texts are set in these, in every weight and style; code in Liberation
 * Mono, which falls back to Liberation Sans, see print.css). Everything else is classified by what
 * the PDF does with it.
 */
public final class Glyphs {
  /** What happens to a character in the PDF. */
  public enum Kind {
    /** Drawn with a glyph of the embedded fonts. */
    DRAWN,
    /** White space the layout handles (space, tab, line feed). */
    SPACE,
    /** U+2028, U+2029, U+0085: drawn as a line break. */
    LINE_BREAK,
    /**
     * Invisible by definition and correctly left out: joiners, zero-width space, word joiner, soft
     * hyphen (a hyphen where the line breaks), variation selectors, tags.
     */
    INVISIBLE,
    /** A bidi control (LRM, RLM, ALM, embeddings, overrides, isolates): applied, not drawn. */
    BIDI_CONTROL,
    /** Cannot be drawn: no glyph in the embedded fonts, or a control character. */
    UNDRAWABLE
  }

  private static final BitSet DRAWABLE = drawable();

  private Glyphs() {}

  private static BitSet drawable() {
    BitSet all = null;
    for (Fonts.Face f : Fonts.faces()) {
      if (f.family().equals("Liberation Mono")) {
        continue; // falls back to Liberation Sans
      }
      BitSet b = cmap(f.bytes());
      if (all == null) {
        all = b;
      } else {
        all.and(b);
      }
    }
    return all == null ? new BitSet() : all;
  }

  private static BitSet cmap(byte[] ttf) {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      BitSet b = new BitSet();
      int glyphs = font.getNumberOfGlyphs();
      for (int gid = 1; gid < glyphs; gid++) {
        List<Integer> cps = cmap.getCharCodes(gid);
        if (cps != null) {
          cps.forEach(b::set);
        }
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the PDF does with a code point.
   *
   * @param cp a code point
   * @return its kind
   */
  public static Kind kind(int cp) {
    switch (cp) {
      case ' ', '\t', '\n', '\r' -> {
        return Kind.SPACE;
      }
      case 0x85, 0x2028, 0x2029 -> {
        return Kind.LINE_BREAK;
      }
      case 0x061C,
          0x200E,
          0x200F,
          0x202A,
          0x202B,
          0x202C,
          0x202D,
          0x202E,
          0x2066,
          0x2067,
          0x2068,
          0x2069 -> {
        return Kind.BIDI_CONTROL;
      }
      case 0x00AD,
          0x034F,
          0x200B,
          0x200C,
          0x200D,
          0x2060,
          0x2061,
          0x2062,
          0x2063,
          0x2064,
          0xFEFF -> {
        return Kind.INVISIBLE;
      }
      default -> {}
    }
    if ((cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0xE0000 && cp <= 0xE007F)) {
      return Kind.INVISIBLE; // variation selectors, tags
    }
    if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
      return Kind.UNDRAWABLE;
    }
    return DRAWABLE.get(cp) ? Kind.DRAWN : Kind.UNDRAWABLE;
  }

  /**
   * Whether a character may be quoted as itself in a message: not a control, format, combining,
   * separator, private-use or unassigned character.
   *
   * @param cp a code point
   * @return whether it is printable on its own
   */
  public static boolean printable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
