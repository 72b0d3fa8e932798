package io.github.tomannex.tom.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.OutputFormats;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.RenderedFile;
import io.github.tomannex.tom.Tom;
import io.github.tomannex.tom.oscal.internal.Uuids;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code oscal} format: found by {@link java.util.ServiceLoader}, valid against NIST's OSCAL
 * 1.1.2 JSON schema of the component definition, the same bytes as the golden files (regenerate
 * with {@code -Dtom.updateGolden=true}), stable UUIDs.
 */
class OscalFormatTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(Clock.fixed(Instant.parse("2026-10-02T00:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final ClassLoader LOADER = OscalFormatTest.class.getClassLoader();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLES =
      Path.of(System.getProperty("tom.samples", "../tom-samples/src/tom"));

  /** NIST's schema, from liboscal-java's jar (schema/json). */
  static final JsonSchema SCHEMA = schema();

  private static JsonSchema schema() {
    try (InputStream in =
        OscalFormatTest.class
            .getClassLoader()
            .getResourceAsStream("schema/json/oscal-component-definition_schema.json")) {
      if (in == null) {
        throw new IllegalStateException("liboscal-java's component definition schema is missing");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Catalogue sample(String file) {
    return TOM.load(SAMPLES.resolve(file)).orElseThrow();
  }

  static Set<ValidationMessage> validate(byte[] json) throws IOException {
    return SCHEMA.validate(JSON.readTree(json));
  }

  @Test
  void serviceLoaderFindsOscalAsOneFileForAllLanguages() {
    List<String> ids = OutputFormats.available(LOADER).stream().map(OutputFormat::id).toList();
    assertEquals(List.of("md", "html", "json", "oscal"), ids);
    OutputFormat oscal = OutputFormats.byId("OSCAL", LOADER);
    assertInstanceOf(OscalFormat.class, oscal);
    assertEquals("oscal.json", oscal.extension());
    assertEquals("application/json", oscal.mediaType());
    assertFalse(oscal.perLanguage());
    assertFalse(oscal.rendersChanges());
    assertEquals(Optional.of("io.github.tomannex:tom-oscal"), OutputFormats.providedBy("oscal"));
  }

  @Test
  void renderAllWritesAnnexOscalJsonBesideAnnexJson() {
    Catalogue c = sample("catalogue.yaml");
    List<RenderedFile> files =
        TOM.renderAll(c, OutputFormats.available(LOADER), List.of(), RenderOptions.defaults());
    List<String> names = files.stream().map(RenderedFile::fileName).toList();
    assertEquals(
        List.of(
            "annex-de.md",
            "annex-en.md",
            "annex-de.html",
            "annex-en.html",
            "annex.json",
            "annex.oscal.json",
            // the sub-processor document: the formats that render it (OSCAL does not; its parties
            // already list the sub-processors)
            "subprocessors-de.md",
            "subprocessors-en.md",
            "subprocessors-de.html",
            "subprocessors-en.html",
            "subprocessors.json"),
        names);
    RenderedFile oscal = files.get(5);
    assertEquals(RenderedFile.Kind.ANNEX, oscal.kind());
    assertEquals("oscal", oscal.format());
    assertEquals(Optional.empty(), oscal.language());
    assertArrayEquals(OscalFormat.componentDefinition(c), oscal.bytes());
    assertEquals(
        List.of(),
        TOM.renderAllChanges(
            TOM.diff(c, c), List.of(new OscalFormat()), List.of(), RenderOptions.defaults()));
  }

  @Test
  void refusesALanguageTheCatalogueDoesNotHave() {
    Catalogue c = sample("catalogue.yaml");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new OscalFormat().render(c, "fr", RenderOptions.defaults()));
    assertEquals("the catalogue has no language 'fr'; its languages: de, en", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalogue.yaml", "saas-en.yaml"})
  void theSamplesAreValidOscalAndMatchTheirGoldenFiles(String file) throws IOException {
    Catalogue c = sample(file);
    byte[] json =
        new OscalFormat().render(c, c.document().bindingLanguage(), RenderOptions.defaults());
    assertEquals(Set.of(), validate(json), file);
    // deterministic: the options' timestamp and a second rendering change nothing
    assertArrayEquals(
        json,
        new OscalFormat()
            .render(
                c,
                c.document().languages().get(c.document().languages().size() - 1),
                RenderOptions.defaults().withTimestamp(Instant.parse("2030-01-01T00:00:00Z"))));
    Golden.check("golden/" + file.replace(".yaml", ".oscal.json"), json);
  }

  @Test
  void everyMeasureIsARequirementWithItsStatusAndTextInEveryLanguage() throws IOException {
    Catalogue c = sample("catalogue.yaml");
    JsonNode cd = JSON.readTree(OscalFormat.componentDefinition(c)).path("component-definition");
    assertEquals("2026-01-15T00:00:00Z", cd.path("metadata").path("last-modified").asText());
    assertEquals("1.1.2", cd.path("metadata").path("oscal-version").asText());
    JsonNode component = cd.path("components").path(0);
    assertEquals(c.document().processor().name(), component.path("title").asText());
    Set<String> measured = new HashSet<>();
    Set<String> uuids = new HashSet<>();
    List<String> sources = new ArrayList<>();
    for (JsonNode impl : component.path("control-implementations")) {
      sources.add(impl.path("source").asText());
      for (JsonNode r : impl.path("implemented-requirements")) {
        assertTrue(uuids.add(r.path("uuid").asText()), "UUIDs are unique");
        String id = prop(r, "measure-id", null);
        measured.add(id);
        var m = c.measure(id).orElseThrow();
        assertEquals(m.status().id(), prop(r, "implementation-status", null));
        for (String lang : c.document().languages()) {
          assertEquals(
              m.text().in(lang).orElseThrow().replaceAll("\\s+", " ").trim(),
              prop(r, "text", lang));
        }
      }
    }
    assertEquals(
        List.of(
            "https://www.iso.org/standard/27001",
            "https://raw.githubusercontent.com/open-gov-group/opengov-privacy-oscal/main/oscal/catalog/sdm_privacy_catalog.json"),
        sources);
    assertEquals(
        c.measures().stream().map(m -> m.id()).collect(java.util.stream.Collectors.toSet()),
        measured,
        "every measure is an implemented requirement of Annex A");
    assertEquals(
        c.sites().size() + c.certificates().size(),
        cd.path("back-matter").path("resources").size());
  }

  @Test
  void statusDueAndReasonOfPlannedAndNotApplicableMeasures() throws IOException {
    Catalogue c = sample("saas-en.yaml");
    JsonNode cd = JSON.readTree(OscalFormat.componentDefinition(c)).path("component-definition");
    int planned = 0;
    int na = 0;
    for (JsonNode impl : cd.path("components").path(0).path("control-implementations")) {
      for (JsonNode r : impl.path("implemented-requirements")) {
        var m = c.measure(prop(r, "measure-id", null)).orElseThrow();
        switch (m.status()) {
          case PLANNED -> {
            planned++;
            assertEquals(m.due().orElseThrow().toString(), prop(r, "due", null));
          }
          case NOT_APPLICABLE -> {
            na++;
            assertEquals(
                m.reason().orElseThrow().in("en").orElseThrow().replaceAll("\\s+", " ").trim(),
                prop(r, "reason", "en"));
          }
          default -> {}
        }
      }
    }
    assertEquals(
        c.measures().stream().anyMatch(m -> m.status().id().equals("planned")), planned > 0);
    assertEquals(
        c.measures().stream().anyMatch(m -> m.status().id().equals("not-applicable")), na > 0);
    JsonNode cert =
        cd.path("back-matter").path("resources").findValues("props").stream()
            .filter(p -> p.toString().contains("\"iso27001-exh\""))
            .findFirst()
            .orElseThrow();
    assertTrue(cert.toString().contains("\"valid-until\""), cert.toString());
  }

  @Test
  void uuidsAreVersion5AndStableAcrossVersionsOfTheAnnex() throws IOException {
    // RFC 9562's example: the DNS namespace and www.example.com
    assertEquals(
        "2ed6657d-e927-568b-95e1-2665a8aea6a2",
        Uuids.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com")
            .toString());
    assertEquals(Uuids.TOM, Uuids.v5(Uuids.URL, "https://github.com/tomannex/tom/ns/oscal"));
    String yaml = Files.readString(SAMPLES.resolve("saas-en.yaml"), StandardCharsets.UTF_8);
    Catalogue v1 = TOM.loadString(yaml, "saas-en.yaml").orElseThrow();
    Catalogue v2 =
        TOM.loadString(yaml.replace("version: \"2026.2\"", "version: \"2026.3\""), "saas-en.yaml")
            .orElseThrow();
    JsonNode a = JSON.readTree(OscalFormat.componentDefinition(v1)).path("component-definition");
    JsonNode b = JSON.readTree(OscalFormat.componentDefinition(v2)).path("component-definition");
    assertNotEquals(a.path("uuid"), b.path("uuid"), "a new version is a new document");
    assertEquals(a.path("components"), b.path("components"));
    assertEquals(a.path("back-matter"), b.path("back-matter"));
  }

  /** tom-oscal uses tom-core's public API only, as tom-pdf does (PackageDependencyTest). */
  @Test
  void usesOnlyTomCoresPublicApi() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (var files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (Files.readString(f, StandardCharsets.UTF_8)
            .contains("io.github.tomannex.tom.internal")) {
          wrong.add(f.toString());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static String prop(JsonNode node, String name, String cls) {
    for (JsonNode p : node.path("props")) {
      if (p.path("name").asText().equals(name)
          && (cls == null || p.path("class").asText().equals(cls))) {
        return p.path("value").asText();
      }
    }
    return null;
  }
}
