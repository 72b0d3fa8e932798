package io.github.tomannex.tom.maven;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The history of the sub-processor list across versions as an Atom feed (RFC 4287), in the binding
 * language of the newest version: an entry for the first version (the list as first published) and
 * one for each later version whose list changed, saying what was added, changed and removed and
 * until when the controller may object (effective date plus notice period, Art. 28(2) GDPR).
 * Deterministic: ids are {@code urn:uuid:} name-based UUIDs of the project and version, {@code
 * updated} is each version's effective date, entries newest first.
 */
final class SubprocessorFeed {
  private SubprocessorFeed() {}

  /**
   * The feed.
   *
   * @param project {@code groupId:artifactId}, which the ids are made from
   * @param versions the versions, oldest first; the newest decides language and words
   * @return the Atom document, UTF-8
   */
  static byte[] atom(String project, List<Catalogue> versions) {
    Catalogue newest = versions.get(versions.size() - 1);
    String lang = newest.document().bindingLanguage();
    Labels words = Labels.of(newest);
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Catalogue now = versions.get(i);
      String content;
      if (i == 0) {
        List<String> names = new ArrayList<>();
        for (Subprocessor sp : now.subprocessors()) {
          names.add(describe(sp, lang));
        }
        content =
            names.isEmpty()
                ? words.format("subprocessors.none", lang)
                : words.format("subprocessors.intro", lang) + "\n" + String.join("\n", names);
      } else {
        CatalogueDiff diff = CatalogueSupport.TOM.diff(versions.get(i - 1), now);
        List<CatalogueDiff.Item> items = diff.items(CatalogueDiff.Kind.SUBPROCESSOR);
        if (items.isEmpty()) {
          continue;
        }
        content = changes(diff, items, words, lang);
      }
      entries.add(0, entry(project, now, words, lang, content));
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(xml(lang))
        .append("\">\n")
        .append("  <id>")
        .append(uuid(project + ":subprocessors"))
        .append("</id>\n")
        .append("  <title>")
        .append(xml(words.format("subprocessors.title", lang)))
        .append(" – ")
        .append(xml(newest.document().processor().name()))
        .append("</title>\n")
        .append("  <updated>")
        .append(updated(newest.document().effective()))
        .append("</updated>\n")
        .append("  <author><name>")
        .append(xml(newest.document().processor().name()))
        .append("</name></author>\n")
        .append("  <link rel=\"self\" href=\"subprocessors.atom\"/>\n")
        .append(
            "  <link rel=\"alternate\" type=\"application/json\" href=\"subprocessors.json\"/>\n")
        .append("  <generator>tom</generator>\n");
    entries.forEach(sb::append);
    sb.append("</feed>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String entry(
      String project, Catalogue c, Labels words, String lang, String content) {
    String version = c.document().version();
    return "  <entry>\n"
        + "    <id>"
        + uuid(project + ":subprocessors:" + version)
        + "</id>\n"
        + "    <title>"
        + xml(
            words.format("version", lang)
                + " "
                + version
                + ": "
                + words.format("subprocessors.title", lang))
        + "</title>\n"
        + "    <updated>"
        + updated(c.document().effective())
        + "</updated>\n"
        + "    <content type=\"text\">"
        + xml(content)
        + "</content>\n"
        + "  </entry>\n";
  }

  /** Added, changed and removed sub-processors, each on a line, with the objection date. */
  private static String changes(
      CatalogueDiff diff, List<CatalogueDiff.Item> items, Labels words, String lang) {
    Catalogue before = diff.baseline();
    Catalogue after = diff.current();
    LocalDate effective = after.document().effective();
    List<String> lines = new ArrayList<>();
    lines.add(words.format("notice.art28-intro", lang, before.document().version()));
    for (CatalogueDiff.Type type :
        new CatalogueDiff.Type[] {
          CatalogueDiff.Type.ADDED, CatalogueDiff.Type.CHANGED, CatalogueDiff.Type.REMOVED
        }) {
      for (CatalogueDiff.Item item : items) {
        if (item.type() != type) {
          continue;
        }
        Catalogue in = type == CatalogueDiff.Type.REMOVED ? before : after;
        Optional<Subprocessor> sp = in.subprocessor(item.id());
        if (sp.isEmpty()) {
          continue;
        }
        String line = words.format("notice." + type.id(), lang) + ": " + describe(sp.get(), lang);
        if (type != CatalogueDiff.Type.REMOVED) {
          Optional<Period> np = sp.get().noticePeriod();
          line +=
              "; "
                  + np.map(
                          p ->
                              words.format(
                                  "notice.objection-each",
                                  lang,
                                  words.date(effective.plus(p), lang)))
                      .orElse(words.format("notice.objection-none", lang));
        }
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  private static String describe(Subprocessor sp, String lang) {
    StringBuilder sb = new StringBuilder(sp.name());
    sp.service().ifPresent(s -> sb.append(" – ").append(text(s, lang)));
    sp.place().ifPresent(p -> sb.append(" (").append(text(p, lang)).append(")"));
    return sb.toString();
  }

  private static String text(Text t, String lang) {
    return t.in(lang)
        .orElseGet(() -> t.values().values().iterator().next())
        .strip()
        .replaceAll("\\s+", " ");
  }

  private static String updated(LocalDate date) {
    return date + "T00:00:00Z";
  }

  private static String uuid(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** Text for XML content and attributes; characters XML 1.0 cannot hold are left out. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000) {
                    sb.appendCodePoint(c);
                  }
                }
              }
            });
    return sb.toString();
  }
}
