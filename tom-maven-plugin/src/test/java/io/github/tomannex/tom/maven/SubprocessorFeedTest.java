package io.github.tomannex.tom.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Tom;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SubprocessorFeedTest {
  private static final Tom TOM = Tom.builder().build();

  private static Catalogue catalogue(String version, String effective, String subprocessors) {
    String yaml =
        "tom: 1\n"
            + "document:\n"
            + "  title: {de: \"TOM\", en: \"TOM\"}\n"
            + "  version: \""
            + version
            + "\"\n"
            + "  effective: "
            + effective
            + "\n"
            + "  languages: [de, en]\n"
            + "  processor:\n"
            + "    name: Beispiel & Söhne GmbH\n"
            + "review:\n"
            + "  interval: P1Y\n"
            + "  last: 2026-01-01\n"
            + subprocessors
            + "measures:\n"
            + "  - id: m1\n"
            + "    category: encryption\n"
            + "    text: {de: \"AES-256\", en: \"AES-256\"}\n";
    return Tom.builder()
        .ruleSeverity("REV-001", io.github.tomannex.tom.RuleLevel.OFF)
        .build()
        .loadString(yaml, "c.yaml")
        .orElseThrow();
  }

  private static final String ONE =
      "subprocessors:\n"
          + "  - id: a\n"
          + "    name: A <GmbH>\n"
          + "    location: {de: \"Köln, Deutschland\", en: \"Cologne, Germany\"}\n"
          + "    notice-period: P30D\n";
  private static final String TWO =
      ONE
          + "  - id: b\n"
          + "    name: B Inc.\n"
          + "    location: {de: \"USA\", en: \"USA\"}\n"
          + "    transfer: {de: \"SCC Modul 3\", en: \"SCC module 3\"}\n"
          + "    notice-period: P1M\n";

  @Test
  void entriesNewestFirstDatedByEffectiveDateWithStableIds() throws Exception {
    List<Catalogue> history =
        List.of(
            catalogue("1.0", "2026-01-15", ONE),
            catalogue("1.1", "2026-03-01", ONE), // no change of sub-processors: no entry
            catalogue("2.0", "2026-06-01", TWO));
    byte[] atom = SubprocessorFeed.atom("g:a", history);
    assertArrayEquals(atom, SubprocessorFeed.atom("g:a", history), "not deterministic");
    Document doc =
        DocumentBuilderFactory.newDefaultNSInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom));
    Element feed = doc.getDocumentElement();
    assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
    assertEquals("de", feed.getAttribute("xml:lang"));
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(2, entries.getLength());
    assertEquals("2026-06-01T00:00:00Z", child((Element) entries.item(0), "updated"));
    assertEquals("2026-01-15T00:00:00Z", child((Element) entries.item(1), "updated"));
    assertTrue(child((Element) entries.item(0), "id").startsWith("urn:uuid:"));
    String newest = child((Element) entries.item(0), "content");
    assertTrue(newest.contains("Neu: B Inc. (USA); Einspruch bis 01.07.2026"), newest);
    assertTrue(child((Element) entries.item(1), "content").contains("A <GmbH>"));
    String text = new String(atom, StandardCharsets.UTF_8);
    assertTrue(text.contains("Beispiel &amp; Söhne GmbH"), text);
  }

  private static String child(Element e, String name) {
    return e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
  }
}
