package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tom's own German words name the controller "Verantwortlicher" (the GDPR's term), never
 * "Auftraggeber": the labels and the built-in layouts' titles and intros. The one exception is the
 * intro of de-classic's Auftragskontrolle, which reproduces the seed annex word for word.
 */
class ControllerTermTest {
  private static final String SEED_SENTENCE =
      "nur entsprechend den Weisungen des Auftraggebers verarbeitet";

  @Test
  void labelsAndLayoutsSayVerantwortlicher() throws IOException {
    List<String> found = new ArrayList<>();
    for (String resource :
        List.of(
            "labels.yaml",
            "layouts/de-classic.yaml",
            "layouts/gdpr-art32.yaml",
            "layouts/eu-dpa-annex-iii.yaml",
            "layouts/eu-scc-annex-ii.yaml")) {
      try (InputStream in = Tom.class.getResourceAsStream(resource)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        text.lines()
            .filter(l -> !l.strip().startsWith("#"))
            .filter(l -> l.contains("Auftraggeber") && !l.contains(SEED_SENTENCE))
            .forEach(l -> found.add(resource + ": " + l.strip()));
      }
    }
    assertEquals(List.of(), found);
  }
}
