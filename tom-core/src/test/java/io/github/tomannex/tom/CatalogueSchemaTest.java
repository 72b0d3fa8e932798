package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.tomannex.tom.internal.bind.Entity;
import io.github.tomannex.tom.internal.bind.Key;
import io.github.tomannex.tom.internal.bind.Layouts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema that ships with tom-core ({@code catalogue.schema.json}, for editors) and the
 * loader agree: every valid catalogue (the {@code valid/} fixtures, the golden catalogues, the
 * samples) passes the schema; every diagnostics fixture that the loader rejects with a structural
 * error the schema can express (a wrong key, type, value or a missing key) fails it; and a fixture
 * whose only errors the schema cannot express (listed below, with why) passes it, so the schema is
 * not stricter than the loader either.
 */
class CatalogueSchemaTest {
  /** Structural errors a schema expresses: keys, types, sets, required keys, patterns. */
  static final Set<String> EXPRESSIBLE =
      Set.of(
          "SCHEMA-001",
          "SCHEMA-002",
          "SCHEMA-003",
          "SCHEMA-004",
          "SCHEMA-005",
          "SCHEMA-006",
          "SCHEMA-007",
          "SCHEMA-008",
          "SCHEMA-009",
          "SCHEMA-011",
          "CAT-001",
          "STATUS-001",
          "STATUS-002",
          "LAYOUT-001",
          "LAYOUT-004");

  /** Errors a schema cannot express, and why. */
  static final Map<String, String> NOT_EXPRESSIBLE =
      Map.of(
          "REF-", "unique ids and resolvable references need the whole document",
          "LANG-", "every text must have the languages that document.languages declares",
          "LAYOUT-002", "which sections an override may name depends on the extended layout",
          "LAYOUT-003", "section ids unique across nested sections",
          "SCHEMA-010", "control characters written as escapes",
          "LIMIT-", "a count of other problems",
          "FILE-", "bytes, encoding and size: before there is a YAML tree",
          "INC-", "included files and artifacts: other documents than this one",
          "YAML-", "YAML syntax, aliases, tags, duplicate keys: before there is a JSON tree");

