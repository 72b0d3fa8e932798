package io.github.tomannex.tom.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "java\tscript:x",
        "java\nscript:x", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
        "jar:file:x!/y"
      })
  void refusesDangerousDestinations(String destination) {
    assertFalse(Markdown.safeDestination(destination), destination);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org", "HTTP://example.org", "mailto:dpo@example.org", "/relative/path",
        "#section", "docs/a:b", "?q=a:b", "page.html"
      })
  void keepsWebAndRelativeDestinations(String destination) {
    assertTrue(Markdown.safeDestination(destination), destination);
  }

  @Test
  void unsafeLinkKeepsItsTextAndRawHtmlBecomesText() {
    String md = render("See [the policy](javascript:alert(1)) and <b>bold</b>.\n\n<div>x</div>");
    assertEquals("See the policy and \\<b\\>bold\\</b\\>.\n\n\\<div\\>x\\</div\\>\n", md);
  }

  @Test
  void imageBecomesItsDescription() {
    assertEquals("Logo here\n", render("![Logo](https://tracker.example/p.png) here"));
  }

  @Test
  void headingsInATextBecomeStrongParagraphs() {
    assertEquals("**Backup**\n\nDaily.\n", render("# Backup\nDaily."));
  }

  @Test
  void safeMarkdownIsKept() {
    assertEquals(
        "**bold**, *em*, `code`, [link](https://example.org)\n",
        render("**bold**, *em*, `code`, [link](https://example.org)"));
  }

  @Test
  void inlinesOfSomethingOtherThanAParagraphAreItsLiteralText() {
    List<org.commonmark.node.Node> nodes = Markdown.inlines("1. first\n2. second");
    assertEquals(1, nodes.size());
    assertEquals("1. first 2. second", ((org.commonmark.node.Text) nodes.get(0)).getLiteral());
  }

  @Test
  void anEntityFenceStaysTextAndTheHtmlAfterARealFenceStaysCode() {
    String md = out("&#126;&#126;&#126;\n\n~~~\n<img src=x onerror=alert(1)>\n~~~");
    assertEquals("\\~\\~\\~\n\n~~~\n<img src=x onerror=alert(1)>\n~~~\n", md);
  }

  @Test
  void escapedSignsAtALineStartStayText() {
    assertEquals(
        "\\+ a\n\n\\+ b\n\n\\- c\n\n1\\. d\n\n\\# e\n",
        out("\\+ a\n\n&#43; b\n\n&#45; c\n\n1&#46; d\n\n&#35; e"));
  }

  @Test
  void anEmptyHeadingIsDroppedNotAThematicBreak() {
    assertEquals("text\n", out("#\ntext"));
    assertEquals("text\n", out("# ![](x)\ntext"));
  }

  @Test
  void indentedCodeIsFencedSoThatAListBeforeItCannotTakeItIn() {
    org.commonmark.node.Document doc = new org.commonmark.node.Document();
    for (String text : List.of("- a", "    <img src=x onerror=alert(1)>")) {
      for (org.commonmark.node.Node n : Markdown.blocks(text)) {
        doc.appendChild(n);
      }
    }
    assertEquals("- a\n\n```\n<img src=x onerror=alert(1)>\n```\n", MarkdownOut.render(doc));
  }

  private static String out(String markdown) {
    org.commonmark.node.Document doc = new org.commonmark.node.Document();
    for (org.commonmark.node.Node n : Markdown.blocks(markdown)) {
      doc.appendChild(n);
    }
    return MarkdownOut.render(doc);
  }

  private static String render(String markdown) {
    org.commonmark.node.Document doc = new org.commonmark.node.Document();
    for (org.commonmark.node.Node n : Markdown.blocks(markdown)) {
      doc.appendChild(n);
    }
    return MarkdownRenderer.builder().build().render(doc);
  }
}
