package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Change;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.SectionStyle;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

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
    d.preamble().ifPresent(p -> blocks(doc, p, "preamble"));
    for (Plan.Heading section : Plan.of(catalogue).sections()) {
      section(doc, section);
    }
    d.closing().ifPresent(c -> blocks(doc, c, "closing"));
    separateAdjacentLists(doc);
    return doc;
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
    d.agreement()
        .ifPresent(
            a -> {
              if (a.title().isPresent() || a.reference().isPresent()) {
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
                lines.add(line);
              }
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
    List<Paragraph> out = new ArrayList<>();
    for (List<Node> line : lines) {
      Paragraph p = new Paragraph();
      classes.put(p, "meta");
      appendAll(p, line);
      out.add(p);
    }
    return out;
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
    if (s.style() == SectionStyle.PARAGRAPHS) {
      for (Measure m : s.measures()) {
        for (Node b : measure(m)) {
          if (m.status() != MeasureStatus.IMPLEMENTED) {
            classes.put(b, m.status().id());
          }
          doc.appendChild(b);
        }
      }
    }
    List<ListItem> items = new ArrayList<>();
    if (s.style() == SectionStyle.LIST) {
      for (Measure m : s.measures()) {
        ListItem item = new ListItem();
        appendAll(item, measure(m));
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

  private List<Node> measure(Measure m) {
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
      target.appendChild(plain(space + "(" + label("not-applicable")));
      m.reason()
          .ifPresent(
              r -> {
                target.appendChild(plain(": "));
                appendAll(target, Markdown.inlines(text(r)));
              });
      target.appendChild(plain(")"));
    }
    return blocks;
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
