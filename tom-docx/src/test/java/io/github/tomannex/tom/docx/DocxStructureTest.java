package io.github.tomannex.tom.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.AnnexHandler;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.OutputFormats;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.RenderedFile;
import io.github.tomannex.tom.docx.internal.Docx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Word documents read back: unzipped and parsed with the JDK's DOM, each promise of the format
 * checked against the events tom reports for the same annex or notice.
 */
class DocxStructureTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final DocxFormat DOCX = new DocxFormat();
  private static final RenderOptions O = RenderOptions.defaults();

  /** What the events say: headings per level, list items, certificates, inserted and deleted. */
  private static final class Recorder implements AnnexHandler {
    final int[] headings = new int[7];
    String title;
    int items;
    final List<String> certificates = new ArrayList<>();
    final StringBuilder inserted = new StringBuilder();
    final StringBuilder deleted = new StringBuilder();
    private int ins;
    private int del;

    @Override
    public void startDocument(String language, String title) {
      this.title = title;
    }

    @Override
    public void startHeading(int level, String anchor) {
      headings[level]++;
    }

    @Override
    public void startListItem(String anchor, String role) {
      if (anchor.startsWith("c-")) {
        certificates.add(anchor.substring(2));
      } else {
        items++;
      }
    }

    @Override
    public void startInsertion() {
      ins++;
    }

    @Override
    public void endInsertion() {
      ins--;
    }

    @Override
    public void startDeletion() {
      del++;
    }

    @Override
    public void endDeletion() {
      del--;
    }

    @Override
    public void text(String text) {
      if (ins > 0) {
        inserted.append(text);
      } else if (del > 0) {
        deleted.append(text);
      }
    }
  }

  private static Document dom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> all(Node root, String ns, String name) {
    NodeList list =
        root instanceof Document d
            ? d.getElementsByTagNameNS(ns, name)
            : ((Element) root).getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static String style(Element p) {
    return all(p, W, "pStyle").stream()
        .findFirst()
        .map(s -> s.getAttributeNS(W, "val"))
        .orElse("Normal");
  }

  private static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Element t : all(e, W, "t")) {
      sb.append(t.getTextContent());
    }
    return sb.toString();
  }

  @Test
  void serviceLoaderFindsDocx() {
    ClassLoader loader = DocxStructureTest.class.getClassLoader();
    OutputFormat f = OutputFormats.byId("DOCX", loader);
    assertInstanceOf(DocxFormat.class, f);
    assertEquals("docx", f.extension());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f.mediaType());
    assertTrue(f.perLanguage());
    assertTrue(f.rendersChanges());
    assertTrue(
        OutputFormats.available(loader).stream().map(OutputFormat::id).toList().contains("docx"));
  }

  @Test
  void renderAllNamesTheFiles() {
    Catalogue seed = Samples.seed();
    List<RenderedFile> files = Samples.TOM.renderAll(seed, List.of(DOCX), List.of(), O);
    assertEquals(
        List.of("annex-de.docx", "annex-en.docx", "subprocessors-de.docx", "subprocessors-en.docx"),
        files.stream().map(RenderedFile::fileName).toList());
    List<RenderedFile> notice =
        Samples.TOM.renderAllChanges(Samples.allKinds(), List.of(DOCX), List.of("en"), O);
    assertEquals(RenderedFile.Kind.CHANGES, notice.get(0).kind());
    assertEquals("changes-en.docx", notice.get(0).fileName());
    assertThrows(IllegalArgumentException.class, () -> DOCX.render(seed, "fr", O));
  }

  /**
   * The sub-processor document: its title as Heading 1, every sub-processor's name in the text, the
   * language marked, the same bytes twice.
   */
  @Test
  void theSubprocessorDocumentListsEverySubprocessor() throws Exception {
    for (Catalogue c : List.of(Samples.seed(), Samples.saas())) {
      for (String lang : c.document().languages()) {
        byte[] docx = DOCX.renderSubprocessors(c, lang, O);
        assertArrayEquals(docx, DOCX.renderSubprocessors(c, lang, O));
        String body = Samples.parts(docx).get("word/document.xml");
        assertTrue(body.contains("<w:pStyle w:val=\"Heading1\"/>"), c.source() + " " + lang);
        assertTrue(
            body.contains("w:lang w:val=\"" + Docx.wordLanguage(lang) + "\"")
                || Samples.parts(docx).get("word/styles.xml").contains(Docx.wordLanguage(lang)),
            "language " + lang);
        String text = body.replaceAll("<[^>]+>", "");
        assertFalse(c.subprocessors().isEmpty(), c.source().toString());
        c.subprocessors()
            .forEach(
                s ->
                    assertTrue(
                        text.contains(xml(s.name())), s.name() + " in " + c.source() + " " + lang));
      }
    }
    assertThrows(
        IllegalArgumentException.class, () -> DOCX.renderSubprocessors(Samples.seed(), "fr", O));
  }

  /** The certificate table has a scope column when a certificate has a scope, as the PDF does. */
  @Test
  void theCertificateTableShowsTheScope() throws Exception {
    String yaml =
        java.nio.file.Files.readString(Samples.DIR.resolve("saas-en.yaml"))
            .replace(
                "    valid-until: 2027-06-30",
                "    scope: [fra-cloud]\n    valid-until: 2027-06-30");
    Catalogue c = Samples.SAAS_TOM.loadString(yaml, "saas-en.yaml").orElseThrow();
    String text =
        Samples.parts(DOCX.render(c, "en", O)).get("word/document.xml").replaceAll("<[^>]+>", "");
    assertTrue(text.contains("Scope"), "the header");
    assertTrue(
        text.contains("Example Cloud region eu-central-1 (Frankfurt am Main, three availability"),
        "the site's name in the scope column");
  }

  /**
   * The certificate table: its validity column says "from – until" when a certificate has a start
   * date, and every date is kept on one line (its spaces are no-break spaces).
   */
  @Test
  void theCertificateTableShowsTheValidityWithDatesKeptWhole() throws Exception {
    String yaml =
        java.nio.file.Files.readString(Samples.DIR.resolve("saas-en.yaml"))
            .replace(
                "    valid-until: 2027-06-30",
                "    valid-from: 2026-07-01\n    valid-until: 2027-06-30");
    Catalogue c = Samples.SAAS_TOM.loadString(yaml, "saas-en.yaml").orElseThrow();
    String body = Samples.parts(DOCX.render(c, "en", O)).get("word/document.xml");
    String text = body.replaceAll("<[^>]+>", "");
    assertTrue(text.contains("Valid from / valid until"), "the header");
    assertTrue(
        text.contains("1\u00A0July\u00A02026\u00A0– 30\u00A0June\u00A02027"), "from – until");
    assertTrue(text.contains("– 30\u00A0November\u00A02027"), "– until, no start date");
    // the sample as it is has no start date: the end date alone, kept whole
    String plain =
        Samples.parts(DOCX.render(Samples.saas(), "en", O))
            .get("word/document.xml")
            .replaceAll("<[^>]+>", "");
    assertTrue(plain.contains("Valid until"), "the header");
    assertTrue(plain.contains("30\u00A0June\u00A02027"), "the end date");
    assertFalse(plain.contains("– 30\u00A0June"), "no dash without start dates");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void sameCatalogueSameBytesWhateverTheClockZoneAndLocale() {
    Catalogue seed = Samples.seed();
    byte[] first = DOCX.render(seed, "de", O);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.JAPAN);
      assertArrayEquals(first, DOCX.render(Samples.seed(), "de", O));
      assertArrayEquals(
          first, DOCX.render(seed, "de", O.withTimestamp(Instant.parse("2030-01-01T00:00:00Z"))));
      CatalogueDiff diff = Samples.saasChanges();
      assertArrayEquals(DOCX.renderChanges(diff, "en", O), DOCX.renderChanges(diff, "en", O));
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
    assertNotEquals(0, first.length);
  }

  @Test
  void everyEntryHasTheEffectiveDateAsItsTime() throws IOException {
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(DOCX.render(Samples.saas(), "en", O)))) {
      List<String> names = new ArrayList<>();
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(2026, 10, 1, 0, 0), e.getTimeLocal(), e.getName());
        assertEquals(null, e.getExtra(), "no extended timestamp, which would depend on the zone");
      }
      assertEquals("[Content_Types].xml", names.get(0));
    }
  }

  @Test
  void theAnnexHasWordsStructure() throws Exception {
    for (String lang : List.of("de", "en")) {
      checkAnnex(Samples.seed(), lang);
    }
    checkAnnex(Samples.saas(), "en");
  }

  private static void checkAnnex(Catalogue catalogue, String lang) throws Exception {
    Recorder events = new Recorder();
    Samples.TOM.render(catalogue, lang, events);
    Map<String, String> parts = Samples.parts(DOCX.render(catalogue, lang, O));
    String where = catalogue.source() + " " + lang;
    String tag = lang.equals("de") ? "de-DE" : "en-GB";

    // the built-in heading styles with their outline levels, and the text's language
    Document styles = dom(parts.get("word/styles.xml"));
    for (int l = 1; l <= 6; l++) {
      Element s = styleById(styles, "Heading" + l);
      assertEquals("heading " + l, all(s, W, "name").get(0).getAttributeNS(W, "val"));
      assertEquals(
          String.valueOf(l - 1), all(s, W, "outlineLvl").get(0).getAttributeNS(W, "val"), where);
    }
    Element lang0 = all(all(styles, W, "docDefaults").get(0), W, "lang").get(0);
    assertEquals(tag, lang0.getAttributeNS(W, "val"), where);

    // one heading paragraph per heading event, in its level's style; the title first
    Document doc = dom(parts.get("word/document.xml"));
    List<Element> paragraphs = all(doc, W, "p");
    for (int l = 1; l <= 6; l++) {
      String s = "Heading" + l;
      assertEquals(
          events.headings[l],
          paragraphs.stream().filter(p -> style(p).equals(s)).count(),
          where + " " + s);
    }
    Element first = paragraphs.get(0);
    assertEquals("Heading1", style(first));
    assertEquals(events.title.replaceAll("\\s+", " "), text(first).replaceAll("\\s+", " "));

    // one numbered paragraph per list item (certificates aside), numbered by numbering.xml
    List<Element> numbered =
        paragraphs.stream().filter(p -> !all(p, W, "numPr").isEmpty()).toList();
    assertEquals(events.items, numbered.size(), where);
    Document numbering = dom(parts.get("word/numbering.xml"));
    assertEquals("bullet", all(numbering, W, "numFmt").get(0).getAttributeNS(W, "val"));
    for (Element p : numbered) {
      String id = all(p, W, "numId").get(0).getAttributeNS(W, "val");
      assertTrue(
          all(numbering, W, "num").stream().anyMatch(n -> n.getAttributeNS(W, "numId").equals(id)),
          where + ": num " + id);
    }

    // the certificates as a table: a header row, then one row per certificate
    List<Element> tables = all(doc, W, "tbl");
    assertEquals(events.certificates.isEmpty() ? 0 : 1, tables.size(), where);
    if (!tables.isEmpty()) {
      List<Element> rows = all(tables.get(0), W, "tr");
      assertEquals(events.certificates.size() + 1, rows.size());
      assertFalse(all(rows.get(0), W, "tblHeader").isEmpty());
      for (int i = 0; i < events.certificates.size(); i++) {
        String title =
            catalogue.certificate(events.certificates.get(i)).orElseThrow().title().in(lang).get();
        Element cell = all(rows.get(i + 1), W, "tc").get(0);
        assertEquals(title, text(cell));
      }
    }

    // header: title and version; footer: the page fields
    String version = catalogue.document().version();
    Document header = dom(parts.get("word/header1.xml"));
    assertTrue(text(header.getDocumentElement()).startsWith(events.title), where);
    assertTrue(text(header.getDocumentElement()).endsWith("Version " + version), where);
    Document footer = dom(parts.get("word/footer1.xml"));
    List<String> fields =
        all(footer, W, "fldSimple").stream().map(f -> f.getAttributeNS(W, "instr").trim()).toList();
    assertEquals(List.of("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"), fields);
    assertTrue(text(footer.getDocumentElement()).startsWith(lang.equals("de") ? "Seite" : "Page"));
    assertEquals(1, all(doc, W, "headerReference").size());
    assertEquals(1, all(doc, W, "footerReference").size());

    // document properties: title, version, language, the effective date
    Document core = dom(parts.get("docProps/core.xml"));
    assertEquals(events.title, el(core, "http://purl.org/dc/elements/1.1/", "title"));
    assertEquals(tag, el(core, "http://purl.org/dc/elements/1.1/", "language"));
    String cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    assertEquals(version, el(core, cp, "version"));
    String date = catalogue.document().effective() + "T00:00:00Z";
    assertEquals(date, el(core, "http://purl.org/dc/terms/", "created"));
    assertEquals(date, el(core, "http://purl.org/dc/terms/", "modified"));
    assertEquals(
        catalogue.document().processor().name(),
        el(core, "http://purl.org/dc/elements/1.1/", "creator"));

    // an annex has no tracked changes and does not track the reader's edits
    assertTrue(all(doc, W, "ins").isEmpty() && all(doc, W, "del").isEmpty(), where);
    assertTrue(all(dom(parts.get("word/settings.xml")), W, "trackRevisions").isEmpty());
  }

  private static Element styleById(Document styles, String id) {
    return all(styles, W, "style").stream()
        .filter(s -> s.getAttributeNS(W, "styleId").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no style " + id));
  }

  private static String el(Document d, String ns, String name) {
    return all(d, ns, name).get(0).getTextContent();
  }

  @Test
  void theNoticeShowsTheChangedWordsAsTrackedChanges() throws Exception {
    checkNotice(Samples.allKinds(), "de");
    checkNotice(Samples.allKinds(), "en");
    checkNotice(Samples.saasChanges(), "en");
  }

  private static void checkNotice(CatalogueDiff diff, String lang) throws Exception {
    Recorder events = new Recorder();
    Samples.TOM.renderChanges(diff, lang, events);
    assertFalse(events.inserted.isEmpty(), "the fixture has inserted words");
    assertFalse(events.deleted.isEmpty(), "the fixture has deleted words");
    Map<String, String> parts = Samples.parts(DOCX.renderChanges(diff, lang, O));
    Document doc = dom(parts.get("word/document.xml"));
    String date = diff.current().document().effective() + "T00:00:00Z";
    List<Element> ins = all(doc, W, "ins");
    List<Element> del = all(doc, W, "del");
    StringBuilder inserted = new StringBuilder();
    for (Element e : ins) {
      assertEquals("tom", e.getAttributeNS(W, "author"));
      assertEquals(date, e.getAttributeNS(W, "date"));
      inserted.append(text(e));
    }
    StringBuilder deleted = new StringBuilder();
    for (Element e : del) {
      assertEquals("tom", e.getAttributeNS(W, "author"));
      assertEquals(date, e.getAttributeNS(W, "date"));
      assertTrue(all(e, W, "t").isEmpty(), "deleted words are w:delText");
      all(e, W, "delText").forEach(t -> deleted.append(t.getTextContent()));
    }
    assertEquals(events.inserted.toString(), inserted.toString());
    assertEquals(events.deleted.toString(), deleted.toString());
    // every revision has its own id
    List<String> ids = new ArrayList<>();
    ins.forEach(e -> ids.add(e.getAttributeNS(W, "id")));
    del.forEach(e -> ids.add(e.getAttributeNS(W, "id")));
    assertEquals(ids.size(), ids.stream().distinct().count());
    // the reader's own edits are tracked too
    assertEquals(1, all(dom(parts.get("word/settings.xml")), W, "trackRevisions").size());
    assertEquals("Heading1", style(all(doc, W, "p").get(0)));
  }
}
