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

  /**
   * COV-002: each section of the layout that takes categories shows something. In the layouts of
   * the SCC example headings (2021/914 Annex II, 2021/915 Annex III), a heading is not reported
   * when every item its categories serve (taxonomy.yaml) is served by an implemented measure shown
   * under another heading whose text says so: encryption at rest protects data during storage (item
   * 7), encryption in transit during transmission (item 6). Other layouts have headings of their
   * own (Weitergabekontrolle), which the taxonomy does not map to those items.
   */
  static final class EmptySections implements LintRule {
    /** The SCC Annex II items a measure of another category can serve, with their word lists. */
    private static final Map<Integer, String> SERVED_BY_WORDS =
        Map.of(6, "scc-item-6-transmission", 7, "scc-item-7-storage");

    /** The built-in layouts whose sections are the example headings of the SCC. */
    private static final Set<String> SCC_LAYOUTS = Set.of("eu-scc-annex-ii", "eu-dpa-annex-iii");

    @Override
    public void check(Context ctx) {
      Catalogue c = ctx.catalogue;
      Map<String, String> placed = Placement.of(c.layout());
      Set<String> withMeasures = new TreeSet<>();
      Map<String, List<Measure>> planned = new LinkedHashMap<>();
      for (Measure m : c.measures()) {
        String s = placed.get(m.category());
        if (s == null) {
          continue;
        }
        // a planned measure is shown, but it is not done: it never counts as coverage
        if (m.status() == MeasureStatus.PLANNED) {
          planned.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
        } else {
          withMeasures.add(s);
        }
      }
      check(ctx, c.layout().sections(), placed, withMeasures, planned);
    }

    private void check(
        Context ctx,
        List<Section> sections,
        Map<String, String> placed,
        Set<String> withMeasures,
        Map<String, List<Measure>> planned) {
      Catalogue c = ctx.catalogue;
      for (Section s : sections) {
        boolean shows =
            withMeasures.contains(s.id())
                || (s.certificates() && !c.certificates().isEmpty())
                || (s.subprocessors() && !c.subprocessors().isEmpty())
                || s.review();
        List<String> own =
            s.categories().stream().filter(cat -> s.id().equals(placed.get(cat))).toList();
        List<Measure> onlyPlanned = planned.getOrDefault(s.id(), List.of());
        if (!own.isEmpty() && !shows && !onlyPlanned.isEmpty()) {
          ctx.report(
              ctx.at.section(s.id()),
              "section '"
                  + s.id()
                  + "' ("
                  + ctx.binding(s.title())
                  + ") has only planned measures ("
                  + ids(onlyPlanned)
                  + "); nothing in it is implemented today",
              "add the implemented measure of category "
                  + String.join(" or ", own)
                  + ", or a not-applicable one with its reason");
        } else if (!own.isEmpty()
            && !shows
            && !s.omitIfEmpty()
            && !servedElsewhere(ctx, s, own, placed)) {
          // a section left out when empty (omit-if-empty) never says there are none
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
        check(ctx, s.sections(), placed, withMeasures, planned);
      }
    }

    /**
     * Whether implemented measures, shown in other sections, together serve every SCC item of the
     * section's own categories; false when some item is not served (or has no word list).
     */
    private static boolean servedElsewhere(
        Context ctx, Section s, List<String> own, Map<String, String> placed) {
      if (!SCC_LAYOUTS.contains(ctx.catalogue.layout().id())) {
        return false;
      }
      Set<Integer> items = new TreeSet<>();
      for (String cat : own) {
        List<Integer> scc =
            ctx.taxonomy.find(cat).map(Category::sccAnnexII).orElse(List.<Integer>of());
        if (scc.isEmpty()) {
          return false;
        }
        items.addAll(scc);
      }
      for (int item : items) {
        String list = SERVED_BY_WORDS.get(item);
        if (list == null || !served(ctx, s, placed, item, ctx.words.list(list))) {
          return false;
        }
      }
      return true;
    }

    /** Whether an implemented measure shown outside the section serves the SCC item. */
    private static boolean served(
        Context ctx, Section s, Map<String, String> placed, int item, WordLists.WordList words) {
      for (Measure m : ctx.catalogue.measures()) {
        String at = placed.get(m.category());
        if (m.status() != MeasureStatus.IMPLEMENTED
            || at == null
            || at.equals(s.id())
            || !ctx.taxonomy
                .find(m.category())
                .map(c -> c.sccAnnexII().contains(item))
                .orElse(false)) {
          continue;
        }
        for (Map.Entry<String, String> t : m.text().values().entrySet()) {
          if (words.matches(t.getValue(), Context.language(t.getKey()))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * COV-004: the implemented recoverability measures state how often backups are made, that a copy
   * is kept separately and how often restores are tested. Planned measures never count.
   */
  static final class BackupDetails implements LintRule {
    private static final Map<String, String> ASPECTS =
        Map.of(
            "frequency", "how often backups are made",
            "separate-copy", "that a copy is kept separately (off-site, offline or immutable)",
            "restore-test", "that restores are tested");

    @Override
    public void check(Context ctx) {
      List<Measure> backups = new ArrayList<>();
      List<Measure> planned = new ArrayList<>();
      for (Measure m : ctx.catalogue.measures()) {
        if (m.category().equals("recoverability")) {
          if (m.status() == MeasureStatus.IMPLEMENTED) {
            backups.add(m);
          } else if (m.status() == MeasureStatus.PLANNED) {
            planned.add(m);
          }
        }
      }
      if (backups.isEmpty() && planned.isEmpty()) {
        return; // COV-001 reports the missing point (c)
      }
      WordLists.WordList intervals = ctx.words.list("intervals");
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
        } else if (aspect.getKey().equals("restore-test")) {
          // a restore test is stated: each measure that states one says how often
          for (Measure m : backups) {
            List<String> untimed = untimedRestoreTests(m, aspect.getValue(), intervals);
            if (!untimed.isEmpty()) {
              ctx.report(
                  ctx.at.at(m, "text"),
                  "measure '"
                      + m.id()
                      + "' says that restores are tested, but not how often: "
                      + String.join(", ", untimed)
                      + "; expected an interval in the same sentence",
                  "for example: 'a restore of a full system is tested every quarter'");
            }
          }
        }
      }
      if (!missing.isEmpty()) {
        Measure first = backups.isEmpty() ? planned.get(0) : backups.get(0);
        String notCounted =
            planned.isEmpty()
                ? ""
                : "; "
                    + ids(planned)
                    + (planned.size() == 1
                        ? " is only planned and does not count"
                        : " are only planned and do not count");
        ctx.report(
            ctx.at.at(first),
            (backups.isEmpty()
                    ? "no recoverability measure is implemented, so none states "
                    : "the implemented recoverability measures do not state ")
                + String.join(", nor ", missing)
                + (backups.isEmpty() ? "" : "; expected in at least one of " + ids(backups))
                + notCounted,
            "for example: 'Backups every 24 hours, kept 35 days at a second site; a restore is"
                + " tested every quarter.'");
      }
    }

    /**
     * The texts of the measure that state a restore test but not how often, quoted (the sentence
     * that states it, shortened), each with its language when the measure has several. A text
     * states the interval in the sentence that states the test; when no one sentence states the
     * test (restore and test in two sentences), anywhere in the text.
     */
    private static List<String> untimedRestoreTests(
        Measure m, WordLists.WordList restoreTest, WordLists.WordList intervals) {
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, String> t : m.text().values().entrySet()) {
        String lang = Context.language(t.getKey());
        String text = t.getValue();
        if (!restoreTest.matches(text, lang)) {
          continue;
        }
        String untimed = null;
        boolean timed = false;
        boolean inOneSentence = false;
        for (String sentence : sentences(text)) {
          if (restoreTest.matches(sentence, lang)) {
            inOneSentence = true;
            if (intervals.matches(sentence, lang)) {
              timed = true;
            } else if (untimed == null) {
              untimed = sentence;
            }
          }
        }
        if (!inOneSentence && !intervals.matches(text, lang)) {
          untimed = text;
        }
        if (untimed != null && !timed) {
          String q = untimed.strip();
          q = q.length() > 80 ? q.substring(0, 77) + "…" : q;
          out.add("'" + q + "'" + (m.text().values().size() > 1 ? " (" + t.getKey() + ")" : ""));
        }
      }
      return out;
    }

    private static List<String> sentences(String text) {
      List<String> out = new ArrayList<>();
      java.util.regex.Matcher m = TextRules.UnstatedInterval.SENTENCE_END.matcher(text);
      int from = 0;
      while (m.find()) {
        out.add(text.substring(from, m.end()));
        from = m.end();
      }
      if (from < text.length()) {
        out.add(text.substring(from));
      }
      return out;
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

  /**
   * COV-006: every site has a physical access measure. An implemented one without a site applies
   * everywhere; a not-applicable one counts only for its own site (its reason says why that site
   * needs none); a planned one counts nowhere.
   */
  static final class SitePhysicalAccess implements LintRule {
    @Override
    public void check(Context ctx) {
      boolean everywhere =
          ctx.catalogue.measures().stream()
              .anyMatch(
                  m ->
                      m.category().equals("physical-access")
                          && m.site().isEmpty()
                          && m.status() == MeasureStatus.IMPLEMENTED);
      if (everywhere) {
        return;
      }
      Map<String, Boolean> covered = new LinkedHashMap<>();
      Map<String, List<Measure>> planned = new LinkedHashMap<>();
      for (Measure m : ctx.catalogue.measures()) {
        if (m.category().equals("physical-access") && m.site().isPresent()) {
          if (m.status() == MeasureStatus.PLANNED) {
            planned.computeIfAbsent(m.site().get(), k -> new ArrayList<>()).add(m);
          } else {
            covered.put(m.site().get(), true);
          }
        }
      }
      for (Site s : ctx.catalogue.sites()) {
        if (!covered.containsKey(s.id())) {
          List<Measure> due = planned.getOrDefault(s.id(), List.of());
          ctx.report(
              ctx.at.at(s),
              "site '"
                  + s.id()
                  + "' ("
                  + ctx.binding(s.name())
                  + ") has no "
                  + (due.isEmpty() ? "" : "implemented ")
                  + "physical-access"
                  + " measure"
                  + (due.isEmpty() ? "" : " (" + ids(due) + " only planned)")
                  + "; expected one with 'site: "
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
