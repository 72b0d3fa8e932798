package io.github.tomannex.tom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;

/** Writes the events of an {@link AnnexHandler} as indented lines, checking their balance. */
final class EventRecorder implements AnnexHandler {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  private void line(String s) {
    out.append("  ".repeat(open.size())).append(s).append('\n');
  }

  private void start(String name, String detail) {
    line(name + (detail.isEmpty() ? "" : " " + detail));
    open.push(name);
  }

  private void end(String name) {
    assertEquals(name, open.peek(), "unbalanced events:\n" + out);
    open.pop();
  }

  String result() {
    assertEquals(0, open.size(), "unclosed: " + open);
    return out.toString();
  }

  @Override
  public void startDocument(String language, String title) {
    start("document", language + " " + title);
  }

  @Override
  public void endDocument() {
    end("document");
  }

  @Override
  public void startHeading(int level, String anchor) {
    start("h" + level, "#" + anchor);
  }

  @Override
  public void endHeading() {
    String h = open.peek();
    end(h != null && h.startsWith("h") ? h : "heading");
  }

  @Override
  public void startParagraph(String role) {
    start("p", role);
  }

  @Override
  public void endParagraph() {
    end("p");
  }

  @Override
  public void startList(boolean ordered, int start) {
    start(ordered ? "ol" : "ul", ordered && start != 1 ? "start=" + start : "");
  }

  @Override
  public void endList() {
    String l = open.peek();
    end("ol".equals(l) ? "ol" : "ul");
  }

  @Override
  public void startListItem(String anchor, String role) {
    start("li", (anchor.isEmpty() ? "" : "#" + anchor) + (role.isEmpty() ? "" : " " + role));
  }

  @Override
  public void endListItem() {
    end("li");
  }

  @Override
  public void startQuote() {
    start("quote", "");
  }

  @Override
  public void endQuote() {
    end("quote");
  }

  @Override
  public void codeBlock(String text) {
    line("code-block " + text.replace("\n", "\\n"));
  }

  @Override
  public void rule() {
    line("rule");
  }

  @Override
  public void text(String text) {
    line("'" + text + "'");
  }

  @Override
  public void code(String text) {
    line("code '" + text + "'");
  }

  @Override
  public void lineBreak() {
    line("br");
  }

  @Override
  public void startEmphasis() {
    start("em", "");
  }

  @Override
  public void endEmphasis() {
    end("em");
  }

  @Override
  public void startStrong() {
    start("strong", "");
  }

  @Override
  public void endStrong() {
    end("strong");
  }

  @Override
  public void startLink(String href) {
    start("a", href);
  }

  @Override
  public void endLink() {
    end("a");
  }

  @Override
  public void startInsertion() {
    start("ins", "");
  }

  @Override
  public void endInsertion() {
    end("ins");
  }

  @Override
  public void startDeletion() {
    start("del", "");
  }

  @Override
  public void endDeletion() {
    end("del");
  }
}
