package io.github.tomannex.tom.bench;

import io.github.tomannex.tom.Taxonomy;
import java.util.List;

/**
 * Synthetic catalogues of any size: two languages, every category, sites with operators,
 * certificates, and measure texts of a realistic length with a little Markdown. The last review is
 * a month before the run, so the review rules find nothing to stop at.
 */
public final class Catalogues {
  private Catalogues() {}

  /** A valid catalogue of {@code measures} measures, as YAML. */
  public static String generate(int measures) {
    List<String> categories = Taxonomy.standard().ids();
    StringBuilder sb = new StringBuilder(measures * 420 + 4096);
    sb.append(
        """
        tom: 1
        document:
          label: {de: "Anlage 2", en: "Annex 2"}
          title: {de: "Technische und organisatorische Maßnahmen", en: "Technical and organisational measures"}
          version: "1.0"
          effective: 2026-01-01
          languages: [de, en]
          processor:
            name: Benchmark GmbH
            address: {de: "Musterweg 1, 10115 Berlin", en: "Musterweg 1, 10115 Berlin, Germany"}
          url: https://example.org/tom
        review:
          interval: P1Y
          last: %s
          statement: {de: "Die Maßnahmen werden jährlich geprüft.", en: "The measures are reviewed every year."}
        subprocessors:
          - {id: dc, name: Rechenzentrum AG, service: {de: Colocation, en: Colocation}}
        sites:
          - {id: fra, name: {de: Frankfurt, en: Frankfurt}, kind: datacenter, operator: dc}
          - {id: ber, name: {de: Berlin, en: Berlin}, kind: office}
        certificates:
          - {id: iso, title: {de: "ISO/IEC 27001:2022 Rechenzentrum", en: "ISO/IEC 27001:2022 data centre"}, standard: "ISO/IEC 27001:2022", holder: dc, site: fra, valid-until: 2028-01-01}
        measures:
        """
            .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(1)));
    for (int i = 0; i < measures; i++) {
      String category = categories.get(i % categories.size());
      sb.append("  - id: m-")
          .append(i)
          .append('\n')
          .append("    category: ")
          .append(category)
          .append('\n');
      if (category.equals("physical-access")) {
        sb.append("    site: ").append(i % 2 == 0 ? "fra" : "ber").append('\n');
      }
      sb.append("    text:\n")
          .append("      de: \"Maßnahme ")
          .append(i)
          .append(
              ": Zugriffe auf **personenbezogene Daten**"
                  + " werden protokolliert, die Protokolle 90 Tage aufbewahrt und monatlich von der"
                  + " Informationssicherheit ausgewertet.\"\n")
          .append("      en: \"Measure ")
          .append(i)
          .append(
              ": access to **personal data** is logged;"
                  + " the logs are kept for 90 days and reviewed every month by information"
                  + " security.\"\n");
    }
    return sb.toString();
  }
}
