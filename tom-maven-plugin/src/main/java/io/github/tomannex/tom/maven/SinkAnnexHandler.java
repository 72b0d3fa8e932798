package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.AnnexHandler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.swing.text.SimpleAttributeSet;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/**
 * Writes the annex through Doxia Sink calls, so the site's skin lays it out. Headings become nested
 * Doxia sections; after the title a paragraph links to the other languages and formats.
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
    this(sink, downloads, List.of());
  }

  /**
   * @param sink where the page goes
   * @param downloads pairs of link text and relative href, shown after the title
   * @param related lines after the downloads: a label, then pairs of link text and href (the
   *     sub-processor list, the change notice, the feed)
   */
  SinkAnnexHandler(Sink sink, List<String[]> downloads, List<String[]> related) {
    this.sink = sink;
    this.downloads = downloads;
    this.related = related;
  }

  private final List<String[]> related;

  /**
   * The page at phone width: long words and addresses wrap instead of scrolling sideways, and the
   * section headings stay smaller than the annex's title, whatever the skin's sizes.
   */
  static final String STYLE =
      "<style>\n"
          + ".tom-annex{overflow-wrap:anywhere;word-wrap:break-word;hyphens:auto;max-width:100%}\n"
          + ".tom-annex h1{font-size:1.75rem;line-height:1.25}\n"
          + ".tom-annex h2{font-size:1.35rem;line-height:1.3}\n"
          + ".tom-annex h3{font-size:1.15rem}\n"
          + ".tom-annex h4,.tom-annex h5,.tom-annex h6{font-size:1rem}\n"
          + ".tom-annex ul,.tom-annex ol{padding-left:1.25em}\n"
          + "@media (max-width:600px){.tom-annex h1{font-size:1.35rem}"
          + ".tom-annex h2{font-size:1.15rem}.tom-annex h3{font-size:1.05rem}}\n"
          + "</style>";

  /**
   * Doxia's attribute set is in doxia-core, which the plugin does not depend on (the site plugin
   * brings Doxia); the interface is a Swing attribute set, so this is one.
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
    // the annex in its own language, whatever the site's (screen readers, hyphenation)
    Attributes set = new Attributes();
    set.addAttribute(SinkEventAttributes.LANG, language);
    set.addAttribute(SinkEventAttributes.CLASS, "tom-annex");
    sink.division(set);
    sink.rawText(STYLE);
  }

  @Override
  public void endDocument() {
    while (!sections.isEmpty()) {
      sink.section_(sections.pop());
    }
    sink.division_();
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
    if (heading == 1) {
      for (String[] line : related) {
        sink.paragraph(attrs(SinkEventAttributes.CLASS, "tom-related"));
        sink.text(line[0] + ": ");
        for (int i = 1; i + 1 < line.length; i += 2) {
          sink.text(i == 1 ? "" : " · ");
          sink.link(line[i + 1]);
          sink.text(line[i]);
          sink.link_();
        }
        sink.paragraph_();
      }
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
