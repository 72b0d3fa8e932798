package io.github.tomannex.tom.internal.yaml;

import io.github.tomannex.tom.internal.rules.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads tom-core's own data files, which are tested: a problem in one is a bug. */
public final class Resources {
  private static final String BASE = "/io/github/tomannex/tom/";

  private Resources() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("tom-core resource missing: " + BASE + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
  }

  public static YamlNode yaml(String name) {
    Diagnostics diags = new Diagnostics();
    YamlNode node =
        new YamlReader(1 << 20).read(bytes(name), "tom-core:" + name, diags).orElse(null);
    failOn(diags, name);
    return node;
  }

  public static void failOn(Diagnostics diags, String name) {
    if (diags.hasErrors()) {
      throw new IllegalStateException(
          "tom-core resource " + name + " is invalid:\n" + diags.sorted());
    }
  }
}
