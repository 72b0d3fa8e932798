package io.github.tomannex.tom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The floor for {@link TomBenchmark#endToEnd}: the same YAML parsed into a plain Jackson tree and
 * every measure text parsed and rendered with plain commonmark to Markdown and HTML in both
 * languages; no tom in between.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class FloorBenchmark {
  @Param({"100", "1000", "10000", "100000"})
  public int measures;

  private final ObjectMapper mapper = new ObjectMapper(yamlFactory());
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).build();
  private final MarkdownRenderer markdown = MarkdownRenderer.builder().build();
  private String yaml;

  /**
   * SnakeYAML's default limit of 3 MiB code points would stop at 10,000 measures; tom sets it to
   * its input limit (64 MiB), and so does the floor.
   */
  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  @Setup(Level.Trial)
  public void setUp() {
    yaml = Catalogues.generate(measures);
  }

  @Benchmark
  public int floor() throws Exception {
    JsonNode root = mapper.readTree(yaml);
    int n = 0;
    for (String lang : new String[] {"de", "en"}) {
      StringBuilder md = new StringBuilder();
      StringBuilder out = new StringBuilder();
      for (JsonNode m : root.get("measures")) {
        Node doc = parser.parse(m.get("text").get(lang).asText());
        md.append(markdown.render(doc));
        out.append(html.render(doc));
      }
      n += md.length() + out.length();
    }
    return n;
  }
}
