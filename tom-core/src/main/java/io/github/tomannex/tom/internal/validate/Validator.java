package io.github.tomannex.tom.internal.validate;

import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.bind.CatalogueBinder.Bound;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Checks what the binder cannot see alone: unique ids, references, categories. */
public final class Validator {
  private final Diagnostics diags;
  private final Taxonomy taxonomy;

  public Validator(Diagnostics diags, Taxonomy taxonomy) {
    this.diags = diags;
    this.taxonomy = taxonomy;
  }

  public void validate(Bound b) {
    // an entry with errors of its own is not reported again as undefined where it is named
    Set<String> subprocessors =
        union(
            unique(b.subprocessors(), Subprocessor::id, b::at, "sub-processor"),
            b.declared("subprocessors"));
    Set<String> sites = union(unique(b.sites(), Site::id, b::at, "site"), b.declared("sites"));
    Set<String> certificates =
        union(
            unique(b.certificates(), Certificate::id, b::at, "certificate"),
            b.declared("certificates"));
    unique(b.measures(), Measure::id, b::at, "measure");
    for (Site s : b.sites()) {
      s.operator()
          .ifPresent(
              op ->
                  ref(
                      b.at(s, "operator", null),
                      "the operator of site '" + s.id() + "'",
                      op,
                      subprocessors,
                      "sub-processor"));
    }
    for (Certificate c : b.certificates()) {
      c.holder()
          .ifPresent(
              h ->
                  ref(
                      b.at(c, "holder", null),
                      "the holder of certificate '" + c.id() + "'",
                      h,
                      subprocessors,
                      "sub-processor"));
      c.site()
          .ifPresent(
              s ->
                  ref(
                      b.at(c, "site", null),
                      "the site of certificate '" + c.id() + "'",
                      s,
                      sites,
                      "site"));
      for (String s : c.scope()) {
        ref(b.at(c, "scope", s), "the scope of certificate '" + c.id() + "'", s, sites, "site");
      }
    }
    List<String> categories = taxonomy.ids();
    for (Measure m : b.measures()) {
      String what = "measure '" + m.id() + "'";
      if (!categories.contains(m.category())) {
        diags.report(
            b.at(m, "category", null),
            "CAT-001",
            what
                + " has category '"
                + m.category()
                + "', which does not exist; see the"
                + " category list in the catalogue format",
            io.github.tomannex.tom.internal.bind.CategoryHint.hint(m.category()));
      }
      m.site().ifPresent(s -> ref(b.at(m, "site", null), "the site of " + what, s, sites, "site"));
      for (String c : m.certificates()) {
        ref(b.at(m, "certificates", c), what, c, certificates, "certificate");
      }
    }
  }

  private static Set<String> union(Set<String> bound, Set<String> declared) {
    if (bound.containsAll(declared)) {
      return bound;
    }
    Set<String> all = new java.util.LinkedHashSet<>(bound);
    all.addAll(declared);
    return all;
  }

  private <T> Set<String> unique(
      List<T> items, Function<T, String> id, Function<T, Location> at, String kind) {
    Map<String, Location> seen = new LinkedHashMap<>();
    for (T item : items) {
      Location first = seen.putIfAbsent(id.apply(item), at.apply(item));
      if (first != null) {
        diags.report(
            at.apply(item),
            "REF-001",
            "duplicate "
                + kind
                + " id '"
                + id.apply(item)
                + "'; it is already used at "
                + (first.source().equals(at.apply(item).source())
                    ? "line " + first.line()
                    : first.source() + ":" + first.line())
                + "; ids are unique per kind");
      }
    }
    return seen.keySet();
  }

  private void ref(Location at, String what, String id, Set<String> known, String kind) {
    if (!known.contains(id)) {
      diags.report(
          at,
          "REF-002",
          what + " names " + kind + " '" + id + "', which is not defined",
          Suggest.hint(id, known));
    }
  }
}
