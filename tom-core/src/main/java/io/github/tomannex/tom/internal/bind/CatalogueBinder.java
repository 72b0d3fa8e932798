package io.github.tomannex.tom.internal.bind;

import io.github.tomannex.tom.Agreement;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
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
import io.github.tomannex.tom.SourceMap;
import io.github.tomannex.tom.StandardClauses;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.rules.Diagnostics;
import io.github.tomannex.tom.internal.rules.RuleTable;
import io.github.tomannex.tom.internal.yaml.YamlNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a YAML tree to a {@link Catalogue}, reporting every structural problem. Returns a catalogue
 * only when nothing was reported as an error here; cross-references are checked afterwards by the
 * validator.
 */
public final class CatalogueBinder {
  static final Map<String, SiteKind> SITE_KINDS = ids(SiteKind.values(), SiteKind::id);
  static final Map<String, MeasureType> TYPES = ids(MeasureType.values(), MeasureType::id);
  static final Map<String, MeasureStatus> STATUSES = ids(MeasureStatus.values(), MeasureStatus::id);

  /** The most languages one annex can have. */
  static final int MAX_LANGUAGES = 24;

  private final Diagnostics diags;
  private final Values values;

  /** Where each bound part was written, for positions in later checks. */
  private final Positions positions;

  private final Layouts layouts;
  private final String source;

  /** The ids each list declares, bound or not. */
  private final Map<String, Set<String>> declared = new LinkedHashMap<>();

  public CatalogueBinder(Diagnostics diags, Layouts layouts, String source) {
    this(diags, layouts, source, false);
  }

  private CatalogueBinder(Diagnostics diags, Layouts layouts, String source, boolean export) {
    this.diags = diags;
    this.values = new Values(diags);
    this.layouts = layouts;
    this.source = source;
    this.export = export;
    this.positions = new Positions(layouts.sources());
  }

  /**
   * A binder for a JSON export (see {@link ExportAdapter}): its layout is restored by id, so the
   * layout's texts are not checked against the document's languages.
   */
  public CatalogueBinder forExport() {
    return new CatalogueBinder(diags, layouts, source, true);
  }

  /** Whether a JSON export is bound. */
  private final boolean export;

