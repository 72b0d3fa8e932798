package io.github.tomannex.tom.pdf.internal;

import io.github.tomannex.tom.AnnexHandler;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Tom;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes the annex as the XHTML that openhtmltopdf lays out: a title block, running header and
 * footer, bookmarks for every heading, and the certificates as a table. Built from the same events
 * as every other output, so the PDF says what the HTML and Markdown say.
 */
public final class PrintHtml implements AnnexHandler {
  /** A heading, for the bookmarks. */
  private record Mark(int level, String anchor, String text) {}

  private final Catalogue catalogue;
  private final String lang;
  private final String fingerprint;
  private final String css;
  private final Labels words;
  private final String fingerprintLine;
  private final StringBuilder body = new StringBuilder(64 * 1024);

  /** Every character the document draws, as the catalogue gives it (before {@link #draw}). */
  private final StringBuilder drawn = new StringBuilder(64 * 1024);

  private final List<Mark> marks = new ArrayList<>();
  private final Deque<Boolean> lists = new ArrayDeque<>();
  private final Deque<Integer> listStarts = new ArrayDeque<>();
  private final Deque<List<String>> listCertificates = new ArrayDeque<>();
  private final Deque<Integer> listItems = new ArrayDeque<>();
  private String title = "";
  private int headingLevel;
  private StringBuilder headingText;
  private boolean inTitleBlock;
  private boolean suppress;

  /** The change-notice mark that ended last ("del", "ins"), until text follows; else null. */
  private String edited;

  /** Whether the open paragraph is the change notice's legend. */
  private boolean legend;

  /**
   * A print document of an annex: its title block ends with the fingerprint line the annex's events
   * carry (tom-core prints it in every format), so none is added here.
   */
  public PrintHtml(Catalogue catalogue, String language, String fingerprint, String css) {
    this(catalogue, language, fingerprint, css, null);
  }

  /**
   * A print document whose title block ends with the label {@code fingerprintKey} (with the
   * fingerprint for its {@code {0}}): a change notice fingerprints the diff, not the catalogue.
   */
  public PrintHtml(
      Catalogue catalogue, String language, String fingerprint, String css, String fingerprintKey) {
    this.catalogue = catalogue;
    this.lang = language;
    this.fingerprint = fingerprint;
    this.css = css;
    this.words = Labels.of(catalogue);
    this.fingerprintLine =
        fingerprintKey == null ? null : words.format(fingerprintKey, language, fingerprint);
  }

  private String word(String key) {
    return words.format(key, lang);
  }

