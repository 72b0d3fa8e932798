package io.github.tomannex.tom.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Tom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The Markdown output, read back as CommonMark, is the same document as the HTML output, for
 * every input: hostile texts (line starts, fences, indentation, entities and numeric character
 * references, nesting of lists, quotes and code, backslashes, HTML, link syntax, trailing
 * spaces) in every text field of a catalogue and in the change notice between two such
 * catalogues. The Markdown is parsed with commonmark-java (the annex without and with GFM
 * strikethrough, the notice with it, as its deletions are {@code ~~} runs), must hold no raw
 * HTML, no image and no link to an unsafe destination, and is rendered to HTML with the same
 * sanitising options as tom's own HTML ({@code escapeHtml}, {@code sanitizeUrls}).
 *
 * <p>What the comparison normalises, because it is legitimately different ({@link #normalize}):
 * only the content of tom's {@code <main>} is compared; tom's {@code id} attributes and its
 * {@code class} attributes (Markdown has no syntax for them; a code block's {@code
 * language-…} class is kept and compared); the notice's {@code <ins>} is {@code <strong>}
 * (Markdown has no insertion mark, tom writes an insertion as strong text); and outside
 * {@code <pre>}, a run of whitespace counts as one space and whitespace next to a block tag
 * as none (HTML renders both alike; a Markdown reader drops spaces at the end of a line).
 *
 * <p>A fixed seed and 2,000 cases in the normal build; a longer run: {@code ./mvnw -pl tom-core
 * test -Dtest=MarkdownRoundTripTest -Dtom.mdCases=50000 -Dtom.mdSeed=7}.
 */
class MarkdownRoundTripTest {
  private static final Tom TOM = quietTom();
  private static final List<Extension> STRIKE = List.of(StrikethroughExtension.create());
  private static final Parser PLAIN = Parser.builder().build();
  private static final Parser GFM = Parser.builder().extensions(STRIKE).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true)
      .sanitizeUrls(true).softbreak("\n").build();
  private static final HtmlRenderer GFM_HTML = HtmlRenderer.builder().escapeHtml(true)
      .sanitizeUrls(true).softbreak("\n").extensions(STRIKE).build();

  /** The text fields of the template, each a placeholder {@code @name@}. */
  private static final List<String> FIELDS = List.of(
      "label", "title", "address", "agreementTitle", "agreementRef", "preamble", "closing",
      "statement", "s1Title", "s1Intro", "s2Title", "s2Intro", "s3Title", "otherTitle", "otherIntro",
      "service", "location", "site1", "site2", "certTitle", "certIssuer",
      "m1", "m2", "m3", "r3", "m4", "m5", "m6", "m7", "r7", "m8", "m9", "m10", "ch1", "ch2",
      "labelProcessor", "labelVersion", "labelCertificate", "labelReviewLast", "labelHistory",
      "labelNone", "labelPlanned");

  /** Fields that are plain strings (one line), not Markdown texts. */
  private static final List<String> PLAIN_FIELDS = List.of("processor", "spName");

  /** Where the current version is published: also what tom makes a link of. */
  private static final String[] URLS = {
    "https://example.org/tom", "https://example.org/(x", "https://example.org/x)",
    "https://example.org/?a=1&amp;b=2", "http://example.org/a*b*",
    "https://example.org/&#106;avascript", "https://example.org/a_b_/~c~", "https://e.x/#h"
  };

  private static final String TEMPLATE = """
      tom: 1
      document:
        label: @label@
        title: @title@
        version: "@version@"
        effective: 2026-01-01
        languages: [en]
        processor:
          name: @processor@
          address: @address@
        agreement:
          title: @agreementTitle@
          reference: @agreementRef@
        url: @url@
        preamble: @preamble@
        closing: @closing@
      review:
        interval: P1Y
        last: 2026-01-01
        statement: @statement@
      layout:
        numbering: [arabic, nested]
        labels:
          processor: @labelProcessor@
          version: @labelVersion@
          certificate: @labelCertificate@
          review-last: @labelReviewLast@
          history: @labelHistory@
          none: @labelNone@
          planned: @labelPlanned@
        sections:
          - id: lst
            title: @s1Title@
            intro: @s1Intro@
            categories: [encryption, physical-access]
            certificates: true
            subprocessors: true
            review: true
          - id: par
            title: @s2Title@
            intro: @s2Intro@
            categories: [system-access, data-access]
            style: paragraphs
            group-by: site
          - id: empty
            title: @s3Title@
            categories: [input-control]
        other:
          title: @otherTitle@
          intro: @otherIntro@
      subprocessors:
        - id: sp
          name: @spName@
          service: @service@
          location: @location@
      sites:
        - id: s1
          name: @site1@
          kind: datacenter
          operator: sp
        - id: s2
          name: @site2@
          kind: office
      certificates:
        - id: c1
          title: @certTitle@
          standard: ISO/IEC 27001
          issuer: @certIssuer@
          site: s1
          valid-until: 2030-01-01
      measures:
        - id: m1
          category: encryption
          text: @m1@
        - id: m2
          category: encryption
          @m2status@
          text: @m2@
        - id: m3
          category: physical-access
          status: not-applicable
          reason: @r3@
          text: @m3@
        - id: m4
          category: system-access
          text: @m4@
        - id: m5
          category: system-access
          text: @m5@
        - id: m6
          category: system-access
          site: s1
          text: @m6@
        - id: m7
          category: data-access
          site: s2
          status: not-applicable
          reason: @r7@
          text: @m7@
        - id: m8
          category: data-access
          status: planned
          due: 2026-12-31
          text: @m8@
        - id: m9
          category: personnel
          text: @m9@
      @extra@
      changes:
        - version: "2"
          date: 2026-01-01
          measure: m10
          reason: @ch1@
        - version: "2"
          date: 2026-01-01
          certificate: c0
          reason: @ch2@
      """;

  /** What may start a line. */
  private static final String[] LINE_STARTS = {
    "", "", "", " ", "  ", "   ", "    ", "     ", "\t", " \t", "- ", "+ ", "* ", "-", "+",
    "1. ", "1) ", "2. ", "0. ", "123456789. ", "1234567890. ", "# ", "#", "###### ", "####### ",
    "> ", ">", "> > ", "```", "````", "~~~", "~~~~", "``` js", "~~~ ~x", "&#126;&#126;&#126;",
    "&#96;&#96;&#96;", "&#x7E;&#x7e;&#126;", "\\+ ", "&#43; ", "&#45; ", "&#35; ", "&#42; ",
    "&#49;. ", "1&#46; ", "\\- ", "\\# ", "\\> ", "\\1. ", "===", "---", "___", "***", "- - -",
    "* * *", "=", "| a | b |", "|---|---|", "[x]: https://example.org", "[y]: javascript:x",
    "<!-- ", "-->", "<div>", "</div>", "<pre>", "<script>", "<?php ", "<![CDATA[ ",
    "    <img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>", "&#60;img src=x>",
    "\\<img src=x>", "&lt;img&gt;", "- [ ] ", "-\t", "1.\t", "  - ", "   1. ", "    - ",
    "\u00A0", "&#32;   ", "&#9;", "&nbsp;&nbsp;&nbsp;&nbsp;", "\\", "\\\\", "[", "!["
  };

  /** What a line may hold after its start. */
  private static final String[] TOKENS = {
    "text", "word", "Daily backup", "ä€„“", "😀", "*em*", "**strong**", "_u_", "__uu__",
    "***both***", "`code`", "``co`de``", "` `", "`", "``", "*", "**", "_", "~", "~~", "~~del~~",
    "~one~", "<img src=x onerror=alert(1)>", "<b>", "</b>", "<a href=\"javascript:x\">a</a>",
    "<!-- c -->", "&amp;", "&lt;", "&#60;", "&#x3C;", "&#126;", "&#xFFFD;", "&copy;",
    "&bogus;", "&", "&#", "\\", "\\*", "\\_", "\\`", "\\&", "\\\\", "\\~", "\\!",
    "[a](https://example.org)", "[b](javascript:alert(1))", "[c](//evil.example)",
    "[d](<https://example.org/a b>)", "[e](https://example.org/a&amp;b \"t&amp;\\\"\")",
    "[f](https://example.org/(x))", "[g](https://example.org/\\(x)", "[h]", "[x]", "[y]",
    "[]()", "[](https://example.org)", "[i](mailto:a@b.example)", "[j](/rel?a=1&b=2#x)",
    "![i](https://example.org/i.png)", "![](x)", "!", "![", "]", "(", ")", "[", "<",
    ">", "<https://example.org>", "<javascript:alert(1)>", "<a@b.example>", "https://x.example",
    "www.example.org", "\"", "'", "|", "#", "##", "=", "-", "+", "1.", "1)", ":", "  ", "   ",
    "\t", "a  ", "a\\", "**a*", "*a**", "_a_b_", "a*b*c", "a_b_c", "*(a)*", "**[a](https://e.x)**"
  };

  @Test
  void markdownReadsBackAsTheHtmlForHostileTexts() {
    int cases = Integer.getInteger("tom.mdCases", 2_000);
    long seed = Long.getLong("tom.mdSeed", 20261201L);
    Random r = new Random(seed);
    int loaded = 0;
    for (int c = 0; c < cases; c++) {
      Map<String, String> now = new LinkedHashMap<>();
      Map<String, String> was = new LinkedHashMap<>();
      for (String f : FIELDS) {
        String text = r.nextInt(3) == 0 ? "plain " + f : hostile(r);
        now.put(f, text);
        was.put(f, r.nextInt(3) == 0 ? text : r.nextBoolean() ? hostile(r) : edit(text, r));
      }
      for (String f : PLAIN_FIELDS) {
        String name = r.nextInt(3) == 0 ? "Plain " + f : hostile(r).replace('\n', ' ').strip();
        now.put(f, name.isEmpty() ? "x" : name);
        was.put(f, r.nextBoolean() ? now.get(f) : "Was " + now.get(f));
      }
      now.put("url", URLS[r.nextInt(URLS.length)]);
      was.put("url", r.nextBoolean() ? now.get("url") : URLS[r.nextInt(URLS.length)]);
      String failure = check(now, was);
      if (failure == null) {
        loaded++;
        continue;
      }
      if (failure.startsWith("LOAD")) {
        if (Boolean.getBoolean("tom.mdShowLoad")) {
          System.out.println(failure);
        }
        continue;
      }
      // the smallest set of fields that still fails: the others back to plain words
      Map<String, String> nowMin = new LinkedHashMap<>(now);
      Map<String, String> wasMin = new LinkedHashMap<>(was);
      for (String f : shrinkable()) {
        Map<String, String> n2 = new LinkedHashMap<>(nowMin);
        Map<String, String> w2 = new LinkedHashMap<>(wasMin);
        n2.put(f, plain(f));
        w2.put(f, plain(f));
        String f2 = check(n2, w2);
        if (f2 != null && !f2.startsWith("LOAD")) {
          nowMin = n2;
          wasMin = w2;
          failure = f2;
        }
      }
      StringBuilder msg = new StringBuilder("case " + c + " (seed " + seed + "): " + failure
          + "\nfields that still fail it:");
      for (String f : shrinkable()) {
        if (!nowMin.get(f).equals(plain(f))) {
          msg.append("\n  now.").append(f).append(" = ").append(quote(nowMin.get(f)));
        }
        if (!wasMin.get(f).equals(plain(f))) {
          msg.append("\n  was.").append(f).append(" = ").append(quote(wasMin.get(f)));
        }
      }
      throw new AssertionError(msg.toString());
    }
    assertTrue(loaded > cases * 9 / 10, loaded + " of " + cases + " cases loaded");
  }

  /** The failures the issue reported, each alone: they must read back as their HTML. */
  @Test
  void reportedCasesReadBackAsTheirHtml() {
    String[] texts = {
      "&#126;&#126;&#126;\n\n~~~\n<img src=x onerror=alert(1)>\n~~~",
      "&#96;&#96;&#96;\n\nafter",
      "    <img src=x onerror=alert(1)>",
      "\\+ not a list",
      "&#43; not a list",
      "#",
      "# ![](x)",
      "- a\n- b",
      "a\n+ b",
    };
    for (String text : texts) {
      for (String f : List.of("preamble", "closing", "m4", "m5", "m1", "label", "ch2")) {
        Map<String, String> now = new LinkedHashMap<>();
        for (String g : shrinkable()) {
          now.put(g, g.equals(f) ? text : g.equals("m4") || g.equals("ch1") ? "- x\n- y"
              : plain(g));
        }
        String failure = check(now, now);
        assertEquals(null, failure, f + " = " + quote(text));
      }
    }
  }

  /** A field's harmless value. */
  private static String plain(String field) {
    return field.equals("url") ? URLS[0] : "plain " + field;
  }

  private static List<String> shrinkable() {
    List<String> all = new ArrayList<>(FIELDS);
    all.addAll(PLAIN_FIELDS);
    all.add("url");
    return all;
  }

  /**
   * Null when the catalogue renders consistently, else what differs. The baseline has a
   * measure more (m10, its removal a reduction the log records) and m2 implemented (planned
   * now: another reduction), so the notice lists reductions with their texts.
   */
  private static String check(Map<String, String> now, Map<String, String> was) {
    LoadResult current = TOM.loadString(fill(now, "2")
        .replace("@m2status@", "status: planned\n    due: 2026-12-31")
        .replace("@extra@", ""), "current.yaml");
    LoadResult baseline = TOM.loadString(fill(was, "1")
        .replace("@m2status@", "status: implemented")
        .replace("@extra@", "  - id: m10\n    category: encryption\n    text: "
            + quote(was.get("m10"))), "baseline.yaml");
    if (current.hasErrors() || baseline.hasErrors()) {
      return "LOAD " + (current.hasErrors() ? current : baseline).diagnostics().stream()
          .map(Diagnostic::format).toList();
    }
    Catalogue catalogue = current.orElseThrow();
    String md = Renderers.markdown(catalogue, "en");
    String html = Renderers.html(catalogue, "en");
    String failure = compare("annex", md, html, PLAIN, HTML, false);
    if (failure == null) {
      failure = compare("annex (GFM)", md, html, GFM, GFM_HTML, false);
    }
    if (failure == null) {
      CatalogueDiff diff = TOM.diff(baseline.orElseThrow(), catalogue);
      failure = compare("notice", Renderers.noticeMarkdown(diff, "en"),
          Renderers.noticeHtml(diff, "en"), GFM, GFM_HTML, true);
    }
    return failure;
  }

  private static String compare(String what, String md, String html, Parser parser,
      HtmlRenderer renderer, boolean notice) {
    Node doc = parser.parse(md);
    List<String> unsafe = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock node) {
        unsafe.add("raw HTML block " + quote(node.getLiteral()));
      }

      @Override
      public void visit(HtmlInline node) {
        unsafe.add("raw inline HTML " + quote(node.getLiteral()));
      }

      @Override
      public void visit(Image node) {
        unsafe.add("image " + quote(node.getDestination()));
      }

      @Override
      public void visit(Link node) {
        if (!Markdown.safeDestination(node.getDestination())) {
          unsafe.add("link to " + quote(node.getDestination()));
        }
        visitChildren(node);
      }
    });
    if (!unsafe.isEmpty()) {
      return what + ": the Markdown holds " + unsafe + "\n--- Markdown:\n" + md;
    }
    String expected = normalize(body(html), notice);
    String actual = normalize(renderer.render(doc), notice);
    if (expected.equals(actual)) {
      return null;
    }
    int at = 0;
    while (at < expected.length() && at < actual.length()
        && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 150);
    return what + ": the Markdown reads as another document than the HTML; from char " + at
        + "\n--- HTML:     …" + expected.substring(from, Math.min(expected.length(), at + 150))
        + "\n--- Markdown: …" + actual.substring(from, Math.min(actual.length(), at + 150))
        + "\n--- Markdown source:\n" + md;
  }

  private static String body(String page) {
    int start = page.indexOf("<main");
    start = page.indexOf('>', start) + 1;
    return page.substring(start, page.lastIndexOf("</main>"));
  }

  private static final Pattern PRE = Pattern.compile("(?s)<pre>.*?</pre>");
  private static final Pattern BLOCK_TAG = Pattern.compile(
      " ?(</?(?:p|li|ul|ol|h[1-6]|blockquote|pre|hr|br)\\b[^>]*>) ?");

  /** See the class comment. */
  static String normalize(String html, boolean notice) {
    String s = html.replaceAll(" id=\"[^\"]*\"", "")
        .replaceAll("(<(?!code\\b)[a-z0-9]+[^>]*?) class=\"[^\"]*\"", "$1");
    if (notice) {
      s = s.replace("<ins>", "<strong>").replace("</ins>", "</strong>");
    }
    StringBuilder out = new StringBuilder();
    Matcher m = PRE.matcher(s);
    int last = 0;
    while (m.find()) {
      out.append(collapse(s.substring(last, m.start()))).append('\u0001').append(m.group())
          .append('\u0001');
      last = m.end();
    }
    out.append(collapse(s.substring(last)));
    // a pre block is a block: no whitespace next to it either
    return out.toString().replaceAll(" ?\u0001 ?", "");
  }

  private static String collapse(String s) {
    String t = s.replaceAll("[ \t\n\r\f]+", " ");
    return BLOCK_TAG.matcher(t).replaceAll("$1");
  }

  // ---- generating texts

  static String hostile(Random r) {
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(r.nextInt(4) + 1);
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        sb.append(r.nextInt(3) == 0 ? "\n\n" : "\n");
      }
      sb.append(LINE_STARTS[r.nextInt(LINE_STARTS.length)]);
      int tokens = r.nextInt(4);
      for (int t = 0; t < tokens; t++) {
        if (t > 0 || r.nextBoolean()) {
          sb.append(r.nextInt(4) == 0 ? "" : " ");
        }
        sb.append(TOKENS[r.nextInt(TOKENS.length)]);
      }
      if (r.nextInt(8) == 0) {
        sb.append(r.nextBoolean() ? "  " : "\\"); // a hard break, or trailing spaces
      }
    }
    String s = sb.toString();
    return s.isBlank() ? s + "x" : s;
  }

  /** A few words of a text changed, so that the notice shows deletions and insertions. */
  private static String edit(String text, Random r) {
    List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      int i = r.nextInt(words.size());
      switch (r.nextInt(3)) {
        case 0 -> words.add(i, TOKENS[r.nextInt(TOKENS.length)]);
        case 1 -> {
          if (words.size() > 1) {
            words.remove(i);
          }
        }
        default -> words.set(i, TOKENS[r.nextInt(TOKENS.length)]);
      }
    }
    String s = String.join(" ", words);
    return s.isBlank() ? s + "x" : s;
  }

  private static String fill(Map<String, String> texts, String version) {
    String yaml = TEMPLATE.replace("@version@", version);
    for (String f : shrinkable()) {
      String value = texts.getOrDefault(f, plain(f));
      yaml = yaml.replace("@" + f + "@", quote(value));
    }
    return yaml;
  }

  /** A YAML double-quoted scalar, which is also a readable Java-like literal. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static Tom quietTom() {
    Tom.Builder b = Tom.builder();
    for (Rule rule : Rule.all()) {
      if (rule.configurable()) {
        b.ruleSeverity(rule.id(), RuleLevel.OFF);
      }
    }
    return b.build();
  }

}
