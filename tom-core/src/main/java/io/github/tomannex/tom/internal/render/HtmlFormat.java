package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderOptions;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained HTML page with a print stylesheet, one per language; registered in
 * META-INF/services and module-info.
 */
public final class HtmlFormat implements OutputFormat {
  /** For {@link java.util.ServiceLoader}. */
  public HtmlFormat() {}

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public boolean perLanguage() {
    return true;
  }

  @Override
  public boolean rendersChanges() {
    return true;
  }

  @Override
  public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
    Renderers.checkLanguage(catalogue, language);
    return Renderers.html(catalogue, language).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] renderChanges(CatalogueDiff diff, String language, RenderOptions options) {
    Renderers.checkLanguage(diff.current(), language);
    return Renderers.noticeHtml(diff, language).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersSubprocessors() {
    return true;
  }

  @Override
  public byte[] renderSubprocessors(Catalogue catalogue, String language, RenderOptions options) {
    Renderers.checkLanguage(catalogue, language);
    return Renderers.subprocessorsHtml(catalogue, language).getBytes(StandardCharsets.UTF_8);
  }
}