  /** The page footer's CSS content: the words of {@code pdf.page} around the two counters. */
  private String pageCounter() {
    String pattern = word("pdf.page");
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i <= pattern.length()) {
      int zero = pattern.indexOf("{0}", i);
      int one = pattern.indexOf("{1}", i);
      int at = zero < 0 ? one : one < 0 ? zero : Math.min(zero, one);
      String literal = pattern.substring(i, at < 0 ? pattern.length() : at);
      if (!literal.isEmpty()) {
        parts.add("\"" + cssString(literal) + "\"");
      }
      if (at < 0) {
        break;
      }
      parts.add(at == zero ? "counter(page)" : "counter(pages)");
      i = at + 3;
    }
    return String.join(" ", parts);
  }

  /**
   * Every character the document draws, as the texts give it, for the check of what the fonts can
   * draw; call after the events.
   */
  public String drawnText() {
    return drawn.toString();
  }

  /** The complete XHTML document; call after the events. */
  public String html() {
    StringBuilder sb = new StringBuilder(body.length() + 8192);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(esc(lang))
        .append("\" xml:lang=\"")
        .append(esc(lang))
        .append("\">\n<head>\n")
        .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n")
        .append("<meta name=\"author\" content=\"")
        .append(esc(catalogue.document().processor().name()))
        .append("\"/>\n")
        .append("<style type=\"text/css\">\n")
        .append(css)
        .append("@page { @bottom-right { content: ")
        .append(pageCounter())
        .append(
            "; font-family: \"Liberation Sans\"; font-size: 8pt;"
                + " color: #555; vertical-align: top; } }\n")
        .append("@page :first { @top-left { content: none; } }\n")
        .append("</style>\n");
    bookmarks(sb);
    sb.append("</head>\n<body>\n");
    sb.append("<div class=\"running-header\">")
        .append(draw(title, false))
        .append(" <span class=\"keep\">· ") // the version stays whole when the header wraps
        .append(esc(word("version")))
        .append(' ')
        .append(draw(catalogue.document().version(), false))
        .append("</span></div>\n");
    sb.append("<div class=\"running-footer\">SHA-256 ")
        .append(esc(fingerprint.substring(0, 16)))
        .append("…</div>\n");
    sb.append(body);
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private void bookmarks(StringBuilder sb) {
    sb.append("<bookmarks>\n");
    Deque<Integer> open = new ArrayDeque<>();
    for (Mark m : marks) {
      if (m.level() < 2) {
        continue;
      }
      while (!open.isEmpty() && open.peek() >= m.level()) {
        sb.append("</bookmark>\n");
        open.pop();
      }
      sb.append("<bookmark name=\"")
          .append(esc(m.text()))
          .append("\" href=\"#")
          .append(esc(m.anchor()))
          .append("\">\n");
      open.push(m.level());
    }
    while (!open.isEmpty()) {
      sb.append("</bookmark>\n");
      open.pop();
    }
    sb.append("</bookmarks>\n");
  }

  private void out(String s) {
    if (!suppress) {
      body.append(s);
    }
  }

  private void closeTitleBlock() {
    if (inTitleBlock) {
      inTitleBlock = false;
      if (fingerprintLine != null) {
        body.append("<p class=\"fingerprint\">").append(esc(fingerprintLine)).append("</p>\n");
      }
      body.append("</div>\n");
    }
  }

  @Override
  public void startDocument(String language, String title) {
    this.title = title;
    drawn.append(title).append('\n').append(catalogue.document().version()).append('\n');
  }

  @Override
  public void endDocument() {
    closeTitleBlock();
  }

  @Override
  public void startHeading(int level, String anchor) {
    if (level > 1) {
      closeTitleBlock();
    }
    headingLevel = level;
    headingText = new StringBuilder();
    if (level == 1) {
      inTitleBlock = true;
      body.append("<div class=\"title-block\">\n");
    }
    out("<h" + Math.min(6, level) + " id=\"" + esc(anchor) + "\">");
    marks.add(new Mark(level, anchor, ""));
  }

  @Override
  public void endHeading() {
    out("</h" + Math.min(6, headingLevel) + ">\n");
    Mark m = marks.remove(marks.size() - 1);
    marks.add(new Mark(m.level(), m.anchor(), headingText.toString().strip()));
    headingText = null;
  }

  @Override
  public void startParagraph(String role) {
    if (!"meta".equals(role)) {
      closeTitleBlock();
    }
    legend = "legend".equals(role);
    out(role.isEmpty() ? "<p>" : "<p class=\"" + esc(role) + "\">");
  }

  @Override
  public void endParagraph() {
    if (legend) {
      // the marks themselves, in the notice's words for removed and added
      legend = false;
      out(
          "<span> </span><del><span>["
              + esc(word("notice.removed"))
              + "]</span></del><span> </span><ins><span>"
              + esc(word("notice.added"))
              + "</span></ins>");
    }
    edited = null;
    out("</p>\n");
  }

  @Override
  public void startList(boolean ordered, int start) {
    closeTitleBlock();
    lists.push(ordered);
    listStarts.push(body.length());
    listCertificates.push(new ArrayList<>());
    listItems.push(0);
    out(ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"" + start + "\">\n") : "<ul>\n");
  }

  @Override
  public void endList() {
    boolean ordered = lists.pop();
    int start = listStarts.pop();
    List<String> certificates = listCertificates.pop();
    int items = listItems.pop();
    if (items == 0) {
      body.setLength(start); // only certificates: no empty list
    } else {
      out(ordered ? "</ol>\n" : "</ul>\n");
    }
    if (!certificates.isEmpty()) {
      certificateTable(certificates);
    }
  }

  @Override
  public void startListItem(String anchor, String role) {
    if (anchor.startsWith("c-") && !listCertificates.isEmpty()) {
      listCertificates.peek().add(anchor.substring(2));
      suppress = true;
      return;
    }
    listItems.push(listItems.pop() + 1);
    StringBuilder tag = new StringBuilder("<li");
    if (!anchor.isEmpty()) {
      tag.append(" id=\"").append(esc(anchor)).append('"');
    }
    if (!role.isEmpty()) {
      tag.append(" class=\"").append(esc(role)).append('"');
    }
    out(tag.append('>').toString());
  }

  @Override
  public void endListItem() {
    if (suppress) {
      suppress = false;
      return;
    }
    out("</li>\n");
  }

  /**
   * The certificates of a section as a table: title, standard, issuer, the scope when any
   * certificate has one (the Markdown and HTML show it too), and the validity: the end date, or
   * "from – until" when any certificate has a start date. A date is never split across lines; the
   * column widths leave room for the longest date of the EU languages ("30 Σεπτεμβρίου 2027").
   */
  private void certificateTable(List<String> ids) {
    List<Certificate> certs = new ArrayList<>();
    for (String id : ids) {
      catalogue.certificate(id).ifPresent(certs::add);
    }
    boolean scope = certs.stream().anyMatch(c -> !c.scope().isEmpty());
    boolean from = certs.stream().anyMatch(c -> c.validFrom().isPresent());
    // widths in per cent: title, standard, issuer, [scope], validity
    int[] widths = scope ? new int[] {25, 20, 18, 16, 21} : new int[] {32, 21, 26, 21};
    body.append("<table class=\"certificates\">\n<colgroup>");
    for (int w : widths) {
      body.append("<col style=\"width: ").append(w).append("%\"/>");
    }
    body.append("</colgroup>\n<thead><tr><th>")
        .append(esc(word("certificate")))
        .append("</th><th>")
        .append(esc(word("pdf.standard")))
        .append("</th><th>")
        .append(esc(word("pdf.issuer")));
    if (scope) {
      body.append("</th><th>").append(esc(capitalised(word("scope"))));
    }
    body.append("</th><th>");
    if (from) {
      body.append(esc(capitalised(word("valid-from")))).append(" / ");
    }
    body.append(esc(from ? word("valid-until") : capitalised(word("valid-until"))))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Certificate cert : certs) {
      // title, standard and issuer are catalogue texts: inline Markdown, as everywhere else
      body.append("<tr id=\"c-").append(esc(cert.id())).append("\"><td>");
      Tom.renderInline(text(cert.title()), this);
      body.append("</td><td>");
      Tom.renderInline(cert.standard(), this);
      body.append("</td><td>");
      if (cert.issuer().isPresent()) {
        Tom.renderInline(text(cert.issuer().get()), this);
      } else {
        body.append("–");
      }
      if (scope) {
        body.append("</td><td>");
        if (cert.scope().isEmpty()) {
          body.append("–");
        }
        for (int i = 0; i < cert.scope().size(); i++) {
          String id = cert.scope().get(i);
          if (i > 0) {
            body.append("; ");
          }
          Tom.renderInline(catalogue.site(id).map(st -> text(st.name())).orElse(id), this);
        }
      }
      // "from – until", "– until" or "from –" when the table shows start dates
      body.append("</td><td>");
      if (from) {
        body.append(keep(cert.validFrom().map(d -> date(d) + " –").orElse("–")));
        cert.validUntil().ifPresent(d -> body.append(' ').append(keep(date(d))));
      } else {
        body.append(keep(cert.validUntil().map(this::date).orElse("–")));
      }
      body.append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }

  /** A date or other short text that must stay on one line. */
  private static String keep(String text) {
    return "<span class=\"keep\">" + esc(text) + "</span>";
  }

  private String text(io.github.tomannex.tom.Text t) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  /** Dates as the HTML and Markdown write them: by the catalogue's date pattern. */
  private String date(LocalDate d) {
    return words.date(d, lang);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  @Override
  public void startQuote() {
    closeTitleBlock();
    out("<blockquote>");
  }

  @Override
  public void endQuote() {
    out("</blockquote>\n");
  }

  @Override
  public void codeBlock(String text) {
    closeTitleBlock();
    record(text);
    out("<pre>" + draw(text, true) + "</pre>\n");
  }

  @Override
  public void rule() {
    out("<hr/>\n");
  }

  @Override
  public void text(String text) {
    if (headingText != null) {
      headingText.append(text);
    }
    record(text);
    edited = null;
    out(Typography.markup(text)); // legal tokens kept on one line, addresses broken at slashes
  }

  @Override
  public void code(String text) {
    if (headingText != null) {
      headingText.append(text);
    }
    record(text);
    out("<code>" + draw(text, false) + "</code>");
  }

  @Override
  public void lineBreak() {
    out("<br/>");
  }

  @Override
  public void startEmphasis() {
    out("<em>");
  }

  @Override
  public void endEmphasis() {
    out("</em>");
  }

  @Override
  public void startStrong() {
    out("<strong>");
  }

  @Override
  public void endStrong() {
    out("</strong>");
  }

  /*
   * Change notice: removed words are struck through and in brackets, new words underlined and
   * bold, so they stay apart in black-and-white print; a removal right before an insertion (or
   * the other way round) is set off by a space. The legend shows both marks (see endParagraph).
   */
  @Override
  public void startInsertion() {
    if ("del".equals(edited)) {
      out("<span> </span>");
    }
    out("<ins>");
  }

  @Override
  public void endInsertion() {
    out("</ins>");
    edited = "ins";
  }

  @Override
  public void startDeletion() {
    if ("ins".equals(edited)) {
      out("<span> </span>");
    }
    out("<del><span>[</span>");
  }

  @Override
  public void endDeletion() {
    out("<span>]</span></del>");
    edited = "del";
  }

  @Override
  public void startLink(String href) {
    out("<a href=\"" + esc(href) + "\">");
  }

  @Override
  public void endLink() {
    out("</a>");
  }

  private void record(String text) {
    if (!suppress) {
      drawn.append(text);
    }
  }

  /**
   * A text as the PDF draws it: escaped for XML; U+2028, U+2029 and U+0085 as line breaks;
   * invisible characters the fonts would show as a box or '#' (joiners, variation selectors, tags)
   * left out, as are control characters, which XML cannot hold (they are reported by the check, see
   * {@link Glyphs}). The soft hyphen and the zero-width space stay: they are where a line may
   * break. Bidi controls stay for the bidi algorithm.
   */
  static String draw(String s, boolean pre) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (Glyphs.kind(cp)) {
        case LINE_BREAK -> sb.append(pre ? "\n" : "<br/>");
        case INVISIBLE -> {
          if (cp == 0x00AD || cp == 0x200B) {
            sb.appendCodePoint(cp);
          }
        }
        case UNDRAWABLE -> {
          if (xml(cp) && !Character.isISOControl(cp)) {
            sb.appendCodePoint(cp); // drawn as '#' by the layout engine, and reported
          }
        }
        default -> esc(cp, sb);
      }
    }
    return sb.toString();
  }

  /** Whether XML 1.0 can hold the character. */
  private static boolean xml(int cp) {
    return cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (xml(cp)) {
        esc(cp, sb);
      }
    }
    return sb.toString();
  }

  private static void esc(int cp, StringBuilder sb) {
    switch (cp) {
      case '&' -> sb.append("&amp;");
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      case '"' -> sb.append("&quot;");
      default -> sb.appendCodePoint(cp);
    }
  }

  private static String cssString(String s) {
    return esc(s.replace("\\", "\\\\").replace("\"", "\\\""));
  }
}
