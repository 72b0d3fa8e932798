package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SARIF 2.1.0 writer: structure, rules, positions, determinism. */
class SarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static LoadResult findings() throws IOException {
    String yaml =
        Files.readString(
                GoldenFiles.root().resolve("diagnostics").resolve("spec-002-hedge-words.yaml"))
            .replace("  last: 2026-01-10", "  last: 2025-01-10");
    Tom.Builder b =
        Tom.builder().clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.TODAY));
    // the fixture promises none of the processor's duties; this test is about two other rules
    for (String duty : List.of("DUTY-002", "DUTY-003", "DUTY-004", "DUTY-005")) {
      b.ruleSeverity(duty, RuleLevel.OFF);
    }
    return b.build().loadString(yaml, "catalogue.yaml");
  }

  @Test
  void writesRulesAndResultsWithPositions() throws IOException {
    LoadResult r = findings();
    String sarif = Sarif.write(r.diagnostics(), Optional.of("1.2.3"), s -> "src/tom/" + s);
    JsonNode root = JSON.readTree(sarif);
    assertEquals("2.1.0", root.get("version").asText());
    assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
    JsonNode run = root.get("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertEquals("tom", driver.get("name").asText());
    assertEquals("1.2.3", driver.get("version").asText());
    JsonNode rules = driver.get("rules");
    assertEquals(
        List.of("REV-001", "SPEC-002"),
        List.of(rules.get(0).get("id").asText(), rules.get(1).get("id").asText()),
        "rules with results, in documented order");
    assertEquals(2, rules.size());
    JsonNode spec2 = rules.get(1);
    assertEquals(
        "Hedge words make a measure unverifiable", spec2.at("/shortDescription/text").asText());
    assertTrue(spec2.at("/fullDescription/text").asText().contains("Source: "));
    assertEquals(Rule.DOCS + "rules.md#spec-002", spec2.get("helpUri").asText());
    assertEquals("warning", spec2.at("/defaultConfiguration/level").asText());

    JsonNode results = run.get("results");
    assertEquals(r.diagnostics().size(), results.size());
    JsonNode first = results.get(0);
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("REV-001", first.get("ruleId").asText());
    assertEquals(0, first.get("ruleIndex").asInt());
    assertEquals("error", first.get("level").asText());
    assertEquals(d.fullMessage(), first.at("/message/text").asText());
    JsonNode loc = first.at("/locations/0/physicalLocation");
    assertEquals("src/tom/catalogue.yaml", loc.at("/artifactLocation/uri").asText());
    assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
    assertEquals(d.location().line(), loc.at("/region/startLine").asInt());
    assertEquals(d.location().column(), loc.at("/region/startColumn").asInt());
    assertEquals(1, results.get(1).get("ruleIndex").asInt());
  }

  @Test
  void isDeterministicAndPlainText() throws IOException {
    LoadResult r = findings();
    String a = Sarif.write(r.diagnostics(), Optional.empty(), s -> s);
    String b = Sarif.write(findings().diagnostics(), Optional.empty(), s -> s);
    assertEquals(a, b);
    assertTrue(a.endsWith("}\n"));
    assertFalse(a.contains("\r"));
    assertFalse(JSON.readTree(a).at("/runs/0/tool/driver").has("version"));
  }

  @Test
  void noDiagnosticsIsAnEmptyRun() throws IOException {
    JsonNode run =
        JSON.readTree(Sarif.write(List.of(), Optional.empty(), s -> s)).get("runs").get(0);
    assertEquals(0, run.get("results").size());
    assertEquals(0, run.at("/tool/driver/rules").size());
  }

  @Test
  void urisArePercentEncodedUriReferences() throws IOException {
    LoadResult r = findings();
    String[][] cases = {
      {"src/tom/catalogue.yaml", "src/tom/catalogue.yaml"},
      {"my docs/cat alogue.yaml", "my%20docs/cat%20alogue.yaml"},
      {"a#b/c?d.yaml", "a%23b/c%3Fd.yaml"},
      {"100%/x.yaml", "100%25/x.yaml"},
      {"Übersicht/kataloг.yaml", "%C3%9Cbersicht/katalo%D0%B3.yaml"},
      {"c:/x.yaml", "c%3A/x.yaml"},
      {"emoji-\uD83D\uDE00.yaml", "emoji-%F0%9F%98%80.yaml"},
      {"back\\slash[1].yaml", "back%5Cslash%5B1%5D.yaml"},
      {"../other/x~y_z-1.yaml", "../other/x~y_z-1.yaml"},
      {"line\nbreak\u2028.yaml", "line%0Abreak%E2%80%A8.yaml"},
    };
    for (String[] c : cases) {
      String sarif = Sarif.write(r.diagnostics(), Optional.empty(), s -> c[0]);
      String uri =
          JSON.readTree(sarif)
              .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
              .asText();
      assertEquals(c[1], uri, c[0]);
      // a valid URI reference that resolves back to the path
      assertEquals(c[0], java.net.URI.create(uri).getPath(), c[0]);
    }
  }

  @Test
  void infosAreNotes() {
    assertEquals("note", Sarif.level(Severity.INFO));
    assertEquals("error", Sarif.level(Severity.ERROR));
  }
}
