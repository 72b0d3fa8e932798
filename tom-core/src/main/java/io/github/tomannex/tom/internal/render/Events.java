package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.AnnexHandler;
import io.github.tomannex.tom.Catalogue;
import java.util.Map;
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
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.text.TextContentRenderer;

/** Walks the annex tree and reports it to an {@link AnnexHandler}. */
public final class Events {
  private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

  private Events() {}

  public static void emit(Catalogue catalogue, String language, AnnexHandler handler) {
    AnnexBuilder builder = new AnnexBuilder(catalogue, language);
    Node doc = builder.build();
    emit(
        doc,
        PLAIN.render(builder.title()).strip(),
        builder.ids,
        builder.classes,
        language,
        handler);
  }

  /** A one-line catalogue text as inline events, links as their text: {@code Tom.renderInline}. */
  public static void inline(String markdown, AnnexHandler handler) {
    Walker walker = new Walker(Map.of(), Map.of(), handler);
    walker.links = false;
    for (Node n : AnnexBuilder.oneLine(Markdown.inlines(markdown))) {
      n.accept(walker);
    }
  }

  static void emit(
      Node doc,
      String title,
      Map<Node, String> ids,
      Map<Node, String> classes,
      String language,
      AnnexHandler handler) {
    handler.startDocument(language, title);
    doc.accept(new Walker(ids, classes, handler));
    handler.endDocument();
  }

  private static final class Walker extends AbstractVisitor {
    private final Map<Node, String> ids;
    private final Map<Node, String> classes;
    private final AnnexHandler h;

    /** Inside a tight list, paragraphs are not reported as paragraphs. */
    private boolean tight;

    /** Whether links are reported as links, or as their text only. */
    private boolean links = true;

    Walker(Map<Node, String> ids, Map<Node, String> classes, AnnexHandler h) {
      this.ids = ids;
      this.classes = classes;
      this.h = h;
    }

    private String role(Node n) {
      return classes.getOrDefault(n, "");
    }

    @Override
    public void visit(CustomNode node) {
      boolean deleted = node instanceof NoticeBuilder.Deleted;
      if (deleted) {
        h.startDeletion();
      } else {
        h.startInsertion();
      }
      visitChildren(node);
      if (deleted) {
        h.endDeletion();
      } else {
        h.endInsertion();
      }
    }

    @Override
    public void visit(Heading heading) {
      h.startHeading(heading.getLevel(), ids.getOrDefault(heading, ""));
      visitChildren(heading);
      h.endHeading();
    }

    @Override
    public void visit(Paragraph paragraph) {
      boolean inTightItem = tight && paragraph.getParent() instanceof ListItem;
      if (!inTightItem) {
        h.startParagraph(role(paragraph));
      }
      visitChildren(paragraph);
      if (!inTightItem) {
        h.endParagraph();
      }
    }

    @Override
    public void visit(BulletList list) {
      list(list, list.isTight(), false, 1);
    }

    @Override
    public void visit(OrderedList list) {
      Integer start = list.getMarkerStartNumber();
      list(list, list.isTight(), true, start == null ? 1 : start);
    }

    private void list(Node list, boolean isTight, boolean ordered, int start) {
      boolean outer = tight;
      tight = isTight;
      h.startList(ordered, start);
      visitChildren(list);
      h.endList();
      tight = outer;
    }

    @Override
    public void visit(ListItem item) {
      h.startListItem(ids.getOrDefault(item, ""), role(item));
      visitChildren(item);
      h.endListItem();
    }

    @Override
    public void visit(BlockQuote quote) {
      boolean outer = tight;
      tight = false;
      h.startQuote();
      visitChildren(quote);
      h.endQuote();
      tight = outer;
    }

    @Override
    public void visit(FencedCodeBlock block) {
      h.codeBlock(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      h.codeBlock(block.getLiteral());
    }

    @Override
    public void visit(ThematicBreak rule) {
      h.rule();
    }

    @Override
    public void visit(Text text) {
      h.text(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      h.code(code.getLiteral());
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
      if (!links) {
        visitChildren(link);
        return;
      }
      h.startLink(link.getDestination());
      visitChildren(link);
      h.endLink();
    }
  }
}
