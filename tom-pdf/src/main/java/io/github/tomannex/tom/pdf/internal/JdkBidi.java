package io.github.tomannex.tom.pdf.internal;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * The Unicode bidirectional algorithm for openhtmltopdf, from the JDK's {@link Bidi} instead
 * of ICU4J (a 14 MB dependency): Hebrew and other right-to-left text is drawn right to left,
 * with mirrored brackets, and the bidi controls (LRM, RLM, ALM, embeddings, overrides,
 * isolates) are applied and not drawn. Arabic script also needs shaping, which the JDK does
 * not do; the embedded fonts have no Arabic glyphs anyway, so it is reported, not drawn.
 *
 * <p>Each bidi control is a run of its own that is drawn as nothing: the fonts have visible
 * glyphs for some of them, and openhtmltopdf draws a left-to-right run unchanged.
 */
public final class JdkBidi implements BidiSplitterFactory, BidiReorderer {
  /** The one instance; stateless. */
  public static final JdkBidi INSTANCE = new JdkBidi();

  private JdkBidi() {}

  @Override
  public BidiSplitter createBidiSplitter() {
    return new Splitter();
  }

  @Override
  public String reorderRTLTextToLTR(String text) {
    // a right-to-left run in visual order: the reverse, by grapheme (a letter keeps its
    // marks after it), with mirrored brackets; bidi controls are not drawn
    StringBuilder out = new StringBuilder(text.length());
    int end = text.length();
    while (end > 0) {
      int start = end;
      int cp;
      do {
        cp = text.codePointBefore(start);
        start -= Character.charCount(cp);
      } while (start > 0 && isMark(cp));
      for (int i = start; i < end; ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Glyphs.kind(c) != Glyphs.Kind.BIDI_CONTROL) {
          out.appendCodePoint(i - Character.charCount(c) == start ? mirror(c) : c);
        }
      }
      end = start;
    }
    return out.toString();
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  /** The mirrored glyph of a paired character (Unicode's BidiMirroring, the common pairs). */
  static int mirror(int cp) {
    return switch (cp) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      case '{' -> '}';
      case '}' -> '{';
      case '<' -> '>';
      case '>' -> '<';
      case '«' -> '»';
      case '»' -> '«';
      case '‹' -> '›';
      case '›' -> '‹';
      case '≤' -> '≥';
      case '≥' -> '≤';
      default -> cp;
    };
  }

  @Override
  public String shapeText(String text) {
    return text;
  }

  @Override
  public String deshapeText(String text) {
    return text;
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }

  private static final class Splitter implements BidiSplitter {
    private final List<BidiTextRun> runs = new ArrayList<>();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
      runs.clear();
      if (paragraph.isEmpty()) {
        return;
      }
      Bidi bidi = new Bidi(paragraph, defaultDirection == RTL
          ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
      for (int r = 0; r < bidi.getRunCount(); r++) {
        int start = bidi.getRunStart(r);
        int limit = bidi.getRunLimit(r);
        byte dir = (bidi.getRunLevel(r) & 1) == 1 ? RTL : LTR;
        // each bidi control alone, as a right-to-left run, which is drawn as nothing
        int from = start;
        for (int i = start; i < limit; ) {
          int cp = paragraph.codePointAt(i);
          int n = Character.charCount(cp);
          if (Glyphs.kind(cp) == Glyphs.Kind.BIDI_CONTROL) {
            if (i > from) {
              runs.add(new BidiTextRun(from, i - from, dir));
            }
            runs.add(new BidiTextRun(i, n, RTL));
            from = i + n;
          }
          i += n;
        }
        if (limit > from) {
          runs.add(new BidiTextRun(from, limit - from, dir));
        }
      }
    }

    @Override
    public int countTextRuns() {
      return runs.size();
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
      return runs.get(runIndex); // openhtmltopdf keys the runs by their start
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        i += Character.charCount(cp);
        switch (Character.getDirectionality(cp)) {
          case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
            return LTR;
          }
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
              Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
            return RTL;
          }
          default -> { }
        }
      }
      return NEUTRAL;
    }
  }
}
