package io.github.tomannex.tom.internal.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.markdown.MarkdownWriter;
import org.commonmark.text.Characters;

/**
 * Writes the annex tree (and the change notice's) as Markdown that a CommonMark reader reads as the
 * same document, whatever the texts hold. commonmark-java's {@link MarkdownRenderer} writes the
 * rest; this writes the nodes where it would let a text or a neighbouring block change the
 * structure:
 *
 * <ul>
 *   <li>Text: every character with a meaning anywhere in a line is backslash-escaped ({@code \ ` *
 *       _ [ ] < > & ~ |}, so no entity, HTML, code span, emphasis, strikethrough, link or table
 *       syntax comes out of a text); at the start of a line also what would start a block ({@code -
 *       + # =} and {@code 1.}/{@code 1)}), and leading indentation is written as a character
 *       reference, so a text never becomes a list item, heading, setext underline, code block or
 *       anything a preceding list would take in; line ends in a text are character references, and
 *       so is the last space before a line break (two spaces there would be a hard break).
 *   <li>Code blocks: always fenced, at the margin of their container, with a fence longer than any
 *       run in the code and an escaped info string, so an indented line after a list cannot join
 *       the list and a fence-like line cannot end the block.
 *   <li>Lists: markers at the margin of their container, one space after them, item numbers of at
 *       most nine digits; a bullet list takes another marker than the list before it and than the
 *       item it starts on the same line with ({@code - - -} is a rule); block quotes keep blank
 *       lines between their blocks even in a tight list (else a paragraph would continue the one
 *       before).
 *   <li>Links: the destination with {@code \ & ( ) < >} escaped, in angle brackets when it holds a
 *       space or control character; the title quoted and escaped.
 *   <li>A thematic break is {@code ___}, which no paragraph before it can take as a setext
 *       underline; a hard line break at the start of a line is a backslash (two spaces alone would
 *       make a blank line).
 *   <li>Emphasis: {@code *} or {@code _} chosen so that no run merges with the run of the emphasis
 *       around it or before it and no {@code _} stands inside a word; a letter that would keep a
 *       run from opening or closing is written as a character reference.
 * </ul>
 *
 * <p>Adjacent text nodes are merged first, so a line's start is seen whole. The renderer is
 * stateless between documents and thread-safe.
 */
final class MarkdownOut {
  static final MarkdownRenderer RENDERER =
      MarkdownRenderer.builder()
          .nodeRendererFactory(
              new MarkdownNodeRendererFactory() {
                @Override
                public NodeRenderer create(MarkdownNodeRendererContext context) {
                  return new Writer(context);
                }

                @Override
                public Set<Character> getSpecialCharacters() {
                  return Set.of(
                      '~', '|'); // for commonmark-java's own escaping; this writes all text
                }
              })
          .build();

  private MarkdownOut() {}

  /** The tree as Markdown; merges adjacent text nodes of the tree first. */
  static String render(Node doc) {
    mergeTexts(doc);
    return RENDERER.render(doc);
  }

