package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.AnnexHandler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import javax.swing.text.SimpleAttributeSet;

/**
 * Writes the annex through Doxia Sink calls, so the site's skin lays it out. Headings become
 * nested Doxia sections; after the title a paragraph links to the other languages and
 * formats.
 */
final class SinkAnnexHandler implements AnnexHandler {
  private final Sink sink;
  private final List<String[]> downloads;
  private final Deque<Integer> sections = new ArrayDeque<>();
  private final Deque<Boolean> lists = new ArrayDeque<>();
  private int heading;

  /**
   * @param sink where the page goes
   * @param downloads pairs of link text and relative href, shown after the title
   */
  SinkAnnexHandler(Sink sink, List<String[]> downloads) {
    this.sink = sink;
    this.downloads = downloads;
  }

  /**
   * Doxia's attribute set is in doxia-core, which the plugin does not depend on (the site
   * plugin brings Doxia); the interface is a Swing attribute set, so this is one.
   */
  static final class Attributes extends SimpleAttributeSet implements SinkEventAttributes {
    private static final long serialVersionUID = 1L;
  }

  private static SinkEventAttributes attrs(String name, String value) {
    Attributes set = new Attributes();
    if (value != null && !value.isEmpty()) {
      set.addAttribute(name, value);
    }
    return set;
  }

  @Override
  public void startDocument(String language, String title) {
    sink.head();
    sink.title();
    sink.text(title);
    sink.title_();
    sink.head_();
    sink.body();
  }

  @Override
  public void endDocument() {
    while (!sections.isEmpty()) {
      sink.section_(sections.pop());
    }
    sink.body_();
  }

  @Override
  public void startHeading(int level, String anchor) {
    while (!sections.isEmpty() && sections.peek() >= level) {
      sink.section_(sections.pop());
    }
    sink.section(level, attrs(SinkEventAttributes.ID, anchor));
    sections.push(level);
    sink.sectionTitle(level, null);
    heading = level;
  }

  @Override
  public void endHeading() {
    sink.sectionTitle_(heading);
    if (heading == 1 && !downloads.isEmpty()) {
      sink.paragraph(attrs(SinkEventAttributes.CLASS, "tom-downloads"));
      for (int i = 0; i < downloads.size(); i++) {
        sink.text(i == 0 ? "" : " · ");
        sink.link(downloads.get(i)[1]);
        sink.text(downloads.get(i)[0]);
        sink.link_();
      }
      sink.paragraph_();
    }
  }

  @Override
  public void startParagraph(String role) {
    sink.paragraph(attrs(SinkEventAttributes.CLASS, role));
  }

  @Override
  public void endParagraph() {
    sink.paragraph_();
  }

  @Override
  public void startList(boolean ordered, int start) { // Doxia lists have no start number
    lists.push(ordered);
    if (ordered) {
      sink.numberedList(Sink.NUMBERING_DECIMAL);
    } else {
      sink.list();
    }
  }

  @Override
  public void endList() {
    if (lists.pop()) {
      sink.numberedList_();
    } else {
      sink.list_();
    }
  }

  @Override
  public void startListItem(String anchor, String role) {
    Attributes set = new Attributes();
    if (!anchor.isEmpty()) {
      set.addAttribute(SinkEventAttributes.ID, anchor);
    }
    if (!role.isEmpty()) {
      set.addAttribute(SinkEventAttributes.CLASS, role);
    }
    if (Boolean.TRUE.equals(lists.peek())) {
      sink.numberedListItem(set);
    } else {
      sink.listItem(set);
    }
  }

  @Override
  public void endListItem() {
    if (Boolean.TRUE.equals(lists.peek())) {
      sink.numberedListItem_();
    } else {
      sink.listItem_();
    }
  }

  @Override
  public void startQuote() {
    sink.blockquote();
  }

  @Override
  public void endQuote() {
    sink.blockquote_();
  }

  @Override
  public void codeBlock(String text) {
    sink.verbatim();
    sink.text(text);
    sink.verbatim_();
  }

  @Override
  public void rule() {
    sink.horizontalRule();
  }

  @Override
  public void text(String text) {
    sink.text(text);
  }

  @Override
  public void code(String text) {
    sink.inline(attrs(SinkEventAttributes.SEMANTICS, "code"));
    sink.text(text);
    sink.inline_();
  }

  @Override
  public void lineBreak() {
    sink.lineBreak();
  }

  @Override
  public void startEmphasis() {
    sink.inline(attrs(SinkEventAttributes.SEMANTICS, "emphasis"));
  }

  @Override
  public void endEmphasis() {
    sink.inline_();
  }

  @Override
  public void startStrong() {
    sink.inline(attrs(SinkEventAttributes.SEMANTICS, "strong"));
  }

  @Override
  public void endStrong() {
    sink.inline_();
  }

  @Override
  public void startLink(String href) {
    sink.link(href);
  }

  @Override
  public void endLink() {
    sink.link_();
  }
}
