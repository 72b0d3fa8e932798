package io.github.tomannex.tom.docx.internal;

import io.github.tomannex.tom.AnnexHandler;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.Tom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body of {@code word/document.xml}, written from the annex's or the notice's events: headings
 * as the built-in styles Heading1 to Heading6 (Word's navigation pane and table of contents read
 * them), lists as numbered paragraphs of {@code numbering.xml}, the certificates of a list as a
 * table (as the PDF does), inserted and deleted words as tracked changes ({@code w:ins}, {@code
 * w:del}) by the author "tom" at the release date.
 */
final class WordBody implements AnnexHandler {
  /** The text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
  static final int TEXT_WIDTH = 11906 - 2 * 1417;

  /** The list definitions: bullets use num 1; every ordered list gets a num of its own. */
  static final int BULLETS = 1;

  /**
   * The certificate table's column widths, in twentieths of a point: title, standard, issuer,
   * [scope,] validity. The standard column holds "ISO/IEC 27001:2022", the validity column the
   * longest date of the EU languages ("30 Σεπτεμβρίου 2027"), each on one line; with start dates it
   * holds "30 Σεπτεμβρίου 2026 –".
   */
  private static int[] certificateColumns(boolean scope, boolean from) {
    if (scope) {
      return from
          ? new int[] {1772, 1900, 1600, 1400, 2400}
          : new int[] {1972, 1900, 1700, 1400, 2100};
    }
    return from ? new int[] {2272, 2100, 2300, 2400} : new int[] {2572, 2100, 2300, 2100};
  }

  private final Catalogue catalogue;
  private final String lang;
  private final Labels words;
  private final String revisionDate;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final List<String> links = new ArrayList<>();
  private final List<Integer> orderedStarts = new ArrayList<>();
  private final Set<String> bookmarks = new HashSet<>();

  private String title = "";
  private int ids;
  private boolean inParagraph;
  private String openRevision; // "ins", "del" or null: the revision wrapper open in the paragraph
  private boolean inserting;
  private boolean deleting;
  private int bold;
  private int italic;
  private int linkDepth;
  private int quotes;
  private int suppress;
  private boolean inCell;
  private boolean lastWasTable;
  private int pendingBookmarkEnd = -1;

  private final Deque<ListContext> lists = new ArrayDeque<>();
  private final Deque<Item> items = new ArrayDeque<>();

  private record ListContext(int numId, int level, List<String> certificates) {}

  private static final class Item {
    final String role;
    boolean numbered;

    Item(String role) {
      this.role = role;
    }
  }

  WordBody(Catalogue catalogue, String lang, String revisionDate) {
    this.catalogue = catalogue;
    this.lang = lang;
    this.words = Labels.of(catalogue);
    this.revisionDate = revisionDate;
  }

  /** The body's XML, without {@code w:sectPr}. */
  String xml() {
    return out.toString();
  }

  /** The document's title from {@link #startDocument}. */
  String title() {
    return title;
  }

  /** The targets of the external links, in order: relationship {@code rIdL<n>} is the n-th. */
  List<String> links() {
    return List.copyOf(links);
  }

  /** The start numbers of the ordered lists: num {@code BULLETS + n} is the n-th. */
  List<Integer> orderedStarts() {
    return List.copyOf(orderedStarts);
  }

  @Override
  public void startDocument(String language, String title) {
    this.title = title;
  }

  @Override
  public void endDocument() {
    closeParagraph();
    if (lastWasTable || out.length() == 0) {
      out.append("<w:p/>");
    }
  }

