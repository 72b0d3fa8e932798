package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.SectionStyle;
import io.github.tomannex.tom.Site;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Builds the annex in one language as a CommonMark tree, which the Markdown and HTML renderers
 * write out. Records the anchor id and CSS class of the nodes that get one.
 */
final class AnnexBuilder {
  final Map<Node, String> ids = new IdentityHashMap<>();
  final Map<Node, String> classes = new IdentityHashMap<>();

  private final java.util.Set<String> anchors = new java.util.HashSet<>();
  private final Catalogue catalogue;
  private final String lang;
  private final Labels words;
  private Heading title;

  AnnexBuilder(Catalogue catalogue, String lang) {
    this.catalogue = catalogue;
    this.lang = lang;
    this.words = Labels.of(catalogue);
  }

  Heading title() {
    return title;
  }

  org.commonmark.node.Document build() {
    org.commonmark.node.Document doc = new org.commonmark.node.Document();
    Document d = catalogue.document();
    title = new Heading();
    title.setLevel(1);
    d.label()
        .ifPresent(
            l -> {
              appendAll(title, oneLine(Markdown.inlines(text(l))));
              title.appendChild(new org.commonmark.node.Text(" – "));
            });
    appendAll(title, oneLine(Markdown.inlines(text(d.title()))));
    ids.put(title, anchor("title"));
    doc.appendChild(title);
    for (Paragraph line : meta(d)) {
      doc.appendChild(line);
    }
    sites(doc);
    d.preamble().ifPresent(p -> blocks(doc, p, "preamble"));
    for (Plan.Heading section : Plan.of(catalogue).sections()) {
      section(doc, section);
    }
    d.closing()
        .ifPresent(
            c -> {
              // set apart from the last section, of which it is not a part
              ThematicBreak rule = new ThematicBreak();
              classes.put(rule, "closing");
              doc.appendChild(rule);
              blocks(doc, c, "closing");
            });
    if (d.acceptance()) {
      acceptance(doc);
    }
    separateAdjacentLists(doc);
    return doc;
  }

  /**
   * The sites where data is processed, with their kind, location and operator: a paragraph naming
   * them and a list, before the preamble; nothing when the catalogue has none.
   */
  private void sites(org.commonmark.node.Document doc) {
    if (catalogue.sites().isEmpty()) {
      return;
    }
    Paragraph intro = new Paragraph();
    classes.put(intro, "sites");
    intro.appendChild(plain(label("sites") + ":"));
    doc.appendChild(intro);
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(true);
    classes.put(list, "sites");
    for (Site site : catalogue.sites()) {
      ListItem item = new ListItem();
      Paragraph p = new Paragraph();
      appendAll(p, oneLine(Markdown.inlines(text(site.name()))));
      p.appendChild(plain(" (" + words.format("notice.kind." + site.kind().id(), lang)));
      site.location()
          .ifPresent(
              l -> {
                p.appendChild(plain(", "));
                appendAll(p, oneLine(Markdown.inlines(text(l))));
              });
      site.operator()
          .flatMap(catalogue::subprocessor)
          .ifPresent(
              op -> p.appendChild(plain("; " + words.format("operated-by", lang, op.name()))));
      p.appendChild(plain(")"));
      item.appendChild(p);
      ids.put(item, anchor("site-" + site.id()));
      list.appendChild(item);
    }
    doc.appendChild(list);
  }

  /**
   * Places for the names, roles, place and date and signatures of both parties, for an annex signed
   * on paper ({@code document.acceptance}).
   */
  private void acceptance(org.commonmark.node.Document doc) {
    Heading h = new Heading();
    h.setLevel(2);
    h.appendChild(plain(label("acceptance")));
    ids.put(h, anchor("acceptance"));
    doc.appendChild(h);
    String blank = ".".repeat(50);
    for (String party :
        List.of(
            label("acceptance.controller"),
            words.format("acceptance.processor", lang, catalogue.document().processor().name()))) {
      Paragraph p = new Paragraph();
      classes.put(p, "acceptance");
      StrongEmphasis who = new StrongEmphasis();
      who.appendChild(plain(party));
      p.appendChild(who);
      for (String field :
          List.of(
              "acceptance.name", "acceptance.role", "acceptance.date", "acceptance.signature")) {
        p.appendChild(new HardLineBreak());
        p.appendChild(plain(label(field) + ": " + blank));
      }
      doc.appendChild(p);
    }
  }

