package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.GroupBy;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Numbering;
import io.github.tomannex.tom.Section;
import io.github.tomannex.tom.SectionStyle;
import io.github.tomannex.tom.SiteKind;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.Suggest;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds layouts: the built-in ones from resources, and the {@code layout} key of a catalogue. */
final class LayoutBinder {
  static final Map<String, Numbering> NUMBERINGS =
      CatalogueBinder.ids(Numbering.values(), Numbering::id);
  static final Map<String, GroupBy> GROUP_BYS = CatalogueBinder.ids(GroupBy.values(), GroupBy::id);
  static final Map<String, SectionStyle> STYLES =
      CatalogueBinder.ids(SectionStyle.values(), SectionStyle::id);
  static final List<Numbering> DEFAULT_NUMBERING =
      List.of(Numbering.ROMAN, Numbering.ARABIC, Numbering.NESTED);
  private final Diagnostics diags;
  private final Values values;
  private final Layouts layouts;
  private final Positions positions;

  /** Off for a JSON export: its layout is restored by id, without the catalogue's texts. */
  boolean checkLanguages = true;

  /**
   * The categories each overridden section adds ({@code add-categories}), by section id, in the
   * order of the overrides; filled by {@link #override}, applied by {@link #add}.
   */
  private final Map<String, List<String>> additions = new LinkedHashMap<>();

  /** Each language of document.languages with where it is declared, for LANG-003. */
  Map<String, Location> declared = Map.of();

  LayoutBinder(Diagnostics diags, Values values, Layouts layouts, Positions positions) {
    this.diags = diags;
    this.values = values;
    this.layouts = layouts;
    this.positions = positions;
  }

  /** A mapping of an entity, or null (reported) when the node is something else. */
  private Obj obj(YamlNode node, String path, Entity entity) {
    if (node instanceof YamlNode.Mapping m) {
      return new Obj(m, path, diags, entity);
    }
    values.typeError(node, path, "a mapping with the keys " + String.join(", ", entity.names()));
    return null;
  }

  /** A text of the layout, with its position recorded. */
  private Text text(YamlNode n, String path, boolean required) {
    return positions.text(values.text(n, path, required), n);
  }

  /** The catalogue's layout, resolved; null when it has errors. */
  Layout bindCatalogueLayout(YamlNode node, Location at) {
    int before = diags.errorCount();
    Layout layout;
    if (node == null) {
      layout = layouts.find(Layouts.DEFAULT);
    } else if (node instanceof YamlNode.Scalar) {
      String id = values.string(node, "layout");
      layout = id == null ? null : builtin(id, "layout", node.location());
    } else if (node instanceof YamlNode.Mapping m && m.entries().containsKey("extends")) {
      layout = extension(node);
    } else {
      layout = custom(node, "layout", "custom", layouts.defaultLabels());
    }
    if (layout != null) {
      if (checkLanguages) {
        checkLanguages(layout, node == null ? at : node.location());
        checkWords(diags, layout, declared);
      }
    }
    return diags.errorCount() > before ? null : layout;
  }

  private Layout builtin(String id, String path, Location at) {
    Layout layout = layouts.find(id);
    if (layout == null) {
      diags.report(
          at,
          "LAYOUT-001",
          "'"
              + path
              + "' is '"
              + id
              + "', which is not a built-in layout; expected one of "
              + String.join(", ", layouts.ids())
              + ("layout".equals(path) ? ", or a layout mapping" : ""),
          Suggest.hint(id, layouts.ids()));
    }
    return layout;
  }