  @Override
  public void startHeading(int level, String anchor) {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    int l = Math.max(1, Math.min(6, level));
    out.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(l).append("\"/></w:pPr>");
    inParagraph = true;
    lastWasTable = false;
    String name = bookmark(anchor);
    if (name != null && bookmarks.add(name)) {
      int id = ids++;
      out.append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"");
      Xml.esc(out, name).append("\"/>");
      pendingBookmarkEnd = id;
    }
  }

  @Override
  public void endHeading() {
    if (suppress > 0) {
      return;
    }
    closeRevision();
    if (pendingBookmarkEnd >= 0) {
      out.append("<w:bookmarkEnd w:id=\"").append(pendingBookmarkEnd).append("\"/>");
      pendingBookmarkEnd = -1;
    }
    closeParagraph();
  }

  @Override
  public void startParagraph(String role) {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    openParagraph(role);
  }

  @Override
  public void endParagraph() {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
  }

  @Override
  public void startList(boolean ordered, int start) {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    int numId;
    if (ordered) {
      orderedStarts.add(start);
      numId = BULLETS + orderedStarts.size();
    } else {
      numId = BULLETS;
    }
    lists.push(new ListContext(numId, Math.min(lists.size(), 8), new ArrayList<>()));
  }

  @Override
  public void endList() {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    ListContext list = lists.pop();
    if (!list.certificates().isEmpty()) {
      certificateTable(list.certificates());
    }
  }

  @Override
  public void startListItem(String anchor, String role) {
    if (suppress > 0) {
      suppress++;
      return;
    }
    if (anchor.startsWith("c-")
        && !lists.isEmpty()
        && catalogue.certificate(anchor.substring(2)).isPresent()) {
      lists.peek().certificates().add(anchor.substring(2));
      suppress = 1;
      return;
    }
    closeParagraph();
    items.push(new Item(role));
  }

  @Override
  public void endListItem() {
    if (suppress > 0) {
      suppress--;
      return;
    }
    Item item = items.peek();
    if (item != null && !item.numbered && !inParagraph) {
      openParagraph(""); // an empty item still shows its bullet
    }
    closeParagraph();
    items.pop();
  }

  @Override
  public void startQuote() {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    quotes++;
  }

  @Override
  public void endQuote() {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    quotes--;
  }

  @Override
  public void codeBlock(String text) {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    String[] lines =
        text.endsWith("\n")
            ? text.substring(0, text.length() - 1).split("\n", -1)
            : text.split("\n", -1);
    for (String line : lines) {
      openParagraph("", "TomCode");
      if (!line.isEmpty()) {
        run(line, false);
      }
      closeParagraph();
    }
  }

  @Override
  public void rule() {
    if (suppress > 0) {
      return;
    }
    closeParagraph();
    openStyled("TomRule");
    closeParagraph();
  }

  @Override
  public void text(String text) {
    if (suppress > 0) {
      return;
    }
    run(text, false);
  }

  @Override
  public void code(String text) {
    if (suppress > 0) {
      return;
    }
    run(text, true);
  }

  @Override
  public void lineBreak() {
    if (suppress > 0) {
      return;
    }
    ensureParagraph();
    openRevisionFor();
    out.append("<w:r><w:br/></w:r>");
  }

  @Override
  public void startEmphasis() {
    italic++;
  }

  @Override
  public void endEmphasis() {
    italic--;
  }

  @Override
  public void startStrong() {
    bold++;
  }

  @Override
  public void endStrong() {
    bold--;
  }

  @Override
  public void startLink(String href) {
    if (suppress > 0) {
      return;
    }
    ensureParagraph();
    closeRevision();
    linkDepth++;
    if (linkDepth > 1) {
      return; // Word has no link inside a link: the outer one holds the runs
    }
    if (href.startsWith("#")) {
      String name = bookmark(href.substring(1));
      out.append("<w:hyperlink w:anchor=\"");
      Xml.esc(out, name == null ? "_top" : name).append("\" w:history=\"1\">");
    } else {
      links.add(href);
      out.append("<w:hyperlink r:id=\"rIdL").append(links.size()).append("\" w:history=\"1\">");
    }
  }

  @Override
  public void endLink() {
    if (suppress > 0) {
      return;
    }
    linkDepth--;
    if (linkDepth == 0) {
      closeRevision();
      out.append("</w:hyperlink>");
    }
  }

  @Override
  public void startInsertion() {
    inserting = true;
  }

  @Override
  public void endInsertion() {
    inserting = false;
    if (suppress == 0 && "ins".equals(openRevision)) {
      closeRevision();
    }
  }

  @Override
  public void startDeletion() {
    deleting = true;
  }

  @Override
  public void endDeletion() {
    deleting = false;
    if (suppress == 0 && "del".equals(openRevision)) {
      closeRevision();
    }
  }

  // ---- paragraphs

  private void ensureParagraph() {
    if (!inParagraph) {
      openParagraph("");
    }
  }

  private void openParagraph(String role) {
    openParagraph(role, null);
  }

  /**
   * Opens a paragraph: in a list item numbered when it is the item's first, else indented to the
   * item's text; {@code style} (a code line) wins over the role's style.
   */
  private void openParagraph(String role, String style) {
    if (style == null) {
      style = styleFor(role);
    }
    Item item = items.peek();
    if (!inCell && item != null && !lists.isEmpty()) {
      ListContext list = lists.peek();
      if (style == null && quotes > 0) {
        style = "Quote";
      }
      out.append("<w:p><w:pPr><w:pStyle w:val=\"")
          .append(style == null ? "ListParagraph" : style)
          .append("\"/>");
      if (!item.numbered) {
        item.numbered = true;
        out.append("<w:numPr><w:ilvl w:val=\"")
            .append(list.level())
            .append("\"/><w:numId w:val=\"")
            .append(list.numId())
            .append("\"/></w:numPr>");
      } else {
        out.append("<w:ind w:left=\"").append(Numbering.indent(list.level())).append("\"/>");
      }
      out.append("</w:pPr>");
      inParagraph = true;
      lastWasTable = false;
      return;
    }
    if (inCell) {
      style = "TomTableText";
    } else if (quotes > 0 && style == null) {
      style = "Quote";
    }
    openStyled(style);
  }

  private void openStyled(String style) {
    out.append("<w:p>");
    if (style != null) {
      out.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
    }
    inParagraph = true;
    lastWasTable = false;
  }

  private void closeParagraph() {
    if (!inParagraph) {
      return;
    }
    closeRevision();
    if (linkDepth > 0) {
      out.append("</w:hyperlink>"); // a link does not cross a paragraph; never emitted so
      linkDepth = 0;
    }
    out.append("</w:p>");
    inParagraph = false;
  }

  private static String styleFor(String role) {
    return switch (role) {
      case "meta" -> "TomMeta";
      case "intro" -> "TomIntro";
      case "review-dates", "none", "legend" -> "TomNote";
      default -> null;
    };
  }

  // ---- runs

  private void run(String text, boolean code) {
    if (text.isEmpty()) {
      return;
    }
    ensureParagraph();
    openRevisionFor();
    boolean del = deleting && !inserting;
    String t = del ? "w:delText" : "w:t";
    out.append("<w:r>");
    StringBuilder rPr = new StringBuilder();
    if (linkDepth > 0) {
      rPr.append("<w:rStyle w:val=\"Hyperlink\"/>");
    } else if (code) {
      rPr.append("<w:rStyle w:val=\"TomCodeChar\"/>");
    }
    if (bold > 0) {
      rPr.append("<w:b/>");
    }
    if (italic > 0) {
      rPr.append("<w:i/>");
    }
    if (rPr.length() > 0) {
      out.append("<w:rPr>").append(rPr).append("</w:rPr>");
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("<w:br/>");
      }
      if (lines[i].isEmpty()) {
        continue;
      }
      out.append('<').append(t).append(" xml:space=\"preserve\">");
      Xml.esc(out, lines[i]).append("</").append(t).append('>');
    }
    out.append("</w:r>");
  }

  /** Opens or closes the revision wrapper the next run needs. */
  private void openRevisionFor() {
    String wanted = deleting && !inserting ? "del" : inserting ? "ins" : null;
    if (java.util.Objects.equals(wanted, openRevision)) {
      return;
    }
    closeRevision();
    if (wanted != null) {
      out.append("<w:")
          .append(wanted)
          .append(" w:id=\"")
          .append(ids++)
          .append("\" w:author=\"tom\" w:date=\"")
          .append(revisionDate)
          .append("\">");
      openRevision = wanted;
    }
  }

  private void closeRevision() {
    if (openRevision != null) {
      out.append("</w:").append(openRevision).append('>');
      openRevision = null;
    }
  }

  // ---- the certificate table

  private void certificateTable(List<String> ids) {
    List<Certificate> certs = new ArrayList<>();
    for (String id : ids) {
      catalogue.certificate(id).ifPresent(certs::add);
    }
    // the scope when any certificate has one, as the Markdown, HTML and PDF show it; the
    // validity: the end date, or "from – until" when any certificate has a start date
    boolean scope = certs.stream().anyMatch(c -> !c.scope().isEmpty());
    boolean from = certs.stream().anyMatch(c -> c.validFrom().isPresent());
    int[] columns = certificateColumns(scope, from);
    out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TomTable\"/>")
        .append("<w:tblW w:w=\"")
        .append(TEXT_WIDTH)
        .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
        .append("<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\"")
        .append(" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for (int w : columns) {
      out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    out.append("</w:tblGrid>");
    out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    List<String> heads = new ArrayList<>();
    heads.add(word("certificate"));
    heads.add(word("pdf.standard"));
    heads.add(word("pdf.issuer"));
    if (scope) {
      heads.add(capitalised(word("scope")));
    }
    heads.add(
        from
            ? capitalised(word("valid-from")) + " / " + word("valid-until")
            : capitalised(word("valid-until")));
    for (int i = 0; i < heads.size(); i++) {
      startCell(columns[i]);
      out.append("<w:p><w:pPr><w:pStyle w:val=\"TomTableHeading\"/></w:pPr>");
      inParagraph = true;
      run(heads.get(i), false);
      closeParagraph();
      out.append("</w:tc>");
    }
    out.append("</w:tr>");
    inCell = true;
    for (Certificate cert : certs) {
      out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      cell(columns[0], text(cert.title()));
      cell(columns[1], cert.standard());
      cell(columns[2], cert.issuer().map(this::text).orElse("–"));
      if (scope) {
        List<String> sites = new ArrayList<>();
        for (String id : cert.scope()) {
          sites.add(catalogue.site(id).map(st -> text(st.name())).orElse(id));
        }
        cell(columns[3], sites.isEmpty() ? "–" : String.join("; ", sites));
      }
      startCell(columns[columns.length - 1]);
      openParagraph("");
      // a date is never split across lines: its spaces are no-break spaces; "from – until",
      // "– until" or "from –" when the table shows start dates
      String until = cert.validUntil().map(d -> date(d)).orElse("");
      String start = cert.validFrom().map(d -> date(d) + "\u00A0–").orElse("–");
      String validity =
          !from ? (until.isEmpty() ? "–" : until) : until.isEmpty() ? start : start + " " + until;
      run(validity, false);
      closeParagraph();
      out.append("</w:tc></w:tr>");
    }
    inCell = false;
    out.append("</w:tbl>");
    lastWasTable = true;
  }

  private void cell(int width, String markdown) {
    startCell(width);
    openParagraph("");
    Tom.renderInline(markdown, this);
    closeParagraph();
    out.append("</w:tc>");
  }

  private void startCell(int width) {
    out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
  }

  private String word(String key) {
    return words.format(key, lang);
  }

  /** A date of the certificate table, kept on one line. */
  private String date(java.time.LocalDate d) {
    return words.date(d, lang).replace(' ', '\u00A0');
  }

  private String text(Text t) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /**
   * A Word bookmark name for an anchor: letters, digits and underscores, starting with a letter, at
   * most 40 characters (what Word accepts); null for no anchor.
   */
  static String bookmark(String anchor) {
    if (anchor == null || anchor.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("t_");
    for (int i = 0; i < anchor.length() && sb.length() < 40; i++) {
      char c = anchor.charAt(i);
      sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
    }
    return sb.toString();
  }
}
