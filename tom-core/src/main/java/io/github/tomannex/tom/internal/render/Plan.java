package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Category;
import io.github.tomannex.tom.GroupBy;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Numbering;
import io.github.tomannex.tom.Section;
import io.github.tomannex.tom.SectionStyle;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.SiteKind;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.validate.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annex resolved against its layout, independent of language and format: which measures go
 * where, and how every heading is numbered. Measures keep file order within a section.
 */
public final class Plan {

  /** A heading with its content. {@code key} is unique in the document (for anchors). */
  public record Heading(
      String key,
      String number,
      int level,
      Text title,
      Optional<Text> intro,
      SectionStyle style,
      List<Measure> measures,
      boolean certificates,
      boolean subprocessors,
      boolean review,
      boolean history,
      List<Heading> children) {}

  private final List<Heading> sections;

  private Plan(List<Heading> sections) {
    this.sections = List.copyOf(sections);
  }

  public List<Heading> sections() {
    return sections;
  }

  public static Plan of(Catalogue catalogue) {
    Layout layout = catalogue.layout();
    Map<String, String> placed = Placement.of(layout);
    Map<String, List<Measure>> bySection = new LinkedHashMap<>();
    Map<String, List<Measure>> unplaced = new LinkedHashMap<>();
    for (Measure m : catalogue.measures()) {
      String section = placed.get(m.category());
      if (section == null) {
        unplaced.computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
      } else {
        bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(m);
      }
    }
    Builder b = new Builder(catalogue, layout, bySection);
    List<Heading> top = b.sections(layout.sections(), 0, "");
    if (!unplaced.isEmpty()) {
      int n = top.size() + 1;
      String number = b.number(0, n, "");
      List<Heading> groups = new ArrayList<>();
      int g = 0;
      Taxonomy taxonomy = Taxonomy.standard();
      Labels words = Labels.of(catalogue);
      for (Map.Entry<String, List<Measure>> e : unplaced.entrySet()) {
        g++;
        Optional<Category> c = taxonomy.find(e.getKey());
        Map<String, String> titles = new LinkedHashMap<>();
        for (String lang : catalogue.document().languages()) {
          titles.put(
              lang, c.isPresent() ? words.format("category." + e.getKey(), lang) : e.getKey());
        }
        Text title = new Text(titles);
        groups.add(
            new Heading(
                "other-" + e.getKey(),
                b.number(1, g, number),
                1,
                title,
                Optional.empty(),
                SectionStyle.LIST,
                e.getValue(),
                false,
                false,
                false,
                false,
                List.of()));
      }
      top.add(
          new Heading(
              "other",
              number,
              0,
              layout.otherTitle(),
              layout.otherIntro(),
              SectionStyle.LIST,
              List.of(),
              false,
              false,
              false,
              false,
              groups));
    }
    if (!catalogue.changes().isEmpty()) {
      // the changes: log, after everything else, at the level of a top-level section but not
      // numbered: it records how the annex came about, it is not one of its sections
      Text title = layout.labels().get("history");
      // '_' is not allowed in section ids: the key cannot collide with a layout's own
      top.add(
          new Heading(
              "_history",
              "",
              0,
              title,
              Optional.empty(),
              SectionStyle.LIST,
              List.of(),
              false,
              false,
              false,
              true,
              List.of()));
    }
    return new Plan(top);
  }

  private static final class Builder {
    final Catalogue catalogue;
    final Layout layout;
    final Map<String, List<Measure>> bySection;

    Builder(Catalogue catalogue, Layout layout, Map<String, List<Measure>> bySection) {
      this.catalogue = catalogue;
      this.layout = layout;
      this.bySection = bySection;
    }

    List<Heading> sections(List<Section> sections, int level, String parentNumber) {
      List<Heading> out = new ArrayList<>();
      int i = 0;
      for (Section s : sections) {
        if (!shown(s)) {
          continue;
        }
        i++;
        out.add(section(s, level, number(level, i, parentNumber)));
      }
      return out;
    }

