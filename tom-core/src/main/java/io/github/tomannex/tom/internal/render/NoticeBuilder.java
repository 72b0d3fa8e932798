package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.CatalogueDiff.Edit;
import io.github.tomannex.tom.CatalogueDiff.Field;
import io.github.tomannex.tom.CatalogueDiff.Item;
import io.github.tomannex.tom.CatalogueDiff.Kind;
import io.github.tomannex.tom.CatalogueDiff.Reduction;
import io.github.tomannex.tom.CatalogueDiff.ReductionKind;
import io.github.tomannex.tom.CatalogueDiff.TextChange;
import io.github.tomannex.tom.CatalogueDiff.Type;
import io.github.tomannex.tom.CatalogueDiff.Words;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.diff.Differ;
import io.github.tomannex.tom.internal.validate.Placement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Builds the change notice of a {@link CatalogueDiff} in one language as a CommonMark tree: the
 * versions compared, the changed sub-processors first ({@link SubprocessorNotice}, each listed
 * there once with what changed in it), the reductions of protection, then the changed measures
 * grouped by section of the current layout, then certificates, sites and the document. Changed
 * texts carry {@link Deleted} and {@link Inserted} runs.
 */
final class NoticeBuilder {
  /** Words only in the baseline's text. */
  static final class Deleted extends CustomNode {}

  /** Words only in the current text. */
  static final class Inserted extends CustomNode {}

  final Map<Node, String> ids = new IdentityHashMap<>();
  final Map<Node, String> classes = new IdentityHashMap<>();

  private final CatalogueDiff diff;
  private final Catalogue before;
  private final Catalogue after;
  private final String lang;

  /** The words of the current catalogue, whose layout the notice follows. */
  private final Labels words;

  private Heading title;

  /** Section id to the path of titles, in the current layout. */
  private Map<String, String> paths;

  /** Current measure id to the path of its section. */
  private final Map<String, String> placed = new java.util.HashMap<>();

  private final Map<String, Measure> wasMeasures;
  private final Map<String, Measure> nowMeasures;
  private final java.util.Set<String> reduced = new java.util.HashSet<>();
  private final Map<String, Item> changedMeasures = new java.util.HashMap<>();

  /**
   * A builder. A changed run that a CommonMark reader would not see as struck through or strong (a
   * marker between a letter and a sign, as in {@code daily**.**}) takes in the neighbouring word,
   * in every format, so the Markdown and the HTML show the same runs.
   */
  NoticeBuilder(CatalogueDiff diff, String lang) {
    this.diff = diff;
    this.before = diff.baseline();
    this.after = diff.current();
    this.lang = lang;
    this.words = Labels.of(after);
    this.wasMeasures = Differ.index(before.measures(), Measure::id);
    this.nowMeasures = Differ.index(after.measures(), Measure::id);
    for (Reduction r : diff.reductions()) {
      if (r.kind() != ReductionKind.CERTIFICATE_REMOVED) {
        reduced.add(r.id());
      }
    }
    for (Item i : diff.items(Kind.MEASURE)) {
      if (i.type() == Type.CHANGED) {
        changedMeasures.put(i.id(), i);
      }
    }
  }

  private Measure measureOf(Catalogue c, String id) {
    Measure m = (c == before ? wasMeasures : nowMeasures).get(id);
    if (m == null) {
      throw new IllegalStateException("no measure '" + id + "' in " + c.source());
    }
    return m;
  }

  Heading title() {
    return title;
  }

