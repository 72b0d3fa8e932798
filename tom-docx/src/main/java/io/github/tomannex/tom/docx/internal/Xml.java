package io.github.tomannex.tom.docx.internal;

/** Escaping for XML text and attribute values; characters XML 1.0 cannot hold are dropped. */
final class Xml {
  private Xml() {}

  /**
   * Appends a text or attribute value, escaped.
   *
   * @param sb where to
   * @param s the characters
   * @return {@code sb}
   */
  static StringBuilder esc(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (allowed(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb;
  }

  static String esc(String s) {
    return esc(new StringBuilder(s.length() + 8), s).toString();
  }

  private static boolean allowed(char c) {
    if (Character.isSurrogate(c)) {
      return false; // unpaired
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
