package io.github.tomannex.tom.pdf.internal;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * The Unicode bidirectional algorithm for openhtmltopdf, from the JDK's {@link Bidi} instead of
 * ICU4J (a 14 MB dependency): Hebrew and other right-to-left text is drawn right to left, with
 * mirrored brackets, and the bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) are
 * applied and not drawn. Arabic script also needs shaping, which the JDK does not do; the embedded
 * fonts have no Arabic glyphs anyway, so it is reported, not drawn.
 *
 * <p>openhtmltopdf reverses each right-to-left run and places the runs of a line in logical order;
 * so the splitter makes everything above the paragraph's level one right-to-left run (with the
 * numbers and Latin words inside it), which the reorderer puts into visual order as a whole. Bidi
 * controls are not drawn: the fonts have visible glyphs for some of them, and openhtmltopdf draws a
 * left-to-right run unchanged, so a control outside such a run is a right-to-left run of its own,
 * drawn as nothing.
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
    // a right-to-left unit of a line, in visual order: the bidi algorithm's reordering (L2)
    // of its own levels, so numbers and Latin words inside it keep their order; a letter
    // keeps its marks after it, paired characters at odd levels are mirrored, bidi controls
    // are not drawn
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
    List<String> clusters = new ArrayList<>();
    List<Byte> levels = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int start = i;
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      while (i < text.length() && isMark(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (Glyphs.kind(cp) == Glyphs.Kind.BIDI_CONTROL) {
        continue;
      }
      byte level = (byte) bidi.getLevelAt(start);
      String cluster = text.substring(start, i);
      if ((level & 1) == 1) {
        int m = mirror(cp);
        if (m != cp) {
          cluster =
              new StringBuilder()
                  .appendCodePoint(m)
                  .append(cluster, Character.charCount(cp), cluster.length())
                  .toString();
        }
      }
      clusters.add(cluster);
      levels.add(level);
    }
    if (clusters.isEmpty()) {
      return ""; // only bidi controls
    }
    Object[] order = clusters.toArray();
    byte[] lv = new byte[levels.size()];
    for (int i = 0; i < lv.length; i++) {
      lv[i] = levels.get(i);
    }
    Bidi.reorderVisually(lv, 0, order, 0, order.length);
    StringBuilder out = new StringBuilder(text.length());
    for (Object o : order) {
      out.append((String) o);
    }
    return out.toString();
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
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
      int n = paragraph.length();
      if (defaultDirection == RTL) {
        // (the print style sheet sets no direction: tom's paragraphs are left to right)
        runs.add(new BidiTextRun(0, n, RTL));
        return;
      }
      Bidi bidi = new Bidi(paragraph, Bidi.DIRECTION_LEFT_TO_RIGHT);
      int base = 0;
      // openhtmltopdf places the runs of a line in logical order and reverses the
      // right-to-left ones: so everything above the paragraph's level (right-to-left text
      // with the numbers and Latin words inside it) is one right-to-left run, which the
      // reorderer puts into visual order as a whole, with the bidi controls that open and
      // close it; another bidi control is a right-to-left run of its own, drawn as nothing
      int i = 0;
      while (i < n) {
        int j = i;
        while (j < n && control(paragraph, j)) {
          j += Character.charCount(paragraph.codePointAt(j));
        }
        boolean above = j < n && bidi.getLevelAt(j) > base;
        if (above) {
          while (j < n && (bidi.getLevelAt(j) > base || control(paragraph, j))) {
            j += Character.charCount(paragraph.codePointAt(j));
          }
          runs.add(new BidiTextRun(i, j - i, RTL));
          i = j;
          continue;
        }
        if (j > i) { // controls before text at the paragraph's level
          for (int k = i; k < j; ) {
            int c = Character.charCount(paragraph.codePointAt(k));
            runs.add(new BidiTextRun(k, c, RTL));
            k += c;
          }
          i = j;
          continue;
        }
        while (j < n && bidi.getLevelAt(j) <= base && !control(paragraph, j)) {
          j += Character.charCount(paragraph.codePointAt(j));
        }
        runs.add(new BidiTextRun(i, j - i, LTR));
        i = j;
      }
    }

    private static boolean control(String s, int i) {
      return Glyphs.kind(s.codePointAt(i)) == Glyphs.Kind.BIDI_CONTROL;
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
          default -> {}
        }
      }
      return NEUTRAL;
    }
  }
}
