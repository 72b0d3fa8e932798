package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.Diagnostics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs the lint rules on a structurally valid catalogue. Each rule runs at its configured
 * severity, or not at all when switched off. Thread-safe: the rules are stateless.
 */
public final class Lint {
  /** Configurable rules that run elsewhere: COV-007 is reported by the validator. */
  public static final List<String> ELSEWHERE = List.of("COV-007");

  static final List<LintRule> RULES = List.of(
      new MetaRules.TitleNamesArt32(),
      new MetaRules.ProcessorAddress(),
      new MetaRules.AgreementReference(),
      new MetaRules.EffectiveInFuture(),
      new MetaRules.PublishedUrl(),
      new MetaRules.LinkOnly(),
      new ReviewRules.Overdue(),
      new ReviewRules.LongInterval(),
      new ReviewRules.ChangeClause(),
      new ReviewRules.LastInFuture(),
      new ReviewRules.DueSoon(),
      new ReviewRules.PlannedPastDue(),
      new CoverageRules.Art32Points(),
      new CoverageRules.EmptySections(),
      new CoverageRules.BackupDetails(),
      new CoverageRules.PatchManagement(),
      new CoverageRules.SitePhysicalAccess(),
      new TextRules.WordRule("SPEC-001", "placeholders", true, false,
          "holds the placeholder %s", "write the actual text"),
      new TextRules.WordRule("SPEC-002", "hedges", false, false,
          "hedges with %s; a measure states what is done, not examples or conditions",
          "name what is actually done, without examples or conditions"),
      new TextRules.WordRule("SPEC-003", "law-restatements", false, false,
          "restates the law with %s instead of describing a measure",
          "name the mechanism, product or parameter"),
      new TextRules.EncryptionParameters(),
      new TextRules.SameTextInCategories(),
      new TextRules.CategoryMismatch(),
      new TextRules.WordRule("OLD-001", "repealed-references", true, true,
          "refers to %s, from repealed law (the BDSG before 2018, Directive 95/46/EC)",
          "refer to the GDPR and the BDSG 2018"),
      new TextRules.WordRule("OLD-002", "outdated-crypto", false, true,
          "names %s, outdated cryptography (BSI TR-02102)",
          "name TLS 1.2 or 1.3, SHA-256 or better, AES; or say that the old one is disabled"),
      new TextRules.WordRule("OLD-003", "invalid-transfers", true, true,
          "names %s, a transfer mechanism that is no longer valid",
          "name the mechanism in force, such as the SCC of Decision (EU) 2021/914 or the"
              + " EU-US Data Privacy Framework"),
      new CertificateRules.Details(),
      new CertificateRules.Expired(),
      new CertificateRules.SubprocessorCertificateScope(),
      new CertificateRules.GdprCertificationClaim(),
      new CertificateRules.Iso27001Edition2013(),
      new CertificateRules.ExpiresSoon(),
      new SubprocessorRules.InheritedWithoutEvidence(),
      new SubprocessorRules.ServiceAndLocation());

  static {
    List<String> ids = new ArrayList<>();
    RULES.forEach(r -> ids.add(r.id()));
    ids.addAll(ELSEWHERE);
    if (!new TreeSet<>(ids).equals(new TreeSet<>(RuleBook.standard().configurable()))
        || ids.size() != RuleBook.standard().configurable().size()) {
      throw new IllegalStateException("lint rules " + ids + " differ from the documented "
          + RuleBook.standard().configurable());
    }
  }

  private Lint() {}

  /** The ids of the rules implemented here, in order. */
  public static List<String> ids() {
    return RULES.stream().map(LintRule::id).toList();
  }

  /**
   * Runs every rule that is not switched off.
   *
   * @param severity the configured severity of a rule, empty when it is off
   */
  public static void run(
      Catalogue catalogue,
      Locator at,
      LocalDate today,
      Function<String, Optional<Severity>> severity,
      Diagnostics diags) {
    Context ctx = new Context(catalogue, today, Words.standard(), at, Taxonomy.standard(), diags);
    for (LintRule rule : RULES) {
      Optional<Severity> s = severity.apply(rule.id());
      if (s.isPresent()) {
        ctx.use(rule.id(), s.get());
        rule.check(ctx);
      }
    }
  }
}
