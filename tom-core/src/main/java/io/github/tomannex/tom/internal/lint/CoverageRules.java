package io.github.tomannex.tom.internal.lint;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.Section;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.internal.validate.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** COV: Art. 32(1) and the layout are covered; the essential measures are there. */
final class CoverageRules {
  private CoverageRules() {}

  /** COV-001: each of Art. 32(1)(a)–(d) has an implemented measure. */
  static final class Art32Points implements LintRule {
    private static final Map<String, String> POINTS =
        Map.of(
            "a", "pseudonymisation and encryption",
            "b", "confidentiality, integrity, availability and resilience",
            "c", "timely restoration after an incident",
            "d", "regular testing and evaluation");

    @Override
    public void check(Context ctx) {
      Set<String> covered = new TreeSet<>();
      for (Measure m : ctx.catalogue.measures()) {
        if (m.status() == MeasureStatus.IMPLEMENTED) {
          ctx.taxonomy.find(m.category()).ifPresent(c -> covered.addAll(c.gdprArt32()));
        }
      }
      if (ctx.catalogue.review().statement().isPresent()) {
        covered.add("d");
      }
      for (String point : List.of("a", "b", "c", "d")) {
        if (covered.contains(point)) {
          continue;
        }
        List<String> categories = new ArrayList<>();
        for (Category c : ctx.taxonomy.categories()) {
          if (c.gdprArt32().contains(point)) {
            categories.add(c.id());
          }
        }
        ctx.report(
            ctx.at.top("measures"),
            "no implemented measure covers Art. 32(1)("
                + point
                + ") GDPR ("
                + POINTS.get(point)
                + "); expected one of category "
                + String.join(", ", categories)
                + ("d".equals(point) ? ", or a review statement" : ""));
      }
    }
  }

  /** COV-002: each section of the layout that takes categories shows something. */
  static final class EmptySections implements LintRule {
    @Override
    public void check(Context ctx) {
      Catalogue c = ctx.catalogue;
      Map<String, String> placed = Placement.of(c.layout());
      Set<String> withMeasures = new TreeSet<>();
      for (Measure m : c.measures()) {
        String s = placed.get(m.category());
        if (s != null) {
          withMeasures.add(s);
        }
      }
      check(ctx, c.layout().sections(), placed, withMeasures);
    }

    private void check(
        Context ctx, List<Section> sections, Map<String, String> placed, Set<String> withMeasures) {
      Catalogue c = ctx.catalogue;
      for (Section s : sections) {
        boolean shows =
            withMeasures.contains(s.id())
                || (s.certificates() && !c.certificates().isEmpty())
                || (s.subprocessors() && !c.subprocessors().isEmpty())
                || s.review();
        List<String> own =
            s.categories().stream().filter(cat -> s.id().equals(placed.get(cat))).toList();
        // a section left out when empty (omit-if-empty) never says there are none
        if (!own.isEmpty() && !shows && !s.omitIfEmpty()) {
          ctx.report(
              ctx.at.section(s.id()),
              "section '"
                  + s.id()
                  + "' ("
                  + ctx.binding(s.title())
                  + ") has no measures; the"
                  + " annex will say there are none",
              "add a measure of category "
                  + String.join(" or ", own)
                  + ", or a not-applicable one with its reason");
        }
        check(ctx, s.sections(), placed, withMeasures);
      }
    }
  }

  /** COV-004: the recoverability measures state frequency, separate copy and restore tests. */
  static final class BackupDetails implements LintRule {
    private static final Map<String, String> ASPECTS =
        Map.of(
            "frequency", "how often backups are made",
            "separate-copy", "that a copy is kept separately (off-site, offline or immutable)",
            "restore-test", "that restores are tested");

