package io.github.tomannex.tom.docx.internal;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Tom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the annex and the change notice as Word documents (Office Open XML, ISO/IEC 29500): {@code
 * word/document.xml} from tom's events, the styles, the numbering, header, footer and document
 * properties, packed in a ZIP whose entries carry a fixed time. Same input, same bytes.
 */
public final class Docx {
  private static final Tom TOM = Tom.builder().build();

  /**
   * The earliest time of a ZIP entry: at 1 January 1980, 00:00 (the format's first time) the JDK
   * adds an extended timestamp in UTC, which depends on the machine's time zone.
   */
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 2, 1, 0, 0);

  /** Word's language tags for the EU's official languages, where tom's codes name no region. */
  private static final Map<String, String> REGIONS =
      Map.ofEntries(
          Map.entry("bg", "bg-BG"),
          Map.entry("cs", "cs-CZ"),
          Map.entry("da", "da-DK"),
          Map.entry("de", "de-DE"),
          Map.entry("el", "el-GR"),
          Map.entry("en", "en-GB"),
          Map.entry("es", "es-ES"),
          Map.entry("et", "et-EE"),
          Map.entry("fi", "fi-FI"),
          Map.entry("fr", "fr-FR"),
          Map.entry("ga", "ga-IE"),
          Map.entry("hr", "hr-HR"),
          Map.entry("hu", "hu-HU"),
          Map.entry("it", "it-IT"),
          Map.entry("lt", "lt-LT"),
          Map.entry("lv", "lv-LV"),
          Map.entry("mt", "mt-MT"),
          Map.entry("nl", "nl-NL"),
          Map.entry("pl", "pl-PL"),
          Map.entry("pt", "pt-PT"),
          Map.entry("ro", "ro-RO"),
          Map.entry("sk", "sk-SK"),
          Map.entry("sl", "sl-SI"),
          Map.entry("sv", "sv-SE"));

  private Docx() {}

  /**
   * The annex as a Word document.
   *
   * @param catalogue a loaded catalogue
   * @param language one of its languages
   * @return the bytes of the .docx
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public static byte[] annex(Catalogue catalogue, String language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    LocalDate effective = catalogue.document().effective();
    WordBody body = new WordBody(catalogue, language, date(effective));
    TOM.render(catalogue, language, body);
    Labels words = Labels.of(catalogue);
    String version = catalogue.document().version();
    return pack(
        catalogue,
        language,
        body,
        words.format("pdf.subject", language, version),
        effective,
        false);
  }

  /**
   * The sub-processor document (Art. 28(2) and (4) GDPR) as a Word document, from the same events
   * as the other formats' ({@link Tom#renderSubprocessors}).
   *
   * @param catalogue a loaded catalogue
   * @param language one of its languages
   * @return the bytes of the .docx
   * @throws IllegalArgumentException when the language is not one of the catalogue's
   */
  public static byte[] subprocessors(Catalogue catalogue, String language) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(language, "language");
    LocalDate effective = catalogue.document().effective();
    WordBody body = new WordBody(catalogue, language, date(effective));
    TOM.renderSubprocessors(catalogue, language, body);
    Labels words = Labels.of(catalogue);
    return pack(
        catalogue,
        language,
        body,
        words.format("pdf.subprocessors-subject", language, catalogue.document().version()),
        effective,
        false);
  }

  /**
   * The change notice as a Word document whose changed words are tracked changes ({@code w:ins},
   * {@code w:del}) by the author "tom", dated the current version's effective date.
   *
   * @param diff the difference
   * @param language one of the current catalogue's languages
   * @return the bytes of the .docx
   * @throws IllegalArgumentException when the language is not one of the current catalogue's
   */
  public static byte[] changes(CatalogueDiff diff, String language) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(language, "language");
    Catalogue current = diff.current();
    LocalDate effective = current.document().effective();
    WordBody body = new WordBody(current, language, date(effective));
    TOM.renderChanges(diff, language, body);
    Labels words = Labels.of(current);
    String subject =
        words.format(
            "pdf.notice-subject",
            language,
            diff.baseline().document().version(),
            current.document().version());
    return pack(current, language, body, subject, effective, true);
  }

  /**
   * The tag Word knows a language by: the code with its region for the EU's languages ({@code
   * de-DE}, {@code en-GB}), other codes as they are.
   *
   * @param language a catalogue's language code
   * @return the tag for {@code w:lang} and {@code dc:language}
   */
  public static String wordLanguage(String language) {
    return REGIONS.getOrDefault(language.toLowerCase(Locale.ROOT), language);
  }

  private static String date(LocalDate d) {
    return d + "T00:00:00Z";
  }

  private static byte[] pack(
      Catalogue catalogue,
      String language,
      WordBody body,
      String subject,
      LocalDate date,
      boolean notice) {
    Labels words = Labels.of(catalogue);
    String lang = wordLanguage(language);
    String version = catalogue.document().version();
    String versionWords = words.format("version", language) + " " + version;
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", Parts.contentTypes());
    parts.put("_rels/.rels", Parts.packageRels());
    parts.put(
        "docProps/core.xml",
        Parts.core(
            body.title(),
            subject,
            catalogue.document().processor().name(),
            words.format("pdf.keywords", language),
            lang,
            version,
            date(date)));
    parts.put("docProps/app.xml", Parts.app());
    parts.put("word/document.xml", Parts.document(body.xml()));
    parts.put("word/_rels/document.xml.rels", Parts.documentRels(body.links()));
    parts.put("word/styles.xml", Parts.styles(lang));
    parts.put("word/numbering.xml", Numbering.xml(body.orderedStarts()));
    parts.put("word/settings.xml", Parts.settings(lang, notice));
    parts.put("word/header1.xml", Parts.header(body.title(), versionWords));
    parts.put("word/footer1.xml", Parts.footer(words.format("pdf.page", language)));
    LocalDateTime time = date.atStartOfDay();
    return zip(parts, time.isBefore(EARLIEST) ? EARLIEST : time);
  }

  /** The parts as a ZIP whose every entry carries the given local time, never the clock's. */
  private static byte[] zip(Map<String, String> parts, LocalDateTime time) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      zip.setLevel(9);
      for (Map.Entry<String, String> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }
}
