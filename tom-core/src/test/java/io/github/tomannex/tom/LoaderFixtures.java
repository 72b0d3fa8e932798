package io.github.tomannex.tom;

import java.util.List;
import java.util.stream.Collectors;

/** What the loader tests share: an engine at a fixed date, a small valid catalogue, dumps. */
final class LoaderFixtures {
  private LoaderFixtures() {}

  static final String SOURCE = "catalogue.yaml";

  /** The engine, as of 1 February 2026. */
  static final Tom TOM =
      Tom.builder()
          .clock(DiagnosticFixturesTest.clockAt(java.time.LocalDate.of(2026, 2, 1)))
          .build();

  /** A valid two-language catalogue with extra keys of the processor and a measure's text. */
  static String catalogue(String processorExtra, String measureText) {
    return "tom: 1\n"
        + "document:\n"
        + "  title: {de: \"TOM\", en: \"TOM\"}\n"
        + "  version: \"1\"\n"
        + "  effective: 2026-01-15\n"
        + "  languages: [de, en]\n"
        + "  processor:\n"
        + "    name: Beispiel GmbH\n"
        + processorExtra
        + "review:\n"
        + "  interval: P1Y\n"
        + "  last: 2026-01-10\n"
        + "measures:\n"
        + "  - id: enc-tls\n"
        + "    category: encryption\n"
        + "    text: "
        + measureText
        + "\n";
  }

  static String valid() {
    return catalogue("", "{de: \"TLS 1.3.\", en: \"TLS 1.3.\"}");
  }

  static List<Diagnostic> errors(LoadResult r) {
    return r.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .collect(Collectors.toList());
  }

  static String dump(LoadResult r) {
    return r.diagnostics().stream()
        .map(Diagnostic::format)
        .collect(Collectors.joining("\n", "\n", ""));
  }
}
