package io.github.tomannex.tom.docx.internal;

import java.util.List;

/** The fixed and the small generated parts of the package, as XML text. */
final class Parts {
  static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml";

  private Parts() {}

  static String contentTypes() {
    return XML_DECLARATION
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\""
        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + override("/word/document.xml", MAIN + ".document.main+xml")
        + override("/word/styles.xml", MAIN + ".styles+xml")
        + override("/word/numbering.xml", MAIN + ".numbering+xml")
        + override("/word/settings.xml", MAIN + ".settings+xml")
        + override("/word/header1.xml", MAIN + ".header+xml")
        + override("/word/footer1.xml", MAIN + ".footer+xml")
        + override(
            "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        + override(
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        + "</Types>";
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
  }

  static String packageRels() {
    return XML_DECLARATION
        + "<Relationships xmlns=\""
        + REL
        + "\">"
        + rel("rId1", R + "/officeDocument", "word/document.xml")
        + rel(
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml")
        + rel("rId3", R + "/extended-properties", "docProps/app.xml")
        + "</Relationships>";
  }

  static String documentRels(List<String> links) {
    StringBuilder sb = new StringBuilder(XML_DECLARATION);
    sb.append("<Relationships xmlns=\"").append(REL).append("\">");
    sb.append(rel("rId1", R + "/styles", "styles.xml"));
    sb.append(rel("rId2", R + "/numbering", "numbering.xml"));
    sb.append(rel("rId3", R + "/settings", "settings.xml"));
    sb.append(rel("rId4", R + "/header", "header1.xml"));
    sb.append(rel("rId5", R + "/footer", "footer1.xml"));
    for (int i = 0; i < links.size(); i++) {
      sb.append("<Relationship Id=\"rIdL")
          .append(i + 1)
          .append("\" Type=\"")
          .append(R)
          .append("/hyperlink\" Target=\"");
      Xml.esc(sb, links.get(i)).append("\" TargetMode=\"External\"/>");
    }
    return sb.append("</Relationships>").toString();
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  static String document(String body) {
    return XML_DECLARATION
        + "<w:document xmlns:w=\""
        + W
        + "\" xmlns:r=\""
        + R
        + "\"><w:body>"
        + body
        + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/>"
        + "<w:footerReference w:type=\"default\" r:id=\"rId5\"/>"
        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\""
        + " w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
  }

  /**
   * The header: the title on the left, the version on the right.
   *
   * @param title the document's title
   * @param version the words for the version, such as "Version 2026.2"
   */
  static String header(String title, String version) {
    StringBuilder sb = new StringBuilder(XML_DECLARATION);
    sb.append("<w:hdr xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append("\">");
    sb.append("<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">");
    Xml.esc(sb, title).append("</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">");
    Xml.esc(sb, version).append("</w:t></w:r></w:p></w:hdr>");
    return sb.toString();
  }

  /**
   * The footer: the page label with the PAGE and NUMPAGES fields in place of its {0} and {1}.
   *
   * @param pagePattern the label, such as "Page {0} of {1}"
   */
  static String footer(String pagePattern) {
    StringBuilder sb = new StringBuilder(XML_DECLARATION);
    sb.append("<w:ftr xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append("\">");
    sb.append("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>");
    int i = 0;
    while (i < pagePattern.length()) {
      int open = pagePattern.indexOf('{', i);
      int close = open < 0 ? -1 : pagePattern.indexOf('}', open);
      String arg = close < 0 ? "" : pagePattern.substring(open + 1, close);
      if (close < 0 || !(arg.equals("0") || arg.equals("1"))) {
        int end = close < 0 ? pagePattern.length() : close + 1;
        footerText(sb, pagePattern.substring(i, end));
        i = end;
        continue;
      }
      footerText(sb, pagePattern.substring(i, open));
      sb.append("<w:fldSimple w:instr=\" ")
          .append(arg.equals("0") ? "PAGE" : "NUMPAGES")
          .append(" \\* MERGEFORMAT \"><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r>")
          .append("</w:fldSimple>");
      i = close + 1;
    }
    return sb.append("</w:p></w:ftr>").toString();
  }

  private static void footerText(StringBuilder sb, String s) {
    if (!s.isEmpty()) {
      sb.append("<w:r><w:t xml:space=\"preserve\">");
      Xml.esc(sb, s).append("</w:t></w:r>");
    }
  }

  /**
   * The settings; a change notice records further edits as tracked changes too.
   *
   * @param wordLang the language tag
   * @param trackChanges whether Word tracks the reader's edits
   */
  static String settings(String wordLang, boolean trackChanges) {
    return XML_DECLARATION
        + "<w:settings xmlns:w=\""
        + W
        + "\">"
        + (trackChanges ? "<w:trackRevisions/>" : "")
        + "<w:defaultTabStop w:val=\"708\"/>"
        + "<w:hyphenationZone w:val=\"425\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
        + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\""
        + Xml.esc(wordLang)
        + "\"/>"
        + "</w:settings>";
  }

  /**
   * The core properties.
   *
   * @param title dc:title
   * @param subject dc:subject
   * @param creator dc:creator, the processor
   * @param keywords cp:keywords
   * @param wordLang dc:language
   * @param version cp:version
   * @param date created and modified, W3CDTF
   */
  static String core(
      String title,
      String subject,
      String creator,
      String keywords,
      String wordLang,
      String version,
      String date) {
    return XML_DECLARATION
        + "<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>"
        + Xml.esc(title)
        + "</dc:title><dc:subject>"
        + Xml.esc(subject)
        + "</dc:subject><dc:creator>"
        + Xml.esc(creator)
        + "</dc:creator><cp:keywords>"
        + Xml.esc(keywords)
        + "</cp:keywords><cp:lastModifiedBy>tom</cp:lastModifiedBy>"
        + "<dc:language>"
        + Xml.esc(wordLang)
        + "</dc:language><cp:version>"
        + Xml.esc(version)
        + "</cp:version>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
        + date
        + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
        + date
        + "</dcterms:modified></cp:coreProperties>";
  }

  static String app() {
    return XML_DECLARATION
        + "<Properties"
        + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>tom</Application><DocSecurity>0</DocSecurity></Properties>";
  }

  /**
   * The styles: Word's built-in Normal, Heading 1 to 6 (with their outline levels, which the
   * navigation pane and the table of contents read), List Paragraph, Quote, Header, Footer and
   * Hyperlink, and tom's own for meta lines, intros, notes, code and the certificate table; the
   * language of the text is set in the document defaults.
   *
   * @param wordLang the language tag
   */
  static String styles(String wordLang) {
    StringBuilder sb = new StringBuilder(XML_DECLARATION);
    sb.append("<w:styles xmlns:w=\"").append(W).append("\">");
    sb.append("<w:docDefaults><w:rPrDefault><w:rPr>")
        .append("<w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\"")
        .append(" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>")
        .append("<w:lang w:val=\"")
        .append(Xml.esc(wordLang))
        .append("\" w:eastAsia=\"")
        .append(Xml.esc(wordLang))
        .append("\" w:bidi=\"")
        .append(Xml.esc(wordLang))
        .append("\"/></w:rPr></w:rPrDefault>")
        .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\"")
        .append(" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
            + "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
    int[] sizes = {32, 28, 24, 22, 22, 22};
    for (int l = 1; l <= 6; l++) {
      sb.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading")
          .append(l)
          .append("\"><w:name w:val=\"heading ")
          .append(l)
          .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
          .append("<w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>")
          .append("<w:spacing w:before=\"")
          .append(l == 1 ? 0 : l == 2 ? 360 : 240)
          .append("\" w:after=\"120\"/><w:outlineLvl w:val=\"")
          .append(l - 1)
          .append("\"/></w:pPr><w:rPr><w:b/><w:bCs/>")
          .append(l >= 4 ? "<w:i/>" : "")
          .append("<w:color w:val=\"1F3864\"/><w:sz w:val=\"")
          .append(sizes[l - 1])
          .append("\"/><w:szCs w:val=\"")
          .append(sizes[l - 1])
          .append("\"/></w:rPr></w:style>");
    }
    sb.append(
        "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\">"
            + "<w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/>"
            + "<w:ind w:left=\"720\"/></w:pPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"29\"/>"
            + "<w:qFormat/><w:pPr><w:ind w:left=\"567\" w:right=\"567\"/></w:pPr>"
            + "<w:rPr><w:i/><w:iCs/><w:color w:val=\"404040\"/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:pPr>"
            + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/>"
            + "</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\""
            + WordBody.TEXT_WIDTH
            + "\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>"
            + "<w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
            + "</w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:pPr>"
            + "<w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"595959\"/>"
            + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomMeta\">"
            + "<w:name w:val=\"tom Meta\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"404040\"/></w:rPr>"
            + "</w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomIntro\">"
            + "<w:name w:val=\"tom Intro\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:rPr><w:i/><w:iCs/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomNote\">"
            + "<w:name w:val=\"tom Note\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr>"
            + "</w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomCode\">"
            + "<w:name w:val=\"tom Code\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:rPr><w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/>"
            + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomRule\">"
            + "<w:name w:val=\"tom Rule\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:pBdr>"
            + "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"808080\"/>"
            + "</w:pBdr></w:pPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomTableText\">"
            + "<w:name w:val=\"tom Table Text\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/></w:pPr>"
            + "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TomTableHeading\">"
            + "<w:name w:val=\"tom Table Heading\"/><w:basedOn w:val=\"TomTableText\"/>"
            + "<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>"
            + "<w:semiHidden/></w:style>");
    sb.append(
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
            + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:rPr><w:color w:val=\"0B57D0\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"TomCodeChar\">"
            + "<w:name w:val=\"tom Code Char\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
            + "<w:rPr><w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/>"
            + "</w:rPr></w:style>");
    sb.append(
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
            + "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
            + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>");
    sb.append(
        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"TomTable\">"
            + "<w:name w:val=\"tom Table\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>"
            + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            + "</w:tblBorders></w:tblPr>"
            + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
            + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/></w:tcPr>"
            + "</w:tblStylePr></w:style>");
    sb.append("</w:styles>");
    return sb.toString();
  }
}
