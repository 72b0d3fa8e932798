package io.github.tomannex.tom.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.Diagnostics;
import io.github.tomannex.tom.internal.bind.CatalogueBinder;
import io.github.tomannex.tom.internal.bind.Entity;
import io.github.tomannex.tom.internal.bind.Key;
import io.github.tomannex.tom.internal.bind.Layouts;
import io.github.tomannex.tom.internal.yaml.Node;
import io.github.tomannex.tom.internal.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word rules read every free value of a catalogue that its key table says they read
 * ({@link Key#words()}), and none that it says they do not: a key added to a table without
 * adding it to {@link Context#allTexts()} fails here instead of being skipped silently.
 */
class ContextKeysTest {
  /**
   * A catalogue that gives every key of every entity; each free value holds the marker
   * {@code [entity.key]}. Add a new key here with its marker.
   */
  static final String ALL_KEYS =
      """
      tom: 1
      document:
        title: {de: "Titel [document.title]", en: "Title [document.title]"}
        label: {de: "Anlage [document.label]", en: "Annex [document.label]"}
        version: "1 [document.version]"
        effective: 2026-01-01
        languages: [de, en]
        processor:
          name: "Example GmbH [processor.name]"
          address: "Street 1 [processor.address]"
          contact: {de: "Kontakt [processor.contact]", en: "Contact [processor.contact]"}
        agreement:
          title: {de: "Vertrag [agreement.title]", en: "Agreement [agreement.title]"}
          reference: "R-1 [agreement.reference]"
        url: https://example.org/tom
        preamble: {de: "Vorwort [document.preamble]", en: "Preamble [document.preamble]"}
        closing: {de: "Schluss [document.closing]", en: "Closing [document.closing]"}
      review:
        interval: P1Y
        last: 2026-01-01
        statement: {de: "Prüfung [review.statement]", en: "Review [review.statement]"}
      layout: de-classic
      subprocessors:
        - id: dc
          name: "DC GmbH [subprocessor.name]"
          service: {de: "Betrieb [subprocessor.service]", en: "Operation [subprocessor.service]"}
          location: "Frankfurt [subprocessor.location]"
      sites:
        - id: fra
          name: {de: "RZ [site.name]", en: "DC [site.name]"}
          kind: datacenter
          operator: dc
      certificates:
        - id: iso
          title: {de: "ISO [certificate.title]", en: "ISO [certificate.title]"}
          standard: "ISO/IEC 27001:2022 [certificate.standard]"
          number: "C-1 [certificate.number]"
          issuer: "TÜV [certificate.issuer]"
          holder: dc
          site: fra
          valid-until: 2027-01-01
      measures:
        - id: m1
          category: physical-access
          text: {de: "Alarm [measure.text]", en: "Alarm [measure.text]"}
          site: fra
          type: technical
          status: planned
          due: 2026-06-30
          reason: {de: "Grund [measure.reason]", en: "Reason [measure.reason]"}
          certificates: [iso]
      changes:
        - version: "0 [change.version]"
          date: 2026-01-01
          measure: m0
          reason: {de: "Entfallen [change.reason]", en: "Removed [change.reason]"}
        - version: "0"
          date: 2026-01-01
          certificate: c0
          reason: {de: "Entfallen", en: "Removed"}
      lint:
        SPEC-002: off
      """;

  private static String marker(Entity e, Key k) {
    return "[" + e.what() + "." + k.name() + "]";
  }

  @Test
  void theWordRulesReadEveryFreeValueTheTablesDeclare() {
    Diagnostics diags = new Diagnostics();
    Node root = new YamlReader(1 << 20)
        .read(ALL_KEYS.getBytes(StandardCharsets.UTF_8), "all-keys.yaml", diags).orElseThrow();
    CatalogueBinder.Bound bound =
        new CatalogueBinder(diags, Layouts.standard(), "all-keys.yaml").bind(root);
    assertFalse(diags.hasErrors(), diags.sorted().toString());
    Catalogue c = bound.catalogue().orElseThrow();
    Context ctx = new Context(c, LocalDate.of(2026, 1, 1), Words.standard(),
        new Locator(bound, bound.root()), Taxonomy.standard(), diags);
    List<String> read = new ArrayList<>();
    for (Context.Item item : ctx.allTexts()) {
      read.addAll(item.text().values().values());
    }
    int free = 0;
    for (Entity e : Entity.values()) {
      for (Key k : e.keys()) {
        assertTrue(("\n" + ALL_KEYS).contains("\n" + " ".repeat(indent(e)) + k.name() + ":")
                || ALL_KEYS.contains("- " + k.name() + ":"),
            "the fixture does not give " + e.what() + "." + k.name() + "; add it");
        if (!k.kind().isFree()) {
          continue;
        }
        free++;
        String marker = marker(e, k);
        assertTrue(ALL_KEYS.contains(marker), "the fixture has no value " + marker);
        boolean seen = read.stream().anyMatch(v -> v.contains(marker));
        assertEquals(k.words(), seen, e.what() + "." + k.name() + (k.words()
            ? " is declared as read by the word rules, but Context.allTexts() skips it"
            : " is declared as not read by the word rules, but Context.allTexts() has it"));
      }
    }
    assertTrue(free >= 20, "expected the free values of the tables, got " + free);
  }

  /** How far the keys of an entity are indented in the fixture. */
  private static int indent(Entity e) {
    return switch (e) {
      case TOP -> 0;
      case DOCUMENT, REVIEW -> 2;
      case PROCESSOR, AGREEMENT, SUBPROCESSOR, SITE, CERTIFICATE, MEASURE, CHANGE -> 4;
    };
  }
}
