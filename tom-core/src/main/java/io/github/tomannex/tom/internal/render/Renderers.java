package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.AnnexHandler;
import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.internal.yaml.Resources;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** Renders a catalogue; stateless and thread-safe. */
public final class Renderers {
  private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

  private Renderers() {}

  /** The catalogue's JSON export, all languages. */
  static String json(Catalogue catalogue) {
    return JsonExport.write(catalogue);
  }

  /**
   * The annex's fingerprint: the SHA-256 of its JSON export as tom writes it (the bytes of {@code
   * annex.json}, UTF-8), 64 lower-case hex digits.
   */
  public static String fingerprint(Catalogue catalogue) {
    byte[] json = json(catalogue).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String markdown(Catalogue catalogue, String language) {
    Node doc = new AnnexBuilder(catalogue, language).build();
    return normalize(MarkdownOut.render(doc));
  }

  static String html(Catalogue catalogue, String language) {
    AnnexBuilder builder = new AnnexBuilder(catalogue, language);
    Node doc = builder.build();
    String title = PLAIN.render(builder.title()).strip();
    String body = body(doc, builder.ids, builder.classes);
    return page(catalogue, language, title, "annex", body);
  }

  /** The sub-processor document as Markdown, in one language. */
  static String subprocessorsMarkdown(Catalogue catalogue, String language) {
    return normalize(MarkdownOut.render(new SubprocessorBuilder(catalogue, language).build()));
  }

  /** The sub-processor document as an HTML page, in one language. */
  static String subprocessorsHtml(Catalogue catalogue, String language) {
    SubprocessorBuilder builder = new SubprocessorBuilder(catalogue, language);
    Node doc = builder.build();
    String title = PLAIN.render(builder.title()).strip();
    return page(
        catalogue, language, title, "annex subprocessors", body(doc, builder.ids, builder.classes));
  }

  /** The sub-processor list as JSON, all languages. */
  static String subprocessorsJson(Catalogue catalogue) {
    return SubprocessorExport.write(catalogue);
  }

  /** Reports the sub-processor document in one language to a handler. */
  public static void subprocessors(Catalogue catalogue, String language, AnnexHandler handler) {
    SubprocessorBuilder builder = new SubprocessorBuilder(catalogue, language);
    Node doc = builder.build();
    Events.emit(
        doc,
        PLAIN.render(builder.title()).strip(),
        builder.ids,
        builder.classes,
        language,
        handler);
  }

  /** The change notice of a diff as Markdown, in one language. */
  static String noticeMarkdown(CatalogueDiff diff, String language) {
    return normalize(
        MarkdownOut.render(new NoticeBuilder(diff, language).build())
            .replaceAll("(?m)^[ \t]+$", ""));
  }

  /** The change notice of a diff as an HTML page, in one language. */
  static String noticeHtml(CatalogueDiff diff, String language) {
    NoticeBuilder builder = new NoticeBuilder(diff, language);
    Node doc = builder.build();
    String title = PLAIN.render(builder.title()).strip();
    return page(
        diff.current(), language, title, "annex changes", body(doc, builder.ids, builder.classes));
  }

  /** The diff itself as JSON, all languages. */
  static String noticeJson(CatalogueDiff diff) {
    return DiffExport.write(diff);
  }

  /**
   * Checks that a language is one of the catalogue's.
   *
   * @throws IllegalArgumentException when it is not
   */
  public static void checkLanguage(Catalogue catalogue, String language) {
    if (!catalogue.document().languages().contains(language)) {
      throw new IllegalArgumentException(
          "language '"
              + language
              + "' is not one of the catalogue's languages "
              + catalogue.document().languages());
    }
  }

  /** Reports the change notice of a diff to a handler. */
  public static void notice(CatalogueDiff diff, String language, AnnexHandler handler) {
    NoticeBuilder builder = new NoticeBuilder(diff, language);
    Node doc = builder.build();
    Events.emit(
        doc,
        PLAIN.render(builder.title()).strip(),
        builder.ids,
        builder.classes,
        language,
        handler);
  }

  private static String body(Node doc, Map<Node, String> ids, Map<Node, String> classes) {
    AttributeProvider attributes =
        (node, tagName, attrs) -> {
          String id = ids.get(node);
          if (id != null) {
            attrs.put("id", id);
          }
          String cls = classes.get(node);
          // a code block's code element keeps its language class; tom's goes on the pre
          if (cls != null && !"code".equals(tagName)) {
            attrs.put("class", cls);
          }
        };
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("\n")
            .attributeProviderFactory(context -> attributes)
            .nodeRendererFactory(
                context ->
                    new NodeRenderer() {
                      @Override
                      public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(NoticeBuilder.Deleted.class, NoticeBuilder.Inserted.class);
                      }

                      @Override
                      public void render(Node node) {
                        String tag = node instanceof NoticeBuilder.Deleted ? "del" : "ins";
                        context.getWriter().tag(tag);
                        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                          context.render(c);
                        }
                        context.getWriter().tag("/" + tag);
                      }
                    })
            .build();
    return renderer.render(doc);
  }

  private static String page(
      Catalogue catalogue, String language, String title, String mainClass, String body) {
    StringBuilder sb = new StringBuilder(body.length() + 4096);
    sb.append("<!DOCTYPE html>\n")
        .append("<html lang=\"")
        .append(escape(language))
        .append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"tom\">\n")
        .append("<meta name=\"author\" content=\"")
        .append(escape(catalogue.document().processor().name()))
        .append("\">\n")
        .append("<meta name=\"tom:version\" content=\"")
        .append(escape(catalogue.document().version()))
        .append("\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n")
        .append("<style>\n")
        .append(Resources.text("annex.css"))
        .append("</style>\n")
        .append("</head>\n")
        .append("<body>\n<main class=\"")
        .append(mainClass)
        .append("\">\n")
        .append(body)
        .append("</main>\n</body>\n</html>\n");
    return normalize(sb.toString());
  }

  /** {@code \n} line ends and exactly one at the end. */
  static String normalize(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n');
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '\n') {
      end--;
    }
    return t.substring(0, end) + "\n";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
