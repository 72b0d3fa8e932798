package io.github.tomannex.tom.bench;

import io.github.tomannex.tom.Catalogue;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A warm PDF render of one language. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class PdfBenchmark {
  @Param({"100", "1000"})
  public int measures;

  private final PdfRenderer pdf = PdfRenderer.builder().build();
  private Catalogue catalogue;

  @Setup(Level.Trial)
  public void setUp() {
    catalogue =
        Tom.builder().build().loadString(Catalogues.generate(measures), "bench.yaml").orElseThrow();
  }

  @Benchmark
  public byte[] pdf() {
    return pdf.render(catalogue, "de");
  }
}
