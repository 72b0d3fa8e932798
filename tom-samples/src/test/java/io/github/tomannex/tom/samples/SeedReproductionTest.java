package io.github.tomannex.tom.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The sample annex, as rendered by the plugin during this module's build, reproduces the seed annex
 * ({@code seed-annex-php-friends-de.txt}, text extracted from a PDF): every sentence and bullet of
 * the seed, word for word, in the seed's order, hence in its section.
 */
class SeedReproductionTest {
  private static final Path BASE = Path.of(System.getProperty("tom.samples.basedir", "."));

  @Test
  void germanAnnexContainsEverySentenceOfTheSeedInOrder() throws IOException {
    String rendered = plainText(read(BASE.resolve("target/tom/annex-de.md")));
    List<String> sentences = seedSentences();
    assertTrue(sentences.size() > 100, "seed has " + sentences.size() + " sentences");
    int from = 0;
    for (String sentence : sentences) {
      int at = rendered.indexOf(sentence, from);
      if (at < 0) {
        int anywhere = rendered.indexOf(sentence);
        fail(
            (anywhere < 0 ? "missing: " : "out of order: ")
                + sentence
                + "\nafter: …"
                + rendered.substring(Math.max(0, from - 120), from));
      }
      from = at + sentence.length();
    }
  }

  @Test
  void sectionsComeInTheSeedsOrderWithItsHeadings() throws IOException {
    String md = read(BASE.resolve("target/tom/annex-de.md"));
    List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();
    assertEquals(
        List.of(
            "# Anlage 2 – Liste der bestehenden technischen und organisatorischen Maßnahmen des"
                + " Auftragsverarbeiters nach Art. 32 DSGVO",
            "## I. Zweckbindung und Trennbarkeit",
            "## II. Vertraulichkeit und Integrität",
            "### 1. Verschlüsselung",
            "### 2. Zutrittskontrolle",
            "#### 2.1 Maßnahmen in den Rechenzentren",
            "#### 2.2 Maßnahmen am Firmensitz",
            "### 3. Zugangskontrolle",
            "### 4. Zugriffskontrolle",
            "### 5. Eingabekontrolle",
            "### 6. Auftragskontrolle",
            "### 7. Weitergabekontrolle",
            "## III. Verfügbarkeit, Wiederherstellbarkeit und Belastbarkeit der Systeme",
            "## IV. Besondere Datenschutzmaßnahmen",
            "## V. Überprüfung, Evaluierung und Anpassung der vorliegenden Maßnahmen"),
        headings);
  }

  @Test
  void everyFormatAndLanguageIsRendered() {
    for (String name :
        List.of("annex-de.md", "annex-en.md", "annex-de.html", "annex-en.html", "annex.json")) {
      assertTrue(Files.isRegularFile(BASE.resolve("target/tom").resolve(name)), name);
      assertTrue(
          Files.isRegularFile(BASE.resolve("target/tom-saas").resolve(name.replace("-de", "-en"))),
          "saas " + name);
    }
  }

  /**
   * The seed as a list of sentences: PDF line breaks joined (a line ending in '-' joins without a
   * space, as in "E-Mail-" + "Verkehrs"), split into paragraphs and bullets, and those after '.',
   * ':' or ';' before an upper-case letter. The URL lines that close the file are page footers of
   * the PDF, not annex text.
   */
  static List<String> seedSentences() throws IOException {
    List<String> lines =
        new ArrayList<>(
            read(BASE.resolve("src/test/resources/seed-annex-php-friends-de.txt"))
                .lines()
                .toList());
    while (!lines.isEmpty()
        && (lines.get(lines.size() - 1).isBlank()
            || lines.get(lines.size() - 1).strip().matches("https?://\\S+"))) {
      lines.remove(lines.size() - 1);
    }
    // paragraphs are separated by two or more blank lines; a single blank line inside a
    // bullet is a page or column break of the PDF
    String[] paragraphs = String.join("\n", lines).split("\n[ \t]*\n([ \t]*\n)+|•");
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      StringBuilder sb = new StringBuilder();
      for (String line : paragraph.split("\n")) {
        String l = line.strip();
        if (l.isEmpty()) {
          continue;
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
          sb.append(' ');
        }
        sb.append(l);
      }
      for (String sentence : sb.toString().split("(?<=[.:;])\\s+(?=[A-ZÄÖÜ„])")) {
        if (!sentence.isBlank()) {
          out.add(sentence.replaceAll("\\s+", " ").strip());
        }
      }
    }
    return out;
  }

  /** The text of a Markdown document, blocks separated by one space. */
  static String plainText(String markdown) {
    Node doc = Parser.builder().build().parse(markdown);
    StringBuilder sb = new StringBuilder();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak node) {
            sb.append(' ');
          }

          @Override
          public void visit(HardLineBreak node) {
            sb.append(' ');
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) {
              sb.append(' ');
            }
          }
        });
    return sb.toString().replaceAll("\\s+", " ");
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
