package io.github.tomannex.tom.bench;

import io.github.tomannex.tom.Catalogue;
import io.github.tomannex.tom.Format;
import io.github.tomannex.tom.LoadResult;
import io.github.tomannex.tom.Severity;
import io.github.tomannex.tom.Tom;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Loads and renders a generated catalogue once, in whatever heap the JVM was given, and says how
 * long each step took, how much it wrote and how much heap it needed: the check that 100,000
 * measures fit in {@code -Xmx512m} ({@code scripts/bench-heap.sh}). Exits with 1 when the catalogue
 * does not load; an {@link OutOfMemoryError} ends the JVM with an error as well.
 *
 * <p>Usage: {@code HeapCheck [measures]}, default 100,000.
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) {
    int measures = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Sampler sampler = new Sampler();
    sampler.start();
    long t0 = System.nanoTime();
    String yaml = Catalogues.generate(measures);
    long t1 = System.nanoTime();
    long yamlBytes = utf8(yaml);
    Tom tom = Tom.builder().build();
    LoadResult result = tom.loadString(yaml, "generated.yaml");
    yaml = null; // the catalogue is what a caller keeps
    long t2 = System.nanoTime();
    if (result.hasErrors()) {
      result.diagnostics().stream().limit(10).forEach(d -> System.err.println(d.format()));
      System.exit(1);
    }
    Catalogue catalogue = result.orElseThrow();
    long t2a = System.nanoTime();
    long liveAfterLoad = liveHeap();
    long t2b = System.nanoTime();
    long mdHtml = 0;
    for (String lang : catalogue.document().languages()) {
      mdHtml += utf8(tom.render(catalogue, Format.MARKDOWN, lang));
      mdHtml += utf8(tom.render(catalogue, Format.HTML, lang));
    }
    long t3 = System.nanoTime();
    long json = utf8(tom.render(catalogue, Format.JSON, catalogue.document().bindingLanguage()));
    long t4 = System.nanoTime();
    sampler.interrupt();
    long gcs = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    System.out.printf(
        Locale.ROOT,
        "measures %d, YAML %.1f MB (generated in %d ms), max heap %d MB%n",
        measures,
        yamlBytes / 1e6,
        ms(t0, t1),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(
        Locale.ROOT,
        "load (parse, validate, lint): %d ms, %d errors, %d warnings,"
            + " %d infos; live heap after load (after a full GC, catalogue held) %d MB%n",
        ms(t1, t2),
        result.count(Severity.ERROR),
        result.count(Severity.WARNING),
        result.count(Severity.INFO),
        liveAfterLoad >> 20);
    System.out.printf(
        Locale.ROOT,
        "Markdown + HTML in %s: %d ms, %.1f MB%n",
        catalogue.document().languages(),
        ms(t2b, t3),
        mdHtml / 1e6);
    System.out.printf(Locale.ROOT, "JSON: %d ms, %.1f MB%n", ms(t3, t4), json / 1e6);
    System.out.printf(
        Locale.ROOT,
        "total %d ms (the full GC after load excluded); heap used at"
            + " most %d MB (sampled every 5 ms); %d collections, %d ms%n",
        ms(t0, t4) - ms(t2a, t2b),
        sampler.peak >> 20,
        gcs,
        gcMillis);
  }

  /** Heap in use after a full collection: what is still reachable. */
  private static long liveHeap() {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }

  /** Polls the heap in use; a sample, so a short peak between two polls can be missed. */
  private static final class Sampler extends Thread {
    volatile long peak;

    Sampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      while (!isInterrupted()) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
