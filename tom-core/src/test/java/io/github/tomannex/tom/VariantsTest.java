package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Includes, variants and their diffs (issue 14), on the golden master and its variant. */
class VariantsTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2026, 1, 15)))
          .build();

  private static Path golden(String name) {
    return GoldenFiles.root().resolve("golden").resolve(name).resolve("catalogue.yaml");
  }

  private static List<String> ids(Catalogue c) {
    return c.measures().stream().map(Measure::id).toList();
  }

  @Test
  void theMasterHasItsFragmentsEntriesWithTheirPositions() {
    LoadResult r = TOM.load(golden("variants-master"), "master.yaml");
    Catalogue c = r.orElseThrow();
    assertEquals(
        List.of(
            "pa-office",
            "enc-disk",
            "sa-mfa",
            "log-retention",
            "rec-backup",
            "inc-notify",
            "pa-fra",
            "av-fra"),
        ids(c));
    assertEquals(List.of("dc-op"), c.subprocessors().stream().map(Subprocessor::id).toList());
    Measure inherited = c.measure("pa-fra").orElseThrow();
    Location at = c.sources().positionOf(inherited).orElseThrow();
    assertEquals("datacentre.yaml", at.source(), "positions stay in the fragment");
    assertEquals(
        List.of(
            golden("variants-master")
                .resolveSibling("datacentre.yaml")
                .toAbsolutePath()
                .normalize()
                .toString()),
        r.inputs());
  }

  @Test
  void theVariantOverridesAddsReplacesAndRemoves() {
    Catalogue master = TOM.load(golden("variants-master")).orElseThrow();
    Catalogue variant = TOM.load(golden("variants-customer")).orElseThrow();
    assertEquals("2026.1-acme", variant.document().version());
    assertEquals(master.document().title(), variant.document().title(), "not overridden: kept");
    assertEquals(
        List.of(
            "pa-office",
            "enc-disk",
            "log-retention",
            "rec-backup",
            "inc-notify",
            "pa-fra",
            "av-fra",
            "net-ipsec"),
        ids(variant));
    assertTrue(
        variant
            .measure("log-retention")
            .orElseThrow()
            .text()
            .in("en")
            .orElseThrow()
            .contains("30"));
  }

  @Test
  void theVariantsChangeNoticeAgainstItsMasterShowsTheRemovalAsAReduction() {
    Catalogue master = TOM.load(golden("variants-master")).orElseThrow();
    Catalogue variant = TOM.load(golden("variants-customer")).orElseThrow();
    CatalogueDiff diff = TOM.diff(master, variant);
    List<String> rules = diff.diagnostics().stream().map(Diagnostic::rule).toList();
    assertEquals(List.of("DIFF-001"), rules, "the removed sa-mfa, unrecorded");
    assertTrue(diff.diagnostics().get(0).message().contains("sa-mfa"));
    String notice = TOM.renderChanges(diff, Format.MARKDOWN, "en");
    assertTrue(notice.contains("IPsec"), notice);
    assertTrue(notice.contains("~~90~~**30** days"), notice);
    // the other way round: what the customer's annex has that the standard annex lacks
    assertEquals(
        List.of("measure 'net-ipsec'"),
        TOM.diff(variant, master).diagnostics().stream()
            .map(d -> d.message().substring(0, d.message().indexOf(" was")))
            .toList());
  }

  @Test
  void aRecordedRemovalIsNoUnrecordedReduction(@TempDir Path dir) throws IOException {
    copyMaster(dir);
    Path variant = dir.resolve("customer.yaml");
    Files.writeString(
        variant,
        "tom: 1\n"
            + "base: master/catalogue.yaml\n"
            + "document: {version: \"2026.1-b\"}\n"
            + "remove:\n"
            + "  - {id: sa-mfa, reason: \"The customer's own identity provider.\"}\n"
            + "changes:\n"
            + "  - {version: \"2026.1-b\", date: 2026-01-15, measure: sa-mfa,"
            + " reason: {de: \"Eigener Identitätsdienst des Kunden.\", en: \"The customer's own"
            + " identity provider.\"}}\n",
        StandardCharsets.UTF_8);
    Catalogue master = TOM.load(dir.resolve("master/catalogue.yaml")).orElseThrow();
    LoadResult r = TOM.load(variant, "customer.yaml");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    assertTrue(TOM.diff(master, r.orElseThrow()).diagnostics().isEmpty());
  }

  @Test
  void versionsOfAVariantAreCompared(@TempDir Path dir) throws IOException {
    copyMaster(dir);
    Path variant = dir.resolve("customer.yaml");
    Files.writeString(
        variant,
        "tom: 1\nbase: master/catalogue.yaml\ndocument: {version: \"1\"}\n",
        StandardCharsets.UTF_8);
    Catalogue v1 = TOM.load(variant).orElseThrow();
    Files.writeString(
        variant,
        "tom: 1\nbase: master/catalogue.yaml\ndocument: {version: \"2\"}\n"
            + "remove: [{id: rec-backup, reason: \"The customer backs up itself.\"}]\n",
        StandardCharsets.UTF_8);
    Catalogue v2 = TOM.load(variant).orElseThrow();
    CatalogueDiff diff = TOM.diff(v1, v2);
    assertEquals(List.of("DIFF-001"), diff.diagnostics().stream().map(Diagnostic::rule).toList());
  }

  @Test
  void aReleasedExportIsIncludedByItsCoordinatesThroughTheResolver(@TempDir Path dir)
      throws IOException {
    // the provider releases its annex with the JSON export attached
    Catalogue provider = TOM.load(golden("variants-master")).orElseThrow();
    byte[] export = TOM.render(provider, Format.JSON, "de").getBytes(StandardCharsets.UTF_8);
    AtomicInteger calls = new AtomicInteger();
    Tom tom =
        Tom.builder()
            .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2026, 1, 15)))
            .artifacts(
                coordinates -> {
                  calls.incrementAndGet();
                  return coordinates.equals("com.example:hosting-annex:2026.1")
                      ? Optional.of(export)
                      : Optional.empty();
                })
            .build();
    String customer =
        Files.readString(golden("variants-master"), StandardCharsets.UTF_8)
            .replace("include:\n  - datacentre.yaml\n", "")
            .replace("tom: 1\n", "tom: 1\ninclude: [\"com.example:hosting-annex:2026.1\"]\n")
            .replace(
                "processor:\n    name: Beispiel Hosting GmbH", "processor:\n    name: Kunde GmbH")
            .replaceAll("(?s)\nsites:.*", "\n");
    Path file = dir.resolve("catalogue.yaml");
    Files.writeString(
        file,
        customer
            + "measures:\n  - id: own-policy\n    category: security-governance\n"
            + "    text: {de: \"Eine Sicherheitsleitlinie gilt.\", en: \"A security policy"
            + " applies.\"}\n",
        StandardCharsets.UTF_8);
    LoadResult r = tom.load(file, "catalogue.yaml");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    Catalogue c = r.orElseThrow();
    assertTrue(
        ids(c).containsAll(List.of("own-policy", "pa-fra", "av-fra", "sa-mfa")), "" + ids(c));
    assertEquals(Optional.of("dc-op"), c.site("fra").orElseThrow().operator());
    assertEquals(List.of("com.example:hosting-annex:2026.1"), r.inputs());
    assertEquals(1, calls.get());
    Location at = c.sources().positionOf(c.measure("pa-fra").orElseThrow()).orElseThrow();
    assertEquals("com.example:hosting-annex:2026.1", at.source());

    // an unknown version: an error at the include, no exception
    Files.writeString(
        file,
        Files.readString(file).replace("hosting-annex:2026.1", "hosting-annex:9.9"),
        StandardCharsets.UTF_8);
    LoadResult missing = tom.load(file, "catalogue.yaml");
    assertEquals(
        List.of("INC-002"),
        missing.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList()));
    assertEquals(4, missing.diagnostics().get(0).location().line());
  }

  @Test
  void aProvidersExportIncludedWithItsOperatorGivesInheritedMeasuresTiedToItsCertificate(
      @TempDir Path dir) throws IOException {
    // the provider operates the data centre itself: its export has no operator and no holder
    Path provider = Files.createDirectories(dir.resolve("provider"));
    Files.writeString(
        provider.resolve("catalogue.yaml"),
        Files.readString(golden("variants-master"), StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    Files.writeString(
        provider.resolve("datacentre.yaml"),
        Files.readString(golden("variants-master").resolveSibling("datacentre.yaml"))
            .replace("    operator: dc-op\n", "")
            .replace("    holder: dc-op\n", "")
            .replaceAll("(?s)subprocessors:.*?\nsites:", "sites:"),
        StandardCharsets.UTF_8);
    Catalogue released = TOM.load(provider.resolve("catalogue.yaml")).orElseThrow();
    assertEquals(Optional.empty(), released.site("fra").orElseThrow().operator());
    byte[] export = TOM.render(released, Format.JSON, "de").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("customer.yaml");
    Files.writeString(
        file,
        "tom: 1\n"
            + "include:\n  - {from: \"com.example:dc-annex:1.0\", operator: rz}\n"
            + "document: {title: {de: TOM, en: TOM}, version: \"1\", effective: 2026-01-15,"
            + " languages: [de, en], processor: {name: Kunde GmbH}}\n"
            + "review: {interval: P1Y, last: 2026-01-10}\n"
            + "subprocessors:\n  - {id: rz, name: Rechenzentrum AG, notice-period: P30D,"
            + " service: {de: Colocation, en: Colocation}, location: \"Frankfurt am Main, Germany\"}\n"
            + "measures:\n  - {id: own, category: security-governance,"
            + " text: {de: \"Eine Leitlinie gilt.\", en: \"A policy applies.\"}}\n",
        StandardCharsets.UTF_8);
    java.util.function.Function<String, Optional<byte[]>> resolver = c -> Optional.of(export);
    Tom now =
        Tom.builder()
            .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2026, 1, 15)))
            .artifacts(resolver)
            .build();
    LoadResult r = now.load(file, "customer.yaml");
    Catalogue c = r.orElseThrow();
    assertEquals(Optional.of("rz"), c.site("fra").orElseThrow().operator());
    assertEquals(Optional.of("rz"), c.certificate("iso-fra").orElseThrow().holder());
    // every site of the export is the operator's: the provider's office too, whose measure the
    // export gives no certificate for
    assertEquals(Optional.of("rz"), c.site("office").orElseThrow().operator());
    assertEquals(
        List.of("SUB-001 com.example:dc-annex:1.0"),
        r.diagnostics().stream()
            .filter(d -> d.rule().startsWith("SUB-00"))
            .map(d -> d.rule() + " " + d.location().source())
            .toList());
    // after the provider's certificate has expired, each inherited measure is an error
    Tom later =
        Tom.builder()
            .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2028, 7, 15)))
            .artifacts(resolver)
            .build();
    List<String> expired =
        later.load(file, "customer.yaml").diagnostics().stream()
            .filter(d -> d.rule().equals("SUB-006"))
            .map(d -> d.message().substring(0, d.message().indexOf("' is")))
            .toList();
    assertEquals(List.of("measure 'pa-fra", "measure 'av-fra"), expired);
  }

  @Test
  void aResolverThatThrowsIsADiagnostic(@TempDir Path dir) throws IOException {
    Tom tom =
        Tom.builder()
            .artifacts(
                c -> {
                  throw new IllegalStateException("repository down");
                })
            .build();
    Path file = dir.resolve("c.yaml");
    Files.writeString(file, "tom: 1\ninclude: [\"a:b:1\"]\n", StandardCharsets.UTF_8);
    LoadResult r = tom.load(file);
    assertEquals("INC-002", r.diagnostics().get(0).rule());
    assertTrue(r.diagnostics().get(0).message().contains("repository down"));
  }

  @Test
  void inputsAndBaseAreReadWithoutLoading() {
    Path master = golden("variants-master").toAbsolutePath().normalize();
    Path variant = golden("variants-customer");
    assertEquals(Optional.of(master), TOM.base(variant));
    assertEquals(Optional.empty(), TOM.base(master));
    assertEquals(
        List.of(master.toString(), master.resolveSibling("datacentre.yaml").toString()),
        TOM.inputs(variant));
    assertEquals(TOM.load(variant).inputs(), TOM.inputs(variant));
  }

  @Test
  void aCatalogueWithoutIncludesReadsNothingElse() {
    LoadResult r = TOM.load(GoldenFiles.root().resolve("golden/gdpr-art32/catalogue.yaml"));
    assertEquals(List.of(), r.inputs());
  }

  private static void copyMaster(Path dir) throws IOException {
    Path master = Files.createDirectories(dir.resolve("master"));
    for (String f : List.of("catalogue.yaml", "datacentre.yaml")) {
      Files.copy(golden("variants-master").resolveSibling(f), master.resolve(f));
    }
  }
}
