package io.github.tomannex.tom.pdf;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Taxonomy;
import io.github.tomannex.tom.Tom;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times PDF rendering; run by {@code scripts/bench-pdf.sh}, not by the build. {@code first} mode:
 * load the catalogue and render one PDF in this (fresh) JVM, print the milliseconds of the render
 * alone and of load plus render, and the CPU time of the whole process. {@code warm} mode: render
 * {@code n} times, print the median and the minimum of the last half, and the render thread's CPU
 * time and allocation (medians).
 */
public final class PdfBench {
  private PdfBench() {}

  /** A month ago: a review that is current whenever the benchmark runs. */
  static String lastReview() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
  }

  /** A catalogue of {@code n} bilingual measures over every category, as YAML. */
  static String generated(int n) {
    List<String> categories = Taxonomy.standard().ids();
    StringBuilder sb =
        new StringBuilder(
            """
        tom: 1
        document:
          label: {de: "Anlage 2", en: "Annex 2"}
          title: {de: "Technische und organisatorische Maßnahmen", en: "Technical and organisational measures"}
          version: "1.0"
          effective: 2026-01-01
          languages: [de, en]
          processor:
            name: Benchmark GmbH
        review:
          interval: P1Y
          last: %s
        layout: eu-scc-annex-ii
        measures:
        """
                .formatted(lastReview()));
    for (int i = 0; i < n; i++) {
      sb.append("  - id: m-")
          .append(i)
          .append("\n    category: ")
          .append(categories.get(i % categories.size()))
          .append("\n    text: {de: \"Maßnahme ")
          .append(i)
          .append(
              ": Zugriffe werden protokolliert und 90 Tage aufbewahrt; Änderungen prüft die"
                  + " Geschäftsführung.\", en: \"Measure ")
          .append(i)
          .append(
              ": access is logged and kept for 90 days; changes are reviewed by the"
                  + " management.\"}\n");
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    String mode = args[0];
    String what = args[1];
    long t0 = System.nanoTime();
    Tom tom = Tom.builder().build();
    Catalogue c =
        what.startsWith("generated:")
            ? tom.loadString(generated(Integer.parseInt(what.substring(10))), "generated.yaml")
                .orElseThrow()
            : tom.load(Path.of(what)).orElseThrow();
    PdfRenderer pdf = PdfRenderer.builder().build();
    if (mode.equals("first")) {
      long t1 = System.nanoTime();
      int size = pdf.render(c, c.document().bindingLanguage()).length;
      long t2 = System.nanoTime();
      // the CPU time of every thread of the JVM: in a fresh JVM the JIT compiler's threads keep
      // the other cores busy too
      long cpu =
          ((com.sun.management.OperatingSystemMXBean)
                      java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime()
              / 1_000_000;
      System.out.printf(
          "first-render-ms %d load-and-render-ms %d bytes %d process-cpu-ms %d%n",
          (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, size, cpu);
      return;
    }
    int n = Integer.parseInt(args[2]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long[] ms = new long[n];
    long[] cpu = new long[n];
    long[] bytes = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      long c0 = threads.getThreadCpuTime(self);
      long a0 = threads.getThreadAllocatedBytes(self);
      pdf.render(c, c.document().bindingLanguage());
      bytes[i] = threads.getThreadAllocatedBytes(self) - a0;
      cpu[i] = (threads.getThreadCpuTime(self) - c0) / 1_000_000;
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    long[] last = Arrays.copyOfRange(ms, n / 2, n);
    long[] lastCpu = Arrays.copyOfRange(cpu, n / 2, n);
    long[] lastBytes = Arrays.copyOfRange(bytes, n / 2, n);
    Arrays.sort(last);
    Arrays.sort(lastCpu);
    Arrays.sort(lastBytes);
    // the render thread's CPU time and allocation: what the machine's load moves least
    System.out.printf(
        "warm-median-ms %d warm-min-ms %d cpu-median-ms %d alloc-median-mb %.1f"
            + " (last %d of %d renders)%n",
        last[last.length / 2],
        last[0],
        lastCpu[lastCpu.length / 2],
        lastBytes[lastBytes.length / 2] / 1e6,
        last.length,
        n);
  }
}
