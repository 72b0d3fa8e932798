package io.github.tomannex.tom.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Parses catalogue texts as CommonMark and makes them safe for every output: raw HTML becomes
 * literal text, links to anything but http, https, mailto or a relative target become their
 * text, images become their description (an annex is self-contained), and headings become
 * strong text (the annex's headings are the layout's).
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
      if (!(n instanceof LinkReferenceDefinition)) { // already applied to the links it defines
        out.add(n);
      }
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
          }

          @Override
          public void visit(Heading node) {
            unsafe.add(node);
            visitChildren(node);
          }
        });
    for (Node n : unsafe) {
      if (n instanceof HtmlInline h) {
        h.insertBefore(new Text(h.getLiteral()));
        h.unlink();
      } else if (n instanceof HtmlBlock h) {
        Paragraph p = new Paragraph();
        String[] lines = h.getLiteral().strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            p.appendChild(new SoftLineBreak());
          }
          p.appendChild(new Text(lines[i]));
        }
        h.insertBefore(p);
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
  }
}
