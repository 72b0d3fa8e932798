#!/usr/bin/env bash
# Runs the JMH benchmarks of tom-benchmarks (compiled by every build, run only here).
# Usage: scripts/bench.sh [JMH options]     e.g. scripts/bench.sh 'TomBenchmark.endToEnd' -p measures=10000
#        scripts/bench.sh -prof gc          (allocation per operation)
# NistBenchmark needs the corpus: ../shared/corpus beside the repository, or TOM_CORPUS=<dir>.
# Results: the table JMH prints; record them with the command, JDK and hardware in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor build: tom-core and tom-pdf come from this tree's target/, nothing is installed
# (the last module, tom-benchmarks, writes the class path file last)
./mvnw -B -q -pl tom-benchmarks -am package dependency:build-classpath -DskipTests -Dinvoker.skip \
  -Dmdep.outputFile="$PWD/tom-benchmarks/target/bench-cp.txt"
java -cp "tom-benchmarks/target/classes:$(cat tom-benchmarks/target/bench-cp.txt)" org.openjdk.jmh.Main "$@"