    /**
     * Whether the section is in the document: always, unless it is {@code omit-if-empty} and
     * neither it nor a subsection shows anything.
     */
    boolean shown(Section s) {
      return !s.omitIfEmpty() || showsSomething(s);
    }

    private boolean showsSomething(Section s) {
      if (!bySection.getOrDefault(s.id(), List.of()).isEmpty()
          || (s.certificates() && !catalogue.certificates().isEmpty())
          || (s.subprocessors() && !catalogue.subprocessors().isEmpty())
          || s.review()) {
        return true;
      }
      for (Section child : s.sections()) {
        if (shown(child)) {
          return true;
        }
      }
      return false;
    }

    Heading section(Section s, int level, String number) {
      List<Measure> measures = bySection.getOrDefault(s.id(), List.of());
      List<Heading> children = new ArrayList<>();
      List<Measure> direct = measures;
      int counter = 0;
      if (s.groupBy() != GroupBy.NONE && !measures.isEmpty()) {
        direct = new ArrayList<>();
        Map<Object, List<Measure>> grouped = new LinkedHashMap<>();
        Map<Object, Text> titles = new LinkedHashMap<>();
        if (s.groupBy() == GroupBy.SITE_KIND) {
          for (Map.Entry<SiteKind, Text> g : s.groups().entrySet()) {
            grouped.put(g.getKey(), new ArrayList<>());
            titles.put(g.getKey(), g.getValue());
          }
        } else {
          for (Site site : catalogue.sites()) {
            grouped.put(site.id(), new ArrayList<>());
            titles.put(site.id(), site.name());
          }
        }
        for (Measure m : measures) {
          Optional<Site> site = m.site().flatMap(catalogue::site);
          Object key =
              site.map(x -> s.groupBy() == GroupBy.SITE_KIND ? (Object) x.kind() : x.id())
                  .orElse(null);
          List<Measure> list = key == null ? null : grouped.get(key);
          if (list == null) {
            direct.add(m);
          } else {
            list.add(m);
          }
        }
        for (Map.Entry<Object, List<Measure>> g : grouped.entrySet()) {
          if (g.getValue().isEmpty()) {
            continue;
          }
          counter++;
          String key = s.id() + "-" + (g.getKey() instanceof SiteKind k ? k.id() : g.getKey());
          children.add(
              new Heading(
                  key,
                  number(level + 1, counter, number),
                  level + 1,
                  titles.get(g.getKey()),
                  Optional.empty(),
                  s.style(),
                  g.getValue(),
                  false,
                  false,
                  false,
                  false,
                  List.of()));
        }
      }
      for (Section child : s.sections()) {
        if (!shown(child)) {
          continue;
        }
        counter++;
        children.add(section(child, level + 1, number(level + 1, counter, number)));
      }
      return new Heading(
          s.id(),
          number,
          level,
          s.title(),
          s.intro(),
          s.style(),
          direct,
          s.certificates(),
          s.subprocessors(),
          s.review(),
          false,
          children);
    }

    String number(int level, int n, String parent) {
      Numbering style =
          level < layout.numbering().size() ? layout.numbering().get(level) : Numbering.NONE;
      return switch (style) {
        case ROMAN -> roman(n) + ".";
        case ARABIC -> n + ".";
        case ALPHA -> alpha(n) + ")";
        case NESTED -> {
          String p =
              parent.endsWith(".") || parent.endsWith(")")
                  ? parent.substring(0, parent.length() - 1)
                  : parent;
          yield p.isEmpty() ? n + "." : p + "." + n;
        }
        case NONE -> "";
      };
    }
  }

  static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        sb.append(digits[i]);
        n -= values[i];
      }
    }
    return sb.toString();
  }

  static String alpha(int n) {
    StringBuilder sb = new StringBuilder();
    while (n > 0) {
      n--;
      sb.insert(0, (char) ('a' + n % 26));
      n /= 26;
    }
    return sb.toString();
  }
}
