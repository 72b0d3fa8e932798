package io.github.tomannex.tom.internal.validate;

import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.Diagnostics;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.bind.CatalogueBinder.Bound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Checks what the binder cannot see alone: ids, references, status, placement. */
public final class Validator {
  private final Diagnostics diags;
  private final Taxonomy taxonomy;

  public Validator(Diagnostics diags, Taxonomy taxonomy) {
    this.diags = diags;
    this.taxonomy = taxonomy;
  }

  public void validate(Bound b) {
    Set<String> subprocessors = unique(b.subprocessors(), Subprocessor::id, Subprocessor::location, "sub-processor");
    Set<String> sites = unique(b.sites(), Site::id, Site::location, "site");
    Set<String> certificates = unique(b.certificates(), Certificate::id, Certificate::location, "certificate");
    unique(b.measures(), Measure::id, Measure::location, "measure");

    for (Site s : b.sites()) {
      s.operator().ifPresent(op -> ref(s.location(), "site '" + s.id() + "' operator", op, subprocessors, "sub-processor"));
    }
    for (Certificate c : b.certificates()) {
      c.holder().ifPresent(h -> ref(c.location(), "certificate '" + c.id() + "' holder", h, subprocessors, "sub-processor"));
      c.site().ifPresent(s -> ref(c.location(), "certificate '" + c.id() + "' site", s, sites, "site"));
    }
    List<String> categories = taxonomy.ids();
    for (Measure m : b.measures()) {
      String what = "measure '" + m.id() + "'";
      if (!categories.contains(m.category())) {
        diags.error(
            m.location(),
            "CAT-001",
            what + " has category '" + m.category() + "', which does not exist; see the"
                + " category list in the catalogue format",
            Suggest.hint(m.category(), categories));
      }
      m.site().ifPresent(s -> ref(m.location(), what + " site", s, sites, "site"));
      for (String c : m.certificates()) {
        ref(m.location(), what + " certificates", c, certificates, "certificate");
      }
      if (m.status() == MeasureStatus.PLANNED && m.due().isEmpty()) {
        diags.error(m.location(), "STATUS-001",
            what + " is planned but has no 'due' date; say by when it will be in place");
      }
      if (m.status() == MeasureStatus.NOT_APPLICABLE && m.reason().isEmpty()) {
        diags.error(m.location(), "STATUS-002",
            what + " is not-applicable but has no 'reason'; say why it does not apply");
      }
      if (m.status() != MeasureStatus.PLANNED && m.due().isPresent()) {
        diags.warning(m.location(), "STATUS-003",
            what + " has a 'due' date but is " + m.status().id() + "; 'due' applies to planned"
                + " measures only");
      }
      if (m.status() != MeasureStatus.NOT_APPLICABLE && m.reason().isPresent()) {
        diags.warning(m.location(), "STATUS-003",
            what + " has a 'reason' but is " + m.status().id() + "; 'reason' applies to"
                + " not-applicable measures only");
      }
    }
    if (b.layout() != null) {
      placement(b.layout(), b.measures());
    }
  }

  /** Warns about categories that have measures but no section (COV-007). */
  private void placement(Layout layout, List<Measure> measures) {
    Map<String, String> placed = Placement.of(layout);
    Map<String, Measure> firstUnplaced = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Measure m : measures) {
      if (!placed.containsKey(m.category()) && taxonomy.find(m.category()).isPresent()) {
        firstUnplaced.putIfAbsent(m.category(), m);
        counts.merge(m.category(), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Measure> e : firstUnplaced.entrySet()) {
      int n = counts.get(e.getKey());
      diags.warning(
          e.getValue().location(),
          "COV-007",
          "layout '" + layout.id() + "' has no section for category '" + e.getKey() + "'; its "
              + n + (n == 1 ? " measure is" : " measures are") + " rendered under '"
              + layout.otherTitle().values().values().iterator().next() + "' at the end");
    }
  }

  private <T> Set<String> unique(
      List<T> items, Function<T, String> id, Function<T, Location> at, String kind) {
    Map<String, Location> seen = new LinkedHashMap<>();
    for (T item : items) {
      Location first = seen.putIfAbsent(id.apply(item), at.apply(item));
      if (first != null) {
        diags.error(
            at.apply(item),
            "REF-001",
            "duplicate " + kind + " id '" + id.apply(item) + "'; it is already used at line "
                + first.line() + "; ids are unique per kind");
      }
    }
    return seen.keySet();
  }

  private void ref(Location at, String what, String id, Set<String> known, String kind) {
    if (!known.contains(id)) {
      diags.error(
          at,
          "REF-002",
          what + " refers to " + kind + " '" + id + "', which is not defined"
              + (known.isEmpty() ? "; the catalogue defines none" : ""),
          Suggest.hint(id, known));
    }
  }
}
