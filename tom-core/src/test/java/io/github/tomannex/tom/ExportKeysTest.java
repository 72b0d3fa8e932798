package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tomannex.tom.internal.bind.AllKeys;
import io.github.tomannex.tom.internal.bind.Entity;
import io.github.tomannex.tom.internal.bind.Key;
import org.junit.jupiter.api.Test;

/**
 * The JSON export carries every key of the key tables (a key added to a table but not to the export
 * fails here), and reads back as the same entries: the model compares content, not where it was
 * written.
 */
class ExportKeysTest {
  private static final Tom TOM = HostileInputTest.structuralOnly(Tom.builder()).build();

  /**
   * Where the export writes the keys of an entity: an object, or a list of them; null for the
   * layout mapping's entities (the export holds the resolved layout, not the layout keys).
   */
  static String pointer(Entity e) {
    return switch (e) {
      case TOP -> "";
      case DOCUMENT -> "/document";
      case PROCESSOR -> "/document/processor";
      case AGREEMENT -> "/document/agreement";
      case SCC -> "/document/agreement/scc";
      case REVIEW -> "/review";
      case SUBPROCESSOR -> "/subprocessors";
      case SITE -> "/sites";
      case CERTIFICATE -> "/certificates";
      case MEASURE -> "/measures";
      case CHANGE -> "/changes";
      case SECTION, SECTION_OVERRIDE, OTHER, LAYOUT_EXTENSION, OWN_LAYOUT -> null;
    };
  }

  @Test
  void theExportCarriesEveryKey() throws Exception {
    Catalogue c = TOM.loadString(AllKeys.YAML, "all-keys.yaml").orElseThrow();
    JsonNode json = new ObjectMapper().readTree(TOM.render(c, Format.JSON, "de"));
    int keys = 0;
    for (Entity e : Entity.values()) {
      if (pointer(e) == null) {
        continue;
      }
      for (Key k : e.keys()) {
        if (e == Entity.TOP && k.name().equals("lint")) {
          continue; // a released version is compared, not judged again
        }
        keys++;
        JsonNode at = json.at(pointer(e));
        boolean has =
            at.isArray()
                ? java.util.stream.StreamSupport.stream(at.spliterator(), false)
                    .anyMatch(item -> item.has(k.name()))
                : at.has(k.name());
        assertTrue(has, "the export has no '" + k.name() + "' at '" + pointer(e) + "'");
      }
    }
    assertTrue(keys > 50, "keys checked: " + keys);
  }

  @Test
  void theExportReadsBackAsTheSameEntries() {
    Catalogue c = TOM.loadString(AllKeys.YAML, "all-keys.yaml").orElseThrow();
    Catalogue back = TOM.loadString(TOM.render(c, Format.JSON, "de"), "annex.json").orElseThrow();
    assertEquals(c.document(), back.document());
    assertEquals(c.review(), back.review());
    assertEquals(c.subprocessors(), back.subprocessors());
    assertEquals(c.sites(), back.sites());
    assertEquals(c.certificates(), back.certificates());
    assertEquals(c.measures(), back.measures());
    assertEquals(c.changes(), back.changes());
    assertEquals(c.layout(), back.layout());
    // the same entries, written elsewhere: each has its own position
    assertEquals(
        "annex.json", back.sources().positionOf(back.measures().get(0)).orElseThrow().source());
  }
}