  private Layout extension(YamlNode node) {
    Obj o = obj(node, "layout", Entity.LAYOUT_EXTENSION);
    YamlNode extendsNode = o.value("extends", Key.Kind.KEYWORD);
    String baseId = extendsNode == null ? null : values.string(extendsNode, "layout.extends");
    Layout base = baseId == null ? null : builtin(baseId, "layout.extends", extendsNode.location());
    if (base == null) {
      return null;
    }
    List<Section> sections = base.sections();
    YamlNode overrides = o.get("overrides");
    if (overrides != null) {
      if (overrides instanceof YamlNode.Mapping m) {
        Map<String, Section> byId = new LinkedHashMap<>();
        collect(sections, byId);
        Map<String, YamlNode> wanted = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
          if (!byId.containsKey(e.getKey())) {
            diags.report(
                m.keys().get(e.getKey()),
                "LAYOUT-002",
                "'layout.overrides' names section '"
                    + e.getKey()
                    + "', which layout '"
                    + baseId
                    + "' does not have; its sections are "
                    + String.join(", ", byId.keySet()),
                Suggest.hint(e.getKey(), byId.keySet()));
          } else {
            wanted.put(e.getKey(), e.getValue());
          }
        }
        additions.clear();
        sections = override(sections, wanted);
        sections = add(sections);
      } else {
        values.typeError(overrides, "layout.overrides", "a mapping from section id to overrides");
      }
    }
    List<Numbering> numbering = numbering(o, base.numbering());
    Map<String, Text> labels = labels(o.get("labels"), "layout.labels", base.labels());
    Text otherTitle = labels.get("other");
    Optional<Text> otherIntro = base.otherIntro();
    YamlNode other = o.get("other");
    if (other != null) {
      Obj oo = obj(other, o.child("other"), o.entity.key("other").child());
      if (oo != null) {
        YamlNode t = oo.get("title");
        if (t != null) {
          otherTitle = text(t, "layout.other.title", true);
        }
        YamlNode i = oo.get("intro");
        if (i != null) {
          otherIntro = Optional.ofNullable(text(i, "layout.other.intro", false));
        }
      }
    }
    if (otherTitle == null || sections == null) {
      return null;
    }
    return new Layout(base.id(), numbering, sections, otherTitle, otherIntro, labels);
  }

  private static void collect(List<Section> sections, Map<String, Section> byId) {
    for (Section s : sections) {
      byId.put(s.id(), s);
      collect(s.sections(), byId);
    }
  }

  private List<Section> override(List<Section> sections, Map<String, YamlNode> wanted) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      List<Section> children = override(s.sections(), wanted);
      YamlNode n = wanted.get(s.id());
      if (n == null) {
        out.add(children.equals(s.sections()) ? s : withChildren(s, children));
        continue;
      }
      String path = "layout.overrides." + s.id();
      Obj o = obj(n, path, Entity.SECTION_OVERRIDE);
      if (o == null) {
        out.add(s);
        continue;
      }
      Text title = s.title();
      if (o.get("title") != null) {
        Text t = text(o.get("title"), o.child("title"), true);
        title = t == null ? title : t;
      }
      Optional<Text> intro = s.intro();
      if (o.has("intro")) {
        intro =
            o.get("intro") == null
                ? Optional.empty()
                : Optional.ofNullable(text(o.get("intro"), o.child("intro"), false));
      }
      List<String> categories =
          o.get("categories") != null
              ? orElse(categories(o.get("categories"), o.child("categories")), s.categories())
              : s.categories();
      if (o.get("add-categories") != null) {
        addition(s.id(), o.get("add-categories"), o.child("add-categories"));
      }
      SectionStyle style =
          o.get("style") != null
              ? orElse(values.choice(o.get("style"), o.child("style"), STYLES), s.style())
              : s.style();
      GroupBy groupBy =
          o.get("group-by") != null
              ? orElse(
                  values.choice(o.get("group-by"), o.child("group-by"), GROUP_BYS), s.groupBy())
              : s.groupBy();
      Map<SiteKind, Text> groups =
          o.get("groups") != null
              ? orElse(groups(o.get("groups"), o.child("groups")), s.groups())
              : s.groups();
      boolean certificates =
          o.get("certificates") != null
              ? orElse(
                  values.bool(o.get("certificates"), o.child("certificates")), s.certificates())
              : s.certificates();
      boolean subprocessors =
          o.get("subprocessors") != null
              ? orElse(
                  values.bool(o.get("subprocessors"), o.child("subprocessors")), s.subprocessors())
              : s.subprocessors();
      boolean review =
          o.get("review") != null
              ? orElse(values.bool(o.get("review"), o.child("review")), s.review())
              : s.review();
      boolean omitIfEmpty =
          o.get("omit-if-empty") != null
              ? orElse(
                  values.bool(o.get("omit-if-empty"), o.child("omit-if-empty")), s.omitIfEmpty())
              : s.omitIfEmpty();
      out.add(
          new Section(
              s.id(),
              title,
              intro,
              categories,
              style,
              groupBy,
              groups,
              certificates,
              subprocessors,
              review,
              children,
              omitIfEmpty));
    }
    return out;
  }

  /**
   * Reads the {@code add-categories} of an override: known categories, each added by one section
   * only (REF-001 otherwise; an unknown one is CAT-001).
   */
  private void addition(String sectionId, YamlNode node, String path) {
    List<String> added = categories(node, path);
    if (added == null) {
      return;
    }
    List<YamlNode> items = node instanceof YamlNode.Seq seq ? seq.items() : List.of();
    List<String> own = additions.computeIfAbsent(sectionId, k -> new ArrayList<>());
    for (String c : added) {
      String other = null;
      for (Map.Entry<String, List<String>> e : additions.entrySet()) {
        if (!e.getKey().equals(sectionId) && e.getValue().contains(c)) {
          other = e.getKey();
        }
      }
      if (other != null) {
        Location at = node.location();
        for (YamlNode item : items) {
          if (item instanceof YamlNode.Scalar sc && sc.text().equals(c)) {
            at = item.location();
          }
        }
        diags.report(
            at,
            "REF-001",
            "'"
                + path
                + "' adds category '"
                + c
                + "', which 'layout.overrides."
                + other
                + ".add-categories' adds too; a category is held by one section",
            "add it to one section only");
      } else if (!own.contains(c)) {
        own.add(c);
      }
    }
  }

  /**
   * Applies the additions: each added category is appended to its section and taken out of every
   * other section, so the section it is added to is the one that holds it.
   */
  private List<Section> add(List<Section> sections) {
    if (additions.isEmpty()) {
      return sections;
    }
    List<String> moved = new ArrayList<>();
    additions.values().forEach(moved::addAll);
    return add(sections, moved);
  }

  private List<Section> add(List<Section> sections, List<String> moved) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      List<String> categories = new ArrayList<>();
      for (String c : s.categories()) {
        if (!moved.contains(c) || additions.getOrDefault(s.id(), List.of()).contains(c)) {
          categories.add(c);
        }
      }
      for (String c : additions.getOrDefault(s.id(), List.of())) {
        if (!categories.contains(c)) {
          categories.add(c);
        }
      }
      List<Section> children = add(s.sections(), moved);
      out.add(
          categories.equals(s.categories()) && children.equals(s.sections())
              ? s
              : new Section(
                  s.id(),
                  s.title(),
                  s.intro(),
                  categories,
                  s.style(),
                  s.groupBy(),
                  s.groups(),
                  s.certificates(),
                  s.subprocessors(),
                  s.review(),
                  children,
                  s.omitIfEmpty()));
    }
    return out;
  }

  private static <T> T orElse(T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static Section withChildren(Section s, List<Section> children) {
    return new Section(
        s.id(),
        s.title(),
        s.intro(),
        s.categories(),
        s.style(),
        s.groupBy(),
        s.groups(),
        s.certificates(),
        s.subprocessors(),
        s.review(),
        children,
        s.omitIfEmpty());
  }

  /** A layout mapping of its own (also the format of the built-in layout resources). */
  Layout custom(YamlNode node, String path, String id, Map<String, Text> baseLabels) {
    Obj o = obj(node, path, Entity.OWN_LAYOUT);
    if (o == null) {
      return null;
    }
    int before = diags.errorCount();
    List<Numbering> numbering = numbering(o, DEFAULT_NUMBERING);
    List<Section> sections = null;
    YamlNode sectionsNode = o.value("sections", Key.Kind.SECTIONS);
    Set<String> seen = new HashSet<>();
    if (sectionsNode != null) {
      sections = sections(sectionsNode, o.child("sections"), seen);
      if (sectionsNode instanceof YamlNode.Seq seq && seq.items().isEmpty()) {
        diags.report(
            sectionsNode.location(),
            "SCHEMA-003",
            "'" + o.child("sections") + "' is empty; a layout has at least one section");
      }
    }
    Map<String, Text> labels = labels(o.get("labels"), o.child("labels"), baseLabels);
    Text otherTitle = labels.get("other");
    Optional<Text> otherIntro = Optional.empty();
    YamlNode other = o.get("other");
    if (other != null) {
      Obj oo = obj(other, o.child("other"), o.entity.key("other").child());
      if (oo != null) {
        YamlNode t = oo.get("title");
        if (t != null) {
          otherTitle = text(t, oo.child("title"), true);
        }
        YamlNode i = oo.get("intro");
        if (i != null) {
          otherIntro = Optional.ofNullable(text(i, oo.child("intro"), false));
        }
      }
    }
    if (diags.errorCount() > before || sections == null || otherTitle == null) {
      return null;
    }
    return new Layout(id, numbering, sections, otherTitle, otherIntro, labels);
  }

  private List<Numbering> numbering(Obj o, List<Numbering> fallback) {
    YamlNode n = o.get("numbering");
    if (n == null) {
      return fallback;
    }
    List<YamlNode> items = values.list(n, o.child("numbering"));
    if (items == null) {
      return fallback;
    }
    List<Numbering> out = new ArrayList<>();
    for (YamlNode item : items) {
      Numbering num = values.choice(item, o.child("numbering"), NUMBERINGS);
      if (num != null) {
        out.add(num);
      }
    }
    return out;
  }

  private List<Section> sections(YamlNode node, String path, Set<String> seen) {
    List<YamlNode> items = values.list(node, path);
    if (items == null) {
      return null;
    }
    List<Section> out = new ArrayList<>();
    int i = 0;
    for (YamlNode item : items) {
      i++;
      Section s = section(item, path + "[" + i + "]", seen);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private Section section(YamlNode node, String path, Set<String> seen) {
    Obj o = obj(node, path, Entity.SECTION);
    if (o == null) {
      return null;
    }
    String id = null;
    YamlNode idNode = o.value("id", Key.Kind.ID);
    if (idNode != null) {
      id = values.id(idNode, o.child("id"));
      if (id != null && !seen.add(id)) {
        diags.report(
            idNode.location(),
            "LAYOUT-003",
            "section id '" + id + "' is used twice in the layout; section ids are unique");
      }
    }
    YamlNode titleNode = o.value("title", Key.Kind.TEXT);
    Text title = titleNode == null ? null : text(titleNode, o.child("title"), true);
    YamlNode introNode = o.get("intro");
    Optional<Text> intro =
        Optional.ofNullable(introNode == null ? null : text(introNode, o.child("intro"), false));
    List<String> categories =
        o.get("categories") == null
            ? List.of()
            : categories(o.get("categories"), o.child("categories"));
    SectionStyle style =
        o.get("style") == null
            ? SectionStyle.LIST
            : values.choice(o.get("style"), o.child("style"), STYLES);
    GroupBy groupBy =
        o.get("group-by") == null
            ? GroupBy.NONE
            : values.choice(o.get("group-by"), o.child("group-by"), GROUP_BYS);
    Map<SiteKind, Text> groups =
        o.get("groups") == null ? Map.of() : groups(o.get("groups"), o.child("groups"));
    if (groupBy == GroupBy.SITE_KIND && !o.has("groups")) {
      diags.report(
          o.at("group-by"),
          "LAYOUT-004",
          "'" + path + "' groups by site-kind but has no 'groups'; give a heading per site kind");
    }
    Boolean certificates =
        o.get("certificates") == null
            ? Boolean.FALSE
            : values.bool(o.get("certificates"), o.child("certificates"));
    Boolean subprocessors =
        o.get("subprocessors") == null
            ? Boolean.FALSE
            : values.bool(o.get("subprocessors"), o.child("subprocessors"));
    Boolean review =
        o.get("review") == null ? Boolean.FALSE : values.bool(o.get("review"), o.child("review"));
    Boolean omitIfEmpty =
        o.get("omit-if-empty") == null
            ? Boolean.FALSE
            : values.bool(o.get("omit-if-empty"), o.child("omit-if-empty"));
    List<Section> children =
        o.get("sections") == null
            ? List.of()
            : sections(o.get("sections"), o.child("sections"), seen);
    if (id == null
        || title == null
        || categories == null
        || style == null
        || groupBy == null
        || groups == null
        || certificates == null
        || subprocessors == null
        || review == null
        || omitIfEmpty == null
        || children == null) {
      return null;
    }
    return new Section(
        id,
        title,
        intro,
        categories,
        style,
        groupBy,
        groups,
        certificates,
        subprocessors,
        review,
        children,
        omitIfEmpty);
  }

  private List<String> categories(YamlNode node, String path) {
    List<YamlNode> items = values.list(node, path);
    if (items == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    List<String> known = Taxonomy.standard().ids();
    for (YamlNode item : items) {
      String c = values.string(item, path);
      if (c != null && !known.contains(c)) {
        diags.report(
            item.location(),
            "CAT-001",
            "'" + path + "' names category '" + c + "', which does not exist",
            CategoryHint.hint(c));
      } else if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Map<SiteKind, Text> groups(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Mapping m)) {
      values.typeError(node, path, "a mapping from site kind to heading");
      return null;
    }
    Map<SiteKind, Text> out = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
      SiteKind kind = CatalogueBinder.SITE_KINDS.get(e.getKey());
      if (kind == null) {
        diags.report(
            m.keys().get(e.getKey()),
            "SCHEMA-006",
            "'"
                + path
                + "' has key '"
                + e.getKey()
                + "'; expected site kinds: "
                + String.join(", ", CatalogueBinder.SITE_KINDS.keySet()),
            Suggest.hint(e.getKey(), CatalogueBinder.SITE_KINDS.keySet()));
        continue;
      }
      Text t = text(e.getValue(), path + "." + e.getKey(), true);
      if (t != null) {
        out.put(kind, t);
      }
    }
    return out;
  }

  private Map<String, Text> labels(YamlNode node, String path, Map<String, Text> base) {
    if (node == null) {
      return base;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      values.typeError(node, path, "a mapping from label key to text");
      return base;
    }
    Map<String, Text> out = new LinkedHashMap<>(base);
    for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
      if (!layouts.defaultLabels().containsKey(e.getKey())) {
        diags.report(
            m.keys().get(e.getKey()),
            "SCHEMA-001",
            "unknown label '"
                + e.getKey()
                + "' in '"
                + path
                + "'; expected one of "
                + String.join(", ", annexKeys())
                + " or a key starting with date, month., period., notice., subprocessors., pdf. or category."
                + " (every key: docs/catalogue-format.md, labels)",
            Suggest.hint(e.getKey(), layouts.defaultLabels().keySet()));
        continue;
      }
      Text t = text(e.getValue(), path + "." + e.getKey(), true);
      if (t != null) {
        out.put(e.getKey(), t);
      }
    }
    return out;
  }

  /** The keys of the annex's own words: those without a group prefix. */
  private List<String> annexKeys() {
    List<String> out = new ArrayList<>();
    for (String key : layouts.defaultLabels().keySet()) {
      if (key.indexOf('.') < 0 && !key.equals("date")) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * LANG-003: every word a document needs, in every language of the catalogue, from its
   * layout.labels or from tom's words for exactly that language. The change history's title is
   * checked where there is a history (LANG-001).
   *
   * @param layout the catalogue's layout
   * @param declared each language of document.languages, with where it is declared
   */
  static void checkWords(Diagnostics diags, Layout layout, Map<String, Location> declared) {
    Labels words = Labels.of(layout);
    for (Map.Entry<String, Location> lang : declared.entrySet()) {
      List<String> missing = new ArrayList<>(words.missing(lang.getKey()));
      missing.remove("history");
      if (!missing.isEmpty()) {
        diags.report(
            lang.getValue(),
            "LANG-003",
            "the documents need a '"
                + lang.getKey()
                + "' word for every label; neither"
                + " layout.labels nor tom has one for "
                + missing.size()
                + " of them: "
                + String.join(", ", missing),
            "set them under layout.labels (docs/catalogue-format.md, labels), or use a language"
                + " tom has words in: "
                + String.join(", ", Labels.standard().languages()));
      }
    }
  }

  /** Every text the layout renders must exist in every language of the document. */
  private void checkLanguages(Layout layout, Location at) {
    if (values.languages.isEmpty()) {
      return;
    }
    for (String lang : values.languages) {
      List<String> missing = new ArrayList<>();
      missingIn(layout.sections(), lang, missing);
      if (layout.otherTitle().in(lang).isEmpty()) {
        missing.add("other.title");
      }
      layout
          .otherIntro()
          .filter(t -> t.in(lang).isEmpty())
          .ifPresent(t -> missing.add("other.intro"));
      // the labels (tom's words) are checked by checkWords (LANG-003)
      if (!missing.isEmpty()) {
        diags.report(
            at,
            "LANG-001",
            "layout '"
                + layout.id()
                + "' has no '"
                + lang
                + "' text for "
                + String.join(", ", missing.subList(0, Math.min(6, missing.size())))
                + (missing.size() > 6 ? " and " + (missing.size() - 6) + " more" : ""),
            "set them under layout.overrides and layout.labels, or write a layout of your own");
      }
    }
  }

  private static void missingIn(List<Section> sections, String lang, List<String> missing) {
    for (Section s : sections) {
      if (s.title().in(lang).isEmpty()) {
        missing.add("sections." + s.id() + ".title");
      }
      if (s.intro().isPresent() && s.intro().get().in(lang).isEmpty()) {
        missing.add("sections." + s.id() + ".intro");
      }
      for (Map.Entry<SiteKind, Text> g : s.groups().entrySet()) {
        if (g.getValue().in(lang).isEmpty()) {
          missing.add("sections." + s.id() + ".groups." + g.getKey().id());
        }
      }
      missingIn(s.sections(), lang, missing);
    }
  }
}
