package io.github.tomannex.tom.bench;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.Rule;
import io.github.tomannex.tom.RuleLevel;
import io.github.tomannex.tom.Tom;
import java.util.concurrent.TimeUnit;
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

/**
 * Load (parse, validate and lint), and render to Markdown, HTML and JSON, on one thread, at several
 * catalogue sizes; {@code endToEnd} is load plus Markdown plus HTML in both languages. {@code
 * validate} is load with every lint rule off: parsing and structural validation, so {@code load}
 * minus {@code validate} is the lint pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class TomBenchmark {
  @Param({"100", "1000", "10000", "100000"})
  public int measures;

  private final Tom tom = Tom.builder().build();
  private final Tom noLint = withoutLint();
  private String yaml;
  private Catalogue catalogue;

  @Setup(Level.Trial)
  public void setUp() {
    yaml = Catalogues.generate(measures);
    catalogue = tom.loadString(yaml, "bench.yaml").orElseThrow();
  }

  @Benchmark
  public Catalogue load() {
    return tom.loadString(yaml, "bench.yaml").orElseThrow();
  }

  @Benchmark
  public Catalogue validate() {
    return noLint.loadString(yaml, "bench.yaml").orElseThrow();
  }

  @Benchmark
  public String markdown() {
    return tom.render(catalogue, Format.MARKDOWN, "de");
  }

  @Benchmark
  public String html() {
    return tom.render(catalogue, Format.HTML, "de");
  }

  @Benchmark
  public String json() {
    return tom.render(catalogue, Format.JSON, "de");
  }

  @Benchmark
  public int endToEnd() {
    Catalogue c = tom.loadString(yaml, "bench.yaml").orElseThrow();
    int n = 0;
    for (String lang : c.document().languages()) {
      n += tom.render(c, Format.MARKDOWN, lang).length();
      n += tom.render(c, Format.HTML, lang).length();
    }
    return n;
  }

  /** A tom that parses and validates but runs no lint rule. */
  static Tom withoutLint() {
    Tom.Builder b = Tom.builder();
    for (Rule r : Rule.all()) {
      if (r.configurable()) {
        b.ruleSeverity(r.id(), RuleLevel.OFF);
      }
    }
    return b.build();
  }
}
