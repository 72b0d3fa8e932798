package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Positions live in one source map, outside the model's equality. */
class SourceMapTest {
  private static final Tom TOM = HostileInputTest.structuralOnly(Tom.builder()).build();

  private static final String CATALOGUE =
      """
      tom: 1
      document:
        title: {de: "Maßnahmen", en: "Measures"}
        version: "1"
        effective: 2026-01-01
        languages: [de, en]
        processor:
          name: Example GmbH
          address: Musterstraße 1, Berlin
      review:
        interval: P1Y
        last: 2026-01-01
      certificates:
        - id: iso
          title: {de: "ISO 27001", en: "ISO 27001"}
          standard: ISO/IEC 27001:2022
      measures:
        - id: m1
          category: encryption
          text: {de: "Verschlüsselt mit AES-256", en: "Encrypted with AES-256"}
          certificates: [iso]
      """;

  @Test
  void equalContentIsEqualWhereverItIsWritten() {
    Catalogue a = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    // the same catalogue, every line one further down and indented differently
    String moved = "# a comment line\n" + CATALOGUE.replace("text: {de:", "text:  {de:");
    Catalogue b = TOM.loadString(moved, "c.yaml").orElseThrow();
    Measure ma = a.measures().get(0);
    Measure mb = b.measures().get(0);
    assertNotEquals(a.sources().positionOf(ma), b.sources().positionOf(mb));
    assertEquals(ma, mb);
    assertEquals(ma.hashCode(), mb.hashCode());
    assertEquals(ma.text(), mb.text());
    assertEquals(a.certificates(), b.certificates());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void positionsOfEntriesKeysItemsAndTexts() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    SourceMap s = c.sources();
    Measure m = c.measures().get(0);
    assertEquals(Optional.of(new Location("c.yaml", 18, 5)), s.positionOf(m));
    assertEquals(Optional.of(new Location("c.yaml", 19, 15)), s.positionOf(m, "category"));
    assertEquals(Optional.empty(), s.positionOf(m, "due"));
    assertEquals(
        Optional.of(new Location("c.yaml", 21, 20)), s.positionOf(m, "certificates", "iso"));
    assertEquals(Optional.empty(), s.positionOf(m, "certificates", "other"));
    assertEquals(Optional.of(new Location("c.yaml", 20, 11)), s.positionOf(m.text()));
    assertEquals(Optional.of(new Location("c.yaml", 20, 16)), s.positionOf(m.text(), "de"));
    assertEquals(Optional.of(new Location("c.yaml", 20, 49)), s.positionOf(m.text(), "en"));
    // a <name> written once counts for every language at the same place
    Text address = c.document().processor().address().orElseThrow();
    assertEquals(s.positionOf(address), s.positionOf(address, "de"));
    assertEquals(s.positionOf(address), s.positionOf(address, "en"));
    assertEquals(Optional.of(new Location("c.yaml", 9, 14)), s.positionOf(address));
    assertEquals(Optional.of(new Location("c.yaml", 8, 5)), s.positionOf(c.document().processor()));
    assertEquals(Optional.of(new Location("c.yaml", 14, 5)), s.positionOf(c.certificates().get(0)));
  }

  @Test
  void aPartBuiltByTheCallerHasNoPosition() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    Measure m = c.measures().get(0);
    Measure copy =
        new Measure(
            m.id(),
            m.category(),
            m.text(),
            m.site(),
            m.type(),
            m.status(),
            m.due(),
            m.reason(),
            m.certificates());
    assertEquals(m, copy);
    assertEquals(Optional.empty(), c.sources().positionOf(copy));
    Catalogue built =
        new Catalogue(
            1,
            c.document(),
            c.review(),
            c.layout(),
            List.of(),
            List.of(),
            c.certificates(),
            c.measures(),
            List.of(),
            "c.yaml");
    assertEquals(0, built.sources().size());
    assertEquals(c, built);
  }

  @Test
  void builtInLayoutTextsPointIntoTomsResources() {
    Catalogue c = TOM.loadString(CATALOGUE, "c.yaml").orElseThrow();
    Text title = c.layout().sections().get(0).title();
    Location at = c.sources().positionOf(title).orElseThrow();
    assertTrue(!at.source().equals("c.yaml"), at.toString());
  }

  @Test
  void builderChecksItsInput() {
    SourceMap.Builder b = SourceMap.builder();
    Text t = new Text(Map.of("en", "x"));
    assertThrows(IllegalStateException.class, () -> b.add(t, "en", Location.startOf("a")));
    b.add(t, Location.startOf("a")).add(t, "en", new Location("a", 2, 3));
    SourceMap map = b.build();
    assertThrows(IllegalStateException.class, () -> b.add(t, "de", new Location("a", 4, 5)));
    assertEquals(Optional.of(new Location("a", 2, 3)), map.positionOf(t, "en"));
    assertEquals(Optional.empty(), map.positionOf(t, "de"));
    assertEquals(Optional.empty(), map.positionOf(new Text(Map.of("en", "x"))));
    // a map taken over by another builder does not change with it
    SourceMap.Builder more = SourceMap.builder().addAll(map);
    more.add(t, "de", new Location("a", 4, 5));
    assertEquals(Optional.of(new Location("a", 4, 5)), more.build().positionOf(t, "de"));
    assertEquals(Optional.empty(), map.positionOf(t, "de"));
  }
}
