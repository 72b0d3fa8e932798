package io.github.tomannex.tom.docx.internal;

import io.github.tomannex.tom.AnnexHandler;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A one-line catalogue text (a certificate's title or issuer) as inline events, read the way
 * tom-core reads it for the HTML and Markdown annex: CommonMark inlines when the text is one
 * paragraph, else the whole text as literal characters; raw HTML as literal text; links and images
 * as their text (a table cell of the Word document links nowhere).
 */
final class InlineMarkdown {
  private static final Parser PARSER = Parser.builder().build();

  private InlineMarkdown() {}

  static void emit(String markdown, AnnexHandler h) {
    Node doc = PARSER.parse(markdown);
    Node first = doc.getFirstChild();
    if (first == null || first != doc.getLastChild() || !(first instanceof Paragraph)) {
      String plain = markdown.strip().replaceAll("\\s+", " ");
      if (!plain.isEmpty()) {
        h.text(plain);
      }
      return;
    }
    first.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            h.text(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            h.code(code.getLiteral());
          }

          @Override
          public void visit(HtmlInline html) {
            h.text(html.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            h.text(" ");
          }

          @Override
          public void visit(HardLineBreak br) {
            h.lineBreak();
          }

          @Override
          public void visit(Emphasis e) {
            h.startEmphasis();
            visitChildren(e);
            h.endEmphasis();
          }

          @Override
          public void visit(StrongEmphasis e) {
            h.startStrong();
            visitChildren(e);
            h.endStrong();
          }

          @Override
          public void visit(Link link) {
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            visitChildren(image);
          }
        });
  }
}
