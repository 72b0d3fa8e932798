package io.github.tomannex.tom.bench;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.Tom;
import io.github.tomannex.tom.pdf.PdfRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Real content: NIST SP 800-53 Rev. 5.0.1 converted by {@link OscalCatalogues} (1,189 measures,
 * English, texts of up to 2,000 characters), loaded and rendered as in {@link TomBenchmark}. Needs
 * the shared corpus ({@code ../shared/corpus} beside the repository, or {@code -jvmArgsAppend
 * -Dtom.corpus=<dir>}); the conversion itself is in the setup, not timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class NistBenchmark {
  private Tom tom;
  private Tom noLint;
  private String yaml;
  private Catalogue catalogue;
  private final PdfRenderer pdf = PdfRenderer.builder().build();

  @Setup(Level.Trial)
  public void setUp() {
    OscalCatalogues.Conversion c = OscalCatalogues.nist();
    yaml = c.yaml();
    tom = Tom.builder().clock(c.clock()).build();
    noLint = TomBenchmark.withoutLint();
    catalogue = tom.loadString(yaml, "nist.yaml").orElseThrow();
  }

  @Benchmark
  public Catalogue load() {
    return tom.loadString(yaml, "nist.yaml").orElseThrow();
  }

  @Benchmark
  public Catalogue validate() {
    return noLint.loadString(yaml, "nist.yaml").orElseThrow();
  }

  @Benchmark
  public String markdown() {
    return tom.render(catalogue, Format.MARKDOWN, "en");
  }

  @Benchmark
  public String html() {
    return tom.render(catalogue, Format.HTML, "en");
  }

  @Benchmark
  public String json() {
    return tom.render(catalogue, Format.JSON, "en");
  }

  /** Load plus Markdown plus HTML in every language (here one: English). */
  @Benchmark
  public int endToEnd() {
    Catalogue c = tom.loadString(yaml, "nist.yaml").orElseThrow();
    int n = 0;
    for (String lang : c.document().languages()) {
      n += tom.render(c, Format.MARKDOWN, lang).length();
      n += tom.render(c, Format.HTML, lang).length();
    }
    return n;
  }

  @Benchmark
  public byte[] pdf() {
    return pdf.render(catalogue, "en");
  }
}