  org.commonmark.node.Document build() {
    org.commonmark.node.Document doc = new org.commonmark.node.Document();
    title = new Heading();
    title.setLevel(1);
    title.appendChild(plain(word("title", before.document().version())));
    ids.put(title, "changes");
    doc.appendChild(title);

    Paragraph what = new Paragraph();
    classes.put(what, "meta");
    after
        .document()
        .label()
        .ifPresent(
            l -> {
              appendAll(what, Markdown.inlines(text(l)));
              what.appendChild(plain(" – "));
            });
    appendAll(what, Markdown.inlines(text(after.document().title())));
    doc.appendChild(what);
    doc.appendChild(meta(after.document().processor().name()));
    doc.appendChild(
        meta(
            word(
                "versions",
                after.document().version(),
                words.date(after.document().effective(), lang),
                before.document().version(),
                words.date(before.document().effective(), lang))));

    if (diff.reductions().isEmpty() && diff.items().stream().noneMatch(this::visible)) {
      Paragraph none = new Paragraph();
      classes.put(none, "none");
      none.appendChild(plain(word("nothing", before.document().version())));
      doc.appendChild(none);
      return doc;
    }
    // changed sub-processors first: the controller may object to them (Art. 28(2) GDPR)
    new SubprocessorNotice(diff, lang, ids, classes).appendTo(doc, this::details);
    List<Item> measures = diff.items(Kind.MEASURE).stream().filter(this::visible).toList();
    doc.appendChild(
        meta(
            word(
                "summary",
                count(measures, Type.ADDED),
                count(measures, Type.CHANGED),
                count(measures, Type.REMOVED),
                String.valueOf(diff.reductions().size()))));
    if (diff.items().stream()
        .anyMatch(i -> i.texts().stream().anyMatch(t -> t.language().equals(lang)))) {
      Paragraph legend = new Paragraph();
      classes.put(legend, "legend");
      legend.appendChild(plain(word("legend")));
      doc.appendChild(legend);
    }

    if (!diff.reductions().isEmpty()) {
      heading(doc, word("reductions"), "reductions");
      Paragraph intro = new Paragraph();
      classes.put(intro, "intro");
      intro.appendChild(plain(word("reductions-intro", before.document().version())));
      doc.appendChild(intro);
      List<ListItem> items = new ArrayList<>();
      for (Reduction r : diff.reductions()) {
        items.add(reduction(r));
      }
      list(doc, items);
    }

    measures(doc, measures);
    entries(doc, "certificates", diff.items(Kind.CERTIFICATE));
    // the sub-processors: listed once, in the Art. 28(2) block above, with what changed
    entries(doc, "sites", diff.items(Kind.SITE));
    for (Item d : diff.items(Kind.DOCUMENT)) {
      List<ListItem> items = new ArrayList<>();
      for (Field f : d.fields()) {
        if (!f.name().equals("version") && !f.name().equals("effective")) {
          ListItem li = new ListItem();
          li.appendChild(fieldLine(Kind.DOCUMENT, f));
          items.add(li);
        }
      }
      for (TextChange t : d.texts()) {
        if (t.language().equals(lang)) {
          ListItem li = new ListItem();
          Paragraph p = new Paragraph();
          p.appendChild(plain(word("field." + t.name()) + ": "));
          words(p, t.words());
          li.appendChild(p);
          items.add(li);
        }
      }
      if (!items.isEmpty()) {
        heading(doc, word("document"), "document");
        list(doc, items);
      }
    }
    return doc;
  }

  // ---- reductions

