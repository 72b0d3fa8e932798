/**
 * JMH benchmarks and the heap check: {@code TomBenchmark} (load and render at several sizes),
 * {@code FloorBenchmark} (plain Jackson and commonmark, the floor for the end-to-end figure),
 * {@code NistBenchmark} (NIST SP 800-53 converted by {@code OscalCatalogues}), {@code PdfBenchmark}
 * (a warm PDF render) and {@code HeapCheck} (100,000 measures in a small heap); {@code Catalogues}
 * generates synthetic catalogues. Figures are in {@code docs/performance.md}.
 *
 * <p>Not API; not published. Dependencies: the API of tom-core ({@code io.github.tomannex.tom}) and
 * of tom-pdf ({@code io.github.tomannex.tom.pdf}) only.
 */
package io.github.tomannex.tom.bench;
