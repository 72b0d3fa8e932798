package io.github.tomannex.tom.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * What a catalogue's text may hold: checks for characters that no output can show correctly
 * (control characters, lone surrogates, non-characters) and for line breaks that YAML sees but
 * editors and tom's own positions do not. Linear in the text's length, no regular expressions.
 */
public final class Chars {
  private Chars() {}

  /** A problem found in a text: where (a char index) and what, for a message. */
  public record Problem(int index, String what) {}

  /**
   * The first character in a string value that tom refuses: a C0 control other than tab and line
   * feed, a C1 control, U+2028 or U+2029, a lone surrogate, a non-character; or a numeric character
   * reference ({@code &#1;}, {@code &#x1B;}) that Markdown decodes to one of these (not one in a
   * code span, after a backslash or in raw HTML, which are shown as written).
   *
   * @return the problem, or null when the text is clean
   */
  public static Problem firstForbidden(String s) {
    List<Problem> references = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(i + 1));
          if (nonCharacter(cp)) {
            return new Problem(i, describe(cp) + ", which is not a character");
          }
          i++;
          continue;
        }
        return new Problem(i, "a lone surrogate " + u(c) + " (half of a character)");
      }
      if (Character.isLowSurrogate(c)) {
        return new Problem(i, "a lone surrogate " + u(c) + " (half of a character)");
      }
      if (c == '&' && i + 2 < s.length() && s.charAt(i + 1) == '#') {
        Problem p = reference(s, i);
        if (p != null) {
          references.add(p);
        }
        continue;
      }
      String what = forbidden(c, true);
      if (what != null) {
        return new Problem(i, what);
      }
    }
    return references.isEmpty() ? null : decoded(s, references);
  }

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  private static final int MAX_TRIED = 16;

  /**
   * The first of the suspicious references that CommonMark decodes, or null. Inside a code span or
   * code block, after a backslash or in raw HTML a reference is literal text and harmless; rather
   * than re-implement those rules, the text is rendered by CommonMark and the result looked at.
   * Runs only for texts that hold such a reference, which good catalogues don't.
   */
  private static Problem decoded(String s, List<Problem> references) {
    if (!showsForbidden(s)) {
      return null;
    }
    if (references.size() == 1 || references.size() > MAX_TRIED) {
      return references.get(0);
    }
    for (Problem candidate : references) {
      StringBuilder only = new StringBuilder(s.length());
      int from = 0;
      for (Problem other : references) {
        int end = s.indexOf(';', other.index()) + 1;
        only.append(s, from, other.index())
            .append(other == candidate ? s.substring(other.index(), end) : "&#65;");
        from = end;
      }
      only.append(s, from, s.length());
      if (showsForbidden(only.toString())) {
        return candidate;
      }
    }
    return references.get(0);
  }

  /**
   * Whether the CommonMark rendering of a text holds a refused character, or more replacement
   * characters (U+FFFD) than the text, which is what a reference to no character becomes.
   */
  private static boolean showsForbidden(String s) {
    String html = HTML.render(PARSER.parse(s));
    long replacements = html.chars().filter(c -> c == 0xFFFD).count();
    if (replacements > s.chars().filter(c -> c == 0xFFFD).count()) {
      return true;
    }
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < html.length()
            && Character.isLowSurrogate(html.charAt(i + 1))) {
          if (nonCharacter(Character.toCodePoint(c, html.charAt(++i)))) {
            return true;
          }
          continue;
        }
        return true;
      }
      if (forbidden(c, true) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * What is wrong with a character in a string value, or null when it is allowed.
   *
   * @param inValue true for a decoded value (where a line feed is a line break), false for the raw
   *     file
   */
  public static String forbidden(int c, boolean inValue) {
    if (c == '\t' || c == '\n' || (!inValue && c == '\r')) {
      return null;
    }
    if (c == 0x85 || c == 0x2028 || c == 0x2029) {
      return describe(c) + ", a line break that editors do not show as one";
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return "control character " + u(c);
    }
    if (nonCharacter(c)) {
      return describe(c) + ", which is not a character";
    }
    return null;
  }

  private static boolean nonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** A numeric character reference at {@code i} ({@code &#…;}) that stands for a bad code point. */
  private static Problem reference(String s, int i) {
    int j = i + 2;
    boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
    if (hex) {
      j++;
    }
    int start = j;
    long value = 0;
    while (j < s.length() && j - start < 8) {
      char ch = s.charAt(j);
      int d = ch < 128 ? Character.digit(ch, hex ? 16 : 10) : -1; // CommonMark: ASCII digits
      if (d < 0) {
        break;
      }
      value = value * (hex ? 16 : 10) + d;
      j++;
    }
    // CommonMark: 1-7 decimal or 1-6 hex digits, then ';'
    int digits = j - start;
    if (digits == 0 || digits > (hex ? 6 : 7) || j >= s.length() || s.charAt(j) != ';') {
      return null;
    }
    String ref = s.substring(i, j + 1);
    String what;
    if (value == 0 || value > 0x10FFFF) {
      what = "no character (it is shown as \uFFFD)";
    } else if (value >= 0xD800 && value <= 0xDFFF) {
      what = "a lone surrogate " + u((int) value) + " (half of a character)";
    } else {
      what = forbidden((int) value, true);
      if (what == null && (value == '\t' || value == '\n')) {
        return null;
      }
    }
    return what == null
        ? null
        : new Problem(i, "the character reference '" + ref + "', which stands for " + what);
  }

  private static String describe(int c) {
    return switch (c) {
      case 0x85 -> "U+0085 (next line)";
      case 0x2028 -> "U+2028 (line separator)";
      case 0x2029 -> "U+2029 (paragraph separator)";
      default -> u(c);
    };
  }

  /** {@code U+XXXX}. */
  public static String u(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }
}
