package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SUB: what the processor inherits from sub-processors is evidenced and described. */
final class SubprocessorRules {
  private SubprocessorRules() {}

  /**
   * The evidence of a measure inherited from a sub-processor (one at a site a sub-processor
   * operates): the certificates it cites that cover the site, else every certificate that covers
   * the site ({@link CertificateRules#covers}: held by the operator, or naming the site in its
   * scope). Empty for a measure that is not inherited.
   */
  record Inherited(Measure measure, Site site, List<Certificate> evidence) {}

  /** Every inherited measure of the catalogue, in the catalogue's order, with its evidence. */
  static List<Inherited> inherited(Context ctx) {
    List<Inherited> out = new ArrayList<>();
    for (Measure m : ctx.catalogue.measures()) {
      Optional<Site> site = ctx.site(m);
      if (site.isEmpty() || site.get().operator().isEmpty()) {
        continue;
      }
      List<Certificate> cited =
          m.certificates().stream()
              .map(ctx.catalogue::certificate)
              .flatMap(Optional::stream)
              .filter(c -> CertificateRules.covers(c, site.get()))
              .toList();
      List<Certificate> evidence =
          !cited.isEmpty()
              ? cited
              : ctx.catalogue.certificates().stream()
                  .filter(c -> CertificateRules.covers(c, site.get()))
                  .toList();
      out.add(new Inherited(m, site.get(), evidence));
    }
    return out;
  }

  /**
   * Why a certificate does not evidence a measure on the review date and today; null if it does.
   */
  static String invalid(Certificate c, Context ctx) {
    LocalDate review = ctx.catalogue.review().last();
    if (c.validUntil().isPresent()) {
      LocalDate until = c.validUntil().get();
      if (until.isBefore(ctx.today)) {
        return "expired on " + until;
      }
      if (until.isBefore(review)) {
        return "had expired on " + until + ", before the review of " + review;
      }
    }
    if (c.validFrom().isPresent()) {
      LocalDate from = c.validFrom().get();
      if (from.isAfter(review) || from.isAfter(ctx.today)) {
        return "is valid only from "
            + from
            + (from.isAfter(review) ? ", after the review of " + review : "");
      }
    }
    return null;
  }

  /** The inherited measures whose every certificate is invalid (SUB-006 reports them). */
  static List<Inherited> withoutValidEvidence(Context ctx) {
    return inherited(ctx).stream()
        .filter(i -> !i.evidence().isEmpty())
        .filter(i -> i.evidence().stream().allMatch(c -> invalid(c, ctx) != null))
        .toList();
  }

  /**
   * The inherited measures whose valid certificates all expire within 90 days (SUB-007 reports
   * them), with the last day of the longest-valid one.
   */
  static Map<Inherited, LocalDate> expiringEvidence(Context ctx) {
    Map<Inherited, LocalDate> out = new java.util.LinkedHashMap<>();
    for (Inherited i : inherited(ctx)) {
      List<Certificate> valid = i.evidence().stream().filter(c -> invalid(c, ctx) == null).toList();
      if (valid.isEmpty() || valid.stream().anyMatch(c -> c.validUntil().isEmpty())) {
        continue;
      }
      LocalDate last =
          valid.stream().map(c -> c.validUntil().get()).max(LocalDate::compareTo).get();
      if (ChronoUnit.DAYS.between(ctx.today, last) <= CertificateRules.EXPIRY_WARNING_DAYS) {
        out.put(i, last);
      }
    }
    return out;
  }

  private static String operatorName(Context ctx, Site site) {
    String op = site.operator().orElseThrow();
    return ctx.catalogue.subprocessor(op).map(Subprocessor::name).orElse(op);
  }

