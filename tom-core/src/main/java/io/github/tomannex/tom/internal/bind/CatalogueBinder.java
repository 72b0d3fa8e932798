package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Agreement;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Layout;
import io.github.tomannex.tom.Location;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.MeasureType;
import io.github.tomannex.tom.Processor;
import io.github.tomannex.tom.Review;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.SiteKind;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.Diagnostics;
import io.github.tomannex.tom.internal.rules.RuleTable;
import io.github.tomannex.tom.internal.yaml.Node;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Binds a YAML tree to a {@link Catalogue}, reporting every structural problem. Returns a
 * catalogue only when nothing was reported as an error here; cross-references are checked
 * afterwards by the validator.
 */
public final class CatalogueBinder {
  static final Map<String, SiteKind> SITE_KINDS = ids(SiteKind.values(), SiteKind::id);
  static final Map<String, MeasureType> TYPES = ids(MeasureType.values(), MeasureType::id);
  static final Map<String, MeasureStatus> STATUSES = ids(MeasureStatus.values(), MeasureStatus::id);

  /** The most languages one annex can have. */
  static final int MAX_LANGUAGES = 24;

  private final Diagnostics diags;
  private final Values values;
  /** The mapping each bound entry came from, for positions in later checks. */
  private final Map<Object, Node.Mapping> nodes = new java.util.IdentityHashMap<>();
  private final Layouts layouts;
  private final String source;
  /** The ids each list declares, bound or not. */
  private final Map<String, Set<String>> declared = new LinkedHashMap<>();

  public CatalogueBinder(Diagnostics diags, Layouts layouts, String source) {
    this.diags = diags;
    this.values = new Values(diags);
    this.layouts = layouts;
    this.source = source;
  }

  /**
   * Binds a JSON export (see {@link ExportAdapter}): its layout is restored by id, so the
   * layout's texts are not checked against the document's languages.
   */
  public CatalogueBinder forExport() {
    this.export = true;
    return this;
  }

  private boolean export;