  private ListItem reduction(Reduction r) {
    ListItem li = new ListItem();
    ids.put(li, (r.kind() == ReductionKind.CERTIFICATE_REMOVED ? "r-c-" : "r-m-") + r.id());
    classes.put(li, "reduction");
    Paragraph p = new Paragraph();
    if (r.kind() == ReductionKind.CERTIFICATE_REMOVED) {
      lead(p, "removed");
      p.appendChild(plain(words.format("certificate", lang) + " " + certificateName(r.id())));
    } else {
      Measure m =
          r.kind() == ReductionKind.MEASURE_REMOVED
              ? measureOf(before, r.id())
              : measureOf(after, r.id());
      lead(p, r.kind() == ReductionKind.MEASURE_REMOVED ? "removed" : "weakened");
      Item item = r.kind() == ReductionKind.MEASURE_REMOVED ? null : changedItem(r.id());
      Optional<TextChange> changed = item == null ? Optional.empty() : textIn(item, "text");
      if (changed.isPresent()) {
        words(p, changed.get().words());
      } else {
        appendAll(p, Markdown.inlines(text(m.text())));
      }
      p.appendChild(
          plain(
              " ("
                  + sectionPath(r.kind() == ReductionKind.MEASURE_REMOVED ? before : after, m)
                  + ")"));
    }
    li.appendChild(p);
    if (r.kind() == ReductionKind.MEASURE_NO_LONGER_IMPLEMENTED) {
      Measure m = measureOf(after, r.id());
      Item item = changedItem(r.id());
      li.appendChild(
          fieldLine(
              Kind.MEASURE, new Field("status", Optional.of(r.before()), Optional.of(r.after()))));
      if (item != null) {
        // every other change of the measure too: a weaker text is a weakening as well
        details(li, item, false);
      }
      if (item == null || item.field("due").isEmpty()) {
        m.due()
            .ifPresent(d -> li.appendChild(line(word("field.due") + ": " + words.date(d, lang))));
      }
      if (item == null || item.texts().stream().noneMatch(t -> t.name().equals("reason"))) {
        m.reason()
            .ifPresent(
                t -> {
                  Paragraph reason = new Paragraph();
                  reason.appendChild(plain(word("field.reason") + ": "));
                  appendAll(reason, Markdown.inlines(text(t)));
                  li.appendChild(reason);
                });
      }
    }
    Paragraph why = new Paragraph();
    classes.put(why, "reason");
    if (r.recordedBy().isPresent()) {
      Change c = r.recordedBy().get();
      why.appendChild(plain(word("recorded", c.version(), words.date(c.date(), lang)) + ": "));
      appendAll(why, Markdown.inlines(text(c.reason())));
    } else {
      why.appendChild(plain(word("unrecorded")));
    }
    li.appendChild(why);
    return li;
  }

  // ---- measures, grouped by section

  private void measures(org.commonmark.node.Document doc, List<Item> measures) {
    Map<String, List<Item>> bySection = new LinkedHashMap<>();
    Map<String, String> placeOf = sectionPaths();
    for (String key : placeOf.values()) {
      bySection.putIfAbsent(key, new ArrayList<>());
    }
    for (Item item : measures) {
      if (reduced.contains(item.id()) || !visible(item)) {
        continue; // listed with the reductions, or changed in another language only
      }
      Measure m = measureOf(item.type() == Type.REMOVED ? before : after, item.id());
      String where = sectionPath(item.type() == Type.REMOVED ? before : after, m);
      bySection.computeIfAbsent(where, k -> new ArrayList<>()).add(item);
    }
    int n = 0;
    for (Map.Entry<String, List<Item>> e : bySection.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      n++;
      heading(doc, e.getKey(), "s-" + n);
      List<ListItem> items = new ArrayList<>();
      for (Type type : new Type[] {Type.REMOVED, Type.CHANGED, Type.ADDED}) {
        for (Item item : e.getValue()) {
          if (item.type() == type) {
            items.add(measure(item));
          }
        }
      }
      list(doc, items);
    }
  }

  private ListItem measure(Item item) {
    ListItem li = new ListItem();
    ids.put(li, "m-" + item.id());
    classes.put(li, item.type().id());
    Paragraph p = new Paragraph();
    lead(p, item.type().id());
    Measure m = measureOf(item.type() == Type.REMOVED ? before : after, item.id());
    Optional<TextChange> changed = textIn(item, "text");
    if (changed.isPresent()) {
      words(p, changed.get().words());
    } else {
      appendAll(p, Markdown.inlines(text(m.text())));
    }
    li.appendChild(p);
    details(li, item, true);
    return li;
  }

  /** The fields and (other than the main text) texts of a changed item, in this language. */
  private void details(ListItem li, Item item, boolean withStatus) {
    for (Field f : item.fields()) {
      if (withStatus || !f.name().equals("status")) {
        li.appendChild(fieldLine(item.kind(), f));
      }
    }
    for (TextChange t : item.texts()) {
      if (!t.name().equals("text") && t.language().equals(lang)) {
        Paragraph tp = new Paragraph();
        tp.appendChild(plain(word("field." + t.name()) + ": "));
        words(tp, t.words());
        li.appendChild(tp);
      }
    }
  }

  private Optional<TextChange> textIn(Item item, String name) {
    return item.texts().stream()
        .filter(t -> t.name().equals(name) && t.language().equals(lang))
        .findFirst();
  }

  private Item changedItem(String measureId) {
    return changedMeasures.get(measureId);
  }

