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
 * Writes the document information and the XMP metadata (PDF/A-2b identification included) from the
 * catalogue, with fixed dates and a document id derived from the content, so the same catalogue
 * gives the same bytes.
 */
public final class PdfMetadata {
  private PdfMetadata() {}

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
      id.setConformance("B");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException("PDF/A conformance B is valid", e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(bytes.toByteArray());
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
  static String plain(String s) {
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
