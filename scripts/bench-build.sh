#!/usr/bin/env bash
# Build overhead of tom in a small jar project (8 classes and the sample catalogue), against
# the same project whose POM does not declare tom at all:
#   plain      clean package, then package again (up to date)
#   tom        check + render (md, html, json): clean package, then package (tom up to date)
#   cyclonedx  the CycloneDX plugin's makeBom as a peer: clean package
# and, for information, tom's up-to-date package without check's record of today's check
# (target/.tom-check removed: check loads and lints the catalogue again) and with -Dtom.skip
# (Maven sets the plugin up, tom does nothing). The builds are interleaved (one of each per round, ROUNDS rounds after a warm-up
# round) so that a change in the machine's load hits every kind alike; each figure is the
# median (min-max) wall time, and the median CPU time (user + system, all of Maven's threads),
# which other work on the machine moves much less than the wall time. Also counts the jars of
# tom's plugin class realm (from mvn -X).
# Targets: tom's added time at most half of CycloneDX's; an up-to-date rebuild with tom within
# 150 ms of the up-to-date build without tom.
# Usage: scripts/bench-build.sh [ROUNDS]   (installs tom first; default 7 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=${1:-7}
VERSION=$(sed -n 's#.*<version>\(.*-SNAPSHOT\)</version>.*#\1#p' pom.xml | head -n 1)
./mvnw -B -q install -DskipTests -Dinvoker.skip
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
pom() { # $1 = directory, $2 = extra plugins
  mkdir -p "$1/src/main/java/demo" "$1/src/tom"
  cp tom-samples/src/tom/catalogue.yaml "$1/src/tom/catalogue.yaml"
  for i in 1 2 3 4 5 6 7 8; do
    printf 'package demo;\n\npublic class C%d {\n  public int f(int x) {\n    return x * %d;\n  }\n}\n' "$i" "$i" \
      > "$1/src/main/java/demo/C$i.java"
  done
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>app</artifactId><version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    $2
  </plugins></build>
</project>
POM
}
TOM="<plugin><groupId>io.github.tomannex</groupId><artifactId>tom-maven-plugin</artifactId><version>$VERSION</version>
  <executions><execution><goals><goal>check</goal><goal>render</goal></goals>
  <configuration><formats>md,html,json</formats></configuration></execution></executions></plugin>"
CDX="<plugin><groupId>org.cyclonedx</groupId><artifactId>cyclonedx-maven-plugin</artifactId><version>2.9.1</version>
  <executions><execution><phase>package</phase><goals><goal>makeBom</goal></goals></execution></executions></plugin>"
pom "$WORK/plain" ""
pom "$WORK/tom" "$TOM"
pom "$WORK/cdx" "$CDX"
KINDS=(plain-clean tom-clean cdx-clean plain-up tom-up tom-norecord tom-skip)
declare -A DIR=([plain-clean]=plain [tom-clean]=tom [cdx-clean]=cdx [plain-up]=plain [tom-up]=tom
  [tom-norecord]=tom [tom-skip]=tom)
declare -A GOALS=([plain-clean]="clean package" [tom-clean]="clean package" [cdx-clean]="clean package"
  [plain-up]="package" [tom-up]="package" [tom-norecord]="package" [tom-skip]="package -Dtom.skip")
declare -A LABEL=(
  [plain-clean]="plain clean package (no tom in the POM)"
  [tom-clean]="with tom clean package"
  [cdx-clean]="with cyclonedx makeBom clean package"
  [plain-up]="plain package (up to date)"
  [tom-up]="with tom package (tom up to date)"
  [tom-norecord]="with tom package (render up to date, check's record removed: check loads and lints)"
  [tom-skip]="with tom package -Dtom.skip (Maven sets the plugin up, tom does nothing)")
declare -A TIMES CPU
TIMEFORMAT='%R %U %S'
for d in plain tom cdx; do # warm-up, fills the repository (online if needed)
  (cd "$WORK/$d" && { "$ROOT/mvnw" -B -q -o clean package >/dev/null 2>&1 \
    || "$ROOT/mvnw" -B -q clean package >/dev/null; })
done
for r in $(seq 0 "$ROUNDS"); do # round 0 is a second warm-up, not counted
  for k in "${KINDS[@]}"; do
    if [ "$k" = tom-norecord ]; then rm -rf "$WORK/tom/target/.tom-check"; fi
    if ! { time (cd "$WORK/${DIR[$k]}" && "$ROOT/mvnw" -B -q -o ${GOALS[$k]} >"$WORK/out" 2>&1); } 2>"$WORK/time"; then
      cat "$WORK/out" >&2; exit 1
    fi
    read -r real user sys <"$WORK/time"
    if [ "$r" -gt 0 ]; then
      TIMES[$k]+="$(awk -v t="$real" 'BEGIN {printf "%d", t * 1000}') "
      CPU[$k]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
    fi
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2); print m, a[1], a[NR]}'; }
declare -A MED MCPU
echo "java: $(java -version 2>&1 | head -n 1); cpus: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $ROUNDS"
for k in "${KINDS[@]}"; do
  read -r m lo hi <<<"$(echo "${TIMES[$k]}" | median)"
  read -r c clo chi <<<"$(echo "${CPU[$k]}" | median)"
  MED[$k]=$m
  MCPU[$k]=$c
  printf '%s: %d ms (%d-%d), CPU %d ms (%d-%d)\n' "${LABEL[$k]}" "$m" "$lo" "$hi" "$c" "$clo" "$chi"
done
jars=$(cd "$WORK/tom" && "$ROOT/mvnw" -B -X -o package 2>/dev/null \
  | awk '/Populating class realm plugin>io.github.tomannex:tom-maven-plugin/ {on=1; next}
         on && /Included:/ {n++; next} on {exit} END {print n + 0}')
echo "jars in tom's plugin realm: $jars"
verdict() { # $1 = wall or CPU, then the seven medians
  awk -v w="$1" -v b="$2" -v t="$3" -v c="$4" -v pu="$5" -v u="$6" -v s="$7" -v n="$8" 'BEGIN {
  printf "%s: tom adds %+d ms (%.1f %%) to clean package; cyclonedx adds %+d ms (%.1f %%); target tom <= cyclonedx / 2: %s\n",
    w, t - b, (t - b) * 100 / b, c - b, (c - b) * 100 / b, (t - b <= (c - b) / 2) ? "met" : "not met"
  printf "%s: up-to-date rebuild with tom %+d ms against the plain up-to-date build (target <= 150 ms: %s); with -Dtom.skip %+d ms\n",
    w, u - pu, (u - pu <= 150) ? "met" : "not met", s - pu
  printf "%s: the record of today'"'"'s check saves %d ms in an up-to-date build\n", w, n - u }'
}
verdict wall "${MED[plain-clean]}" "${MED[tom-clean]}" "${MED[cdx-clean]}" "${MED[plain-up]}" "${MED[tom-up]}" "${MED[tom-skip]}" "${MED[tom-norecord]}"
verdict CPU "${MCPU[plain-clean]}" "${MCPU[tom-clean]}" "${MCPU[cdx-clean]}" "${MCPU[plain-up]}" "${MCPU[tom-up]}" "${MCPU[tom-skip]}" "${MCPU[tom-norecord]}"