  /**
   * Two lists in a row with the same marker are one list to a Markdown reader: give every second
   * one the other marker, so each measure's list stays its own in every output.
   */
  static void separateAdjacentLists(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Node prev = n.getPrevious();
      if (n instanceof BulletList b
          && prev instanceof BulletList pb
          && java.util.Objects.equals(marker(pb), marker(b))) {
        b.setMarker("-".equals(marker(pb)) ? "*" : "-");
      } else if (n instanceof OrderedList o
          && prev instanceof OrderedList po
          && java.util.Objects.equals(delimiter(po), delimiter(o))) {
        o.setMarkerDelimiter(".".equals(delimiter(po)) ? ")" : ".");
      }
      separateAdjacentLists(n);
    }
  }

  private static String marker(BulletList b) {
    return b.getMarker() == null ? "-" : b.getMarker();
  }

  private static String delimiter(OrderedList o) {
    return o.getMarkerDelimiter() == null ? "." : o.getMarkerDelimiter();
  }

  /** Processor, agreement, version and date, and where the current version is: a paragraph each. */
  private List<Paragraph> meta(Document d) {
    List<List<Node>> lines = new ArrayList<>();
    List<Node> processor = new ArrayList<>();
    processor.add(plain(label("processor") + ": " + d.processor().name()));
    d.processor()
        .address()
        .ifPresent(
            a -> {
              processor.add(plain(", "));
              processor.addAll(Markdown.inlines(text(a)));
            });
    lines.add(processor);
    d.processor()
        .contact()
        .ifPresent(
            c -> {
              List<Node> line = new ArrayList<>();
              line.add(plain(label("contact") + ": "));
              line.addAll(Markdown.inlines(text(c)));
              lines.add(line);
            });
    d.agreement()
        .ifPresent(
            a -> {
              if (a.title().isPresent() || a.reference().isPresent() || a.date().isPresent()) {
                List<Node> line = new ArrayList<>();
                line.add(plain(label("agreement") + ": "));
                a.title().ifPresent(t -> line.addAll(Markdown.inlines(text(t))));
                a.reference()
                    .ifPresent(
                        r -> {
                          line.add(plain(a.title().isPresent() ? " (" : ""));
                          line.addAll(Markdown.inlines(text(r)));
                          line.add(plain(a.title().isPresent() ? ")" : ""));
                        });
                a.date()
                    .ifPresent(
                        dt ->
                            line.add(
                                plain(
                                    (a.title().isPresent() || a.reference().isPresent() ? " " : "")
                                        + words.format(
                                            "agreement-date", lang, words.date(dt, lang)))));
                lines.add(line);
              }
              a.scc()
                  .ifPresent(
                      scc -> {
                        StringBuilder sb = new StringBuilder(label("scc")).append(": ");
                        sb.append(words.format("scc.decision", lang, scc.decision()));
                        scc.module()
                            .ifPresent(m -> sb.append(", ").append(label("scc.module." + m)));
                        sb.append(", ").append(words.format("scc.annex", lang, scc.annex()));
                        lines.add(List.of(plain(sb.toString())));
                      });
            });
    lines.add(
        List.of(
            plain(
                label("version")
                    + " "
                    + d.version()
                    + ", "
                    + label("effective")
                    + ": "
                    + words.date(d.effective(), lang))));
    d.url()
        .ifPresent(
            u -> {
              if (Markdown.safeDestination(u) && u.indexOf('\n') < 0 && u.indexOf('\r') < 0) {
                Link link = new Link(u, null);
                link.appendChild(plain(u));
                lines.add(List.of(plain(label("published-at") + ": "), link));
              } else {
                lines.add(List.of(plain(label("published-at") + ": " + u)));
              }
            });
    binding(d, words, lang).ifPresent(statement -> lines.add(List.of(plain(statement))));
    lines.add(List.of(plain(words.format("fingerprint", lang, Renderers.fingerprint(catalogue)))));
    List<Paragraph> out = new ArrayList<>();
    for (List<Node> line : lines) {
      Paragraph p = new Paragraph();
      classes.put(p, "meta");
      appendAll(p, line);
      out.add(p);
    }
    return out;
  }

  /**
   * Which language version binds, for a document in more than one language: this one, or this one
   * is a translation of the binding one, or all are equally binding; empty for one language. The
   * annex and the sub-processor document say it alike.
   */
  static Optional<String> binding(Document d, Labels words, String lang) {
    if (d.languages().size() < 2) {
      return Optional.empty();
    }
    String binding = d.bindingLanguage();
    if (d.equallyBinding()) {
      return Optional.of(words.format("binding.equal", lang));
    }
    if (lang.equals(binding)) {
      return Optional.of(words.format("binding.original", lang));
    }
    return Optional.of(
        words.format(
            "binding.translation",
            lang,
            words.word("language." + binding, lang).orElse(binding.toUpperCase(Locale.ROOT))));
  }

  private void section(org.commonmark.node.Document doc, Plan.Heading s) {
    Heading h = new Heading();
    h.setLevel(Math.min(6, s.level() + 2));
    if (!s.number().isEmpty()) {
      h.appendChild(plain(s.number() + " "));
    }
    appendAll(h, oneLine(Markdown.inlines(text(s.title()))));
    // a key of tom's own starts with '_' (no layout id can): not in the anchor
    ids.put(h, anchor("sec-" + (s.key().startsWith("_") ? s.key().substring(1) : s.key())));
    doc.appendChild(h);
    List<Certificate> certificates = s.certificates() ? catalogue.certificates() : List.of();
    List<Subprocessor> subprocessors = s.subprocessors() ? catalogue.subprocessors() : List.of();
    boolean content =
        !s.measures().isEmpty()
            || !certificates.isEmpty()
            || !subprocessors.isEmpty()
            || s.review()
            || s.history()
            || !s.children().isEmpty();
    if (content) {
      s.intro().ifPresent(i -> blocks(doc, i, "intro"));
    } else {
      Paragraph none = new Paragraph();
      classes.put(none, "none");
      none.appendChild(plain(label("none")));
      doc.appendChild(none);
    }
    if (s.review()) {
      catalogue.review().statement().ifPresent(st -> blocks(doc, st, "review"));
    }
    List<Measure> measures = s.measures();
    List<Optional<Provision>> provisions = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      provisions.add(provision(m));
    }
    // said once for the section when all its measures share it, else once for each run of
    // consecutive measures that share it, at the run's first measure
    boolean sectionWide =
        measures.size() > 1
            && provisions.get(0).isPresent()
            && provisions.stream().allMatch(provisions.get(0)::equals);
    List<List<Node>> evidence = new ArrayList<>(measures.size());
    for (int i = 0; i < measures.size(); ) {
      Optional<Provision> p = provisions.get(i);
      int run = 1;
      while (i + run < measures.size() && p.equals(provisions.get(i + run))) {
        run++;
      }
      if (sectionWide || p.isEmpty()) {
        evidence.add(List.of());
      } else if (run > 1) {
        evidence.add(sentence(wrapped("evidence.run", line(p.get()), String.valueOf(run))));
      } else {
        evidence.add(sentence(line(p.get())));
      }
      for (int k = 1; k < run; k++) {
        evidence.add(List.of()); // said at the run's first measure
      }
      i += run;
    }
    if (s.style() == SectionStyle.PARAGRAPHS) {
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        for (Node b : measure(m, evidence.get(i))) {
          if (m.status() != MeasureStatus.IMPLEMENTED) {
            classes.put(b, m.status().id());
          }
          doc.appendChild(b);
        }
      }
    }
    List<ListItem> items = new ArrayList<>();
    if (s.style() == SectionStyle.LIST) {
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        ListItem item = new ListItem();
        appendAll(item, measure(m, evidence.get(i)));
        ids.put(item, anchor("m-" + m.id()));
        if (m.status() != MeasureStatus.IMPLEMENTED) {
          classes.put(item, m.status().id());
        }
        items.add(item);
      }
    }
    for (Certificate c : certificates) {
      ListItem item = new ListItem();
      item.appendChild(certificate(c));
      ids.put(item, anchor("c-" + c.id()));
      items.add(item);
    }
    if (s.history()) {
      for (Change c : catalogue.changes()) {
        ListItem item = new ListItem();
        Paragraph p = new Paragraph();
        p.appendChild(
            plain(label("version") + " " + c.version() + ", " + words.date(c.date(), lang) + ": "));
        appendAll(p, Markdown.inlines(text(c.reason())));
        item.appendChild(p);
        ids.put(item, anchor("ch-" + c.subject()));
        items.add(item);
      }
    }
    for (Subprocessor sp : subprocessors) {
      ListItem item = new ListItem();
      item.appendChild(subprocessor(sp));
      ids.put(item, anchor("sp-" + sp.id()));
      items.add(item);
    }
    if (!items.isEmpty()) {
      BulletList list = new BulletList();
      list.setMarker("-");
      list.setTight(items.stream().allMatch(i -> i.getFirstChild() == i.getLastChild()));
      for (ListItem item : items) {
        list.appendChild(item);
      }
      doc.appendChild(list);
    }
    if (sectionWide) {
      Paragraph p = new Paragraph();
      classes.put(p, "evidence");
      appendAll(p, sentence(wrapped("evidence.section", line(provisions.get(0).get()))));
      doc.appendChild(p);
    }
    if (s.review()) {
      Paragraph dates = new Paragraph();
      classes.put(dates, "review-dates");
      dates.appendChild(
          plain(
              label("review-last")
                  + ": "
                  + words.date(catalogue.review().last(), lang)
                  + " · "
                  + label("review-next")
                  + ": "
                  + words.date(catalogue.review().next(), lang)));
      doc.appendChild(dates);
    }
    for (Plan.Heading child : s.children()) {
      section(doc, child);
    }
  }

  /** An anchor id, made unique in the document by a numeric suffix when taken. */
  private String anchor(String wanted) {
    String id = wanted;
    for (int n = 2; !anchors.add(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
  }

  private List<Node> measure(Measure m, List<Node> evidence) {
    List<Node> blocks = Markdown.blocks(text(m.text()));
    if (blocks.isEmpty()) {
      // a text that Markdown reads as nothing (a lone link reference definition): as written
      Paragraph p = new Paragraph();
      p.appendChild(plain(text(m.text()).strip()));
      blocks = new ArrayList<>(List.of(p));
    }
    Node last = blocks.get(blocks.size() - 1);
    final Node target;
    final String space;
    if (last instanceof Paragraph) {
      target = last;
      space = " ";
    } else {
      target = new Paragraph();
      space = "";
      if (m.status() != MeasureStatus.IMPLEMENTED) {
        blocks.add(target);
      }
    }
    if (m.status() == MeasureStatus.PLANNED) {
      target.appendChild(
          plain(
              space
                  + "("
                  + label("planned")
                  + " "
                  + m.due().map(d -> words.date(d, lang)).orElse("?")
                  + ")"));
    } else if (m.status() == MeasureStatus.NOT_APPLICABLE) {
      // read as not applicable from its first words, not as a promise with a note at the end
      Node first = blocks.get(0);
      if (first instanceof Paragraph) {
        first.prependChild(plain(label("not-applicable") + " "));
      } else {
        Paragraph lead = new Paragraph();
        lead.appendChild(plain(label("not-applicable")));
        blocks.add(0, lead);
      }
      m.reason()
          .ifPresent(
              r -> {
                if (target.getFirstChild() != null) {
                  target.appendChild(new HardLineBreak());
                }
                String[] parts = words.format("reason", lang, "{0}").split("\\{0\\}", -1);
                target.appendChild(plain(parts[0]));
                appendAll(target, Markdown.inlines(text(r)));
                if (parts.length > 1 && !parts[1].isEmpty()) {
                  target.appendChild(plain(parts[1]));
                }
              });
    }
    if (!evidence.isEmpty()) {
      Node end = blocks.get(blocks.size() - 1);
      Paragraph on;
      if (end instanceof Paragraph p) {
        on = p;
        on.appendChild(new HardLineBreak());
      } else {
        on = new Paragraph();
        blocks.add(on);
      }
      appendAll(on, evidence);
    }
    return blocks;
  }

  /**
   * Who provides a measure and what evidences it: the sub-processor operating its site and its
   * certificates; empty when it has neither. Equal for measures the annex can say it once for.
   */
  private record Provision(Optional<Subprocessor> operator, List<Certificate> certificates) {}

  private Optional<Provision> provision(Measure m) {
    Optional<Subprocessor> operator =
        m.site().flatMap(catalogue::site).flatMap(Site::operator).flatMap(catalogue::subprocessor);
    List<Certificate> certs = new ArrayList<>();
    for (String id : m.certificates()) {
      catalogue.certificate(id).ifPresent(certs::add);
    }
    if (operator.isEmpty() && certs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Provision(operator, List.copyOf(certs)));
  }

  /**
   * The words of a provision, without a full stop: "Provided by &lt;operator&gt;, evidenced by
   * &lt;certificate&gt;, valid until &lt;date&gt;" for a measure at a site a sub-processor
   * operates, "Evidence: &lt;certificate&gt; …" for one with certificates only.
   */
  private List<Node> line(Provision p) {
    List<Node> line = new ArrayList<>();
    if (p.operator().isPresent()) {
      line.add(plain(words.format("provided-by", lang, p.operator().get().name())));
      if (!p.certificates().isEmpty()) {
        line.add(plain(", "));
        line.addAll(wrapped("evidenced-by", certificatesInline(p.certificates())));
      }
    } else {
      line.addAll(wrapped("evidence", certificatesInline(p.certificates())));
    }
    return line;
  }

  /** A line ended by one full stop, also after a name that ends with its own ("Example B.V."). */
  private static List<Node> sentence(List<Node> line) {
    List<Node> out = new ArrayList<>(line);
    if (!(out.get(out.size() - 1) instanceof org.commonmark.node.Text t
        && t.getLiteral().endsWith("."))) {
      out.add(plain("."));
    }
    return out;
  }

  /** A label's words around inline content that stands for its {0}; {1}, … as given. */
  private List<Node> wrapped(String key, List<Node> inner, String... more) {
    String[] args = new String[more.length + 1];
    args[0] = "{0}";
    System.arraycopy(more, 0, args, 1, more.length);
    String[] parts = words.format(key, lang, args).split("\\{0\\}", -1);
    List<Node> out = new ArrayList<>();
    if (!parts[0].isEmpty()) {
      out.add(plain(parts[0]));
    }
    out.addAll(inner);
    if (parts.length > 1 && !parts[1].isEmpty()) {
      out.add(plain(parts[1]));
    }
    return out;
  }

  /** Certificates as a measure's evidence: title, issuer, valid until; several joined by "; ". */
  private List<Node> certificatesInline(List<Certificate> certs) {
    List<Node> out = new ArrayList<>();
    for (Certificate c : certs) {
      if (!out.isEmpty()) {
        out.add(plain("; "));
      }
      out.addAll(oneLine(Markdown.inlines(text(c.title()))));
      boolean issuerInTitle = c.issuer().map(i -> text(c.title()).contains(text(i))).orElse(true);
      if (!issuerInTitle) {
        out.add(plain(" (" + label("issued-by") + " "));
        out.addAll(oneLine(Markdown.inlines(text(c.issuer().get()))));
        out.add(plain(")"));
      }
      c.validUntil()
          .ifPresent(v -> out.add(plain(", " + label("valid-until") + " " + words.date(v, lang))));
    }
    return out;
  }

  private Paragraph certificate(Certificate c) {
    Paragraph p = new Paragraph();
    p.appendChild(plain(label("certificate") + ": "));
    appendAll(p, Markdown.inlines(text(c.title())));
    List<String> details = new ArrayList<>();
    if (!c.scope().isEmpty()) {
      List<String> sites = new ArrayList<>();
      for (String id : c.scope()) {
        sites.add(catalogue.site(id).map(st -> text(st.name())).orElse(id));
      }
      details.add(label("scope") + " " + String.join("; ", sites));
    }
    c.validFrom().ifPresent(v -> details.add(label("valid-from") + " " + words.date(v, lang)));
    c.validUntil().ifPresent(v -> details.add(label("valid-until") + " " + words.date(v, lang)));
    boolean issuerInTitle = c.issuer().map(i -> text(c.title()).contains(text(i))).orElse(true);
    if (!issuerInTitle) {
      p.appendChild(plain(" (" + label("issued-by") + " "));
      appendAll(p, Markdown.inlines(text(c.issuer().get())));
      p.appendChild(plain(details.isEmpty() ? ")" : ", " + String.join(", ", details) + ")"));
    } else if (!details.isEmpty()) {
      p.appendChild(plain(" (" + String.join(", ", details) + ")"));
    }
    return p;
  }

  private Paragraph subprocessor(Subprocessor sp) {
    Paragraph p = new Paragraph();
    p.appendChild(plain(label("subprocessor") + ": " + sp.name()));
    sp.service()
        .ifPresent(
            sv -> {
              p.appendChild(plain(" – "));
              appendAll(p, Markdown.inlines(text(sv)));
            });
    sp.place()
        .ifPresent(
            pl -> {
              p.appendChild(plain(" ("));
              appendAll(p, Markdown.inlines(text(pl)));
              p.appendChild(plain(")"));
            });
    sp.transfer()
        .ifPresent(
            tr -> {
              p.appendChild(plain("; " + label("transfer") + ": "));
              appendAll(p, Markdown.inlines(text(tr)));
            });
    sp.noticePeriod()
        .ifPresent(
            np ->
                p.appendChild(
                    plain("; " + label("notice-period") + ": " + words.period(np, lang))));
    return p;
  }

  private void blocks(org.commonmark.node.Document doc, Text t, String cssClass) {
    for (Node b : Markdown.blocks(text(t))) {
      classes.put(b, cssClass);
      doc.appendChild(b);
    }
  }

  private String text(Text t) {
    return t.in(lang).orElseGet(() -> t.values().values().iterator().next());
  }

  private String label(String key) {
    return words.format(key, lang);
  }

  private static org.commonmark.node.Text plain(String s) {
    return new org.commonmark.node.Text(s);
  }

  /**
   * A heading's content on one line: its line breaks as spaces (a Markdown heading of level three
   * or more cannot span lines, and none can hold a hard break).
   */
  static List<Node> oneLine(List<Node> inlines) {
    List<Node> out = new ArrayList<>(inlines.size());
    for (Node n : inlines) {
      replaceBreaks(n);
      out.add(n instanceof SoftLineBreak || n instanceof HardLineBreak ? plain(" ") : n);
    }
    return out;
  }

  private static void replaceBreaks(Node parent) {
    for (Node c = parent.getFirstChild(); c != null; ) {
      Node next = c.getNext();
      if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        c.insertBefore(plain(" "));
        c.unlink();
      } else {
        replaceBreaks(c);
      }
      c = next;
    }
  }

  private static void appendAll(Node parent, List<Node> children) {
    for (Node c : children) {
      parent.appendChild(c);
    }
  }
}
