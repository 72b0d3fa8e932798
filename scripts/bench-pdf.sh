#!/usr/bin/env bash
# Times PDF rendering (tom-pdf) for the sample annex and a generated 1,000-measure catalogue.
#   first render: 5 fresh JVMs each, median of the render call alone (and of load + render)
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
for what in tom-samples/src/tom/catalogue.yaml generated:1000; do
  firsts=(); totals=()
  for i in 1 2 3 4 5; do
    read -r _ f _ t _ _ < <(java -cp "$CP" io.github.tomannex.tom.pdf.PdfBench first "$what")
    firsts+=("$f"); totals+=("$t")
  done
  f=$(printf '%s\n' "${firsts[@]}" | median); t=$(printf '%s\n' "${totals[@]}" | median)
  warm=$(java -cp "$CP" io.github.tomannex.tom.pdf.PdfBench warm "$what" 30)
  echo "$what: first render median ${f} ms (runs: ${firsts[*]}), load+render median ${t} ms; ${warm}"
done
# NIST SP 800-53 (1,189 measures), warm, when converted beforehand (docs/performance.md):
#   TOM_NIST_YAML=nist.yaml scripts/bench-pdf.sh
if [ -n "${TOM_NIST_YAML:-}" ]; then
  echo "$TOM_NIST_YAML: $(java -cp "$CP" io.github.tomannex.tom.pdf.PdfBench warm "$TOM_NIST_YAML" 10)"
fi
