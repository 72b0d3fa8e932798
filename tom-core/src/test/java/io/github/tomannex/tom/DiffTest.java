package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.CatalogueDiff.Edit;
import io.github.tomannex.tom.CatalogueDiff.Field;
import io.github.tomannex.tom.CatalogueDiff.Item;
import io.github.tomannex.tom.CatalogueDiff.Kind;
import io.github.tomannex.tom.CatalogueDiff.ReductionKind;
import io.github.tomannex.tom.CatalogueDiff.Type;
import io.github.tomannex.tom.CatalogueDiff.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Tom#diff}: every kind of change, the reductions and the log that records them. */
class DiffTest {
  private static final Tom TOM =
      Tom.builder()
          .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2026, 7, 1)))
          .build();

  private static final String BASE =
      """
      tom: 1
      document:
        title: {de: "TOM", en: "TOM"}
        version: "1"
        effective: 2026-01-15
        languages: [de, en]
        processor: {name: Example GmbH}
      review: {interval: P1Y, last: 2026-01-10}
      subprocessors:
        - {id: sp, name: Sub GmbH}
      sites:
        - {id: dc, name: {de: "RZ", en: "DC"}, kind: datacenter, operator: sp}
      certificates:
        - {id: iso, title: {de: "ISO 27001", en: "ISO 27001"}, standard: ISO/IEC 27001, valid-until: 2027-01-01}
      measures:
        - {id: a, category: encryption, text: {de: "Daten sind verschlüsselt.", en: "Data are encrypted."}, certificates: [iso]}
        - {id: b, category: physical-access, site: dc, text: {de: "Alarmanlage", en: "Alarm system"}}
        - {id: c, category: system-access, text: {de: "Passwortregeln", en: "Password rules"}}
      lint: {REV-001: off}
      """;

  private static Catalogue load(String yaml) {
    LoadResult r = TOM.loadString(yaml, "c.yaml");
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    return r.orElseThrow();
  }

  private static CatalogueDiff diff(String from, String to) {
    return TOM.diff(load(from), load(to));
  }

  @Test
  void sameCatalogueHasNoChanges() {
    CatalogueDiff d = diff(BASE, BASE);
    assertTrue(d.isEmpty());
    assertTrue(d.reductions().isEmpty());
    assertTrue(d.diagnostics().isEmpty());
    assertTrue(TOM.renderChanges(d, Format.MARKDOWN, "de").contains("Keine Änderungen"));
    assertTrue(TOM.renderChanges(d, Format.MARKDOWN, "en").contains("No changes since version 1"));
  }

  @Test
  void addedMeasureIsNoReduction() {
    CatalogueDiff d =
        diff(
            BASE,
            BASE.replace(
                "lint:",
                "  - {id: d, category: personnel, text: {de: \"Schulung\", en: \"Training\"}}\nlint:"));
    Item added = d.items(Kind.MEASURE).get(0);
    assertEquals(new Item(Kind.MEASURE, "d", Type.ADDED, List.of(), List.of()), added);
    assertTrue(d.reductions().isEmpty());
  }

  @Test
  void removedMeasureIsAnUnrecordedReduction() {
    String to =
        BASE.replace(
            "  - {id: c, category: system-access, text: {de: \"Passwortregeln\", en: \"Password rules\"}}\n",
            "");
    CatalogueDiff d = diff(BASE, to);
    assertEquals(
        List.of(new Item(Kind.MEASURE, "c", Type.REMOVED, List.of(), List.of())), d.items());
    assertEquals(ReductionKind.MEASURE_REMOVED, d.reductions().get(0).kind());
    Diagnostic diag = d.diagnostics().get(0);
    assertEquals("DIFF-001", diag.rule());
    assertEquals(Severity.ERROR, diag.severity());
    assertTrue(
        diag.fullMessage().contains("measure 'c' was removed since version 1"), diag.fullMessage());
  }

  @Test
  void aLogEntryRecordsTheReduction() {
    String to =
        BASE.replace(
                "  - {id: c, category: system-access, text: {de: \"Passwortregeln\", en: \"Password rules\"}}\n",
                "")
            + "changes:\n  - {version: \"2\", date: 2026-03-01, measure: c,"
            + " reason: {de: \"Ersetzt durch MFA.\", en: \"Replaced by MFA.\"}}\n";
    CatalogueDiff d = diff(BASE, to);
    assertEquals(1, d.reductions().size());
    assertTrue(d.reductions().get(0).recordedBy().isPresent());
    assertTrue(d.diagnostics().isEmpty());
    assertTrue(TOM.renderChanges(d, Format.MARKDOWN, "en").contains("Replaced by MFA."));
  }

  @Test
  void anEntryOlderThanTheBaselineDoesNotRecordIt() {
    String to =
        BASE.replace(
                "  - {id: c, category: system-access, text: {de: \"Passwortregeln\", en: \"Password rules\"}}\n",
                "")
            + "changes:\n  - {version: \"0.9\", date: 2025-12-01, measure: c,"
            + " reason: {de: \"Alt.\", en: \"Old.\"}}\n";
    CatalogueDiff d = diff(BASE, to);
    assertEquals(1, d.unrecorded().size());
    assertEquals("DIFF-001", d.diagnostics().get(0).rule());
  }

  @Test
  void anEntryForAnotherKindDoesNotRecordIt() {
    String to =
        BASE.replace(
                    "certificates:\n  - {id: iso, title: {de: \"ISO 27001\", en: \"ISO 27001\"},"
                        + " standard: ISO/IEC 27001, valid-until: 2027-01-01}\n",
                    "")
                .replace(", certificates: [iso]", "")
            + "changes:\n  - {version: \"2\", date: 2026-03-01, measure: iso,"
            + " reason: {de: \"x\", en: \"x\"}}\n";
    CatalogueDiff d = diff(BASE, to);
    assertEquals(List.of("DIFF-003"), d.diagnostics().stream().map(Diagnostic::rule).toList());
    Item a = d.items(Kind.MEASURE).get(0);
    assertEquals(
        Optional.of(new Field("certificates", Optional.of("iso"), Optional.empty())),
        a.field("certificates"));
  }

  @Test
  void statusLoweredIsAReductionAtTheMeasure() {
    String to =
        BASE.replace(
            "{id: b, category: physical-access,",
            "{id: b, status: planned, due: 2026-12-31, category: physical-access,");
    CatalogueDiff d = diff(BASE, to);
    Item b = d.items(Kind.MEASURE).get(0);
    assertEquals(Type.CHANGED, b.type());
    assertEquals(
        new Field("status", Optional.of("implemented"), Optional.of("planned")),
        b.field("status").orElseThrow());
    assertEquals(
        new Field("due", Optional.empty(), Optional.of("2026-12-31")),
        b.field("due").orElseThrow());
    Diagnostic diag = d.diagnostics().get(0);
    assertEquals("DIFF-002", diag.rule());
    assertEquals(17, diag.location().line());
    // planned to implemented is an improvement, not a reduction
    assertTrue(diff(to, BASE).reductions().isEmpty());
  }

  @Test
  void fieldsOfMeasuresCertificatesSitesAndTheDocument() {
    String to =
        BASE.replace("version: \"1\"", "version: \"2\"")
            .replace("effective: 2026-01-15", "effective: 2026-06-01")
            .replace("name: Example GmbH", "name: Example SE")
            .replace("interval: P1Y", "interval: P6M")
            .replace("tom: 1\n", "tom: 1\nlayout: gdpr-art32\n")
            .replace("valid-until: 2027-01-01", "valid-until: 2028-01-01")
            .replace("kind: datacenter", "kind: cloud")
            .replace("{id: sp, name: Sub GmbH}", "{id: sp, name: Sub AG}")
            .replace("category: system-access", "category: data-access")
            .replace("site: dc, ", "");
    CatalogueDiff d = diff(BASE, to);
    Item doc = d.items(Kind.DOCUMENT).get(0);
    assertEquals(
        List.of("version", "effective", "processor.name", "review.interval", "layout"),
        doc.fields().stream().map(Field::name).toList());
    assertEquals(Optional.of("gdpr-art32"), doc.field("layout").orElseThrow().after());
    assertEquals(
        Optional.of("2028-01-01"),
        d.items(Kind.CERTIFICATE).get(0).field("valid-until").orElseThrow().after());
    assertEquals(
        Optional.of("cloud"), d.items(Kind.SITE).get(0).field("kind").orElseThrow().after());
    assertEquals(
        Optional.of("Sub AG"),
        d.items(Kind.SUBPROCESSOR).get(0).field("name").orElseThrow().after());
    List<Item> measures = d.items(Kind.MEASURE);
    assertEquals(Optional.of("dc"), measures.get(0).field("site").orElseThrow().before());
    assertEquals(
        Optional.of("data-access"), measures.get(1).field("category").orElseThrow().after());
    assertTrue(d.reductions().isEmpty());
    String en = TOM.renderChanges(d, Format.MARKDOWN, "en");
    assertTrue(en.contains("Review interval: 1 year → 6 months"), en);
    assertTrue(en.contains("Valid until: 1 January 2027 → 1 January 2028"), en);
    assertTrue(en.contains("Category: System access control → Data access control"), en);
  }

  @Test
  void textChangesPerLanguageWithWords() {
    String to =
        BASE.replace(
            "de: \"Alarmanlage\", en: \"Alarm system\"",
            "de: \"Alarmanlage mit Aufschaltung\", en: \"Alarm system\"");
    Item b = diff(BASE, to).items(Kind.MEASURE).get(0);
    assertEquals(1, b.texts().size(), "only the German text changed");
    CatalogueDiff.TextChange t = b.texts().get(0);
    assertEquals("de", t.language());
    assertEquals(
        List.of(new Words(Edit.KEEP, "Alarmanlage"), new Words(Edit.INSERT, " mit Aufschaltung")),
        t.words());
  }

  @Test
  void wordDiffOfMarkdownIsOnItsPlainText() {
    String to = BASE.replace("de: \"Passwortregeln\"", "de: \"*Strenge* Passwortregeln\"");
    CatalogueDiff.TextChange t = diff(BASE, to).items(Kind.MEASURE).get(0).texts().get(0);
    assertEquals(Optional.of("*Strenge* Passwortregeln"), t.after());
    assertEquals(
        List.of(new Words(Edit.INSERT, "Strenge "), new Words(Edit.KEEP, "Passwortregeln")),
        t.words());
  }

  @Test
  void wordsAreWhatAReaderSeesAsWords() {
    assertEquals(
        List.of(
            new Words(Edit.KEEP, "audit period "),
            new Words(Edit.DELETE, "2025-07-01"),
            new Words(Edit.INSERT, "2026-01-01"),
            new Words(Edit.KEEP, " to "),
            new Words(Edit.DELETE, "2025-12-31"),
            new Words(Edit.INSERT, "2026-06-30"),
            new Words(Edit.KEEP, ", type 2")),
        io.github.tomannex.tom.internal.diff.WordDiff.diff(
            "audit period 2025-07-01 to 2025-12-31, type 2",
            "audit period 2026-01-01 to 2026-06-30, type 2"));
    // changed words with the space between them read as one deletion and one insertion
    assertEquals(
        List.of(
            new Words(Edit.KEEP, "with "),
            new Words(Edit.DELETE, "an authenticator app"),
            new Words(Edit.INSERT, "FIDO2 security keys")),
        io.github.tomannex.tom.internal.diff.WordDiff.diff(
            "with an authenticator app", "with FIDO2 security keys"));
    assertEquals(
        List.of(
            new Words(Edit.KEEP, "collected in a SIEM"),
            new Words(Edit.INSERT, " and reviewed daily"),
            new Words(Edit.KEEP, ".")),
        io.github.tomannex.tom.internal.diff.WordDiff.diff(
            "collected in a SIEM.", "collected in a SIEM and reviewed daily."));
    assertEquals(
        List.of(new Words(Edit.INSERT, "new")),
        io.github.tomannex.tom.internal.diff.WordDiff.diff("", "new"));
    assertEquals(List.of(), io.github.tomannex.tom.internal.diff.WordDiff.diff("", ""));
  }

  @Test
  void theJsonExportReadsBackAsTheSameCatalogue() throws java.io.IOException {
    java.nio.file.Path file = GoldenFiles.root().resolve("golden/custom-layout/catalogue.yaml");
    Catalogue original = ChangesGoldenTest.load(file);
    String export = TOM.render(original, Format.JSON, "en");
    LoadResult back = TOM.loadString(export, "annex.json");
    assertFalse(back.hasErrors(), () -> back.diagnostics().toString());
    Catalogue c = back.orElseThrow();
    assertEquals(original.layout().id(), c.layout().id(), "a layout of its own keeps its id");
    assertTrue(c.layout().sections().isEmpty(), "but not its sections: they are not exported");
    assertEquals(
        original.measures().stream().map(m -> m.text().values()).toList(),
        c.measures().stream().map(m -> m.text().values()).toList());
    assertEquals(original.document().title().values(), c.document().title().values());
    assertTrue(TOM.diff(original, c).items().isEmpty(), "nothing a reader sees differs");
  }

  @Test
  void anExportOfAnotherVersionIsAnError() {
    LoadResult r = TOM.loadString("{\"tom\": 1, \"export\": 2}", "annex.json");
    assertTrue(r.hasErrors());
    Diagnostic d =
        r.diagnostics().stream()
            .filter(x -> x.rule().equals("SCHEMA-008"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.diagnostics()));
    assertEquals("annex.json:1:22", d.location().toString());
    assertTrue(d.message().contains("unknown export version"), d.message());
  }

  /** A catalogue of n measures; {@code variant} changes every text and drops every third. */
  private static String many(int n, boolean variant) {
    StringBuilder sb = new StringBuilder(BASE.substring(0, BASE.indexOf("measures:")));
    sb.append("measures:\n");
    for (int i = 0; i < n; i++) {
      if (variant && i % 3 == 0) {
        continue;
      }
      sb.append("  - {id: m")
          .append(i)
          .append(", category: encryption, text: {de: \"Daten ")
          .append(i)
          .append(variant ? " sind verschlüsselt.\"" : " sind geschützt.\"")
          .append(", en: \"Data ")
          .append(i)
          .append(" are protected.\"}}\n");
    }
    return sb.append("lint: {REV-001: off}\n").toString();
  }

  @Test
  @Timeout(60)
  void largeDiffsStayLinear() {
    // a hang guard, not a benchmark: 20,000 measures, every text changed, a third removed
    CatalogueDiff d = diff(many(20_000, false), many(20_000, true));
    assertEquals(20_000, d.items(Kind.MEASURE).size());
    assertEquals(6_667, d.unrecorded().size());
    String md = TOM.renderChanges(d, Format.MARKDOWN, "de");
    assertTrue(md.contains("~~geschützt~~**verschlüsselt**"));
    assertTrue(TOM.renderChanges(d, Format.JSON, "de").length() > md.length());
  }

  /** The notice's Markdown as GitHub reads it: CommonMark with strikethrough. */
  private static String asGfm(String markdown) {
    var ext = List.of(org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create());
    return org.commonmark.renderer.html.HtmlRenderer.builder()
        .extensions(ext)
        .build()
        .render(org.commonmark.parser.Parser.builder().extensions(ext).build().parse(markdown));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "Logs are reviewed daily|Logs are reviewed daily.|<del>daily</del><strong>daily.</strong>",
        "Apply to A, B and C|Apply to A; B and C|<del>A,</del><strong>A;</strong>",
        "Roles (admin) apply|Roles (admin, user) apply|<del>(admin</del><strong>(admin, user</strong>) apply",
        "Done by admins.|Done by staff.|<del>admins</del><strong>staff</strong>.",
        "a-b|a-b-c|<del>a-b</del><strong>a-b-c</strong>",
        "x|y|<del>x</del><strong>y</strong>"
      })
  void markdownMarkersReadAsStruckAndStrong(String before, String after, String expected) {
    String to = BASE.replace("en: \"Password rules\"", "en: \"" + after + "\"");
    String from = BASE.replace("en: \"Password rules\"", "en: \"" + before + "\"");
    String md = TOM.renderChanges(diff(from, to), Format.MARKDOWN, "en");
    String html = asGfm(md);
    assertFalse(html.contains("**") || html.contains("~~"), md);
    assertTrue(html.contains(expected), html);
  }

  @Test
  void aChangeInAnotherLanguageOnlyIsNotShown() {
    String to = BASE.replace("en: \"Password rules\"", "en: \"Password policy\"");
    CatalogueDiff d = diff(BASE, to);
    String de = TOM.renderChanges(d, Format.MARKDOWN, "de");
    assertTrue(de.contains("Keine Änderungen gegenüber Version 1."), de);
    String en = TOM.renderChanges(d, Format.MARKDOWN, "en");
    assertTrue(en.contains("~~rules~~**policy**"), en);
  }

  @Test
  void aWeakenedMeasureShowsItsOtherChanges() {
    String to =
        BASE.replace(
            "{id: c, category: system-access, text: {de: \"Passwortregeln\"",
            "{id: c, status: planned, due: 2027-01-01, category: data-access,"
                + " text: {de: \"Schwache Passwortregeln\"");
    String md = TOM.renderChanges(diff(BASE, to), Format.MARKDOWN, "de");
    assertTrue(md.contains("**Nicht mehr umgesetzt:** **Schwache** Passwortregeln"), md);
    assertTrue(md.contains("Kategorie: Zugangskontrolle → Zugriffskontrolle"), md);
    assertTrue(md.contains("Status: umgesetzt → geplant"), md);
    assertTrue(md.contains("Geplant bis: (ohne) → 01.01.2027"), md);
  }

  @Test
  void anEntryOfTheBaselinesOwnVersionDoesNotRecordALaterReduction() {
    String v2 =
        BASE.replace("version: \"1\"", "version: \"2\"")
            + "changes:\n  - {version: \"1\", date: 2026-01-15, measure: c,"
            + " reason: {de: \"Alt.\", en: \"Old.\"}}\n";
    String v3 =
        v2.replace("version: \"2\"", "version: \"3\"")
            .replace(
                "  - {id: c, category: system-access, text: {de: \"Passwortregeln\", en: \"Password rules\"}}\n",
                "");
    // baseline version 1 effective 2026-01-15: an entry of version 1 is the baseline's own
    assertEquals("DIFF-001", diff(BASE, v3).diagnostics().get(0).rule());
  }

  @Test
  void aYamlCatalogueWithAnExportKeyIsNotAnExport() {
    LoadResult r = TOM.loadString(BASE + "export: 1\n", "c.yaml");
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(
                d -> d.rule().equals("SCHEMA-001") && d.message().contains("unknown key 'export'")),
        () -> r.diagnostics().toString());
  }

  @Test
  void theDiffsOwnJsonIsNamedWhenGivenAsACatalogue() {
    String json = TOM.renderChanges(diff(BASE, BASE), Format.JSON, "de");
    LoadResult r = TOM.loadString(json, "changes.json");
    assertEquals(1, r.diagnostics().size(), () -> r.diagnostics().toString());
    assertTrue(r.diagnostics().get(0).message().contains("is the JSON of a change notice"));
  }

  @Test
  void anExportInALanguageOfItsOwnReadsBack() {
    // a language tom has no words in: the catalogue gives every label (LANG-003 otherwise)
    StringBuilder labels = new StringBuilder();
    for (String key : Labels.standard().keys()) {
      if (!key.startsWith("month.")) {
        labels
            .append("    ")
            .append(key)
            .append(": \"fr ")
            .append(key)
            .append(key.equals("date") ? " {yyyy}-{mm}-{dd}" : "")
            .append("\"\n");
      }
    }
    String fr =
        """
        tom: 1
        document:
          title: "Mesures techniques et organisationnelles"
          version: "1"
          effective: 2026-01-15
          languages: [fr]
          processor: {name: Exemple SAS}
        review: {interval: P1Y, last: 2026-01-10}
        layout:
          sections:
            - {id: chiffrement, title: "Chiffrement", categories: [encryption]}
          other: {title: "Autres mesures"}
          labels:
        """
            + labels
            + """
        measures:
          - {id: a, category: encryption, text: "Les données sont chiffrées."}
        changes:
          - {version: "1", date: 2026-01-10, measure: b, reason: "Remplacée."}
        lint: {REV-001: off}
        """;
    Catalogue c = load(fr);
    LoadResult back = TOM.loadString(TOM.render(c, Format.JSON, "fr"), "annex.json");
    assertFalse(back.hasErrors(), () -> back.diagnostics().toString());
    assertTrue(TOM.diff(c, back.orElseThrow()).isEmpty());
    // without its history title in French, a catalogue with a changes: log is incomplete
    LoadResult noTitle = TOM.loadString(fr.replace("    history: \"fr history\"\n", ""), "c.yaml");
    assertTrue(
        noTitle.diagnostics().stream()
            .anyMatch(
                d ->
                    d.rule().equals("LANG-001")
                        && d.message().contains("the change history has no 'fr' title")),
        () -> noTitle.diagnostics().toString());
  }

  @Test
  void noticeNeedsALanguageOfTheCurrentCatalogue() {
    CatalogueDiff d = diff(BASE, BASE);
    assertThrows(IllegalArgumentException.class, () -> TOM.renderChanges(d, Format.MARKDOWN, "fr"));
  }

  @Test
  @Timeout(20)
  void hugeTextsDiffInBoundedTime() {
    // 60,000 words over short lines; a changed start and end leave a middle of 120,000
    // tokens on each side: far beyond the table, so one deletion and one insertion
    String words = ("wort ".repeat(1000) + "\n    ").repeat(60);
    String a = BASE.replace("de: \"Passwortregeln\"", "de: \"alpha " + words + "omega\"");
    String b = BASE.replace("de: \"Passwortregeln\"", "de: \"beta " + words + "gamma\"");
    CatalogueDiff.TextChange t = diff(a, b).items(Kind.MEASURE).get(0).texts().get(0);
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (Words w : t.words()) {
      if (w.edit() != Edit.INSERT) {
        before.append(w.text());
      }
      if (w.edit() != Edit.DELETE) {
        after.append(w.text());
      }
    }
    assertEquals(
        io.github.tomannex.tom.internal.diff.Differ.plain(t.before().orElseThrow()),
        before.toString());
    assertEquals(
        io.github.tomannex.tom.internal.diff.Differ.plain(t.after().orElseThrow()),
        after.toString());
  }
}
