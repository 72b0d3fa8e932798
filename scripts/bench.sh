#!/usr/bin/env bash
# Runs the JMH benchmarks of tom-benchmarks (compiled by every build, run only here).
# Usage: scripts/bench.sh [JMH options]     e.g. scripts/bench.sh 'TomBenchmark.endToEnd' -p measures=10000
#        scripts/bench.sh -prof gc          (allocation per operation)
# Results: the table JMH prints; record them with the command, JDK and hardware in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl tom-benchmarks -am install -DskipTests -Dinvoker.skip
./mvnw -B -q -pl tom-benchmarks dependency:build-classpath -Dmdep.outputFile="$PWD/tom-benchmarks/target/bench-cp.txt" >/dev/null
java -cp "tom-benchmarks/target/classes:$(cat tom-benchmarks/target/bench-cp.txt)" org.openjdk.jmh.Main "$@"
