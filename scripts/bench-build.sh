#!/usr/bin/env bash
# Build overhead of tom in a small jar project: 'package' without tom, with tom (check +
# render md,html,json), with tom when its output is up to date, and with the CycloneDX
# plugin's makeBom as a peer. 5 runs each after one warm-up; prints the median wall time
# and the ratio to the plain build. Uses the wrapper's Maven and the locally installed tom.
# Usage: scripts/bench-build.sh      (installs tom first)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSION=$(sed -n 's#.*<version>\(.*-SNAPSHOT\)</version>.*#\1#p' pom.xml | head -n 1)
./mvnw -B -q install -DskipTests -Dinvoker.skip
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src/main/java/demo" "$WORK/src/tom"
cp tom-samples/src/tom/catalogue.yaml "$WORK/src/tom/catalogue.yaml"
for i in 1 2 3 4 5 6 7 8; do
  printf 'package demo;\n\npublic class C%d {\n  public int f(int x) {\n    return x * %d;\n  }\n}\n' "$i" "$i" \
    > "$WORK/src/main/java/demo/C$i.java"
done
pom() { # $1 = extra plugins
  cat > "$WORK/pom.xml" <<POM
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
    $1
  </plugins></build>
</project>
POM
}
TOM="<plugin><groupId>io.github.tomannex</groupId><artifactId>tom-maven-plugin</artifactId><version>$VERSION</version>
  <executions><execution><goals><goal>check</goal><goal>render</goal></goals>
  <configuration><formats>md,html,json</formats></configuration></execution></executions></plugin>"
CDX="<plugin><groupId>org.cyclonedx</groupId><artifactId>cyclonedx-maven-plugin</artifactId><version>2.9.1</version>
  <executions><execution><phase>package</phase><goals><goal>makeBom</goal></goals></execution></executions></plugin>"
run() { # $1 = label, $2 = goals; prints the median of 5 timed runs
  (cd "$WORK" && "$ROOT/mvnw" -B -q -o $2 >/dev/null 2>&1 || "$ROOT/mvnw" -B -q $2 >/dev/null)  # warm-up, fills the repository
  local times=()
  for i in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s%N)
    (cd "$WORK" && "$ROOT/mvnw" -B -q -o $2 >/dev/null)
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$1" '{a[NR]=$1} END {print l, a[3], "(" a[1] "-" a[5] ")"}'
}
echo "java: $(java -version 2>&1 | head -n 1); cpus: $(nproc)"
pom "";          base=$(run "plain clean package" "clean package")
pom "$TOM";      withtom=$(run "with tom clean package" "clean package")
                 uptodate=$(run "with tom package (tom up to date)" "package")
                 skipped=$(run "with tom package -Dtom.skip (Maven loads the plugin, tom does nothing)" "package -Dtom.skip")
pom "";          plainup=$(run "plain package (up to date)" "package")
pom "$CDX";      cdx=$(run "with cyclonedx makeBom clean package" "clean package")
for line in "$base" "$withtom" "$plainup" "$uptodate" "$skipped" "$cdx"; do echo "$line ms"; done
b=$(echo "$base" | awk '{print $(NF-1)}'); t=$(echo "$withtom" | awk '{print $(NF-1)}')
pu=$(echo "$plainup" | awk '{print $(NF-1)}'); u=$(echo "$uptodate" | awk '{print $(NF-1)}')
c=$(echo "$cdx" | awk '{print $(NF-1)}'); s=$(echo "$skipped" | awk '{print $(NF-1)}')
awk -v b="$b" -v t="$t" -v c="$c" -v pu="$pu" -v u="$u" -v s="$s" 'BEGIN {
  printf "tom adds %.1f %% to clean package; cyclonedx adds %.1f %%; up-to-date rebuild with tom: %+d ms, of which loading the plugin (tom.skip): %+d ms\n",
    (t - b) * 100 / b, (c - b) * 100 / b, u - pu, s - pu }'
