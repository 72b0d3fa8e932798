package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Measure;
import io.github.tomannex.tom.MeasureStatus;
import io.github.tomannex.tom.SectionStyle;
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
import org.commonmark.node.Paragraph;

/**
 * Builds the annex in one language as a CommonMark tree, which the Markdown and HTML
 * renderers write out. Records the anchor id and CSS class of the nodes that get one.
 */
final class AnnexBuilder {
  final Map<Node, String> ids = new IdentityHashMap<>();
  final Map<Node, String> classes = new IdentityHashMap<>();

  private final Catalogue catalogue;
  private final String lang;
  private Heading title;

  AnnexBuilder(Catalogue catalogue, String lang) {
    this.catalogue = catalogue;
    this.lang = lang;
  }

  Heading title() {
    return title;
  }

  org.commonmark.node.Document build() {
    org.commonmark.node.Document doc = new org.commonmark.node.Document();
    Document d = catalogue.document();
    title = new Heading();
    title.setLevel(1);
    d.label().ifPresent(l -> {
      appendAll(title, Markdown.inlines(text(l)));
      title.appendChild(new org.commonmark.node.Text(" – "));
    });
    appendAll(title, Markdown.inlines(text(d.title())));
    ids.put(title, "title");
    doc.appendChild(title);
    doc.appendChild(meta(d));
    d.preamble().ifPresent(p -> blocks(doc, p, "preamble"));
    for (Plan.Node section : Plan.of(catalogue).sections()) {
      section(doc, section);
    }
    d.closing().ifPresent(c -> blocks(doc, c, "closing"));
    return doc;
  }

  private Paragraph meta(Document d) {
    Paragraph p = new Paragraph();
    classes.put(p, "meta");
    List<List<Node>> lines = new ArrayList<>();
    List<Node> processor = new ArrayList<>();
    processor.add(plain(label("processor") + ": " + d.processor().name()));
    d.processor().address().ifPresent(a -> {
      processor.add(plain(", "));
      processor.addAll(Markdown.inlines(text(a)));
    });
    lines.add(processor);
    d.agreement().ifPresent(a -> {
      if (a.title().isPresent() || a.reference().isPresent()) {
        List<Node> line = new ArrayList<>();
        line.add(plain(label("agreement") + ": "));
        a.title().ifPresent(t -> line.addAll(Markdown.inlines(text(t))));
        a.reference().ifPresent(r -> {
          line.add(plain(a.title().isPresent() ? " (" : ""));
          line.addAll(Markdown.inlines(text(r)));
          line.add(plain(a.title().isPresent() ? ")" : ""));
        });
        lines.add(line);
      }
    });
    lines.add(List.of(plain(label("version") + " " + d.version() + ", " + label("effective")
        + ": " + Dates.format(d.effective(), lang))));
    d.url().ifPresent(u -> {
      Link link = new Link(u, null);
      link.appendChild(plain(u));
      lines.add(List.of(plain(label("published-at") + ": "), link));
    });
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        p.appendChild(new HardLineBreak());
      }
      appendAll(p, lines.get(i));
    }
    return p;
  }

  private void section(org.commonmark.node.Document doc, Plan.Node s) {
    Heading h = new Heading();
    h.setLevel(Math.min(6, s.level() + 2));
    if (!s.number().isEmpty()) {
      h.appendChild(plain(s.number() + " "));
    }
    appendAll(h, Markdown.inlines(text(s.title())));
    ids.put(h, "sec-" + s.key());
    doc.appendChild(h);
    s.intro().ifPresent(i -> blocks(doc, i, "intro"));
    if (s.review()) {
      catalogue.review().statement().ifPresent(st -> blocks(doc, st, "review"));
      Paragraph dates = new Paragraph();
      classes.put(dates, "review-dates");
      dates.appendChild(plain(label("review-last") + ": "
          + Dates.format(catalogue.review().last(), lang) + " · " + label("review-next") + ": "
          + Dates.format(catalogue.review().next(), lang)));
      doc.appendChild(dates);
    }
    List<Certificate> certificates = s.certificates() ? catalogue.certificates() : List.of();
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
    if ((s.style() == SectionStyle.LIST && !s.measures().isEmpty()) || !certificates.isEmpty()) {
      BulletList list = new BulletList();
      list.setMarker("-");
      list.setTight(true);
      if (s.style() == SectionStyle.LIST) {
        for (Measure m : s.measures()) {
          ListItem item = new ListItem();
          List<Node> blocks = measure(m);
          if (blocks.size() > 1) {
            list.setTight(false);
          }
          appendAll(item, blocks);
          ids.put(item, "m-" + m.id());
          if (m.status() != MeasureStatus.IMPLEMENTED) {
            classes.put(item, m.status().id());
          }
          list.appendChild(item);
        }
      }
      for (Certificate c : certificates) {
        ListItem item = new ListItem();
        item.appendChild(certificate(c));
        ids.put(item, "c-" + c.id());
        list.appendChild(item);
      }
      doc.appendChild(list);
    }
    if (!s.hasContent()) {
      Paragraph none = new Paragraph();
      classes.put(none, "none");
      none.appendChild(plain(label("none")));
      doc.appendChild(none);
    }
    for (Plan.Node child : s.children()) {
      section(doc, child);
    }
  }

  private List<Node> measure(Measure m) {
    List<Node> blocks = Markdown.blocks(text(m.text()));
    if (blocks.isEmpty()) {
      blocks = new ArrayList<>(List.of(new Paragraph()));
    }
    Node last = blocks.get(blocks.size() - 1);
    final Node target;
    if (last instanceof Paragraph) {
      target = last;
    } else {
      target = new Paragraph();
      if (m.status() != MeasureStatus.IMPLEMENTED) {
        blocks.add(target);
      }
    }
    if (m.status() == MeasureStatus.PLANNED) {
      target.appendChild(plain(" (" + label("planned") + " "
          + m.due().map(d -> Dates.format(d, lang)).orElse("?") + ")"));
    } else if (m.status() == MeasureStatus.NOT_APPLICABLE) {
      target.appendChild(plain(" (" + label("not-applicable")));
      m.reason().ifPresent(r -> {
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
    c.validUntil().ifPresent(v -> details.add(label("valid-until") + " " + Dates.format(v, lang)));
    if (c.issuer().isPresent()) {
      p.appendChild(plain(" (" + label("issued-by") + " "));
      appendAll(p, Markdown.inlines(text(c.issuer().get())));
      p.appendChild(plain(details.isEmpty() ? ")" : ", " + String.join(", ", details) + ")"));
    } else if (!details.isEmpty()) {
      p.appendChild(plain(" (" + String.join(", ", details) + ")"));
    }
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
    return catalogue.layout().label(key, lang).orElse(key);
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