  private static String ids(List<Certificate> certificates) {
    return certificates.stream()
        .map(c -> "'" + c.id() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * SUB-001: each measure at a site a sub-processor operates is evidenced by a certificate: one the
   * measure cites, or one that covers the site. Reported per measure.
   */
  static final class InheritedWithoutEvidence implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Inherited i : inherited(ctx)) {
        if (!i.evidence().isEmpty()) {
          continue;
        }
        String op = i.site().operator().get();
        ctx.report(
            ctx.at.at(i.measure(), "site"),
            "measure '"
                + i.measure().id()
                + "' at site '"
                + i.site().id()
                + "' is provided by sub-processor '"
                + operatorName(ctx, i.site())
                + "', but no certificate evidences it",
            "add the operator's certificate with 'holder: "
                + op
                + "' and 'scope: ["
                + i.site().id()
                + "]', or cite one in the measure");
      }
    }
  }

  /**
   * SUB-006: an inherited measure whose only evidence is a certificate that has expired (or is not
   * valid on the review date). CERT-002 leaves such certificates to this rule.
   */
  static final class InheritedEvidenceExpired implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Inherited i : withoutValidEvidence(ctx)) {
        List<String> why = new ArrayList<>();
        for (Certificate c : i.evidence()) {
          why.add("'" + c.id() + "' " + invalid(c, ctx));
        }
        ctx.report(
            ctx.at.at(i.measure(), "site"),
            "measure '"
                + i.measure().id()
                + "' is provided by sub-processor '"
                + operatorName(ctx, i.site())
                + "' at site '"
                + i.site().id()
                + "', but no certificate evidences it on the review date and today: certificate "
                + String.join("; certificate ", why),
            "enter the operator's renewed certificate (with a provider's export: the version"
                + " that has it), or remove the measure");
      }
    }
  }

  /**
   * SUB-007: an inherited measure whose evidence expires within 90 days. CERT-006 leaves such
   * certificates to this rule.
   */
  static final class InheritedEvidenceExpiresSoon implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Map.Entry<Inherited, LocalDate> e : expiringEvidence(ctx).entrySet()) {
        Inherited i = e.getKey();
        long days = ChronoUnit.DAYS.between(ctx.today, e.getValue());
        ctx.report(
            ctx.at.at(i.measure(), "site"),
            "measure '"
                + i.measure().id()
                + "' is provided by sub-processor '"
                + operatorName(ctx, i.site())
                + "' at site '"
                + i.site().id()
                + "', and its evidence ("
                + ids(i.evidence())
                + ") expires on "
                + e.getValue()
                + ", "
                + Context.inDays(days),
            "ask the operator for the renewed certificate now");
      }
    }
  }

  /** SUB-002: each sub-processor says what it does and where. */
  static final class ServiceAndLocation implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Subprocessor s : ctx.catalogue.subprocessors()) {
        List<String> missing = new ArrayList<>();
        if (s.service().isEmpty()) {
          missing.add("'service'");
        }
        if (s.place().isEmpty()) {
          missing.add("'location'");
        }
        if (!missing.isEmpty()) {
          ctx.report(
              ctx.at.at(s),
              "sub-processor '"
                  + s.id()
                  + "' ("
                  + s.name()
                  + ") has no "
                  + String.join(" and no ", missing)
                  + "; expected what it does for the"
                  + " processor and where it processes the data");
        }
      }
    }
  }

  /**
   * SUB-003: a sub-processor outside the EEA, or at a location open to any country ("worldwide"),
   * names no Chapter V transfer mechanism.
   */
  static final class TransferMechanism implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Subprocessor s : ctx.catalogue.subprocessors()) {
        if (s.transfer().isPresent() || s.place().isEmpty()) {
          continue;
        }
        Optional<String> country = Countries.thirdCountry(s.place().get().values().values());
        if (country.isEmpty()) {
          if (Countries.open(s.place().get().values().values())) {
            ctx.report(
                ctx.at.at(s),
                "sub-processor '"
                    + s.id()
                    + "' ("
                    + s.name()
                    + ") processes at a location open to any country ('"
                    + String.join(
                        "' / '", new java.util.LinkedHashSet<>(s.place().get().values().values()))
                    + "'), so the data may leave the EEA, and the annex names no transfer mechanism"
                    + " ('transfer'); which one of Chapter V GDPR covers a transfer: an adequacy"
                    + " decision, the standard contractual clauses with their module, or binding"
                    + " corporate rules?",
                "add 'transfer:', for example 'SCC (Decision (EU) 2021/914), module 3', or name"
                    + " the countries in 'location'");
          }
          continue;
        }
        ctx.report(
            ctx.at.at(s),
            "sub-processor '"
                + s.id()
                + "' ("
                + s.name()
                + ") processes in "
                + country.get()
                + ", outside the EEA, and the annex names no transfer mechanism ('transfer');"
                + " which one of Chapter V GDPR covers the transfer: an adequacy decision (for"
                + " the USA only if the recipient is certified under the EU-US Data Privacy"
                + " Framework), the standard contractual clauses with their module, or binding"
                + " corporate rules?",
            "add 'transfer:', for example 'EU-US Data Privacy Framework (the recipient is"
                + " certified)' or 'SCC (Decision (EU) 2021/914), module 3'");
      }
    }
  }

  /** SUB-004: the annex does not say how long before a change of sub-processors it is told. */
  static final class NoticePeriod implements LintRule {
    @Override
    public void check(Context ctx) {
      List<Subprocessor> without =
          ctx.catalogue.subprocessors().stream().filter(s -> s.noticePeriod().isEmpty()).toList();
      if (without.isEmpty()) {
        return;
      }
      List<String> ids = without.stream().map(Subprocessor::id).toList();
      ctx.report(
          ctx.at.at(without.get(0)),
          (without.size() == 1
                  ? "sub-processor '" + ids.get(0) + "' gives"
                  : without.size() + " sub-processors (" + String.join(", ", ids) + ") give")
              + " no 'notice-period'; under a general authorisation the processor informs the"
              + " controller of an intended change of sub-processors in time to object (Art."
              + " 28(2) GDPR), and the annex does not say how long before the change",
          "add 'notice-period: P30D' (or the period of the agreement) to each sub-processor");
    }
  }

  /** SUB-005: the transfer names the standard contractual clauses without their module. */
  static final class SccModule implements LintRule {
    @Override
    public void check(Context ctx) {
      WordLists.WordList scc = ctx.words.list("scc-names");
      WordLists.WordList module = ctx.words.list("scc-modules");
      for (Subprocessor s : ctx.catalogue.subprocessors()) {
        if (s.transfer().isEmpty()) {
          continue;
        }
        for (Map.Entry<String, String> t : s.transfer().get().values().entrySet()) {
          Optional<WordLists.Found> f = scc.find(t.getValue(), t.getKey());
          if (f.isPresent() && !module.matches(t.getValue(), t.getKey())) {
            ctx.report(
                ctx.at.text(s.transfer().get(), t.getKey()),
                "the transfer of sub-processor '"
                    + s.id()
                    + "'"
                    + Context.in(t.getKey())
                    + " names '"
                    + f.get().text()
                    + "' without their module; the SCC of Decision (EU) 2021/914 bind in"
                    + " modules (module 3: processor to processor, module 2: controller to"
                    + " processor)",
                "name the module, for example 'SCC (Decision (EU) 2021/914), module 3'");
            break;
          }
        }
      }
    }
  }
}
