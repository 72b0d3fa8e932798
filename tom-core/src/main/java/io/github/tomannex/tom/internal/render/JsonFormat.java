package io.github.tomannex.tom.internal.render;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.CatalogueDiff;
import io.github.tomannex.tom.OutputFormat;
import io.github.tomannex.tom.RenderOptions;
import java.nio.charset.StandardCharsets;

/**
 * The resolved catalogue as JSON, all languages in one file ({@code annex.json}); for a diff, the
 * diff itself ({@code changes.json}). The language is ignored. Registered in META-INF/services and
 * module-info.
 */
public final class JsonFormat implements OutputFormat {
  /** For {@link java.util.ServiceLoader}. */
  public JsonFormat() {}

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public boolean perLanguage() {
    return false;
  }

  @Override
  public boolean rendersChanges() {
    return true;
  }

  @Override
  public byte[] render(Catalogue catalogue, String language, RenderOptions options) {
    return Renderers.json(catalogue).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] renderChanges(CatalogueDiff diff, String language, RenderOptions options) {
    return Renderers.noticeJson(diff).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean rendersSubprocessors() {
    return true;
  }

  @Override
  public byte[] renderSubprocessors(Catalogue catalogue, String language, RenderOptions options) {
    return Renderers.subprocessorsJson(catalogue).getBytes(StandardCharsets.UTF_8);
  }
}