  /**
   * Whether an item has something to show in this language: added and removed ones always; a
   * changed one when a field changed or one of its texts in this language.
   */
  private boolean visible(Item item) {
    if (item.kind() == Kind.DOCUMENT) {
      // version and effective date are in the notice's header
      return item.fields().stream()
              .anyMatch(f -> !f.name().equals("version") && !f.name().equals("effective"))
          || item.texts().stream().anyMatch(t -> t.language().equals(lang));
    }
    return item.type() != Type.CHANGED
        || !item.fields().isEmpty()
        || item.texts().stream().anyMatch(t -> t.language().equals(lang));
  }

  /** Every section of the current catalogue's plan, by key, as the path of its titles. */
  private Map<String, String> sectionPaths() {
    if (paths == null) {
      paths = new LinkedHashMap<>();
      for (Plan.Heading n : Plan.of(after).sections()) {
        walk(n, "", paths);
      }
    }
    return paths;
  }

  private void walk(Plan.Heading n, String parent, Map<String, String> out) {
    String self = (n.number().isEmpty() ? "" : n.number() + " ") + plainText(text(n.title()));
    String path = parent.isEmpty() ? self : parent + " › " + self;
    out.put(n.key(), path);
    for (Measure m : n.measures()) {
      placed.put(m.id(), path);
    }
    for (Plan.Heading child : n.children()) {
      walk(child, path, out);
    }
  }

  /**
   * The section a measure of {@code c} is shown in: where the current layout places its category (a
   * removed measure is placed as it would be now), else the other measures.
   */
  private String sectionPath(Catalogue c, Measure m) {
    Map<String, String> paths = sectionPaths();
    if (c == after && placed.containsKey(m.id())) {
      return placed.get(m.id());
    }
    String section = Placement.of(after.layout()).get(m.category());
    if (section != null && paths.containsKey(section)) {
      return paths.get(section);
    }
    return plainText(text(after.layout().otherTitle())) + " › " + categoryTitle(m.category());
  }

  // ---- certificates, sub-processors, sites

  private void entries(org.commonmark.node.Document doc, String key, List<Item> entries) {
    List<ListItem> items = new ArrayList<>();
    for (Type type : new Type[] {Type.REMOVED, Type.CHANGED, Type.ADDED}) {
      for (Item item : entries) {
        if (item.type() != type) {
          continue;
        }
        if ((item.kind() == Kind.CERTIFICATE && type == Type.REMOVED) || !visible(item)) {
          continue; // listed with the reductions, or changed in another language only
        }
        ListItem li = new ListItem();
        ids.put(li, item.kind().id() + "-" + item.id());
        classes.put(li, type.id());
        Paragraph p = new Paragraph();
        lead(p, type.id());
        p.appendChild(plain(name(item.kind(), item.id(), type == Type.REMOVED)));
        li.appendChild(p);
        details(li, item);
        items.add(li);
      }
    }
    if (!items.isEmpty()) {
      heading(doc, word(key), key);
      list(doc, items);
    }
  }

  /** What changed in a certificate, sub-processor or site: a paragraph per field and text. */
  private void details(ListItem li, Item item) {
    for (Field f : item.fields()) {
      li.appendChild(fieldLine(item.kind(), f));
    }
    for (TextChange t : item.texts()) {
      if (t.language().equals(lang)) {
        Paragraph tp = new Paragraph();
        tp.appendChild(plain(word("field." + t.name()) + ": "));
        words(tp, t.words());
        li.appendChild(tp);
      }
    }
  }

  private String name(Kind kind, String id, boolean removed) {
    Catalogue c = removed ? before : after;
    return switch (kind) {
      case CERTIFICATE -> c.certificate(id).map(x -> plainText(text(x.title()))).orElse(id);
      case SUBPROCESSOR -> c.subprocessor(id).map(Subprocessor::name).orElse(id);
      case SITE -> c.site(id).map(x -> plainText(text(x.name()))).orElse(id);
      default -> id;
    };
  }

  private String certificateName(String id) {
    return before
        .certificate(id)
        .or(() -> after.certificate(id))
        .map(x -> plainText(text(x.title())))
        .orElse(id);
  }

  // ---- fields

