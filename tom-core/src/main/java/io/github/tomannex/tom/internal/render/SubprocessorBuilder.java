package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Document;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.Subprocessor;
import io.github.tomannex.tom.Text;
import io.github.tomannex.tom.internal.lint.Countries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Builds the sub-processor document in one language as a CommonMark tree: the title ({@code
 * subprocessors.title}, which the SCC layouts set to their annex), processor, agreement, version
 * and date, which language version binds, then each sub-processor under its name with service,
 * location, the Chapter V transfer and the notice period for changes, and the Art. 28(2) sentence
 * on changes. A catalogue without sub-processors gets a document that says the processor engages
 * none.
 */
final class SubprocessorBuilder {
  final Map<Node, String> ids = new IdentityHashMap<>();
  final Map<Node, String> classes = new IdentityHashMap<>();

  private final Set<String> anchors = new HashSet<>();
  private final Catalogue catalogue;
  private final String lang;
  private final Labels words;
  private Heading title;

  SubprocessorBuilder(Catalogue catalogue, String lang) {
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
    title.appendChild(plain(label("subprocessors.title")));
    ids.put(title, anchor("title"));
    doc.appendChild(title);
    for (Paragraph p : meta(d)) {
      doc.appendChild(p);
    }
    List<Subprocessor> all = catalogue.subprocessors();
    Paragraph intro = new Paragraph();
    classes.put(intro, all.isEmpty() ? "none" : "intro");
    intro.appendChild(plain(label(all.isEmpty() ? "subprocessors.none" : "subprocessors.intro")));
    doc.appendChild(intro);
    for (Subprocessor sp : all) {
      subprocessor(doc, sp);
    }
    if (!all.isEmpty()) {
      Paragraph changes = new Paragraph();
      classes.put(changes, "closing");
      changes.appendChild(plain(label("subprocessors.changes")));
      doc.appendChild(changes);
    }
    AnnexBuilder.separateAdjacentLists(doc);
    return doc;
  }

  private void subprocessor(org.commonmark.node.Document doc, Subprocessor sp) {
    Heading h = new Heading();
    h.setLevel(2);
    // a heading is one line, whatever line breaks the name holds
    h.appendChild(plain(sp.name().strip().replaceAll("\\s+", " ")));
    ids.put(h, anchor("sp-" + sp.id()));
    doc.appendChild(h);
    List<ListItem> items = new ArrayList<>();
    sp.service().ifPresent(s -> items.add(item(label("subprocessors.service"), text(s))));
    sp.place().ifPresent(p -> items.add(item(label("subprocessors.location"), text(p))));
    transfer(sp).ifPresent(t -> items.add(item(label("subprocessors.transfer"), t)));
    items.add(
        item(
            label("subprocessors.notice-period"),
            sp.noticePeriod()
                .map(np -> words.format("subprocessors.in-advance", lang, words.period(np, lang)))
                .orElse(label("subprocessors.not-stated"))));
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(true);
    for (ListItem item : items) {
      list.appendChild(item);
    }
    doc.appendChild(list);
  }

  /**
   * The Chapter V line: the mechanism when one is given; "none" for a location in the EEA only;
   * "not stated" for a location in a third country or one open to any ("worldwide"); nothing when
   * the location does not tell.
   */
  private Optional<String> transfer(Subprocessor sp) {
    if (sp.transfer().isPresent()) {
      return Optional.of(text(sp.transfer().get()));
    }
    if (sp.place().isEmpty()) {
      return Optional.empty();
    }
    List<String> place = List.copyOf(sp.place().get().values().values());
    if (Countries.onlyEea(place)) {
      return Optional.of(label("subprocessors.eea"));
    }
    // a third country, or a location open to any ("worldwide"): the mechanism must be stated
    if (Countries.thirdCountry(place).isPresent() || Countries.open(place)) {
      return Optional.of(label("subprocessors.not-stated"));
    }
    return Optional.empty();
  }

  private ListItem item(String name, String value) {
    ListItem li = new ListItem();
    Paragraph p = new Paragraph();
    p.appendChild(plain(name + ": "));
    for (Node n : AnnexBuilder.oneLine(Markdown.inlines(value))) {
      p.appendChild(n);
    }
    li.appendChild(p);
    return li;
  }

  /**
   * Processor, agreement, version and date, and which language version binds (as in the annex): a
   * paragraph each.
   */
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
    AnnexBuilder.binding(d, words, lang).ifPresent(b -> lines.add(List.of(plain(b))));
    List<Paragraph> out = new ArrayList<>();
    for (List<Node> line : lines) {
      Paragraph p = new Paragraph();
      classes.put(p, "meta");
      for (Node n : AnnexBuilder.oneLine(line)) {
        p.appendChild(n);
      }
      out.add(p);
    }
    return out;
  }

  private String anchor(String wanted) {
    String id = wanted;
    for (int n = 2; !anchors.add(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
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
}
