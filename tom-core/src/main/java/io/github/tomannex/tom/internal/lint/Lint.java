package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.rules.RuleTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the lint rules on a structurally valid catalogue. Each rule runs at its configured severity,
 * or not at all when switched off. Thread-safe: the rules are stateless.
 *
 * <p>{@link #RULES} is where a lint rule is declared: one line joins its id to its check.
 * Everything else about it (severity, title, explanation, source, example, fix and, for a word
 * rule, message and hint) is in {@code rules.yaml}. A configurable rule of {@code rules.yaml} that
 * is not declared here, an id declared here that is not a configurable rule there, or an id
 * declared twice stops tom-core from starting (and every test).
 */
public final class Lint {
  /** A lint rule: its id in {@code rules.yaml} and its check. */
  record Declared(String id, LintRule check) {}

  private static Declared rule(String id, LintRule check) {
    return new Declared(id, check);
  }

  /** Every lint rule, in the order they run (the order of {@code rules.yaml}). */
  static final List<Declared> RULES =
      List.of(
          rule("META-001", new MetaRules.TitleNamesArt32()),
          rule("META-002", new MetaRules.ProcessorAddress()),
          rule("META-003", new MetaRules.AgreementReference()),
          rule("META-004", new MetaRules.EffectiveInFuture()),
          rule("META-007", new MetaRules.PublishedUrl()),
          rule("META-008", new MetaRules.LinkOnly()),
          rule("REV-001", new ReviewRules.Overdue()),
          rule("REV-002", new ReviewRules.LongInterval()),
          rule("REV-003", new ReviewRules.ChangeClause()),
          rule("REV-004", new ReviewRules.LastInFuture()),
          rule("REV-005", new ReviewRules.DueSoon()),
          rule("REV-006", new ReviewRules.PlannedPastDue()),
          rule("COV-001", new CoverageRules.Art32Points()),
          rule("COV-002", new CoverageRules.EmptySections()),
          rule("COV-004", new CoverageRules.BackupDetails()),
          rule("COV-005", new CoverageRules.PatchManagement()),
          rule("COV-006", new CoverageRules.SitePhysicalAccess()),
          rule("COV-007", new CoverageRules.UnplacedCategories()),
          rule("SPEC-001", TextRules.WordRule.inShownTexts("placeholders")),
          rule(
              "SPEC-002",
              TextRules.WordRule.inMeasureTexts("hedges")
                  .except("legal-conditions")
                  .unlessExamplesName("covered-examples")),
          rule("SPEC-003", TextRules.WordRule.inMeasureTexts("law-restatements")),
          rule("SPEC-004", new TextRules.EncryptionParameters()),
          rule("SPEC-005", new TextRules.SameTextInCategories()),
          rule("SPEC-006", new TextRules.UnstatedInterval()),
          rule("SPEC-007", new TextRules.WhoNotHow()),
          rule("CAT-002", new TextRules.CategoryMismatch()),
          rule("OLD-001", TextRules.WordRule.inAllTexts("repealed-references").unlessNegated()),
          rule("OLD-002", TextRules.WordRule.inMeasureTexts("outdated-crypto").unlessNegated()),
          rule("OLD-003", TextRules.WordRule.inAllTexts("invalid-transfers").unlessNegated()),
          rule(
              "OLD-004",
              TextRules.WordRule.inMeasureTexts("possibly-outdated-crypto").unlessNegated()),
          rule("CERT-001", new CertificateRules.Details()),
          rule("CERT-002", new CertificateRules.Expired()),
          rule("CERT-003", new CertificateRules.SubprocessorCertificateScope()),
          rule("CERT-004", new CertificateRules.GdprCertificationClaim()),
          rule("CERT-005", new CertificateRules.Iso27001Edition2013()),
          rule("CERT-006", new CertificateRules.ExpiresSoon()),
          rule("CERT-007", new CertificateRules.Iso27001UnknownEdition()),
          rule("CERT-008", new CertificateRules.QualityManagementAsSecurityEvidence()),
          rule("CERT-009", new CertificateRules.ValidityOrder()),
          rule("CERT-010", new CertificateRules.OwnCertificateAtSubprocessorSite()),
          rule("SUB-001", new SubprocessorRules.InheritedWithoutEvidence()),
          rule("SUB-002", new SubprocessorRules.ServiceAndLocation()),
          rule("SUB-003", new SubprocessorRules.TransferMechanism()),
          rule("SUB-004", new SubprocessorRules.NoticePeriod()),
          rule("SUB-005", new SubprocessorRules.SccModule()),
          rule("SUB-006", new SubprocessorRules.InheritedEvidenceExpired()),
          rule("SUB-007", new SubprocessorRules.InheritedEvidenceExpiresSoon()),
          rule("TRANS-001", new TranslationRules.Disagree(TranslationRules.Certainty.CERTAIN)),
          rule("TRANS-002", new TranslationRules.Disagree(TranslationRules.Certainty.UNCERTAIN)),
          rule("TRANS-003", new TranslationRules.ReviewFrequency()),
          rule("DUTY-001", new DutyRules.ControllerPerspective()),
          rule("DUTY-002", new DutyRules.DeletionOrReturn()),
          rule("DUTY-003", new DutyRules.BreachNotification()),
          rule("DUTY-004", new DutyRules.Assistance()),
          rule("DUTY-005", new DutyRules.Verification()),
          rule("DUTY-006", new DutyRules.DynamicReference()),
          rule("PRAC-001", new PracticeRules.RemoteAccessWithoutMfa()),
          rule("PRAC-002", new PracticeRules.PeriodicPasswordChange()),
          rule("PRAC-003", new PracticeRules.RedundancyAsBackup()),
          rule("PRAC-004", new PracticeRules.StatesAbsence()),
          rule("PRAC-005", new PracticeRules.EvaluationWithoutProcedure()));

  static {
    List<String> configurable = RuleTable.standard().configurable();
    Set<String> declared = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Declared r : RULES) {
      if (!declared.add(r.id())) {
        problems.add(r.id() + " is declared twice");
      } else if (!configurable.contains(r.id())) {
        problems.add(r.id() + " is not a lint rule of rules.yaml (lint: true)");
      }
    }
    for (String id : configurable) {
      if (!declared.contains(id)) {
        problems.add(id + " of rules.yaml has no check in Lint.RULES");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("lint rules: " + String.join("; ", problems));
    }
  }

  private Lint() {}

  /** The ids of the lint rules, in the order they run. */
  public static List<String> ids() {
    return RULES.stream().map(Declared::id).toList();
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
    Context ctx =
        new Context(catalogue, today, WordLists.standard(), at, Taxonomy.standard(), diags);
    for (Declared rule : RULES) {
      Optional<Severity> s = severity.apply(rule.id());
      if (s.isPresent()) {
        ctx.use(rule.id(), s.get());
        rule.check().check(ctx);
      }
    }
  }
}