  private Paragraph fieldLine(Kind kind, Field f) {
    String absent = word("absent");
    return line(
        word(
            "arrow",
            word("field." + f.name()),
            f.before().map(v -> value(kind, f.name(), v, before)).orElse(absent),
            f.after().map(v -> value(kind, f.name(), v, after)).orElse(absent)));
  }

  /** A field's value as a reader of the notice understands it. */
  private String value(Kind kind, String field, String v, Catalogue c) {
    switch (field) {
      case "status":
        return word("status." + v);
      case "type":
        return word("type." + v);
      case "category":
        return categoryTitle(v);
      case "due", "valid-from", "valid-until", "effective", "review.last", "agreement.date":
        return words.date(LocalDate.parse(v), lang);
      case "review.interval", "notice-period":
        return period(Period.parse(v));
      case "scope":
        {
          List<String> names = new ArrayList<>();
          for (String id : v.split(", ")) {
            names.add(c.site(id).map(s -> plainText(text(s.name()))).orElse(id));
          }
          return String.join("; ", names);
        }
      case "site":
        return c.site(v).map(s -> plainText(text(s.name()))).orElse(v);
      case "operator", "holder":
        return c.subprocessor(v).map(Subprocessor::name).orElse(v);
      case "certificates":
        {
          List<String> names = new ArrayList<>();
          for (String id : v.split(", ")) {
            names.add(c.certificate(id).map(x -> plainText(text(x.title()))).orElse(id));
          }
          return String.join("; ", names);
        }
      case "kind":
        return word("kind." + v);
      case "equally-binding", "acceptance":
        return word("true".equals(v) ? "yes" : "no");
      default:
        return v;
    }
  }

  /** A category's title in this language; an id the taxonomy does not know as it is. */
  private String categoryTitle(String id) {
    return Taxonomy.standard().find(id).isPresent() ? words.format("category." + id, lang) : id;
  }

  private String period(Period p) {
    return words.period(p, lang);
  }

  // ---- nodes

  private void words(Node parent, List<Words> words) {
    List<Words> runs = flanking(words);
    for (Words w : runs) {
      if (w.edit() == Edit.KEEP) {
        parent.appendChild(plain(w.text()));
        continue;
      }
      // whitespace at the edges stays outside the marker, so Markdown reads the marker
      String t = w.text();
      int s = 0;
      while (s < t.length() && space(t.charAt(s))) {
        s++;
      }
      int e = t.length();
      while (e > s && space(t.charAt(e - 1))) {
        e--;
      }
      if (s > 0) {
        parent.appendChild(plain(t.substring(0, s)));
      }
      if (e > s) {
        Node marker = w.edit() == Edit.DELETE ? new Deleted() : new Inserted();
        marker.appendChild(plain(t.substring(s, e)));
        parent.appendChild(marker);
      }
      if (e < t.length() && e >= s) {
        parent.appendChild(plain(t.substring(Math.max(e, s))));
      }
    }
  }

  /**
   * Runs whose Markdown markers a CommonMark reader sees: a stretch of changes that starts with a
   * sign right after a letter or digit takes in the word before it, one that ends with a sign right
   * before a letter or digit the word after it (both deleted and inserted).
   */
  static List<Words> flanking(List<Words> runs) {
    List<Edit> e = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (Words w : runs) {
      e.add(w.edit());
      t.add(w.text());
    }
    List<Words> out = new ArrayList<>();
    int i = 0;
    String carry = null; // the part of a kept run a stretch took from its start
    while (i < e.size()) {
      if (e.get(i) == Edit.KEEP) {
        String keep = t.get(i);
        if (carry != null) {
          keep = keep.substring(carry.length());
          carry = null;
        }
        i++;
        // a stretch follows: does its first marker start with a sign after a letter?
        int j = i;
        while (j < e.size() && e.get(j) != Edit.KEEP) {
          j++;
        }
        String before = "";
        if (j > i
            && !keep.isEmpty()
            && Character.isLetterOrDigit(keep.codePointBefore(keep.length()))
            && startsWithSign(t.get(i))) {
          int cut = keep.length();
          while (cut > 0 && !space(keep.charAt(cut - 1))) {
            cut--;
          }
          before = keep.substring(cut);
          keep = keep.substring(0, cut);
        }
        if (!keep.isEmpty()) {
          out.add(new Words(Edit.KEEP, keep));
        }
        if (j > i) {
          carry = stretch(e, t, i, j, before, out);
          i = j;
        }
        continue;
      }
      int j = i;
      while (j < e.size() && e.get(j) != Edit.KEEP) {
        j++;
      }
      carry = stretch(e, t, i, j, "", out);
      i = j;
    }
    return List.copyOf(out);
  }

