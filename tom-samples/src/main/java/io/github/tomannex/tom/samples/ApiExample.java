package io.github.tomannex.tom.samples;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Diagnostic;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Tom;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The core API from a plain Java program: load a catalogue, print its diagnostics, render the annex
 * as Markdown in the binding language.
 *
 * <p>Run: {@code java -cp … io.github.tomannex.tom.samples.ApiExample src/tom/catalogue.yaml}
 */
public final class ApiExample {
  private ApiExample() {}

  /**
   * Loads the catalogue named by the first argument and prints its annex.
   *
   * @param args the catalogue path; default {@code src/tom/catalogue.yaml}
   */
  public static void main(String[] args) {
    Path path = Path.of(args.length > 0 ? args[0] : "src/tom/catalogue.yaml");
    System.exit(run(path, System.out, System.err));
  }

  /**
   * Does the work of {@link #main}, with the streams given.
   *
   * @param path the catalogue
   * @param out where the annex goes
   * @param err where diagnostics go
   * @return 0 when the annex was rendered, 1 when the catalogue has errors
   */
  public static int run(Path path, PrintStream out, PrintStream err) {
    Tom tom = Tom.builder().build(); // immutable and thread-safe: build once, share
    LoadResult result = tom.load(path);
    for (Diagnostic d : result.diagnostics()) {
      err.println(d.format()); // path:line:col: severity: RULE: message
    }
    if (result.hasErrors()) {
      return 1;
    }
    Catalogue catalogue = result.orElseThrow();
    String language = catalogue.document().bindingLanguage();
    out.print(tom.render(catalogue, Format.MARKDOWN, language));
    return 0;
  }
}
