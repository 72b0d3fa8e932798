package io.github.tomannex.tom.internal.bind;

/**
 * A catalogue that gives every key of every entity of the key tables ({@link Entity}); each free
 * value (text, name, string) holds the marker {@code [entity.key]}, so a test can tell where a
 * value went. The tests of what is derived from the tables share it. Add a new key here, with its
 * marker: {@code ContextKeysTest} fails until it is.
 */
public final class AllKeys {
  private AllKeys() {}

  /** The catalogue. */
  public static final String YAML =
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
          date: 2025-12-01
          scc:
            decision: 2021/914
            module: 2
            annex: II
        url: https://example.org/tom
        preamble: {de: "Vorwort [document.preamble]", en: "Preamble [document.preamble]"}
        closing: {de: "Schluss [document.closing]", en: "Closing [document.closing]"}
        equally-binding: true
        acceptance: true
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
          transfer: {de: "Angemessenheit [subprocessor.transfer]", en: "Adequacy [subprocessor.transfer]"}
          notice-period: P30D
      sites:
        - id: fra
          name: {de: "RZ [site.name]", en: "DC [site.name]"}
          kind: datacenter
          location: "Frankfurt [site.location]"
          operator: dc
      certificates:
        - id: iso
          title: {de: "ISO [certificate.title]", en: "ISO [certificate.title]"}
          standard: "ISO/IEC 27001:2022 [certificate.standard]"
          number: "C-1 [certificate.number]"
          issuer: "TÜV [certificate.issuer]"
          holder: dc
          site: fra
          scope: [fra]
          valid-from: 2024-01-02
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

  /** The layout of {@link #YAML}, replaced by {@link #withLayout}. */
  static final String BUILT_IN_LAYOUT = "layout: de-classic\n";

  /** A layout of the catalogue's own that gives every key of its entities. */
  public static final String OWN_LAYOUT =
      """
      layout:
        numbering: [roman, arabic, nested]
        sections:
          - id: s1
            title: {de: "Abschnitt [section.title]", en: "Section [section.title]"}
            intro: {de: "Einleitung [section.intro]", en: "Intro [section.intro]"}
            categories: [physical-access]
            style: list
            group-by: site-kind
            groups:
              datacenter: {de: "Rechenzentren", en: "Data centres"}
            certificates: true
            subprocessors: true
            review: true
            omit-if-empty: false
            sections:
              - id: s2
                title: {de: "Unterabschnitt", en: "Subsection"}
        other:
          title: {de: "Weitere [other.title]", en: "Further [other.title]"}
          intro: {de: "Weiteres [other.intro]", en: "More [other.intro]"}
        labels:
          certificate: {de: "Nachweis", en: "Evidence"}
      """;

  /** A layout that extends a built-in one and gives every key of its entities. */
  public static final String EXTENDED_LAYOUT =
      """
      layout:
        extends: de-classic
        overrides:
          separation:
            title: {de: "Trennung [sectionOverride.title]", en: "Separation [sectionOverride.title]"}
            intro: {de: "Getrennt [sectionOverride.intro]", en: "Separate [sectionOverride.intro]"}
            categories: [purpose-separation]
            add-categories: [pseudonymisation]
            style: list
            group-by: none
            groups:
              office: {de: "Büros", en: "Offices"}
            certificates: false
            subprocessors: false
            review: false
            omit-if-empty: false
        numbering: [roman, arabic, nested]
        other:
          title: {de: "Weitere [other.title]", en: "Further [other.title]"}
          intro: {de: "Weiteres [other.intro]", en: "More [other.intro]"}
        labels:
          certificate: {de: "Nachweis", en: "Evidence"}
      """;

  /** {@link #YAML} with another layout. */
  public static String withLayout(String layout) {
    if (!YAML.contains(BUILT_IN_LAYOUT)) {
      throw new IllegalStateException("the catalogue lost its layout line");
    }
    return YAML.replace(BUILT_IN_LAYOUT, layout);
  }

  /** The marker a free value of a key holds. */
  public static String marker(Entity e, Key k) {
    return "[" + e.what() + "." + k.name() + "]";
  }

  /**
   * How far the keys of an entity are indented in {@link #YAML}; -1 for the entities of a layout
   * mapping, which {@link #OWN_LAYOUT} and {@link #EXTENDED_LAYOUT} give.
   */
  public static int indent(Entity e) {
    return switch (e) {
      case TOP -> 0;
      case DOCUMENT, REVIEW -> 2;
      case PROCESSOR, AGREEMENT, SUBPROCESSOR, SITE, CERTIFICATE, MEASURE, CHANGE -> 4;
      case SCC -> 6;
      case SECTION, SECTION_OVERRIDE, OTHER, LAYOUT_EXTENSION, OWN_LAYOUT -> -1;
    };
  }
}
