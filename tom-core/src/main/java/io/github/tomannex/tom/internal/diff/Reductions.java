package io.github.tomannex.tom.internal.diff;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.CatalogueDiff.Reduction;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.rules.RuleTable;
import java.util.List;
import java.util.Optional;

/**
 * The guard against unrecorded reductions of protection: each reduction of a diff that the current
 * catalogue's {@code changes:} log does not record is a finding of DIFF-001, DIFF-002 or DIFF-003,
 * with the severity, message and hint {@code rules.yaml} gives that rule; and each sub-processor
 * added without a {@code notice-period} is a warning of DIFF-004 (Art. 28(2) GDPR: the notice
 * cannot say until when the controller may object).
 */
public final class Reductions {
  private Reductions() {}

  /** The unrecorded reductions of a diff as diagnostics, sorted. */
  public static List<Diagnostic> diagnostics(CatalogueDiff diff) {
    RuleTable table = RuleTable.standard();
    String version = diff.baseline().document().version();
    Diagnostics diags = new Diagnostics();
    for (Reduction r : diff.unrecorded()) {
      String rule =
          switch (r.kind()) {
            case MEASURE_REMOVED -> "DIFF-001";
            case MEASURE_NO_LONGER_IMPLEMENTED -> "DIFF-002";
            case CERTIFICATE_REMOVED -> "DIFF-003";
          };
      String message =
          r.kind() == CatalogueDiff.ReductionKind.MEASURE_NO_LONGER_IMPLEMENTED
              ? table.message(rule, r.id(), version, r.after())
              : table.message(rule, r.id(), version);
      diags.report(r.location(), rule, message, table.hint(rule, r.id()).orElse(null));
    }
    Catalogue current = diff.current();
    for (CatalogueDiff.Item item : diff.items(CatalogueDiff.Kind.SUBPROCESSOR)) {
      if (item.type() != CatalogueDiff.Type.ADDED) {
        continue;
      }
      Optional<Subprocessor> sp = current.subprocessor(item.id());
      if (sp.isPresent() && sp.get().noticePeriod().isEmpty()) {
        diags.report(
            current.sources().positionOf(sp.get()).orElse(Location.startOf(current.source())),
            "DIFF-004",
            table.message("DIFF-004", item.id(), version),
            table.hint("DIFF-004", item.id()).orElse(null));
      }
    }
    return diags.sorted();
  }
}
