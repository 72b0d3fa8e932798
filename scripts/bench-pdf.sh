#!/usr/bin/env bash
# Times PDF rendering (tom-pdf) for the sample annex and a generated 1,000-measure catalogue.
#   first render: 5 fresh JVMs each, median of the render call alone (and of load + render, and
#   the process's CPU time), without and with PdfRenderer.prepare() called before the load
#   warm renders: one JVM, 30 renders, median of the last 15
# Usage: scripts/bench-pdf.sh            (compiles tom-core and tom-pdf first; installs nothing)
# Run on a quiet machine: the figures are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor build: tom-core comes from this tree's target/, nothing is installed (tom-pdf, the
# last module, writes the class path file last)
./mvnw -B -q -pl tom-core,tom-pdf test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/tom-pdf/target/bench-cp.txt" >/dev/null
CP="tom-pdf/target/classes:tom-pdf/target/test-classes:$(cat tom-pdf/target/bench-cp.txt)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "java: $(java -version 2>&1 | head -n 1); cpus: $(nproc)"
run() { # mode, catalogue -> "first-render-ms load-and-render-ms process-cpu-ms"
  java -cp "$CP" io.github.tomannex.tom.pdf.PdfBench "$1" "$2" | awk '{print $2, $4, $8}'
}
for what in tom-samples/src/tom/catalogue.yaml generated:1000; do
  # first: a fresh JVM loads the catalogue, then renders; prepared: PdfRenderer.prepare() first,
  # as the Maven plugin calls it. The two alternate, so a change in the machine's load hits both.
  : > /tmp/bench-pdf-first.txt; : > /tmp/bench-pdf-prepared.txt
  for i in 1 2 3 4 5; do
    run first "$what" >> /tmp/bench-pdf-first.txt
    run prepared "$what" >> /tmp/bench-pdf-prepared.txt
  done
  for mode in first prepared; do
    f=$(cut -d' ' -f1 /tmp/bench-pdf-$mode.txt | median)
    t=$(cut -d' ' -f2 /tmp/bench-pdf-$mode.txt | median)
    c=$(cut -d' ' -f3 /tmp/bench-pdf-$mode.txt | median)
    echo "$what ($mode): first render median ${f} ms (runs: $(cut -d' ' -f1 /tmp/bench-pdf-$mode.txt | tr '\n' ' ')), load+render median ${t} ms, process CPU median ${c} ms"
  done
  warm=$(java -cp "$CP" io.github.tomannex.tom.pdf.PdfBench warm "$what" 30)
  echo "$what: ${warm}"
done
# NIST SP 800-53 (1,189 measures), warm, when converted beforehand (docs/performance.md):
#   TOM_NIST_YAML=nist.yaml scripts/bench-pdf.sh
if [ -n "${TOM_NIST_YAML:-}" ]; then
  echo "$TOM_NIST_YAML: $(java -cp "$CP" io.github.tomannex.tom.pdf.PdfBench warm "$TOM_NIST_YAML" 10)"
fi
