package io.github.tomannex.tom.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderOptions;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Tom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SaaS sample's sub-processor list names one outside the EEA with its transfer mechanism, and
 * its change notice against the released 2026.1 opens with the Art. 28(2) block and the objection
 * date (effective 1 October 2026 + 30 days).
 */
class SaasSubprocessorsTest {
  private static final Path BASE = Path.of(System.getProperty("tom.samples.basedir", "."));

  /** Structure only, as the plugin reads a baseline: the sample's dates are not kept current. */
  private static Tom structureOnly() {
    Tom.Builder b = Tom.builder();
    for (Rule r : Rule.all()) {
      if (r.configurable()) {
        b.ruleSeverity(r.id(), RuleLevel.OFF);
      }
    }
    return b.build();
  }

  @Test
  void theNoticeOpensWithTheChangeOfSubprocessorsAndTheObjectionDate() {
    Tom tom = structureOnly();
    Catalogue released =
        tom.load(BASE.resolve("src/tom/released/saas-en-2026.1.yaml")).orElseThrow();
    Catalogue current = tom.load(BASE.resolve("src/tom/saas-en.yaml")).orElseThrow();
    CatalogueDiff diff = tom.diff(released, current);
    String md = tom.renderChanges(diff, Format.MARKDOWN, "en");
    int block = md.indexOf("\n## Change of sub-processors (Art. 28(2) GDPR)\n");
    assertTrue(block > 0 && md.indexOf("\n## ") == block, md);
    assertTrue(
        md.contains("- **Added:** Example Translate Inc. – Machine translation of ticket texts"),
        md);
    assertTrue(
        md.contains(
            "This version (as of 1 October 2026) announces the change; new or changed"
                + " sub-processors are engaged only after the notice period (30 days) has ended."
                + " The controller may object until 31 October 2026 (Art. 28(2) GDPR)."),
        md);
    // every new sub-processor has its notice period: no DIFF-004
    assertTrue(
        diff.diagnostics().stream().map(Diagnostic::rule).noneMatch("DIFF-004"::equals),
        diff.diagnostics().toString());

    OutputFormat markdown = Format.MARKDOWN.outputFormat();
    String list =
        new String(
            markdown.renderSubprocessors(current, "en", RenderOptions.defaults()),
            StandardCharsets.UTF_8);
    // the SaaS sample serves the 2021/915 clauses: their Annex III holds the measures, Annex IV
    // lists the sub-processors
    assertTrue(list.startsWith("# Annex IV – List of sub-processors\n"), list);
    assertTrue(
        list.contains(
            "- Transfer to third countries (Chapter V GDPR): Standard contractual clauses"
                + " (Decision (EU) 2021/914), module 3 (processor to processor)"),
        list);
  }
}