  static <E> Map<String, E> ids(E[] all, java.util.function.Function<E, String> id) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : all) {
      map.put(id.apply(e), e);
    }
    return map;
  }

  /** Binds what can be bound; null when the root is not a mapping. */
  public Bound bind(Node root) {
    if (!(root instanceof Node.Mapping)) {
      diags.report(
          root.location(),
          "SCHEMA-002",
          "the top level is " + root.describe() + "; expected a mapping with the keys tom,"
              + " document, review and measures");
      return null;
    }
    Obj top =
        values.obj(
            root,
            "",
            "tom",
            "document",
            "review",
            "layout",
            "subprocessors",
            "sites",
            "certificates",
            "measures",
            "changes",
            "lint");
    Node tomNode = top.require("tom");
    if (tomNode != null) {
      Integer v = values.integer(tomNode, "tom");
      if (v != null && v != 1) {
        diags.report(
            tomNode.location(),
            "SCHEMA-008",
            "'tom' is " + v + ", an unknown format version; this version of tom reads format 1");
      }
    }
    values.languages = languagesOf(top);
    Node docNode = top.require("document");
    Document document = docNode == null ? null : document(docNode);
    Node reviewNode = top.require("review");
    Review review = reviewNode == null ? null : review(reviewNode);
    List<Subprocessor> subprocessors = items(top, "subprocessors", this::subprocessor);
    List<Site> sites = items(top, "sites", this::site);
    List<Certificate> certificates = items(top, "certificates", this::certificate);
    List<Measure> measures = null;
    Node measuresNode = top.require("measures");
    if (measuresNode != null) {
      measures = items(top, "measures", this::measure);
      if (measuresNode instanceof Node.Seq seq && seq.items().isEmpty()) {
        diags.report(
            seq.location(), "SCHEMA-003", "'measures' is empty; a catalogue lists at least one");
      }
    }
    Location layoutAt = top.node.keys().getOrDefault("layout", languagesAt(top));
    LayoutBinder layoutBinder = new LayoutBinder(diags, values, layouts);
    layoutBinder.checkLanguages = !export;
    Layout layout = layoutBinder.bindCatalogueLayout(top.get("layout"), layoutAt);
    Map<String, RuleLevel> lint = lint(top.get("lint"));
    List<Change> changes = items(top, "changes", this::change);
    if (!export && layout != null && changes != null && !changes.isEmpty()) {
      // the change history's title, only needed when there is a history
      Text history = layout.labels().get("history");
      for (String lang : values.languages) {
        if (history == null || history.in(lang).isEmpty()) {
          diags.report(top.node.keys().get("changes"), "LANG-001",
              "the change history has no '" + lang + "' title; set layout.labels.history"
                  + " (for a built-in layout: layout.extends with labels)");
        }
      }
    }
    return new Bound(
        document,
        review,
        layout,
        orEmpty(subprocessors),
        orEmpty(sites),
        orEmpty(certificates),
        orEmpty(measures),
        orEmpty(changes),
        source,
        nodes,
        (Node.Mapping) root,
        lint,
        Map.copyOf(declared));
  }

  /**
   * The catalogue's {@code lint:} mapping: configurable rule ids to levels. Unknown ids are
   * SCHEMA-001 (with a suggestion), unknown levels SCHEMA-006.
   */
  private Map<String, RuleLevel> lint(Node node) {
    Map<String, RuleLevel> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof Node.Mapping m)) {
      values.typeError(node, "lint", "a mapping from rule id to off, info, warning or error");
      return out;
    }
    List<String> configurable = RuleTable.standard().configurable();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String id = e.getKey();
      Location keyAt = m.keys().get(id);
      if (!configurable.contains(id)) {
        boolean structural = RuleTable.standard().find(id).isPresent();
        diags.report(
            keyAt,
            "SCHEMA-001",
            structural
                ? "rule '" + id + "' in 'lint' is a structural rule and cannot be configured;"
                    + " only the rules of docs/rules.md can"
                : "unknown rule '" + id + "' in 'lint'; expected a rule id of docs/rules.md"
                    + " such as SPEC-002",
            structural ? null : io.github.tomannex.tom.internal.Suggest.hint(id, configurable));
        continue;
      }
      if (e.getValue() instanceof Node.Scalar b && b.kind() == Node.ScalarKind.BOOL) {
        // YAML 1.1 (and the editors that use it) reads an unquoted off as false
        if ("false".equalsIgnoreCase(b.text().trim())) {
          out.put(id, RuleLevel.OFF);
        } else {
          diags.report(b.location(), "SCHEMA-006",
              "'lint." + id + "' is " + b.text().trim() + "; expected one of off, info, warning,"
                  + " error");
        }
        continue;
      }
      String text = values.string(e.getValue(), "lint." + id);
      if (text == null) {
        continue;
      }
      java.util.Optional<RuleLevel> level = RuleLevel.parse(text);
      if (level.isEmpty() || !text.equals(level.get().id())) {
        diags.report(
            e.getValue().location(),
            "SCHEMA-006",
            "'lint." + id + "' is '" + text + "'; expected one of off, info, warning, error",
            io.github.tomannex.tom.internal.Suggest.hint(text,
                List.of("off", "info", "warning", "error")));
        continue;
      }
      out.put(id, level.get());
    }
    return out;
  }

  /**
   * What could be bound, possibly partial: null where a part had errors. Cross-reference
   * checks run on it, so all problems are reported in one pass.
   */
  public record Bound(
      Document document,
      Review review,
      Layout layout,
      List<Subprocessor> subprocessors,
      List<Site> sites,
      List<Certificate> certificates,
      List<Measure> measures,
      List<Change> changes,
      String source,
      Map<Object, Node.Mapping> nodes,
      Node.Mapping root,
      Map<String, RuleLevel> lint,
      Map<String, Set<String>> declared) {

    /**
     * The ids written in a list ({@code sites}, {@code subprocessors}, …), also those of
     * entries that could not be bound: a reference to an entry with errors of its own is not
     * a second error.
     */
    public Set<String> declared(String list) {
      return declared.getOrDefault(list, Set.of());
    }

    /**
     * Where a key of a bound entry is: its value, or for a list, the item equal to {@code
     * item}; the entry itself when the key is absent.
     */
    public Location at(Object entry, String key, String item) {
      Node.Mapping m = nodes.get(entry);
      if (m == null) {
        throw new IllegalArgumentException("not a bound entry: " + entry);
      }
      Node n = m.entries().get(key);
      if (n instanceof Node.Seq seq && item != null) {
        for (Node i : seq.items()) {
          if (i instanceof Node.Scalar sc && sc.text().equals(item)) {
            return sc.location();
          }
        }
      }
      return n != null ? n.location() : m.location();
    }

    /** The catalogue, when every part was bound. */
    public Optional<Catalogue> catalogue() {
      if (document == null || review == null || layout == null || measures.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Catalogue(
              1, document, review, layout, subprocessors, sites, certificates, measures, changes,
              source));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Location languagesAt(Obj top) {
    if (top.get("document") instanceof Node.Mapping m && m.entries().get("languages") != null) {
      return m.entries().get("languages").location();
    }
    return top.location();
  }

  /** Reads document.languages ahead of everything else: texts are checked against it. */
  private List<String> languagesOf(Obj top) {
    Node doc = top.get("document");
    if (!(doc instanceof Node.Mapping m) || !m.entries().containsKey("languages")) {
      return List.of();
    }
    Node node = m.entries().get("languages");
    List<Node> items = values.list(node, "document.languages");
    if (items == null) {
      return List.of();
    }
    Set<String> langs = new LinkedHashSet<>();
    Set<String> refused = new java.util.HashSet<>();
    if (items.size() > MAX_LANGUAGES) {
      diags.report(node.location(), "SCHEMA-011", "'document.languages' names " + items.size()
          + " languages; an annex has at most " + MAX_LANGUAGES);
      return List.of();
    }
    for (Node item : items) {
      String lang = values.string(item, "document.languages");
      if (lang == null) {
        continue;
      }
      if (!Values.languageTag(lang)) {
        refused.add(lang);
        diags.report(
            item.location(),
            "SCHEMA-007",
            "'document.languages' has '" + (lang.length() > 40 ? lang.substring(0, 40) + "…"
                    : lang) + "'; expected a lower-case language code such as de or en"
                + (lang.length() > Values.MAX_LANGUAGE_TAG
                    ? ", at most " + Values.MAX_LANGUAGE_TAG + " characters" : ""));
      } else if (!langs.add(lang)) {
        diags.report(
            item.location(), "SCHEMA-007", "'document.languages' names '" + lang + "' twice");
      }
    }
    values.refusedLanguages = refused;
    if (langs.isEmpty() && items.isEmpty()) {
      diags.report(
          node.location(), "SCHEMA-003", "'document.languages' is empty; name at least one");
    }
    return List.copyOf(langs);
  }

  private Document document(Node node) {
    Obj o =
        values.obj(
            node,
            "document",
            "title",
            "label",
            "version",
            "effective",
            "languages",
            "processor",
            "agreement",
            "url",
            "preamble",
            "closing");
    if (o == null) {
      return null;
    }
    Text title = requiredText(o, "title");
    Optional<Text> label = optionalText(o, "label");
    Node versionNode = o.require("version");
    String version = versionNode == null ? null : values.nonEmptyString(versionNode, "document.version");
    Node effNode = o.require("effective");
    LocalDate effective = effNode == null ? null : values.date(effNode, "document.effective");
    o.require("languages");
    Processor processor = null;
    Node procNode = o.require("processor");
    if (procNode != null) {
      Obj p = values.obj(procNode, "document.processor", "name", "address", "contact");
      if (p != null) {
        Node nameNode = p.require("name");
        String name = nameNode == null ? null : values.nonEmptyString(nameNode, p.child("name"));
        Optional<Text> address = optionalName(p, "address");
        Optional<Text> contact = optionalName(p, "contact");
        if (name != null) {
          processor = track(p, new Processor(name, address, contact));
        }
      }
    }
    Optional<Agreement> agreement = Optional.empty();
    Node agrNode = o.get("agreement");
    if (agrNode != null) {
      Obj a = values.obj(agrNode, "document.agreement", "title", "reference");
      if (a != null) {
        agreement = Optional.of(track(a,
            new Agreement(optionalText(a, "title"), optionalName(a, "reference"))));
      }
    }
    Node urlNode = o.get("url");
    Optional<String> url = Optional.ofNullable(urlNode == null ? null : values.url(urlNode, "document.url"));
    Optional<Text> preamble = optionalText(o, "preamble");
    Optional<Text> closing = optionalText(o, "closing");
    if (title == null || version == null || effective == null || processor == null
        || values.languages.isEmpty()) {
      return null;
    }
    return track(o, new Document(
        title, label, version, effective, values.languages, processor, agreement, url, preamble,
        closing));
  }

  private Review review(Node node) {
    Obj o = values.obj(node, "review", "interval", "last", "statement");
    if (o == null) {
      return null;
    }
    Node intervalNode = o.require("interval");
    Period interval = intervalNode == null ? null : values.period(intervalNode, "review.interval");
    Node lastNode = o.require("last");
    LocalDate last = lastNode == null ? null : values.date(lastNode, "review.last");
    Optional<Text> statement = optionalText(o, "statement");
    return interval == null || last == null ? null
        : track(o, new Review(interval, last, statement));
  }

  private Subprocessor subprocessor(Node node, String path) {
    Obj o = values.obj(node, path, "id", "name", "service", "location");
    if (o == null) {
      return null;
    }
    String id = requiredId(o);
    Node nameNode = o.require("name");
    String name = nameNode == null ? null : values.nonEmptyString(nameNode, o.child("name"));
    Optional<Text> service = optionalText(o, "service");
    Optional<Text> place = optionalName(o, "location");
    return id == null || name == null
        ? null
        : track(o, new Subprocessor(id, name, service, place, o.location()));
  }

  private Site site(Node node, String path) {
    Obj o = values.obj(node, path, "id", "name", "kind", "operator");
    if (o == null) {
      return null;
    }
    String id = requiredId(o);
    Text name = requiredText(o, "name");
    Node kindNode = o.require("kind");
    SiteKind kind = kindNode == null ? null : values.choice(kindNode, o.child("kind"), SITE_KINDS);
    Optional<String> operator = optionalId(o, "operator");
    return id == null || name == null || kind == null
        ? null
        : track(o, new Site(id, name, kind, operator, o.location()));
  }

  private Certificate certificate(Node node, String path) {
    Obj o =
        values.obj(
            node, path, "id", "title", "standard", "issuer", "holder", "site", "valid-until");
    if (o == null) {
      return null;
    }
    String id = requiredId(o);
    Text title = requiredText(o, "title");
    Node stdNode = o.require("standard");
    String standard = stdNode == null ? null : values.nonEmptyString(stdNode, o.child("standard"));
    Optional<Text> issuer = optionalName(o, "issuer");
    Optional<String> holder = optionalId(o, "holder");
    Optional<String> site = optionalId(o, "site");
    Node validNode = o.get("valid-until");
    LocalDate validUntil = validNode == null ? null : values.date(validNode, o.child("valid-until"));
    if (id == null || title == null || standard == null) {
      return null;
    }
    return track(o, new Certificate(
        id, title, standard, issuer, holder, site, Optional.ofNullable(validUntil), o.location()));
  }

  private Measure measure(Node node, String path) {
    Obj o =
        values.obj(
            node,
            path,
            "id",
            "category",
            "text",
            "site",
            "type",
            "status",
            "due",
            "reason",
            "certificates");
    if (o == null) {
      return null;
    }
    String id = requiredId(o);
    Node catNode = o.require("category");
    String category = catNode == null ? null : values.string(catNode, o.child("category"));
    Text text = requiredText(o, "text");
    Optional<String> site = optionalId(o, "site");
    Node typeNode = o.get("type");
    MeasureType type = typeNode == null ? null : values.choice(typeNode, o.child("type"), TYPES);
    Node statusNode = o.get("status");
    MeasureStatus status =
        statusNode == null
            ? MeasureStatus.IMPLEMENTED
            : values.choice(statusNode, o.child("status"), STATUSES);
    Node dueNode = o.get("due");
    LocalDate due = dueNode == null ? null : values.date(dueNode, o.child("due"));
    Optional<Text> reason = optionalText(o, "reason");
    List<String> certificates = new ArrayList<>();
    Node certNode = o.get("certificates");
    if (certNode != null) {
      List<Node> items = values.list(certNode, o.child("certificates"));
      if (items != null) {
        for (Node item : items) {
          String ref = values.id(item, o.child("certificates"));
          if (ref != null) {
            certificates.add(ref);
          }
        }
      }
    }
    String what = "measure '" + (id != null ? id : path) + "'";
    if (status == MeasureStatus.PLANNED && o.get("due") == null) {
      diags.report(o.at("status"), "STATUS-001",
          what + " is planned but has no 'due' date; say by when it will be in place");
    }
    if (status == MeasureStatus.NOT_APPLICABLE && o.get("reason") == null) {
      diags.report(o.at("status"), "STATUS-002",
          what + " is not-applicable but has no 'reason'; say why it does not apply");
    }
    if (status != null && status != MeasureStatus.PLANNED && o.get("due") != null) {
      diags.report(o.at("due"), "STATUS-003",
          what + " has a 'due' date but is " + status.id() + "; 'due' applies to planned"
              + " measures only");
    }
    if (status != null && status != MeasureStatus.NOT_APPLICABLE && o.get("reason") != null) {
      diags.report(o.at("reason"), "STATUS-003",
          what + " has a 'reason' but is " + status.id() + "; 'reason' applies to"
              + " not-applicable measures only");
    }
    if (id == null || category == null || text == null || status == null) {
      return null;
    }
    return track(o, new Measure(
        id,
        category,
        text,
        site,
        Optional.ofNullable(type),
        status,
        Optional.ofNullable(due),
        reason,
        certificates,
        o.location()));
  }

  private Change change(Node node, String path) {
    Obj o = values.obj(node, path, "version", "date", "measure", "certificate", "reason");
    if (o == null) {
      return null;
    }
    Node versionNode = o.require("version");
    String version =
        versionNode == null ? null : values.nonEmptyString(versionNode, o.child("version"));
    Node dateNode = o.require("date");
    LocalDate date = dateNode == null ? null : values.date(dateNode, o.child("date"));
    Optional<String> measure = optionalId(o, "measure");
    Optional<String> certificate = optionalId(o, "certificate");
    Text reason = requiredText(o, "reason");
    if (o.get("measure") == null && o.get("certificate") == null) {
      diags.report(o.location(), "SCHEMA-003",
          "'" + path + "' names neither a 'measure' nor a 'certificate'; a change records"
              + " what was reduced by its id");
      return null;
    }
    if (o.get("measure") != null && o.get("certificate") != null) {
      diags.report(o.at("certificate"), "SCHEMA-002",
          "'" + path + "' names both a 'measure' and a 'certificate'; record each in an"
              + " entry of its own");
      return null;
    }
    if (version == null || date == null || reason == null
        || (measure.isEmpty() && certificate.isEmpty())) {
      return null;
    }
    return track(o, new Change(version, date, measure, certificate, reason, o.location()));
  }

  private <T> T track(Obj o, T entry) {
    nodes.put(entry, o.node);
    return entry;
  }

  private String requiredId(Obj o) {
    Node n = o.require("id");
    return n == null ? null : values.id(n, o.child("id"));
  }

  private Optional<String> optionalId(Obj o, String key) {
    Node n = o.get(key);
    return Optional.ofNullable(n == null ? null : values.id(n, o.child(key)));
  }

  private Text requiredText(Obj o, String key) {
    Node n = o.require(key);
    return n == null ? null : values.text(n, o.child(key), true);
  }

  private Optional<Text> optionalText(Obj o, String key) {
    Node n = o.get(key);
    return Optional.ofNullable(n == null ? null : values.text(n, o.child(key), false));
  }

  /** A {@code <name>}: a plain string is valid in every language. */
  private Optional<Text> optionalName(Obj o, String key) {
    Node n = o.get(key);
    return Optional.ofNullable(n == null ? null : values.name(n, o.child(key), false));
  }

  /** Binds each item of an optional list; the path of an item names its id when it has one. */
  private <T> List<T> items(Obj top, String key, BiFunction<Node, String, T> bind) {
    Node node = top.get(key);
    if (node == null) {
      return top.has(key) ? List.of() : null;
    }
    List<Node> items = values.list(node, key);
    if (items == null) {
      return null;
    }
    List<T> out = new ArrayList<>(items.size());
    int i = 0;
    for (Node item : items) {
      i++;
      String path = key + "[" + i + "]";
      if (item instanceof Node.Mapping m
          && m.entries().get("id") instanceof Node.Scalar s
          && s.kind() == Node.ScalarKind.STRING
          && Values.ID.matcher(s.text()).matches()) {
        path = key + "[" + s.text() + "]";
        declared.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(s.text());
      }
      T t = bind.apply(item, path);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }
}