    @Override
    public void check(Context ctx) {
      List<Measure> backups =
          ctx.catalogue.measures().stream()
              .filter(
                  m ->
                      m.category().equals("recoverability")
                          && m.status() != MeasureStatus.NOT_APPLICABLE)
              .toList();
      if (backups.isEmpty()) {
        return; // COV-001 reports the missing point (c)
      }
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, WordLists.WordList> aspect : ctx.words.backupAspects().entrySet()) {
        boolean stated = false;
        for (Measure m : backups) {
          for (Map.Entry<String, String> t : m.text().values().entrySet()) {
            stated |= aspect.getValue().matches(t.getValue(), t.getKey());
          }
        }
        if (!stated) {
          missing.add(ASPECTS.get(aspect.getKey()));
        }
      }
      if (!missing.isEmpty()) {
        Measure first = backups.get(0);
        ctx.report(
            ctx.at.at(first),
            "the recoverability measures do not state "
                + String.join(", nor ", missing)
                + "; expected in at least one of "
                + ids(backups),
            "for example: 'Backups every 24 hours, kept 35 days at a second site; a restore is"
                + " tested every quarter.'");
      }
    }
  }

  /**
   * COV-007: every category that has measures has a section of the layout; the others are rendered
   * in the trailing "other measures" section.
   */
  static final class UnplacedCategories implements LintRule {
    @Override
    public void check(Context ctx) {
      Layout layout = ctx.catalogue.layout();
      Map<String, String> placed = Placement.of(layout);
      Map<String, Measure> firstUnplaced = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Measure m : ctx.catalogue.measures()) {
        if (!placed.containsKey(m.category()) && ctx.taxonomy.find(m.category()).isPresent()) {
          firstUnplaced.putIfAbsent(m.category(), m);
          counts.merge(m.category(), 1, Integer::sum);
        }
      }
      String otherTitle = ctx.binding(layout.otherTitle());
      for (Map.Entry<String, Measure> e : firstUnplaced.entrySet()) {
        int n = counts.get(e.getKey());
        ctx.report(
            ctx.at.at(e.getValue()),
            "layout '"
                + layout.id()
                + "' has no section for category '"
                + e.getKey()
                + "'; its "
                + n
                + (n == 1 ? " measure is" : " measures are")
                + " rendered under '"
                + otherTitle
                + "' at the end");
      }
    }
  }

  static String ids(List<Measure> measures) {
    List<String> ids = measures.stream().map(m -> "'" + m.id() + "'").toList();
    return ids.size() <= 5
        ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
  }

  /** COV-005: there is an implemented patch, hardening or change management measure. */
  static final class PatchManagement implements LintRule {
    @Override
    public void check(Context ctx) {
      boolean present =
          ctx.catalogue.measures().stream()
              .anyMatch(
                  m ->
                      m.category().equals("secure-configuration")
                          && m.status() == MeasureStatus.IMPLEMENTED);
      if (!present) {
        ctx.report(
            ctx.at.top("measures"),
            "no implemented measure of category secure-configuration; expected how security"
                + " updates are applied and systems hardened (patch and vulnerability"
                + " management)");
      }
    }
  }

  /** COV-006: every site has a physical access measure. */
  static final class SitePhysicalAccess implements LintRule {
    @Override
    public void check(Context ctx) {
      boolean everywhere =
          ctx.catalogue.measures().stream()
              .anyMatch(m -> m.category().equals("physical-access") && m.site().isEmpty());
      if (everywhere) {
        return;
      }
      Map<String, Boolean> covered = new LinkedHashMap<>();
      for (Measure m : ctx.catalogue.measures()) {
        if (m.category().equals("physical-access")) {
          m.site().ifPresent(s -> covered.put(s, true));
        }
      }
      for (Site s : ctx.catalogue.sites()) {
        if (!covered.containsKey(s.id())) {
          ctx.report(
              ctx.at.at(s),
              "site '"
                  + s.id()
                  + "' ("
                  + ctx.binding(s.name())
                  + ") has no physical-access"
                  + " measure; expected one with 'site: "
                  + s.id()
                  + "', by the processor or"
                  + (s.operator()
                      .map(o -> " by its operator '" + o + "'")
                      .orElse(" its operator")));
        }
      }
    }
  }
}
