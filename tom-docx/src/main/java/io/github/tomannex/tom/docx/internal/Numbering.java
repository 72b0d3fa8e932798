package io.github.tomannex.tom.docx.internal;

import java.util.List;

/**
 * {@code word/numbering.xml}: a bullet list definition (num 1) and a decimal one, with one num per
 * ordered list so that each starts at its own number.
 */
final class Numbering {
  private static final String[] BULLETS = {"•", "–", "◦", "•", "–", "◦", "•", "–", "◦"};

  private Numbering() {}

  /** The left indent of list level {@code level}, in twentieths of a point. */
  static int indent(int level) {
    return 397 * (level + 1);
  }

  static String xml(List<Integer> orderedStarts) {
    StringBuilder sb = new StringBuilder(Parts.XML_DECLARATION);
    sb.append("<w:numbering xmlns:w=\"").append(Parts.W).append("\">");
    sb.append(
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int l = 0; l < 9; l++) {
      sb.append("<w:lvl w:ilvl=\"")
          .append(l)
          .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"")
          .append(BULLETS[l])
          .append("\"/><w:lvlJc w:val=\"left\"/>");
      level(sb, l);
    }
    sb.append("</w:abstractNum>");
    sb.append(
        "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int l = 0; l < 9; l++) {
      sb.append("<w:lvl w:ilvl=\"")
          .append(l)
          .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
          .append(l % 3 == 0 ? "decimal" : l % 3 == 1 ? "lowerLetter" : "lowerRoman")
          .append("\"/><w:lvlText w:val=\"%")
          .append(l + 1)
          .append(".\"/><w:lvlJc w:val=\"left\"/>");
      level(sb, l);
    }
    sb.append("</w:abstractNum>");
    sb.append("<w:num w:numId=\"").append(WordBody.BULLETS).append("\">");
    sb.append("<w:abstractNumId w:val=\"0\"/></w:num>");
    for (int i = 0; i < orderedStarts.size(); i++) {
      sb.append("<w:num w:numId=\"")
          .append(WordBody.BULLETS + 1 + i)
          .append("\"><w:abstractNumId w:val=\"1\"/>");
      // every level restarts: a list at any depth begins at its own number
      for (int l = 0; l < 9; l++) {
        sb.append("<w:lvlOverride w:ilvl=\"")
            .append(l)
            .append("\"><w:startOverride w:val=\"")
            .append(orderedStarts.get(i))
            .append("\"/></w:lvlOverride>");
      }
      sb.append("</w:num>");
    }
    sb.append("</w:numbering>");
    return sb.toString();
  }

  private static void level(StringBuilder sb, int l) {
    sb.append("<w:pPr><w:ind w:left=\"")
        .append(indent(l))
        .append("\" w:hanging=\"397\"/></w:pPr></w:lvl>");
  }
}
