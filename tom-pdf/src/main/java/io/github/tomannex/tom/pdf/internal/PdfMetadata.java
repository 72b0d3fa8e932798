package io.github.tomannex.tom.pdf.internal;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes the document information and the XMP metadata (PDF/A-2a and PDF/UA-1 identification) from
 * the catalogue, with fixed dates and a document id derived from the content, so the same catalogue
 * gives the same bytes.
 */
public final class PdfMetadata {
  private PdfMetadata() {}

  /**
   * The PDF/UA-1 identification (ISO 14289-1, 5) and, because PDF/A allows only schemas it knows or
   * that the file describes, the PDF/A extension schema describing it (ISO 19005-2, 6.6.2.3).
   * xmpbox has no type for either.
   */
  private static final String PDF_UA_ID =
      "<rdf:Description xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" rdf:about=\"\">"
          + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
          + "<rdf:Description xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\" rdf:about=\"\">"
          + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
          + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
          + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
          + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
          + "<pdfaProperty:name>part</pdfaProperty:name>"
          + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
          + "<pdfaProperty:category>internal</pdfaProperty:category>"
          + "<pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to"
          + "</pdfaProperty:description>"
          + "</rdf:li></rdf:Seq></pdfaSchema:property>"
          + "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n";

  public static void apply(
      PDDocument doc, Catalogue c, String lang, String fingerprint, Instant when)
      throws IOException {
    apply(
        doc,
        c,
        lang,
        fingerprint,
        when,
        title(c, lang),
        Labels.of(c).format("pdf.subject", lang, c.document().version()));
  }

  /**
   * As {@link #apply(PDDocument, Catalogue, String, String, Instant)}, with a title and subject of
   * the caller's.
   */
  public static void apply(
      PDDocument doc,
      Catalogue c,
      String lang,
      String fingerprint,
      Instant when,
      String rawTitle,
      String rawSubject)
      throws IOException {
    String title = plain(rawTitle);
    String subject = plain(rawSubject);
    String author = plain(c.document().processor().name());
    String version = plain(c.document().version());
    String keywords =
        Labels.of(c).format("pdf.keywords", lang)
            + ", "
            + author
            + ", "
            + version
            + ", sha256:"
            + fingerprint;
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
    date.setTimeInMillis(when.toEpochMilli());

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setSubject(subject);
    info.setKeywords(keywords);
    info.setCreator("tom");
    info.setProducer("tom");
    info.setCreationDate(date);
    info.setModificationDate(date);
    info.setCustomMetadataValue("TOM-Fingerprint", "sha256:" + fingerprint);
    info.setCustomMetadataValue("TOM-Version", version);
    doc.setDocumentInformation(info);
    doc.getDocumentCatalog().setLanguage(lang);

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(author);
    dc.setDescription(subject);
    dc.addLanguage(lang);
    dc.setFormat("application/pdf");
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer("tom");
    pdf.setKeywords(keywords);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool("tom");
    basic.setCreateDate(date);
    basic.setModifyDate(date);
    basic.setMetadataDate(date);
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    id.setPart(2);
    try {
      id.setConformance("A");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException("PDF/A conformance A is valid", e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
    String serialized = bytes.toString(StandardCharsets.UTF_8);
    int end = serialized.lastIndexOf("</rdf:RDF>");
    if (end < 0) {
      throw new IllegalStateException("xmpbox wrote XMP without rdf:RDF");
    }
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(
        (serialized.substring(0, end) + PDF_UA_ID + serialized.substring(end))
            .getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(metadata);

    // the file identifier, normally from the clock: from the content and language instead
    byte[] digest = sha256((fingerprint + "/" + lang).getBytes(StandardCharsets.UTF_8));
    byte[] fileId = java.util.Arrays.copyOf(digest, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(fileId));
    ids.add(new COSString(fileId));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    doc.setDocumentId(java.nio.ByteBuffer.wrap(digest).getLong());
  }

  /**
   * A value as the metadata can hold it: one line of characters XML allows (the XMP is XML);
   * controls and line breaks become spaces, lone surrogates and non-characters are left out.
   */
  public static String plain(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.CONTROL
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        sb.append(' ');
      } else if (type != Character.SURROGATE && cp != 0xFFFE && cp != 0xFFFF) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static String title(Catalogue c, String lang) {
    StringBuilder sb = new StringBuilder();
    c.document().label().ifPresent(l -> sb.append(text(l, lang)).append(" – "));
    sb.append(text(c.document().title(), lang));
    // titles are Markdown: keep the words, drop the marks
    return sb.toString().replaceAll("[*_`\\\\]", "");
  }

  private static String text(io.github.tomannex.tom.Text t, String lang) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