  static void mergeTexts(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; ) {
      Node next = n.getNext();
      if (n instanceof Text t) {
        StringBuilder sb = null;
        while (next instanceof Text t2) {
          if (sb == null) {
            sb = new StringBuilder(t.getLiteral());
          }
          sb.append(t2.getLiteral());
          Node after = next.getNext();
          next.unlink();
          next = after;
        }
        if (sb != null) {
          t.setLiteral(sb.toString());
        }
      } else {
        mergeTexts(n);
      }
      n = next;
    }
  }

  private static final class Writer extends AbstractVisitor implements NodeRenderer {
    private final MarkdownNodeRendererContext context;
    private final MarkdownWriter writer;

    /** Per open list: the next item's marker (bullet) or number (ordered). */
    private final Deque<ListState> lists = new ArrayDeque<>();

    /** The delimiter character each emphasis, strong or notice run was written with. */
    private final Map<Node, Character> chosen = new IdentityHashMap<>();

    /** The marker each bullet list was written with. */
    private final Map<Node, String> markers = new IdentityHashMap<>();

    Writer(MarkdownNodeRendererContext context) {
      this.context = context;
      this.writer = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(
          Text.class,
          Link.class,
          HardLineBreak.class,
          Emphasis.class,
          StrongEmphasis.class,
          FencedCodeBlock.class,
          IndentedCodeBlock.class,
          ThematicBreak.class,
          BlockQuote.class,
          BulletList.class,
          OrderedList.class,
          ListItem.class,
          NoticeBuilder.Deleted.class,
          NoticeBuilder.Inserted.class);
    }

    @Override
    public void render(Node node) {
      node.accept(this);
    }

    @Override
    protected void visitChildren(Node parent) {
      for (Node n = parent.getFirstChild(); n != null; ) {
        Node next = n.getNext();
        context.render(n);
        n = next;
      }
    }

    // ---- inline

    @Override
    public void visit(Text text) {
      String s = text.getLiteral();
      if (s.isEmpty()) {
        return;
      }
      StringBuilder out = new StringBuilder(s.length() + 8);
      int i = 0;
      if (writer.isAtLineStart()) {
        i = lineStart(s, text, out);
      }
      boolean heading = text.getParent() instanceof Heading;
      Node next = text.getNext();
      boolean beforeBreak = next instanceof SoftLineBreak || next instanceof HardLineBreak;
      // a letter right next to a delimiter run whose inner side is a sign: as a character
      // reference, so the run still flanks the emphasis (a removed image can leave this);
      // also a letter before an emphasis inside a '*' one, else its intraword '*' could
      // close the outer one
      int firstRef = -1;
      int lastRef = -1;
      if (i == 0
          && isDelimited(text.getPrevious())
          && word(s.codePointAt(0))
          && firstCanBeRef(text)
          && (Characters.isPunctuationCodePoint(lastOf(text.getPrevious().getLastChild()))
              || Character.valueOf('_').equals(chosen.get(text.getPrevious())))) {
        firstRef = s.codePointAt(0);
      }
      if (isDelimited(next)
          && word(s.codePointBefore(s.length()))
          && lastCanBeRef(text)
          && (Characters.isPunctuationCodePoint(firstOf(next.getFirstChild()))
              || insideStar(text))) {
        lastRef = s.codePointBefore(s.length());
      }
      if (firstRef >= 0) {
        out.append("&#").append(firstRef).append(';');
        i = Character.charCount(firstRef);
      }
      int end = s.length();
      if (lastRef >= 0 && end - Character.charCount(lastRef) >= i) {
        end -= Character.charCount(lastRef);
      } else {
        lastRef = -1;
      }
      for (; i < end; i++) {
        char c = s.charAt(i);
        boolean last = i == s.length() - 1;
        switch (c) {
          case '\n' -> out.append("&#10;");
          case '\r' -> out.append("&#13;");
          case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|' -> out.append('\\').append(c);
          case '#' -> out.append(heading ? "\\#" : "#");
          case '!' -> out.append(last && next instanceof Link ? "\\!" : "!");
          case ' ' -> out.append(last && beforeBreak ? "&#32;" : " ");
          case '\t' -> out.append(last && beforeBreak ? "&#9;" : "\t");
          default -> out.append(c);
        }
      }
      if (lastRef >= 0) {
        out.append("&#").append(lastRef).append(';');
      }
      writer.raw(out.toString());
    }

    /**
     * Whether a text's first character can be written as a reference: not when it is also its last,
     * right before the closing run of the emphasis it is in, and a letter follows that run (after
     * the reference's ';', the run would not close). Next to a sibling's run a reference is
     * harmless: a closing run may be followed, an opening one preceded, by a sign.
     */
    private static boolean firstCanBeRef(Text t) {
      String s = t.getLiteral();
      boolean single = !s.isEmpty() && Character.charCount(s.codePointAt(0)) == s.length();
      return !s.isEmpty()
          && !(single
              && t.getNext() == null
              && isDelimited(t.getParent())
              && word(charAfter(t.getParent())));
    }

    /** Whether a text's last character can be a reference: as {@link #firstCanBeRef}. */
    private static boolean lastCanBeRef(Text t) {
      String s = t.getLiteral();
      boolean single =
          !s.isEmpty() && Character.charCount(s.codePointBefore(s.length())) == s.length();
      return !s.isEmpty()
          && !(single
              && t.getPrevious() == null
              && isDelimited(t.getParent())
              && word(charBefore(t.getParent())));
    }

    /** Whether a node is inside an emphasis, strong or notice run written with '*'. */
    private boolean insideStar(Node n) {
      for (Node p = n.getParent(); p != null; p = p.getParent()) {
        if (isDelimited(p) && Character.valueOf('*').equals(chosen.get(p))) {
          return true;
        }
      }
      return false;
    }

    private static boolean isDelimited(Node n) {
      return n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof CustomNode;
    }

    /** A letter, digit or other character that is neither whitespace nor a sign. */
    private static boolean word(int cp) {
      return cp >= 0
          && !Characters.isWhitespaceCodePoint(cp)
          && !Characters.isPunctuationCodePoint(cp);
    }

    /** The first character an inline node is written with; a line end for none. */
    private static int firstOf(Node n) {
      if (n instanceof Text t && !t.getLiteral().isEmpty()) {
        char c = t.getLiteral().charAt(0);
        return c == '\n' || c == '\r' ? '&' : t.getLiteral().codePointAt(0);
      }
      if (n instanceof Text t) {
        return t.getNext() == null ? '\n' : firstOf(t.getNext());
      }
      if (n instanceof Code) {
        return '`';
      }
      if (n instanceof Link) {
        return '[';
      }
      if (isDelimited(n)) {
        return '*';
      }
      return '\n';
    }

    /** The last character an inline node is written with; a line end for none. */
    private static int lastOf(Node n) {
      if (n instanceof Text t && !t.getLiteral().isEmpty()) {
        String s = t.getLiteral();
        char c = s.charAt(s.length() - 1);
        return c == '\n' || c == '\r' ? ';' : s.codePointBefore(s.length());
      }
      if (n instanceof Text t) {
        return t.getPrevious() == null ? '\n' : lastOf(t.getPrevious());
      }
      if (n instanceof Code) {
        return '`';
      }
      if (n instanceof Link) {
        return ')';
      }
      if (isDelimited(n)) {
        return '*';
      }
      return '\n';
    }

    /** The character written just before a node: its sibling's, its parent's opener. */
    private static int charBefore(Node n) {
      if (n.getPrevious() != null) {
        return lastOf(n.getPrevious());
      }
      Node parent = n.getParent();
      return isDelimited(parent) ? '*' : parent instanceof Link ? '[' : '\n';
    }

    /** The character written just after a node. */
    private static int charAfter(Node n) {
      if (n.getNext() != null) {
        return firstOf(n.getNext());
      }
      Node parent = n.getParent();
      return isDelimited(parent) ? '*' : parent instanceof Link ? ']' : '\n';
    }

    /** Escapes what would start a block at the start of a line; returns where the rest is. */
    private static int lineStart(String s, Text text, StringBuilder out) {
      char c = s.charAt(0);
      switch (c) {
        case ' ' -> {
          out.append("&#32;");
          return 1;
        }
        case '\t' -> {
          out.append("&#9;");
          return 1;
        }
        case '-', '+', '#' -> {
          out.append('\\').append(c);
          return 1;
        }
        case '=' -> {
          // a setext underline, unless on the first line of its block
          boolean first = text.getPrevious() == null;
          out.append(first ? "=" : "\\=");
          return 1;
        }
        default -> {
          int d = 0;
          while (d < s.length() && d < 10 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
            d++;
          }
          if (d >= 1 && d <= 9 && d < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')')) {
            out.append(s, 0, d).append('\\').append(s.charAt(d));
            return d + 1;
          }
          return 0;
        }
      }
    }

    @Override
    public void visit(Link link) {
      writer.raw('[');
      visitChildren(link);
      writer.raw("](");
      writer.raw(destination(link.getDestination()));
      String title = link.getTitle();
      if (title != null) {
        StringBuilder t = new StringBuilder(" \"");
        for (int i = 0; i < title.length(); i++) {
          char c = title.charAt(i);
          switch (c) {
            case '"', '\\', '&' -> t.append('\\').append(c);
            case '\n' -> t.append("&#10;");
            case '\r' -> t.append("&#13;");
            default -> t.append(c);
          }
        }
        writer.raw(t.append('"').toString());
      }
      writer.raw(')');
    }

    /**
     * A link destination that reads back as itself: with the signs that end or change it escaped,
     * in angle brackets when it holds a space or control character. A line end cannot be in a
     * destination at all: it is percent-encoded.
     */
    static String destination(String d) {
      boolean angle = false;
      for (int i = 0; i < d.length(); i++) {
        char c = d.charAt(i);
        angle |=
            c <= ' '
                || Character.isISOControl(c)
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
      }
      StringBuilder sb = new StringBuilder(d.length() + 8);
      if (angle) {
        sb.append('<');
      }
      for (int i = 0; i < d.length(); i++) {
        char c = d.charAt(i);
        if (c == '\\' || c == '&' || c == '<' || c == '>' || (!angle && (c == '(' || c == ')'))) {
          sb.append('\\').append(c);
        } else if (c == '\n') {
          sb.append("%0A");
        } else if (c == '\r') {
          sb.append("%0D");
        } else {
          sb.append(c);
        }
      }
      if (angle) {
        sb.append('>');
      }
      return sb.toString();
    }

    @Override
    public void visit(Emphasis emphasis) {
      char c =
          delimiter(
              emphasis,
              emphasis.getOpeningDelimiter() == null || emphasis.getOpeningDelimiter().isEmpty()
                  ? '*'
                  : emphasis.getOpeningDelimiter().charAt(0));
      writer.raw(c);
      visitChildren(emphasis);
      writer.raw(c);
    }

    @Override
    public void visit(StrongEmphasis strong) {
      String run = String.valueOf(delimiter(strong, '*')).repeat(2);
      writer.raw(run);
      visitChildren(strong);
      writer.raw(run);
    }

    /**
     * The delimiter character of an emphasis: the preferred one, unless a run would merge with a
     * run of the emphasis it starts or ends ({@code ***a***} reads as emphasis around strong text,
     * whichever was meant, and a merged run counts its whole length when CommonMark pairs runs) or
     * with the run of an emphasis right before it; then the other one. An {@code _} is never after
     * a letter (intraword, it is no delimiter); before one, the letter is written as a character
     * reference.
     */
    private char delimiter(Node n, char preferred) {
      Node parent = n.getParent();
      Character outer =
          isDelimited(parent) && (n.getPrevious() == null || n.getNext() == null)
              ? chosen.get(parent)
              : null;
      Character before = isDelimited(n.getPrevious()) ? chosen.get(n.getPrevious()) : null;
      // an '_' after a letter cannot open; before a letter it cannot close, unless that
      // letter (the start of the next text) is written as a character reference
      int underscore =
          word(charBefore(n))
              ? 4
              : !word(charAfter(n)) ? 0 : n.getNext() instanceof Text t && firstCanBeRef(t) ? 1 : 4;
      char first = preferred == '_' ? '_' : '*';
      char second = first == '*' ? '_' : '*';
      // merging with a sibling's run is worse than with the parent's; both worse than a
      // character reference
      char result = '*';
      int best = Integer.MAX_VALUE;
      for (char c : new char[] {first, second}) {
        int cost =
            (c == '_' ? underscore : 0)
                + (before != null && before == c ? 4 : 0)
                + (outer != null && outer == c ? 2 : 0);
        if (cost < best) {
          best = cost;
          result = c;
        }
      }
      chosen.put(n, result);
      return result;
    }

    @Override
    public void visit(HardLineBreak br) {
      // two spaces on a line of their own would be a blank line: a backslash there
      writer.raw(writer.isAtLineStart() ? "\\" : "  ");
      writer.line();
    }

    @Override
    public void visit(CustomNode node) {
      String marker = node instanceof NoticeBuilder.Deleted ? "~~" : "**";
      chosen.put(node, marker.charAt(0));
      writer.raw(marker);
      visitChildren(node);
      writer.raw(marker);
    }

    // ---- blocks

    @Override
    public void visit(FencedCodeBlock block) {
      String fence =
          block.getFenceCharacter() == null || block.getFenceCharacter().isEmpty()
              ? "`"
              : block.getFenceCharacter().substring(0, 1);
      code(
          block.getLiteral(),
          fence.charAt(0),
          block.getInfo(),
          block.getOpeningFenceLength(),
          block.getClosingFenceLength());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      // fenced: an indented line after a list would continue the list
      code(block.getLiteral(), '`', null, null, null);
    }

    private void code(String literal, char fence, String info, Integer opening, Integer closing) {
      String code = literal == null ? "" : literal;
      if (fence == '`' && info != null && info.indexOf('`') >= 0) {
        fence = '~'; // a backtick fence's info string cannot hold a backtick
      }
      String[] lines = code.isEmpty() ? new String[0] : code.split("\n", -1);
      int count = lines.length;
      if (count > 0 && lines[count - 1].isEmpty()) {
        count--; // the literal ends with a line end
      }
      int longest = 0; // the longest line that would close a fence of its length
      for (int k = 0; k < count; k++) {
        longest = Math.max(longest, closingRun(lines[k], fence));
      }
      int open = Math.max(Math.max(3, longest + 1), opening == null ? 0 : opening);
      int close = Math.max(open, closing == null ? 0 : closing);
      StringBuilder first = new StringBuilder(String.valueOf(fence).repeat(open));
      if (info != null) {
        for (int i = 0; i < info.length(); i++) {
          char c = info.charAt(i);
          if (c == '\\' || c == '&' || c == '`' || (i == 0 && c == fence)) {
            first.append('\\');
          }
          if (c == '\n' || c == '\r') {
            first.append(' ');
          } else {
            first.append(c);
          }
        }
      }
      writer.raw(first.toString());
      writer.line();
      for (int k = 0; k < count; k++) {
        writer.raw(lines[k]);
        writer.line();
      }
      writer.raw(String.valueOf(fence).repeat(close));
      writer.block();
    }

    /** The length of the fence a line would close, or 0 when it is not a closing fence. */
    private static int closingRun(String line, char fence) {
      int i = 0;
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      if (i > 3) {
        return 0;
      }
      int start = i;
      while (i < line.length() && line.charAt(i) == fence) {
        i++;
      }
      int run = i - start;
      for (; i < line.length(); i++) {
        if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
          return 0;
        }
      }
      return run;
    }

    @Override
    public void visit(ThematicBreak rule) {
      writer.raw("___");
      writer.block();
    }

    @Override
    public void visit(BlockQuote quote) {
      writer.writePrefix("> ");
      writer.pushPrefix("> ");
      writer.pushTight(false);
      visitChildren(quote);
      writer.popTight();
      writer.popPrefix();
      writer.block();
    }

    @Override
    public void visit(BulletList list) {
      String preferred =
          list.getMarker() == null || list.getMarker().isEmpty() ? "-" : list.getMarker();
      // not the marker of a list right before (the two would be one list), nor that of the
      // item this list starts on the same line as: "- - -" with an empty item is a rule
      Set<String> avoid = new java.util.HashSet<>();
      if (list.getPrevious() instanceof BulletList before && markers.containsKey(before)) {
        avoid.add(markers.get(before));
      }
      if (list.getPrevious() == null
          && list.getParent() instanceof ListItem item
          && item.getParent() != null
          && markers.containsKey(item.getParent())) {
        avoid.add(markers.get(item.getParent()));
      }
      String marker = preferred;
      for (String m : new String[] {preferred, "-", "*", "+"}) {
        if (!avoid.contains(m)) {
          marker = m;
          break;
        }
      }
      markers.put(list, marker);
      list(list, list.isTight(), new ListState(marker, null, 0));
    }

    @Override
    public void visit(OrderedList list) {
      String delimiter =
          list.getMarkerDelimiter() == null || list.getMarkerDelimiter().isEmpty()
              ? "."
              : list.getMarkerDelimiter();
      Integer start = list.getMarkerStartNumber();
      list(list, list.isTight(), new ListState(null, delimiter, start == null ? 1 : start));
    }

    private void list(Node list, boolean tight, ListState state) {
      writer.pushTight(tight);
      lists.push(state);
      visitChildren(list);
      lists.pop();
      writer.popTight();
      writer.block();
    }

    @Override
    public void visit(ListItem item) {
      ListState state = lists.peek();
      String marker;
      if (state == null) {
        marker = "-";
      } else if (state.bullet != null) {
        marker = state.bullet;
      } else {
        // the numbers after the first do not matter to a reader, but must stay nine digits
        marker = Math.min(state.number, 999_999_999) + state.delimiter;
        state.number++;
      }
      writer.writePrefix(marker);
      writer.writePrefix(" ");
      writer.pushPrefix(" ".repeat(marker.length() + 1));
      if (item.getFirstChild() == null) {
        writer.block();
      } else {
        visitChildren(item);
      }
      writer.popPrefix();
    }
  }

  private static final class ListState {
    final String bullet;
    final String delimiter;
    long number;

    ListState(String bullet, String delimiter, long number) {
      this.bullet = bullet;
      this.delimiter = delimiter;
      this.number = number;
    }
  }
}
