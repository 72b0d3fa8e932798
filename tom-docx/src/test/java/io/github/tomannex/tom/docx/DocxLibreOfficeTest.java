package io.github.tomannex.tom.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tomannex.tom.AnnexHandler;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Certificate;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.Labels;
import io.github.tomannex.tom.RenderOptions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word documents open in another word processor: LibreOffice converts each to plain text
 * ({@code soffice --headless --convert-to txt}), which must say word for word what the Markdown
 * output says (markup stripped, whitespace collapsed, bullets dropped; the certificates read as the
 * table's cells). Skipped, with a message, on a machine without LibreOffice; {@code .ci/run}
 * installs it.
 */
class DocxLibreOfficeTest {
  private static final Parser MD = Parser.builder().build();

  private record Case(
      String name, byte[] docx, String markdown, Catalogue catalogue, String lang) {}

  @Test
  void libreOfficeReadsTheSameTextAsTheMarkdown(@TempDir Path tmp) throws Exception {
    Optional<Path> soffice = soffice();
    assumeTrue(
        soffice.isPresent(),
        "LibreOffice (soffice) is not on the PATH: the .docx files are not converted to text."
            + " Install it (Debian: apt-get install libreoffice-writer-nogui) to run this test.");
    DocxFormat docx = new DocxFormat();
    RenderOptions o = RenderOptions.defaults();
    List<Case> cases = new ArrayList<>();
    Catalogue seed = Samples.seed();
    Catalogue saas = Samples.saas();
    CatalogueDiff allKinds = Samples.allKinds();
    CatalogueDiff saasChanges = Samples.saasChanges();
    for (String lang : List.of("de", "en")) {
      cases.add(
          new Case(
              "seed-annex-" + lang,
              docx.render(seed, lang, o),
              Samples.TOM.render(seed, Format.MARKDOWN, lang),
              seed,
              lang));
      cases.add(
          new Case(
              "all-kinds-changes-" + lang,
              docx.renderChanges(allKinds, lang, o),
              Samples.TOM.renderChanges(allKinds, Format.MARKDOWN, lang),
              allKinds.current(),
              lang));
    }
    cases.add(
        new Case(
            "saas-annex-en",
            docx.render(saas, "en", o),
            Samples.SAAS_TOM.render(saas, Format.MARKDOWN, "en"),
            saas,
            "en"));
    Catalogue edges = Samples.edges();
    cases.add(
        new Case(
            "markdown-edges-annex-en",
            docx.render(edges, "en", o),
            Samples.TOM.render(edges, Format.MARKDOWN, "en"),
            edges,
            "en"));
    cases.add(
        new Case(
            "saas-changes-en",
            docx.renderChanges(saasChanges, "en", o),
            Samples.SAAS_TOM.renderChanges(saasChanges, Format.MARKDOWN, "en"),
            saasChanges.current(),
            "en"));

    List<String> command = new ArrayList<>();
    command.add(soffice.get().toString());
    command.add("--headless");
    command.add("--norestore");
    // a profile of its own: another LibreOffice running on the machine does not take the call
    command.add("-env:UserInstallation=" + tmp.resolve("profile").toUri());
    command.add("--convert-to");
    command.add("txt:Text (encoded):UTF8");
    command.add("--outdir");
    command.add(tmp.resolve("out").toString());
    for (Case c : cases) {
      Path f = tmp.resolve(c.name() + ".docx");
      Files.write(f, c.docx());
      command.add(f.toString());
    }
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("soffice.log").toFile())
            .start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish converting within 300 s");
    }
    String log = Files.readString(tmp.resolve("soffice.log"));
    for (Case c : cases) {
      Path txt = tmp.resolve("out").resolve(c.name() + ".txt");
      assertTrue(Files.exists(txt), c.name() + ": LibreOffice wrote no text; its output:\n" + log);
      String actual = words(fromLibreOffice(Files.readString(txt, StandardCharsets.UTF_8)));
      String expected = words(fromMarkdown(c.markdown(), c.catalogue(), c.lang(), certificates(c)));
      assertEquals(expected, actual, c.name());
    }
  }

  /** The certificates of the annex's lists, in order; none in a notice. */
  private static Deque<String> certificates(Case c) {
    Deque<String> ids = new ArrayDeque<>();
    if (c.name().contains("annex")) {
      Samples.TOM.render(
          c.catalogue(),
          c.lang(),
          new AnnexHandler() {
            @Override
            public void startListItem(String anchor, String role) {
              if (anchor.startsWith("c-")) {
                ids.add(anchor.substring(2));
              }
            }
          });
    }
    return ids;
  }

  private static Optional<Path> soffice() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** LibreOffice's text: without the byte order mark and the bullets of list paragraphs. */
  static String fromLibreOffice(String txt) {
    StringBuilder sb = new StringBuilder();
    for (String line : txt.replace("\uFEFF", "").split("\r?\n")) {
      sb.append(line.replaceFirst("^\\s+[•◦–]\\s+", "")).append('\n');
    }
    return sb.toString();
  }

  /**
   * The Markdown's text: CommonMark's literals, one block a line, an ordered item with its number;
   * a list's certificate items replaced by the certificate table's cells after the list.
   */
  static String fromMarkdown(String markdown, Catalogue catalogue, String lang, Deque<String> ids) {
    Labels labels = Labels.of(catalogue);
    String certificate = labels.format("certificate", lang) + ":";
    StringBuilder sb = new StringBuilder();
    Node doc = MD.parse(markdown);
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      block(n, sb, certificate, ids, catalogue, lang, labels);
    }
    return sb.toString();
  }

  private static void block(
      Node n,
      StringBuilder sb,
      String certificate,
      Deque<String> ids,
      Catalogue catalogue,
      String lang,
      Labels labels) {
    if (!(n instanceof ListBlock list)) {
      sb.append(plain(n)).append('\n');
      return;
    }
    int number = list instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
    List<String> table = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = plain(item);
      if (text.strip().startsWith(certificate) && !ids.isEmpty()) {
        table.add(ids.poll());
        continue;
      }
      if (list instanceof OrderedList) {
        sb.append(number++).append(". ");
      }
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        block(child, sb, certificate, ids, catalogue, lang, labels);
      }
    }
    if (!table.isEmpty()) {
      // the validity: the end date, or "from – until" when any certificate has a start date
      boolean from =
          table.stream()
              .anyMatch(id -> catalogue.certificate(id).orElseThrow().validFrom().isPresent());
      String valid = labels.format(from ? "valid-from" : "valid-until", lang);
      sb.append(labels.format("certificate", lang))
          .append('\n')
          .append(labels.format("pdf.standard", lang))
          .append('\n')
          .append(labels.format("pdf.issuer", lang))
          .append('\n')
          .append(valid.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(valid.substring(1))
          .append(from ? " / " + labels.format("valid-until", lang) : "")
          .append('\n');
      for (String id : table) {
        Certificate c = catalogue.certificate(id).orElseThrow();
        sb.append(plain(MD.parse(c.title().in(lang).orElseThrow()))).append('\n');
        sb.append(plain(MD.parse(c.standard()))).append('\n');
        sb.append(c.issuer().map(t -> plain(MD.parse(t.in(lang).orElseThrow()))).orElse("–"));
        sb.append('\n');
        if (from) {
          sb.append(c.validFrom().map(d -> labels.date(d, lang)).orElse("–")).append(" – ");
        }
        sb.append(c.validUntil().map(d -> labels.date(d, lang)).orElse("–")).append('\n');
      }
    }
  }

  /** A node's literal text, blocks on lines of their own. */
  private static String plain(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            // deleted words are ~~struck~~ (GitHub's strikethrough, not in CommonMark's core)
            sb.append(text.getLiteral().replace("~~", ""));
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.FencedCodeBlock block) {
            sb.append(block.getLiteral()).append('\n');
          }

          @Override
          public void visit(org.commonmark.node.IndentedCodeBlock block) {
            sb.append(block.getLiteral()).append('\n');
          }

          @Override
          public void visit(HtmlInline html) {
            sb.append(html.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            sb.append(' ');
          }

          @Override
          public void visit(HardLineBreak br) {
            sb.append('\n');
          }

          @Override
          public void visit(org.commonmark.node.Paragraph p) {
            visitChildren(p);
            sb.append('\n');
          }

          @Override
          public void visit(BulletList l) {
            visitChildren(l);
          }

          @Override
          public void visit(ListItem item) {
            visitChildren(item);
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) {
              sb.append('\n');
            }
          }
        });
    return sb.toString();
  }

  /** The words, one space between each (a no-break space, as in a date of the table, too). */
  private static String words(String s) {
    return String.join(" ", s.replace('\u00A0', ' ').strip().split("\\s+"));
  }
}
