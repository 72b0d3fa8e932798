package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import java.util.ArrayList;
import java.util.List;

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
        boolean certified =
            ctx.catalogue.certificates().stream()
                .anyMatch(c -> c.site().equals(java.util.Optional.of(site.id())));
        if (certified) {
          continue;
        }
        List<Measure> bare = new ArrayList<>();
        for (Measure m : ctx.catalogue.measures()) {
          if (m.site().equals(java.util.Optional.of(site.id())) && m.certificates().isEmpty()) {
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
}