  static <E> Map<String, E> ids(E[] all, java.util.function.Function<E, String> id) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : all) {
      map.put(id.apply(e), e);
    }
    return map;
  }

  /** Binds what can be bound; null when the root is not a mapping. */
  public Bound bind(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping)) {
      diags.report(
          root.location(),
          "SCHEMA-002",
          "the top level is "
              + root.describe()
              + "; expected a mapping with the keys tom,"
              + " document, review and measures");
      return null;
    }
    Obj top = new Obj((YamlNode.Mapping) root, "", diags, Entity.TOP);
    YamlNode tomNode = top.value("tom", Key.Kind.INTEGER);
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
    YamlNode docNode = top.value("document", Key.Kind.MAPPING);
    Document document = docNode == null ? null : document(top, docNode);
    YamlNode reviewNode = top.value("review", Key.Kind.MAPPING);
    Review review = reviewNode == null ? null : review(top, reviewNode);
    List<Subprocessor> subprocessors = items(top, "subprocessors", this::subprocessor);
    List<Site> sites = items(top, "sites", this::site);
    List<Certificate> certificates = items(top, "certificates", this::certificate);
    List<Measure> measures = null;
    YamlNode measuresNode = top.value("measures", Key.Kind.LIST);
    if (measuresNode != null) {
      measures = items(top, "measures", this::measure);
      if (measuresNode instanceof YamlNode.Seq seq && seq.items().isEmpty()) {
        diags.report(
            seq.location(), "SCHEMA-003", "'measures' is empty; a catalogue lists at least one");
      }
    }
    Location layoutAt = top.node.keys().getOrDefault("layout", languagesAt(top));
    LayoutBinder layoutBinder = new LayoutBinder(diags, values, layouts, positions);
    layoutBinder.checkLanguages = !export;
    layoutBinder.declared = languageDeclarations(top);
    Layout layout =
        layoutBinder.bindCatalogueLayout(top.value("layout", Key.Kind.LAYOUT), layoutAt);
    Map<String, RuleLevel> lint = lint(top.value("lint", Key.Kind.LEVELS));
    List<Change> changes = items(top, "changes", this::change);
    if (!export && layout != null && changes != null && !changes.isEmpty()) {
      // the change history's title, only needed when there is a history
      Text history = layout.labels().get("history");
      for (String lang : values.languages) {
        if (history == null || history.in(lang).isEmpty()) {
          diags.report(
              top.node.keys().get("changes"),
              "LANG-001",
              "the change history has no '"
                  + lang
                  + "' title; set layout.labels.history"
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
        positions.build(),
        (YamlNode.Mapping) root,
        lint,
        Map.copyOf(declared));
  }

  /**
   * The catalogue's {@code lint:} mapping: configurable rule ids to levels. Unknown ids are
   * SCHEMA-001 (with a suggestion), unknown levels SCHEMA-006.
   */
  private Map<String, RuleLevel> lint(YamlNode node) {
    Map<String, RuleLevel> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      values.typeError(node, "lint", "a mapping from rule id to off, info, warning or error");
      return out;
    }
    List<String> configurable = RuleTable.standard().configurable();
    for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
      String id = e.getKey();
      Location keyAt = m.keys().get(id);
      if (!configurable.contains(id)) {
        boolean structural = RuleTable.standard().find(id).isPresent();
        diags.report(
            keyAt,
            "SCHEMA-001",
            structural
                ? "rule '"
                    + id
                    + "' in 'lint' is a structural rule and cannot be configured;"
                    + " only the rules of docs/rules.md can"
                : "unknown rule '"
                    + id
                    + "' in 'lint'; expected a rule id of docs/rules.md"
                    + " such as SPEC-002",
            structural ? null : io.github.tomannex.tom.internal.Suggest.hint(id, configurable));
        continue;
      }
      if (e.getValue() instanceof YamlNode.Scalar b && b.kind() == YamlNode.ScalarKind.BOOL) {
        // YAML 1.1 (and the editors that use it) reads an unquoted off as false
        if ("false".equalsIgnoreCase(b.text().trim())) {
          out.put(id, RuleLevel.OFF);
        } else {
          diags.report(
              b.location(),
              "SCHEMA-006",
              "'lint."
                  + id
                  + "' is "
                  + b.text().trim()
                  + "; expected one of off, info, warning,"
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
            io.github.tomannex.tom.internal.Suggest.hint(
                text, List.of("off", "info", "warning", "error")));
        continue;
      }
      out.put(id, level.get());
    }
    return out;
  }

  /**
   * What could be bound, possibly partial: null where a part had errors. Cross-reference checks run
   * on it, so all problems are reported in one pass.
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
      SourceMap sources,
      YamlNode.Mapping root,
      Map<String, RuleLevel> lint,
      Map<String, Set<String>> declared) {

    /**
     * The ids written in a list ({@code sites}, {@code subprocessors}, …), also those of entries
     * that could not be bound: a reference to an entry with errors of its own is not a second
     * error.
     */
    public Set<String> declared(String list) {
      return declared.getOrDefault(list, Set.of());
    }

    /**
     * Where a key of a bound entry is: its value, or for a list, the item equal to {@code item};
     * the entry itself when the key is absent.
     */
    public Location at(Object entry, String key, String item) {
      Location at =
          sources
              .positionOf(entry)
              .orElseThrow(() -> new IllegalArgumentException("not a bound entry: " + entry));
      return (item == null ? Optional.<Location>empty() : sources.positionOf(entry, key, item))
          .or(() -> sources.positionOf(entry, key))
          .orElse(at);
    }

    /** Where a bound entry is. */
    public Location at(Object entry) {
      return sources
          .positionOf(entry)
          .orElseThrow(() -> new IllegalArgumentException("not a bound entry: " + entry));
    }

    /** The catalogue, when every part was bound. */
    public Optional<Catalogue> catalogue() {
      if (document == null || review == null || layout == null || measures.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Catalogue(
              1,
              document,
              review,
              layout,
              subprocessors,
              sites,
              certificates,
              measures,
              changes,
              source,
              sources));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Each language of document.languages that was read, with where it is written. */
  private Map<String, Location> languageDeclarations(Obj top) {
    Map<String, Location> out = new LinkedHashMap<>();
    if (top.get("document") instanceof YamlNode.Mapping m
        && m.entries().get("languages") instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && values.languages.contains(s.text())) {
          out.putIfAbsent(s.text(), s.location());
        }
      }
    }
    for (String lang : values.languages) {
      out.putIfAbsent(lang, languagesAt(top));
    }
    return out;
  }

  private static Location languagesAt(Obj top) {
    if (top.get("document") instanceof YamlNode.Mapping m && m.entries().get("languages") != null) {
      return m.entries().get("languages").location();
    }
    return top.location();
  }

  /** Reads document.languages ahead of everything else: texts are checked against it. */
  private List<String> languagesOf(Obj top) {
    YamlNode doc = top.get("document");
    if (!(doc instanceof YamlNode.Mapping m) || !m.entries().containsKey("languages")) {
      return List.of();
    }
    YamlNode node = m.entries().get("languages");
    List<YamlNode> items = values.list(node, "document.languages");
    if (items == null) {
      return List.of();
    }
    Set<String> langs = new LinkedHashSet<>();
    Set<String> refused = new java.util.HashSet<>();
    if (items.size() > MAX_LANGUAGES) {
      diags.report(
          node.location(),
          "SCHEMA-011",
          "'document.languages' names "
              + items.size()
              + " languages; an annex has at most "
              + MAX_LANGUAGES);
      return List.of();
    }
    for (YamlNode item : items) {
      String lang = values.string(item, "document.languages");
      if (lang == null) {
        continue;
      }
      if (!Values.languageTag(lang)) {
        refused.add(lang);
        diags.report(
            item.location(),
            "SCHEMA-007",
            "'document.languages' has '"
                + (lang.length() > 40 ? lang.substring(0, 40) + "…" : lang)
                + "'; expected a lower-case language code such as de or en"
                + (lang.length() > Values.MAX_LANGUAGE_TAG
                    ? ", at most " + Values.MAX_LANGUAGE_TAG + " characters"
                    : ""));
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

  private Document document(Obj top, YamlNode node) {
    Obj o = child(top, "document", node);
    if (o == null) {
      return null;
    }
    Text title = text(o, "title");
    Optional<Text> label = Optional.ofNullable(text(o, "label"));
    String version = string(o, "version");
    LocalDate effective = date(o, "effective");
    o.value("languages", Key.Kind.LANGUAGES); // read ahead by languagesOf
    Processor processor = null;
    YamlNode procNode = o.value("processor", Key.Kind.MAPPING);
    if (procNode != null) {
      Obj p = child(o, "processor", procNode);
      if (p != null) {
        String name = string(p, "name");
        Optional<Text> address = Optional.ofNullable(name(p, "address"));
        Optional<Text> contact = Optional.ofNullable(name(p, "contact"));
        if (name != null) {
          processor = track(p, new Processor(name, address, contact));
        }
      }
    }
    Optional<Agreement> agreement = Optional.empty();
    YamlNode agrNode = o.value("agreement", Key.Kind.MAPPING);
    if (agrNode != null) {
      Obj a = child(o, "agreement", agrNode);
      if (a != null) {
        agreement =
            Optional.of(
                track(
                    a,
                    new Agreement(
                        Optional.ofNullable(text(a, "title")),
                        Optional.ofNullable(name(a, "reference")),
                        Optional.ofNullable(date(a, "date")),
                        Optional.ofNullable(scc(a)))));
      }
    }
    YamlNode urlNode = o.value("url", Key.Kind.URL);
    Optional<String> url =
        Optional.ofNullable(urlNode == null ? null : values.url(urlNode, o.child("url")));
    Optional<Text> preamble = Optional.ofNullable(text(o, "preamble"));
    Optional<Text> closing = Optional.ofNullable(text(o, "closing"));
    boolean equallyBinding = Boolean.TRUE.equals(bool(o, "equally-binding"));
    boolean acceptance = Boolean.TRUE.equals(bool(o, "acceptance"));
    if (title == null
        || version == null
        || effective == null
        || processor == null
        || values.languages.isEmpty()) {
      return null;
    }
    return track(
        o,
        new Document(
            title,
            label,
            version,
            effective,
            values.languages,
            processor,
            agreement,
            url,
            preamble,
            closing,
            equallyBinding,
            acceptance));
  }

  /** In this order in messages ("expected one of ..."). */
  private static final Map<String, String> SCC_DECISIONS = ordered("2021/914", "2021/915");

  private static final Map<String, String> SCC_ANNEXES = ordered("II", "III");

  private static Map<String, String> ordered(String... values) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String v : values) {
      out.put(v, v);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * {@code document.agreement.scc}: the decision, its module (2 or 3 of 2021/914; none of 2021/915)
   * and the annex the measures are (II of 2021/914, III of 2021/915).
   */
  private StandardClauses scc(Obj agreement) {
    YamlNode node = agreement.value("scc", Key.Kind.MAPPING);
    if (node == null) {
      return null;
    }
    Obj o = child(agreement, "scc", node);
    if (o == null) {
      return null;
    }
    String decision = choiceOf(o, "decision", SCC_DECISIONS);
    YamlNode moduleNode = o.value("module", Key.Kind.INTEGER);
    Integer module = moduleNode == null ? null : values.integer(moduleNode, o.child("module"));
    String annex = choiceOf(o, "annex", SCC_ANNEXES);
    if (decision == null) {
      return null;
    }
    boolean ok = true;
    if ("2021/914".equals(decision) && moduleNode == null) {
      diags.report(
          o.at("decision"),
          "SCHEMA-003",
          "'"
              + o.child("module")
              + "' is missing; decision 2021/914 needs the module: 2"
              + " (controller to processor) or 3 (processor to processor)");
      ok = false;
    } else if ("2021/914".equals(decision) && module != null && module != 2 && module != 3) {
      diags.report(
          moduleNode.location(),
          "SCHEMA-006",
          "'"
              + o.child("module")
              + "' is "
              + module
              + "; expected 2 (controller to processor)"
              + " or 3 (processor to processor): the modules of decision 2021/914 whose Annex II"
              + " a processor's measures are");
      ok = false;
    } else if ("2021/915".equals(decision) && moduleNode != null) {
      diags.report(
          moduleNode.location(),
          "SCHEMA-006",
          "'" + o.child("module") + "' is set; decision 2021/915 has no modules, remove it");
      ok = false;
    }
    String expected = StandardClauses.annexOf(decision);
    if (annex != null && !annex.equals(expected)) {
      diags.report(
          o.get("annex").location(),
          "SCHEMA-006",
          "'"
              + o.child("annex")
              + "' is '"
              + annex
              + "'; the measures are Annex "
              + expected
              + " of decision "
              + decision);
      ok = false;
    }
    if (!ok || (moduleNode != null && module == null)) {
      return null;
    }
    return track(o, new StandardClauses(decision, Optional.ofNullable(module), expected));
  }

  private String choiceOf(Obj o, String key, Map<String, String> choices) {
    YamlNode n = o.value(key, Key.Kind.CHOICE);
    return n == null ? null : values.choice(n, o.child(key), choices);
  }

  private Boolean bool(Obj o, String key) {
    YamlNode n = o.value(key, Key.Kind.BOOL);
    return n == null ? null : values.bool(n, o.child(key));
  }

  private Review review(Obj top, YamlNode node) {
    Obj o = child(top, "review", node);
    if (o == null) {
      return null;
    }
    YamlNode intervalNode = o.value("interval", Key.Kind.PERIOD);
    Period interval =
        intervalNode == null ? null : values.period(intervalNode, o.child("interval"));
    LocalDate last = date(o, "last");
    Optional<Text> statement = Optional.ofNullable(text(o, "statement"));
    return interval == null || last == null
        ? null
        : track(o, new Review(interval, last, statement));
  }

  private Subprocessor subprocessor(Obj o) {
    String id = id(o, "id");
    String name = string(o, "name");
    Optional<Text> service = Optional.ofNullable(text(o, "service"));
    Optional<Text> place = Optional.ofNullable(name(o, "location"));
    Optional<Text> transfer = Optional.ofNullable(text(o, "transfer"));
    YamlNode noticeNode = o.value("notice-period", Key.Kind.PERIOD);
    Optional<Period> notice =
        Optional.ofNullable(
            noticeNode == null ? null : values.period(noticeNode, o.child("notice-period")));
    return id == null || name == null
        ? null
        : track(o, new Subprocessor(id, name, service, place, transfer, notice));
  }

  private Site site(Obj o) {
    String id = id(o, "id");
    Text name = text(o, "name");
    SiteKind kind = choice(o, "kind", SITE_KINDS);
    Optional<Text> location = Optional.ofNullable(name(o, "location"));
    Optional<String> operator = Optional.ofNullable(id(o, "operator"));
    return id == null || name == null || kind == null
        ? null
        : track(o, new Site(id, name, kind, location, operator));
  }

  private Certificate certificate(Obj o) {
    String id = id(o, "id");
    Text title = text(o, "title");
    String standard = string(o, "standard");
    Optional<Text> number = Optional.ofNullable(name(o, "number"));
    Optional<Text> issuer = Optional.ofNullable(name(o, "issuer"));
    Optional<String> holder = Optional.ofNullable(id(o, "holder"));
    Optional<String> site = Optional.ofNullable(id(o, "site"));
    List<String> scope = ids(o, "scope");
    LocalDate validFrom = date(o, "valid-from");
    LocalDate validUntil = date(o, "valid-until");
    if (id == null || title == null || standard == null) {
      return null;
    }
    return track(
        o,
        new Certificate(
            id,
            title,
            standard,
            number,
            issuer,
            holder,
            site,
            Optional.ofNullable(validUntil),
            scope,
            Optional.ofNullable(validFrom)));
  }

  private Measure measure(Obj o) {
    String id = id(o, "id");
    YamlNode catNode = o.value("category", Key.Kind.KEYWORD);
    String category = catNode == null ? null : values.string(catNode, o.child("category"));
    Text text = text(o, "text");
    Optional<String> site = Optional.ofNullable(id(o, "site"));
    MeasureType type = choice(o, "type", TYPES);
    MeasureStatus status =
        o.get("status") == null ? MeasureStatus.IMPLEMENTED : choice(o, "status", STATUSES);
    LocalDate due = date(o, "due");
    Optional<Text> reason = Optional.ofNullable(text(o, "reason"));
    List<String> certificates = ids(o, "certificates");
    String what = "measure '" + (id != null ? id : o.path) + "'";
    if (status == MeasureStatus.PLANNED && o.get("due") == null) {
      diags.report(
          o.at("status"),
          "STATUS-001",
          what + " is planned but has no 'due' date; say by when it will be in place");
    }
    if (status == MeasureStatus.NOT_APPLICABLE && o.get("reason") == null) {
      diags.report(
          o.at("status"),
          "STATUS-002",
          what + " is not-applicable but has no 'reason'; say why it does not apply");
    }
    if (status != null && status != MeasureStatus.PLANNED && o.get("due") != null) {
      diags.report(
          o.at("due"),
          "STATUS-003",
          what
              + " has a 'due' date but is "
              + status.id()
              + "; 'due' applies to planned"
              + " measures only");
    }
    if (status != null && status != MeasureStatus.NOT_APPLICABLE && o.get("reason") != null) {
      diags.report(
          o.at("reason"),
          "STATUS-003",
          what
              + " has a 'reason' but is "
              + status.id()
              + "; 'reason' applies to"
              + " not-applicable measures only");
    }
    if (id == null || category == null || text == null || status == null) {
      return null;
    }
    return track(
        o,
        new Measure(
            id,
            category,
            text,
            site,
            Optional.ofNullable(type),
            status,
            Optional.ofNullable(due),
            reason,
            certificates));
  }

  private Change change(Obj o) {
    String path = o.path;
    String version = string(o, "version");
    LocalDate date = date(o, "date");
    Optional<String> measure = Optional.ofNullable(id(o, "measure"));
    Optional<String> certificate = Optional.ofNullable(id(o, "certificate"));
    Text reason = text(o, "reason");
    if (o.get("measure") == null && o.get("certificate") == null) {
      diags.report(
          o.location(),
          "SCHEMA-003",
          "'"
              + path
              + "' names neither a 'measure' nor a 'certificate'; a change records"
              + " what was reduced by its id");
      return null;
    }
    if (o.get("measure") != null && o.get("certificate") != null) {
      diags.report(
          o.at("certificate"),
          "SCHEMA-002",
          "'"
              + path
              + "' names both a 'measure' and a 'certificate'; record each in an"
              + " entry of its own");
      return null;
    }
    if (version == null
        || date == null
        || reason == null
        || (measure.isEmpty() && certificate.isEmpty())) {
      return null;
    }
    return track(o, new Change(version, date, measure, certificate, reason));
  }

  private <T> T track(Obj o, T entry) {
    return positions.entry(entry, o.node);
  }

  /** A mapping of an entity, or null (reported) when the node is something else. */
  private Obj obj(YamlNode node, String path, Entity entity) {
    if (node instanceof YamlNode.Mapping m) {
      return new Obj(m, path, diags, entity);
    }
    values.typeError(node, path, "a mapping with the keys " + String.join(", ", entity.names()));
    return null;
  }

  /** The mapping under a key of {@code parent}, of the entity the parent's table names. */
  private Obj child(Obj parent, String key, YamlNode node) {
    return obj(node, parent.child(key), parent.entity.key(key).child());
  }

  // Each reader below reads one kind of value; the table says whether the key is required.

  private String id(Obj o, String key) {
    YamlNode n = o.value(key, Key.Kind.ID);
    return n == null ? null : values.id(n, o.child(key));
  }

  private List<String> ids(Obj o, String key) {
    List<String> out = new ArrayList<>();
    YamlNode n = o.value(key, Key.Kind.IDS);
    List<YamlNode> items = n == null ? null : values.list(n, o.child(key));
    if (items != null) {
      for (YamlNode item : items) {
        String ref = values.id(item, o.child(key));
        if (ref != null) {
          out.add(ref);
        }
      }
    }
    return out;
  }

  /** A {@code <text>}; a required one must not be blank. */
  private Text text(Obj o, String key) {
    YamlNode n = o.value(key, Key.Kind.TEXT);
    return n == null
        ? null
        : positions.text(values.text(n, o.child(key), o.entity.key(key).required()), n);
  }

  /** A {@code <name>}: a plain string is valid in every language. */
  private Text name(Obj o, String key) {
    YamlNode n = o.value(key, Key.Kind.NAME);
    return n == null
        ? null
        : positions.text(values.name(n, o.child(key), o.entity.key(key).required()), n);
  }

  private String string(Obj o, String key) {
    YamlNode n = o.value(key, Key.Kind.STRING);
    return n == null ? null : values.nonEmptyString(n, o.child(key));
  }

  private LocalDate date(Obj o, String key) {
    YamlNode n = o.value(key, Key.Kind.DATE);
    return n == null ? null : values.date(n, o.child(key));
  }

  private <E> E choice(Obj o, String key, Map<String, E> choices) {
    YamlNode n = o.value(key, Key.Kind.CHOICE);
    return n == null ? null : values.choice(n, o.child(key), choices);
  }

  /** An item of a list, bound from its mapping. */
  private interface Item<T> {
    T bind(Obj o);
  }

  /** Binds each item of an optional list; the path of an item names its id when it has one. */
  private <T> List<T> items(Obj top, String key, Item<T> bind) {
    YamlNode node = top.get(key);
    if (node == null) {
      return top.has(key) ? List.of() : null;
    }
    List<YamlNode> items = values.list(node, key);
    if (items == null) {
      return null;
    }
    List<T> out = new ArrayList<>(items.size());
    int i = 0;
    for (YamlNode item : items) {
      i++;
      String path = key + "[" + i + "]";
      if (item instanceof YamlNode.Mapping m
          && m.entries().get("id") instanceof YamlNode.Scalar s
          && s.kind() == YamlNode.ScalarKind.STRING
          && Values.ID.matcher(s.text()).matches()) {
        path = key + "[" + s.text() + "]";
        declared.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(s.text());
      }
      Obj o = obj(item, path, top.entity.key(key).child());
      T t = o == null ? null : bind.bind(o);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }
}
