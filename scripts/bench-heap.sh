#!/usr/bin/env bash
# Checks that a generated catalogue of 100,000 measures (38 MB of YAML) loads and renders
# (Markdown and HTML in both languages, JSON) in a 512 MB heap, and prints the time of each
# step, the output size, the peak heap and the garbage collector's work.
# Usage: scripts/bench-heap.sh [measures] [heap]     defaults: 100000 512m
# Exits non-zero when the JVM runs out of memory (-XX:+ExitOnOutOfMemoryError) or the
# catalogue does not load. One run, wall clock: noisy on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
measures="${1:-100000}"
heap="${2:-512m}"
./mvnw -B -q -pl tom-benchmarks -am package dependency:build-classpath -DskipTests -Dinvoker.skip \
  -Dmdep.outputFile="$PWD/tom-benchmarks/target/bench-cp.txt"
echo "java: $(java -version 2>&1 | head -n 1); cpus: $(nproc); -Xmx$heap"
java "-Xmx$heap" -XX:+ExitOnOutOfMemoryError \
  -cp "tom-benchmarks/target/classes:$(cat tom-benchmarks/target/bench-cp.txt)" \
  io.github.tomannex.tom.bench.HeapCheck "$measures"
echo "OK: $measures measures loaded and rendered within -Xmx$heap"