  /** Writes a stretch of changes with the words taken in; returns what it took after it. */
  private static String stretch(
      List<Edit> e, List<String> t, int from, int to, String before, List<Words> out) {
    StringBuilder del = new StringBuilder(before);
    StringBuilder ins = new StringBuilder(before);
    for (int k = from; k < to; k++) {
      (e.get(k) == Edit.DELETE ? del : ins).append(t.get(k));
    }
    String after = "";
    String last = t.get(to - 1);
    if (to < e.size() && endsWithSign(last)) {
      String next = t.get(to);
      if (!next.isEmpty() && Character.isLetterOrDigit(next.codePointAt(0))) {
        int cut = 0;
        while (cut < next.length() && !space(next.charAt(cut))) {
          cut++;
        }
        after = next.substring(0, cut);
      }
    }
    del.append(after);
    ins.append(after);
    boolean widened = !before.isEmpty() || !after.isEmpty();
    if (del.length() > 0 && (widened || hasEdit(e, from, to, Edit.DELETE))) {
      out.add(new Words(Edit.DELETE, del.toString()));
    }
    if (ins.length() > 0 && (widened || hasEdit(e, from, to, Edit.INSERT))) {
      out.add(new Words(Edit.INSERT, ins.toString()));
    }
    return after.isEmpty() ? null : after;
  }

  private static boolean hasEdit(List<Edit> e, int from, int to, Edit edit) {
    for (int k = from; k < to; k++) {
      if (e.get(k) == edit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whitespace as CommonMark sees it around a delimiter run (Unicode whitespace, which includes the
   * no-break space): a marker next to it is not read as one.
   */
  static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean startsWithSign(String s) {
    return !s.isEmpty() && !space(s.charAt(0)) && !Character.isLetterOrDigit(s.codePointAt(0));
  }

  private static boolean endsWithSign(String s) {
    return !s.isEmpty()
        && !space(s.charAt(s.length() - 1))
        && !Character.isLetterOrDigit(s.codePointBefore(s.length()));
  }

  private void lead(Paragraph p, String key) {
    StrongEmphasis strong = new StrongEmphasis("**");
    strong.appendChild(plain(word(key) + ":"));
    p.appendChild(strong);
    p.appendChild(plain(" "));
  }

  private void heading(org.commonmark.node.Document doc, String text, String id) {
    Heading h = new Heading();
    h.setLevel(2);
    h.appendChild(plain(text));
    ids.put(h, id);
    doc.appendChild(h);
  }

  private void list(org.commonmark.node.Document doc, List<ListItem> items) {
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(items.stream().allMatch(i -> i.getFirstChild() == i.getLastChild()));
    for (ListItem item : items) {
      list.appendChild(item);
    }
    doc.appendChild(list);
  }

  private Paragraph meta(String s) {
    Paragraph p = new Paragraph();
    classes.put(p, "meta");
    p.appendChild(plain(s));
    return p;
  }

  private Paragraph line(String s) {
    Paragraph p = new Paragraph();
    classes.put(p, "field");
    p.appendChild(plain(s));
    return p;
  }

  private static String count(List<Item> items, Type type) {
    return String.valueOf(items.stream().filter(i -> i.type() == type).count());
  }

  private String text(Text t) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  private static String plainText(String markdown) {
    return Differ.plain(markdown);
  }

  private String word(String key, String... args) {
    return words.format("notice." + key, lang, args);
  }

  private static org.commonmark.node.Text plain(String s) {
    return new org.commonmark.node.Text(s);
  }

  private static void appendAll(Node parent, List<Node> children) {
    for (Node c : children) {
      parent.appendChild(c);
    }
  }
}
