package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The change notice lists each changed sub-processor once: in its Art. 28(2) block, with what
 * changed, not again in a list of its own further down.
 */
class SubprocessorChangesOnceTest {
  private static final Tom TOM = Tom.builder().build();

  private static String notice(String lang) throws IOException {
    Path dir = GoldenFiles.root().resolve("changes").resolve("subprocessors");
    CatalogueDiff diff =
        TOM.diff(
            ChangesGoldenTest.load(dir.resolve("baseline.yaml")),
            ChangesGoldenTest.load(dir.resolve("current.yaml")));
    return TOM.renderChanges(diff, Format.MARKDOWN, lang);
  }

  private static int count(String s, String what) {
    return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @Test
  void eachSubprocessorIsListedOnceWithItsChangedFields() throws IOException {
    String de = notice("de");
    for (String name :
        new String[] {
          "Fax Dienst GmbH",
          "Example Mail Inc.",
          "Support Partner GmbH",
          "Rechenzentrum Beispiel AG"
        }) {
      assertEquals(1, count(de, name), name + " in\n" + de);
    }
    assertFalse(de.contains("\n## Unterauftragsverarbeiter\n"), de);
    // what changed stays, under the sub-processor's entry in the Art. 28(2) block
    int art28 = de.indexOf("## Änderung der Unterauftragsverarbeiter");
    int changed = de.indexOf("- **Geändert:** Rechenzentrum Beispiel AG");
    int place = de.indexOf("Ort: Frankfurt am Main **und Berlin**, Deutschland");
    assertTrue(art28 >= 0 && art28 < changed && changed < place, de);
    assertTrue(place < de.indexOf("- **Entfallen:** Fax Dienst GmbH"), de);
  }
}