  /**
   * Fixtures with an expressible error that the schema lets through, and why. None at present; a
   * date such as 2025-02-30 or a period over 100 years would be one (the schema checks their shape,
   * not their range).
   */
  static final Map<String, String> KNOWN_GAPS = Map.of();

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
              .build());
  private static final JsonSchema SCHEMA = schema();
  private static final Tom TOM =
      Tom.builder().clock(DiagnosticFixturesTest.clockAt(DiagnosticFixturesTest.TODAY)).build();

  private static JsonSchema schema() {
    try (InputStream in = Tom.class.getResourceAsStream("catalogue.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> validate(Path yaml) throws IOException {
    JsonNode tree = YAML.readTree(Files.readString(yaml, StandardCharsets.UTF_8));
    Set<ValidationMessage> all = SCHEMA.validate(tree == null ? YAML.nullNode() : tree);
    if (tree != null && tree.has("base")) {
      // a variant gives only what differs from its master: the schema, which cannot see the
      // master, reports the keys the master has as missing (a known limit, said in the
      // schema's description of base)
      return all.stream()
          .filter(
              m ->
                  !"required".equals(m.getType())
                      || !m.getMessage().matches("\\$(\\.document(\\.processor)?|\\.review)?: .*"))
          .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
    return all;
  }

  static Stream<Path> validCatalogues() throws IOException {
    List<Path> out = new ArrayList<>();
    Path root = GoldenFiles.root();
    try (Stream<Path> s = Files.list(root.resolve("valid"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
    }
    try (Stream<Path> s = Files.list(root.resolve("golden"))) {
      s.map(p -> p.resolve("catalogue.yaml")).filter(Files::exists).sorted().forEach(out::add);
    }
    try (Stream<Path> s = Files.list(root.resolve("../../../../tom-samples/src/tom").normalize())) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCatalogues")
  void validCataloguesPassTheSchema(Path yaml) throws IOException {
    assertEquals(Set.of(), validate(yaml), yaml.toString());
  }

  static Stream<String> fixtures() throws IOException {
    return DiagnosticFixturesTest.fixtures();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void schemaAndLoaderAgreeOnTheFixture(String name) throws IOException {
    Path yaml = GoldenFiles.root().resolve("diagnostics").resolve(name);
    LoadResult r = TOM.load(yaml, name);
    Set<String> errors =
        r.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            // an error in an included file is not in this file's tree
            .filter(d -> d.location().source().equals(name))
            .map(Diagnostic::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    if (errors.stream().anyMatch(e -> e.startsWith("FILE-") || e.startsWith("YAML-"))) {
      return; // no JSON tree to compare: see NOT_EXPRESSIBLE
    }
    boolean expressible = errors.stream().anyMatch(EXPRESSIBLE::contains);
    for (String e : errors) {
      boolean lint = Rule.find(e).map(Rule::configurable).orElse(false);
      assertTrue(
          lint
              || EXPRESSIBLE.contains(e)
              || NOT_EXPRESSIBLE.keySet().stream().anyMatch(e::startsWith),
          name + ": classify " + e + " in this test");
    }
    Set<ValidationMessage> schema = validate(yaml);
    if (expressible && !KNOWN_GAPS.containsKey(name)) {
      assertTrue(!schema.isEmpty(), name + " has " + errors + " but passes the schema");
    } else {
      assertEquals(
          Set.of(),
          schema,
          name + " has only " + errors + ", which the schema cannot express: it must pass");
    }
  }

  @Test
  void editorsThatReadYaml11PassOffAndNamesInEveryLanguage() throws IOException {
    // a YAML 1.1 reader (most editors' language servers) reads an unquoted off as false
    ObjectMapper yaml11 = new ObjectMapper(new YAMLFactory());
    String catalogue =
        "tom: 1\n"
            + "document:\n"
            + "  title: {de: TOM, en: TOM}\n"
            + "  version: '1'\n"
            + "  effective: 2026-01-15\n"
            + "  languages: [de, en]\n"
            + "  processor: {name: X GmbH, address: Hauptstr. 1, contact: dpo@x.example}\n"
            + "  agreement: {title: {de: AVV, en: DPA}, reference: AVV-1}\n"
            + "review: {interval: P1Y, last: 2026-01-10}\n"
            + "measures: [{id: a, category: encryption, text: {de: TLS 1.3, en: TLS 1.3}}]\n"
            + "lint: {COV-007: off, SPEC-002: warning}\n";
    JsonNode tree = yaml11.readTree(catalogue);
    assertEquals(false, tree.at("/lint/COV-007").asBoolean(true), "read as YAML 1.1");
    assertEquals(Set.of(), SCHEMA.validate(tree));
    LoadResult r = TOM.loadString(catalogue, "c.yaml");
    assertTrue(
        r.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
        r.diagnostics().toString());
    assertTrue(
        !SCHEMA
            .validate(
                yaml11.readTree(
                    catalogue.replace("effective: 2026-01-15", "effective: '0000-01-01'")))
            .isEmpty(),
        "a date out of range");
  }

  @Test
  void knownGapsAreStillGaps() throws IOException {
    for (String name : KNOWN_GAPS.keySet()) {
      assertEquals(
          Set.of(),
          validate(GoldenFiles.root().resolve("diagnostics").resolve(name)),
          name + " now fails the schema: remove it from KNOWN_GAPS");
    }
  }

  @Test
  void theSchemasSetsAreTheCodes() throws IOException {
    JsonNode s = YAML.readTree(Tom.class.getResource("catalogue.schema.json"));
    JsonNode defs = s.get("$defs");
    assertEquals(Taxonomy.standard().ids(), strings(defs.at("/measure/properties/category/enum")));
    assertEquals(Taxonomy.standard().ids(), strings(defs.at("/categories/items/enum")));
    assertEquals(
        Rule.all().stream().filter(Rule::configurable).map(Rule::id).toList(),
        strings(s.at("/properties/lint/propertyNames/enum")));
    assertEquals(
        List.copyOf(Layouts.standard().defaultLabels().keySet()),
        strings(defs.at("/labels/propertyNames/enum")));
    assertEquals(
        Layouts.standard().ids(), strings(defs.at("/layoutExtension/properties/extends/enum")));
    assertEquals(Layouts.standard().ids(), strings(defs.at("/layout/oneOf/0/enum")));
    assertEquals(
        ids(SiteKind.values(), SiteKind::id), strings(defs.at("/site/properties/kind/enum")));
    assertEquals(
        ids(SiteKind.values(), SiteKind::id), strings(defs.at("/groups/propertyNames/enum")));
    assertEquals(
        ids(MeasureType.values(), MeasureType::id),
        strings(defs.at("/measure/properties/type/enum")));
    assertEquals(
        ids(MeasureStatus.values(), MeasureStatus::id),
        strings(defs.at("/measure/properties/status/enum")));
    assertEquals(ids(Numbering.values(), Numbering::id), strings(defs.at("/numbering/items/enum")));
    assertEquals(
        ids(GroupBy.values(), GroupBy::id), strings(defs.at("/section/properties/group-by/enum")));
    assertEquals(
        ids(SectionStyle.values(), SectionStyle::id),
        strings(defs.at("/section/properties/style/enum")));
    for (RuleLevel l : RuleLevel.values()) {
      assertTrue(strings(s.at("/properties/lint/additionalProperties/enum")).contains(l.id()));
    }
  }

  /** Where the schema declares the keys of an entity. */
  static String pointer(Entity e) {
    return switch (e) {
      case TOP -> "";
      case PROCESSOR -> "/$defs/document/properties/processor";
      case AGREEMENT -> "/$defs/document/properties/agreement";
      case SCC -> "/$defs/document/properties/agreement/properties/scc";
      case DOCUMENT,
          REVIEW,
          SUBPROCESSOR,
          SITE,
          CERTIFICATE,
          MEASURE,
          CHANGE,
          SECTION,
          SECTION_OVERRIDE,
          OTHER,
          LAYOUT_EXTENSION,
          OWN_LAYOUT ->
          "/$defs/" + e.what();
    };
  }

  /**
   * The schema declares the keys of each entity's table, in its order, with its required keys and a
   * value of the key's kind: the schema and the loader's tables cannot drift apart.
   */
  @Test
  void theSchemaHasTheKeysOfTheTables() throws IOException {
    JsonNode s = YAML.readTree(Tom.class.getResource("catalogue.schema.json"));
    for (Entity e : Entity.values()) {
      JsonNode def = s.at(pointer(e));
      String where = e.what() + " (" + pointer(e) + ")";
      List<String> names = new ArrayList<>(fieldNames(def.get("properties")));
      if (e == Entity.TOP) {
        // read by the assembler before binding (includes, variants), not by the tables
        assertEquals(
            io.github.tomannex.tom.internal.bind.Assembler.KEYS,
            names.subList(1, 4),
            "the top level's include, base and remove follow tom");
        names.removeAll(io.github.tomannex.tom.internal.bind.Assembler.KEYS);
      }
      assertEquals(e.names(), names, where + ": the keys");
      Set<String> required = new TreeSet<>();
      def.path("required").forEach(n -> required.add(n.asText()));
      assertEquals(
          e.keys().stream()
              .filter(Key::required)
              .map(Key::name)
              .collect(Collectors.toCollection(TreeSet::new)),
          required,
          where + ": required keys");
      assertEquals(
          false,
          def.path("additionalProperties").asBoolean(true),
          where + ": unknown keys are errors");
      for (Key k : e.keys()) {
        JsonNode p = def.get("properties").get(k.name());
        String ref = p.path("$ref").asText("");
        String type = p.path("type").asText("");
        boolean fits =
            switch (k.kind()) {
              case ID -> ref.equals("#/$defs/id");
              case IDS -> type.equals("array") && p.at("/items/$ref").asText().equals("#/$defs/id");
              case TEXT -> ref.equals("#/$defs/text") || ref.equals("#/$defs/requiredText");
              case NAME -> ref.equals("#/$defs/name");
              case STRING ->
                  ref.equals("#/$defs/nonEmptyString")
                      || (type.equals("string") && p.path("minLength").asInt() == 1);
              case CHOICE, KEYWORD -> p.has("enum");
              case DATE -> ref.equals("#/$defs/date");
              case PERIOD -> ref.equals("#/$defs/period");
              case URL -> type.equals("string") && p.has("pattern");
              case INTEGER -> p.has("const") || type.equals("integer");
              case LANGUAGES ->
                  type.equals("array") && p.at("/items/$ref").asText().equals("#/$defs/language");
              case MAPPING ->
                  ref.equals("#/$defs/" + k.child().what())
                      || (type.equals("object")
                          && pointer(k.child())
                              .equals(
                                  pointer(e).isEmpty()
                                      ? "/properties/" + k.name()
                                      : pointer(e) + "/properties/" + k.name()));
              case LIST ->
                  type.equals("array")
                      && p.at("/items/$ref").asText().equals("#/$defs/" + k.child().what());
              case LAYOUT -> ref.equals("#/$defs/layout");
              case LEVELS -> type.equals("object");
              case BOOL -> type.equals("boolean");
              case CATEGORIES -> ref.equals("#/$defs/categories");
              case NUMBERING -> ref.equals("#/$defs/numbering");
              case GROUPS -> ref.equals("#/$defs/groups");
              case LABELS -> ref.equals("#/$defs/labels");
              case OVERRIDES ->
                  type.equals("object")
                      && p.at("/additionalProperties/$ref")
                          .asText()
                          .equals("#/$defs/sectionOverride");
              case SECTIONS ->
                  type.equals("array") && p.at("/items/$ref").asText().equals("#/$defs/section");
            };
        assertTrue(
            fits,
            where
                + ": '"
                + k.name()
                + "' is "
                + k.kind()
                + " in the table but "
                + p
                + " in the schema");
      }
    }
  }

  private static List<String> fieldNames(JsonNode properties) {
    List<String> out = new ArrayList<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSamplesPointEditorsAtTheSchema() throws IOException {
    Path samples = GoldenFiles.root().resolve("../../../../tom-samples/src/tom").normalize();
    for (String name : List.of("catalogue.yaml", "saas-en.yaml")) {
      String first = Files.readAllLines(samples.resolve(name)).get(0);
      String prefix = "# yaml-language-server: $schema=";
      assertTrue(first.startsWith(prefix), name + " starts with " + first);
      Path schema = samples.resolve(first.substring(prefix.length())).normalize();
      assertTrue(Files.isRegularFile(schema), name + " points at " + schema);
      assertEquals(
          Files.readString(schema),
          new String(
              Tom.class.getResourceAsStream("catalogue.schema.json").readAllBytes(),
              StandardCharsets.UTF_8),
          "the path is tom-core's schema");
    }
  }

  private static <E> List<String> ids(E[] values, java.util.function.Function<E, String> id) {
    return Stream.of(values).map(id).toList();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    assertTrue(!out.isEmpty(), "no such array in the schema");
    return out;
  }
}
