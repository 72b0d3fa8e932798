package io.github.tomannex.tom.pdf.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line breaking as a lawyer expects it: short legal tokens stay on one line and web addresses break
 * at their slashes, not anywhere.
 *
 * <p>A token that must not be split ("ISO/IEC 27001:2022", "Art. 32 Abs. 1 lit. b DSGVO", "Art.
 * 28(3)(b)", "o. Ä.", "z. B.", "31. März 2027", "31 March 2027", "TLS 1.3", "24 Stunden") is put in
 * a {@code <span class="keep">}, which the style sheet sets {@code white-space: nowrap}: the text
 * itself, and so what a reader copies out of the PDF and what a screen reader reads, is unchanged.
 * A web address is split into inline boxes after each {@code /}, {@code .}, {@code -}, {@code ?},
 * {@code &}, {@code =} and {@code #}: the layout breaks a line between two boxes, so the address
 * breaks there and nowhere else, and no character is added. A word longer than the line still
 * breaks at the margin (the style sheet's {@code word-wrap: break-word}), so nothing is clipped.
 */
final class Typography {
  private static final String SP = "[ \u00A0\u202F]"; // a space, no-break space or narrow one

  /** What stays on one line; the alternatives are tried in this order at each position. */
  static final Pattern KEEP =
      Pattern.compile(
          String.join(
              "|",
              // a web address (handled apart: it breaks at its slashes)
              "(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]])",
              // a legal citation with its subdivisions and the act: Art. 32 Abs. 1 lit. b DSGVO,
              // Art. 28(3)(b) GDPR, § 64 BDSG, άρθρο 33 παρ. 2, чл. 33, ал. 2
              "(?:\\b(?:Art|Artt|Artikel|Article|Articles|article|articles|art|artikel|Art\\.-Nr"
                  + "|άρθρο|άρθρου|άρθρα|чл|член|Nr|No|no|Abs|UAbs|Unterabs|Satz|lit|Buchst"
                  + "|Ziff|para|Rn|Anh|recital|Erwägungsgrund|ErwGr|considérant)\\.?|§§?)"
                  + SP
                  + "?\\d+[a-z]?(?:\\([0-9a-z]{1,4}\\))*"
                  + "(?:,?"
                  + SP
                  + "(?:Abs|UAbs|Unterabs|Satz|S|lit|Buchst|Nr|Ziff|para|sentence|point|letter"
                  + "|subparagraph|παρ|εδ|ал|т|al|alinéa|pt)\\.?"
                  + SP
                  + "?(?:\\d+|[a-z]\\)?)(?:\\([0-9a-z]{1,4}\\))*)*"
                  + "(?:"
                  + SP
                  + "(?:\\p{Lu}[\\p{Lu}\\d]{1,7}|\\((?:EU|EG|EC|UE)\\)"
                  + SP
                  + "\\d{2,4}/\\d+)(?![\\p{L}\\d]))?",
              // an act by its number: Verordnung (EU) 2016/679
              "\\((?:EU|EG|EC|UE|EWG|EEC)\\)" + SP + "(?:Nr\\." + SP + ")?\\d{2,4}/\\d+",
              // a standard with its number, part and edition: ISO/IEC 27001:2022, DIN EN ISO 9001,
              // NIST SP 800-53 Rev. 5, BSI C5:2020, IEC 62443-3-3, SOC 2 Type II
              "\\b(?:ISO/IEC|ISO|IEC|DIN"
                  + SP
                  + "EN"
                  + SP
                  + "ISO|DIN"
                  + SP
                  + "EN|DIN|EN|BS|NIST"
                  + SP
                  + "SP|NIST|SP|SOC|BSI|ETSI"
                  + SP
                  + "EN|ETSI"
                  + SP
                  + "TS|PCI"
                  + SP
                  + "DSS|IDW"
                  + SP
                  + "PS|TR)"
                  + SP
                  + "(?=[\\w.\\-]*\\d)[0-9A-Z][\\w.\\-]*(?::\\d{4})?"
                  + "(?:"
                  + SP
                  + "(?:Rev\\.|Type|Typ|Part|Teil)"
                  + SP
                  + "?[\\dIVX]+)?",
              // an abbreviation with dots and no space: B.V., e.g., i.e., z.B. (the layout would
              // break after an inner dot)
              "(?<![\\p{L}\\d.])\\p{L}{1,4}\\.(?:\\p{L}{1,4}\\.)+",
              // an abbreviation of single letters: z. B., o. Ä., d. h., i. V. m., u. a.
              "(?<![\\p{L}\\d])\\p{L}{1,2}\\.(?:" + SP + "\\p{L}{1,2}\\.)+",
              // a date: 31. März 2027, 31 March 2027, 31 Μαρτίου 2027, 31 март 2027 г., March 31,
              // 2027
              "\\b\\d{1,2}\\.?" + SP + "\\p{L}{3,}\\.?" + SP + "\\d{4}(?:" + SP + "г\\.)?",
              "\\b\\p{Lu}\\p{Ll}{2,}\\.?" + SP + "\\d{1,2}," + SP + "\\d{4}\\b",
              "\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b",
              // a version or a name with its number: TLS 1.3, AES 256, Version 2026.2, v 2.1
              "\\b(?:\\p{Lu}[\\p{Lu}\\d]{1,6}|Version|version|Fassung|Release|Rev\\.|v\\.?|Windows)"
                  + SP
                  + "\\d+(?:[.\\-]\\d+)*[a-z]?\\b",
              // an amount: EUR 5.000, € 10
              "(?:€|EUR|USD|CHF|GBP)" + SP + "\\d[\\d.,]*",
              // a number and its unit: 24 Stunden, 90 days, 10 %, 256 Bit
              "\\b\\d+(?:[.,]\\d+)*" + SP + "(?:%|‰|°C|€|\\p{L}{1,14}\\b)",
              // French spacing: the space before ; : ! ? » and after «
              "[^\\s<>]+" + SP + "[;:!?»]",
              "«" + SP + "[^\\s<>]+"));

  private Typography() {}

  /** The text as XHTML, for {@link PrintHtml}: escaped as {@link PrintHtml#draw} does. */
  static String markup(String text) {
    if (text.codePoints().anyMatch(Typography::rightToLeft)) {
      return run(text); // the bidi algorithm orders it; spans would split its runs
    }
    Matcher m = KEEP.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder sb = null;
    int at = 0;
    int from = 0;
    while (find(m, text, from)) {
      from = m.end();
      String token = m.group();
      boolean url = m.group("url") != null;
      boolean spaced = token.chars().anyMatch(c -> c == ' ' || c == 0xA0 || c == 0x202F);
      boolean innerSign =
          token.substring(0, token.length() - 1).chars().anyMatch(c -> c == '.' || c == '/');
      if (!url && !spaced && !innerSign) {
        continue; // one word with no point inside where a line could break
      }
      if (sb == null) {
        sb = new StringBuilder(text.length() + 64);
      }
      sb.append(run(text.substring(at, m.start())));
      if (url) {
        sb.append(breakable(token));
      } else {
        sb.append("<span class=\"keep\">").append(PrintHtml.draw(token, false)).append("</span>");
      }
      at = m.end();
    }
    if (sb == null) {
      return run(text);
    }
    return sb.append(run(text.substring(at))).toString();
  }

  /**
   * {@code m.find(from)}, quicker: the pattern is tried only where one of its alternatives can
   * begin, which is where {@code find} would find it first. Every alternative begins at the start
   * of a word ({@code \b} or a look-behind for a letter or digit), with one of {@code § ( € «}, a
   * currency code or a web address; and the one for French spacing, which may begin inside a run of
   * non-spaces, matches at the run's start (or at {@code from}) whenever it matches later in it.
   * The regular expression engine itself tries all fourteen alternatives at every position: that
   * was a tenth of a warm PDF of NIST SP 800-53.
   */
  static boolean find(Matcher m, String text, int from) {
    int len = text.length();
    for (int p = from; p < len; p += Character.charCount(text.codePointAt(p))) {
      if (p == from || mayBegin(text, p)) {
        m.region(p, len);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mayBegin(String text, int p) {
    if (!Character.isLetterOrDigit(text.codePointBefore(p))) {
      return true;
    }
    char c = text.charAt(p);
    return c == '§'
        || c == '('
        || c == '€'
        || c == '«'
        || text.startsWith("http", p)
        || text.startsWith("www.", p)
        || text.startsWith("EUR", p)
        || text.startsWith("USD", p)
        || text.startsWith("CHF", p)
        || text.startsWith("GBP", p);
  }

  /**
   * A run of text in a span of its own. The layout engine draws the text an element holds itself
   * before the text of the elements inside it, so in "a <ins>b</ins> c" it would draw "a c" and
   * then "b": with every run in a span, no element holds text and inline elements, and the PDF
   * draws the text in reading order, which is the order text extraction gives.
   */
  static String run(String text) {
    return text.isEmpty() ? "" : "<span>" + PrintHtml.draw(text, false) + "</span>";
  }

  private static boolean rightToLeft(int cp) {
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /**
   * A web address as inline boxes, one per piece between the points where it may break: the layout
   * breaks a line between two boxes, and no character is added to or taken from the text a reader
   * copies or a screen reader reads.
   */
  private static String breakable(String url) {
    StringBuilder out = new StringBuilder(url.length() + 64).append("<span>");
    int scheme = url.indexOf("://");
    int from = 0;
    for (int i = scheme < 0 ? 0 : scheme + 3; i < url.length() - 1; i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '.' || c == '-' || c == '?' || c == '&' || c == '=' || c == '#') {
        out.append(PrintHtml.draw(url.substring(from, i + 1), false)).append("</span><span>");
        from = i + 1;
      }
    }
    return out.append(PrintHtml.draw(url.substring(from), false)).append("</span>").toString();
  }
}
