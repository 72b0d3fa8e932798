package io.github.tomannex.tom.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Parses catalogue texts as CommonMark and makes them safe for every output: raw HTML becomes
 * literal text, links to anything but http, https, mailto or a relative target become their text,
 * images become their description (an annex is self-contained), and headings become strong text
 * (the annex's headings are the layout's).
 */
final class Markdown {
  private static final Parser PARSER = Parser.builder().build();

  private Markdown() {}

  /** The text's blocks, sanitised, detached from their parse tree. */
  static List<Node> blocks(String markdown) {
    Node doc = PARSER.parse(markdown);
    sanitize(doc);
    List<Node> out = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; ) {
      Node next = n.getNext();
      n.unlink();
      out.add(n);
      n = next;
    }
    return out;
  }

  /**
   * The text as inline nodes: the content of its only paragraph, or the whole text as literal
   * characters when it is not a single paragraph (a heading or a label is one line).
   */
  static List<Node> inlines(String markdown) {
    List<Node> blocks = blocks(markdown);
    List<Node> out = new ArrayList<>();
    if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph p) {
      for (Node n = p.getFirstChild(); n != null; ) {
        Node next = n.getNext();
        n.unlink();
        out.add(n);
        n = next;
      }
      return out;
    }
    out.add(new Text(markdown.strip().replaceAll("\\s+", " ")));
    return out;
  }

  static boolean safeDestination(String destination) {
    StringBuilder sb = new StringBuilder();
    for (char c : destination.toCharArray()) {
      if (c > ' ' && c != 0x7F) {
        sb.append(c);
      }
    }
    String d = sb.toString().toLowerCase(Locale.ROOT);
    if (d.startsWith("//") || d.startsWith("\\") || d.startsWith("/\\")) {
      return false; // protocol-relative: another host
    }
    int colon = d.indexOf(':');
    if (colon < 0) {
      return true;
    }
    int slash = d.indexOf('/');
    int query = d.indexOf('?');
    int hash = d.indexOf('#');
    boolean isScheme =
        (slash < 0 || colon < slash) && (query < 0 || colon < query) && (hash < 0 || colon < hash);
    if (!isScheme) {
      return true;
    }
    return d.startsWith("http:") || d.startsWith("https:") || d.startsWith("mailto:");
  }

  static void sanitize(Node root) {
    List<Node> unsafe = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline node) {
            unsafe.add(node);
          }

          @Override
          public void visit(HtmlBlock node) {
            unsafe.add(node);
          }

          @Override
          public void visit(Link node) {
            if (!safeDestination(node.getDestination())) {
              unsafe.add(node);
            }
            visitChildren(node);
          }

          @Override
          public void visit(Image node) {
            unsafe.add(node);
            visitChildren(node); // its description stays: HTML and links in it too
          }

          @Override
          public void visit(Heading node) {
            unsafe.add(node);
            visitChildren(node);
          }

          @Override
          public void visit(FencedCodeBlock node) {
            node.setLiteral(blankLines(node.getLiteral()));
          }

          @Override
          public void visit(IndentedCodeBlock node) {
            node.setLiteral(blankLines(node.getLiteral()));
          }

          @Override
          public void visit(LinkReferenceDefinition node) {
            unsafe.add(node); // already applied to the links it defines
          }
        });
    for (Node n : unsafe) {
      if (n instanceof HtmlInline h) {
        h.insertBefore(new Text(h.getLiteral()));
        h.unlink();
      } else if (n instanceof HtmlBlock h) {
        // its lines as text; a blank line in it (a comment or <pre> block can hold one)
        // starts another paragraph, as it would for a reader of the Markdown
        Paragraph p = null;
        for (String line : h.getLiteral().strip().split("\n", -1)) {
          if (line.isBlank()) {
            p = null;
            continue;
          }
          if (p == null) {
            p = new Paragraph();
            h.insertBefore(p);
          } else {
            p.appendChild(new SoftLineBreak());
          }
          p.appendChild(new Text(line));
        }
        h.unlink();
      } else if (n instanceof Heading h) {
        // a heading inside a text would break the annex's outline: strong text instead
        Paragraph p = new Paragraph();
        StrongEmphasis strong = new StrongEmphasis();
        p.appendChild(strong);
        for (Node c = h.getFirstChild(); c != null; ) {
          Node next = c.getNext();
          strong.appendChild(c);
          c = next;
        }
        h.insertBefore(p);
        h.unlink();
      } else if (n instanceof LinkReferenceDefinition) {
        n.unlink();
      } else {
        // a link or image: keep its text (an image's children are its description)
        for (Node c = n.getFirstChild(); c != null; ) {
          Node next = c.getNext();
          n.insertBefore(c);
          c = next;
        }
        n.unlink();
      }
    }
    tidy(root);
    loosen(root);
  }

  /**
   * Tidies what removing HTML, images and unsafe links can leave, and emphasis nested in emphasis
   * of its kind (which Markdown cannot always write): whitespace or a line break at the edge of
   * emphasis moves outside it (a Markdown reader does not see a delimiter next to whitespace as
   * one), and emphasis and paragraphs left empty go (an empty heading, an image without
   * description: as Markdown they would be {@code ****}, a thematic break, or nothing).
   */
  private static void tidy(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; ) {
      Node next = n.getNext();
      tidy(n);
      if (n instanceof Text t && t.getLiteral().isEmpty()) {
        n.unlink(); // else a paragraph of nothing would not count as empty
        n = next;
        continue;
      }
      if (n instanceof SoftLineBreak
          && (n.getPrevious() instanceof SoftLineBreak
              || n.getPrevious() instanceof HardLineBreak)) {
        n.unlink(); // two line breaks in a row (what was between them removed): a blank line
        n = next;
        continue;
      }
      if ((n instanceof Emphasis && within(n, Emphasis.class))
          || (n instanceof StrongEmphasis && within(n, StrongEmphasis.class))) {
        // emphasis within emphasis of its kind looks the same, and Markdown cannot always
        // say it: strong in emphasis in strong would need three runs of two characters
        for (Node c = n.getFirstChild(); c != null; ) {
          Node after = c.getNext();
          n.insertBefore(c);
          c = after;
        }
        n.unlink();
        n = next;
        continue;
      }
      if (n instanceof Emphasis || n instanceof StrongEmphasis) {
        trimEdges(n);
      }
      if (n instanceof Paragraph) {
        // a line break at a paragraph's edge (an image after it removed) is no line break
        while (n.getFirstChild() instanceof SoftLineBreak
            || n.getFirstChild() instanceof HardLineBreak) {
          n.getFirstChild().unlink();
        }
        while (n.getLastChild() instanceof SoftLineBreak
            || n.getLastChild() instanceof HardLineBreak) {
          n.getLastChild().unlink();
        }
      }
      if ((n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Paragraph)
          && n.getFirstChild() == null) {
        n.unlink();
      }
      n = next;
    }
  }

  private static boolean within(Node n, Class<? extends Node> kind) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (kind.isInstance(p)) {
        return true;
      }
    }
    return false;
  }

  private static void trimEdges(Node n) {
    while (n.getFirstChild() != null) {
      Node first = n.getFirstChild();
      if (first instanceof SoftLineBreak || first instanceof HardLineBreak) {
        n.insertBefore(new Text(" "));
        first.unlink();
      } else if (first instanceof Text t
          && !t.getLiteral().isEmpty()
          && space(t.getLiteral().charAt(0))) {
        String s = t.getLiteral();
        int i = 0;
        while (i < s.length() && space(s.charAt(i))) {
          i++;
        }
        n.insertBefore(new Text(s.substring(0, i)));
        if (i == s.length()) {
          t.unlink();
        } else {
          t.setLiteral(s.substring(i));
        }
      } else {
        break;
      }
    }
    while (n.getLastChild() != null) {
      Node last = n.getLastChild();
      if (last instanceof SoftLineBreak || last instanceof HardLineBreak) {
        n.insertAfter(new Text(" "));
        last.unlink();
      } else if (last instanceof Text t
          && !t.getLiteral().isEmpty()
          && space(t.getLiteral().charAt(t.getLiteral().length() - 1))) {
        String s = t.getLiteral();
        int e = s.length();
        while (e > 0 && space(s.charAt(e - 1))) {
          e--;
        }
        n.insertAfter(new Text(s.substring(e)));
        if (e == 0) {
          t.unlink();
        } else {
          t.setLiteral(s.substring(0, e));
        }
      } else {
        break;
      }
    }
  }

  /**
   * A code block's lines of only whitespace as empty lines: inside a list item, which is where the
   * annex puts a measure's text, a Markdown reader cannot tell them from blank.
   */
  private static String blankLines(String literal) {
    return literal == null ? null : BLANK_LINE.matcher(literal).replaceAll("");
  }

  private static final java.util.regex.Pattern BLANK_LINE =
      java.util.regex.Pattern.compile("(?m)^[ \t]+$");

  /** Whitespace to a CommonMark reader deciding whether a delimiter opens or closes. */
  static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Makes a list's tightness one that Markdown can write, after sanitising changed its items: loose
   * where two blocks of an item would run together when written without a blank line between them
   * (a paragraph, say a heading or HTML block made one, after a block that ends in a paragraph
   * would continue it), tight where a single item holds a single block (no blank line could make it
   * loose).
   */
  private static void loosen(Node node) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      loosen(n);
    }
    if (node instanceof ListBlock list
        && !list.isTight()
        && list.getFirstChild() != null
        && list.getFirstChild() == list.getLastChild()
        && list.getFirstChild().getFirstChild() == list.getFirstChild().getLastChild()) {
      // one item of at most one block (the rest removed) has no blank line to be loose by
      list.setTight(true);
    }
    if (node instanceof ListBlock list && list.isTight()) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        for (Node b = item.getFirstChild(); b != null && b.getNext() != null; b = b.getNext()) {
          if (endsInParagraph(b) && !interruptsParagraph(b.getNext())) {
            list.setTight(false);
            return;
          }
        }
      }
    }
  }

  private static boolean endsInParagraph(Node block) {
    if (block instanceof Paragraph) {
      return true;
    }
    boolean container =
        block instanceof ListBlock || block instanceof ListItem || block instanceof BlockQuote;
    return container && block.getLastChild() != null && endsInParagraph(block.getLastChild());
  }

  /** Whether a block, written right after a paragraph's last line, starts a block of its own. */
  private static boolean interruptsParagraph(Node block) {
    if (block instanceof BulletList list) {
      return list.getFirstChild() != null && list.getFirstChild().getFirstChild() != null;
    }
    if (block instanceof OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      return (start == null || start == 1)
          && list.getFirstChild() != null
          && list.getFirstChild().getFirstChild() != null;
    }
    return block instanceof FencedCodeBlock
        || block instanceof IndentedCodeBlock
        || block instanceof BlockQuote
        || block instanceof ThematicBreak
        || block instanceof Heading;
  }
}
