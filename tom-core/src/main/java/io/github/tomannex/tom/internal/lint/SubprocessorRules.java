package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SUB: what the processor inherits from sub-processors is evidenced and described. */
final class SubprocessorRules {
  private SubprocessorRules() {}

  /**
   * SUB-001: measures at a site a sub-processor operates are evidenced by a certificate: one the
   * measure cites, or one that covers the site.
   */
  static final class InheritedWithoutEvidence implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Site site : ctx.catalogue.sites()) {
        if (site.operator().isEmpty()) {
          continue;
        }
        // a certificate counts for the site only if its holder operates it or its scope lists it
        boolean certified =
            ctx.catalogue.certificates().stream().anyMatch(c -> CertificateRules.covers(c, site));
        if (certified) {
          continue;
        }
        List<Measure> bare = new ArrayList<>();
        for (Measure m : ctx.catalogue.measures()) {
          if (m.site().equals(Optional.of(site.id()))
              && m.certificates().stream()
                  .map(ctx.catalogue::certificate)
                  .flatMap(Optional::stream)
                  .noneMatch(c -> CertificateRules.covers(c, site))) {
            bare.add(m);
          }
        }
        if (!bare.isEmpty()) {
          String op = site.operator().get();
          String name = ctx.catalogue.subprocessor(op).map(Subprocessor::name).orElse(op);
          ctx.report(
              ctx.at.at(site, "operator"),
              (bare.size() == 1 ? "1 measure" : bare.size() + " measures")
                  + " at site '"
                  + site.id()
                  + "' ("
                  + CoverageRules.ids(bare)
                  + ") "
                  + (bare.size() == 1 ? "is" : "are")
                  + " provided by sub-processor '"
                  + name
                  + "', but no certificate evidences "
                  + (bare.size() == 1 ? "it" : "them"),
              "add the operator's certificate with 'site: "
                  + site.id()
                  + "' and 'holder: "
                  + op
                  + "', or cite one in the measures");
        }
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

  /** SUB-003: a sub-processor outside the EEA names no Chapter V transfer mechanism. */
  static final class TransferMechanism implements LintRule {
    @Override
    public void check(Context ctx) {
      for (Subprocessor s : ctx.catalogue.subprocessors()) {
        if (s.transfer().isPresent() || s.place().isEmpty()) {
          continue;
        }
        Optional<String> country = Countries.thirdCountry(s.place().get().values().values());
        if (country.isEmpty()) {
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
