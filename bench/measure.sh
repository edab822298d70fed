#!/usr/bin/env bash
# Runs every measurement reported in BENCHMARKS.md, one after another (never two at once: the
# machine's cores are shared), and prints the machine first. Run from the project root:
#   bash bench/measure.sh | tee /tmp/measure.log
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/homeward-measure}
mkdir -p "$OUT"

echo "== machine"; nproc; free -h; java -version 2>&1; uptime
./mvnw -B -q -pl linkage,bench package -DskipTests
# Run from copies, so that a rebuild in the shared tree during the run cannot swap the classes.
cp linkage/target/homeward-linkage-0.1.0-SNAPSHOT-cli.jar bench/target/homeward-bench.jar "$OUT/"
CLI=$OUT/homeward-linkage-0.1.0-SNAPSHOT-cli.jar
BENCH=$OUT/homeward-bench.jar

echo "== FEBRL 4: link --profile febrl, then evaluate --febrl"
java -jar "$CLI" link --profile febrl --input ../shared/data/febrl/dataset4a.csv \
  --input ../shared/data/febrl/dataset4b.csv --output "$OUT/febrl-clusters.csv"
java -jar "$CLI" evaluate --febrl --clusters "$OUT/febrl-clusters.csv"

echo "== synthetic, 20,000 children: generate, link, evaluate"
java -jar "$CLI" generate --children 20000 --seed 1 --out "$OUT/syn20k"
java -jar "$CLI" link --input "$OUT/syn20k/records.csv" --output "$OUT/syn20k/clusters.csv" \
  --truth "$OUT/syn20k/truth.csv"
java -jar "$CLI" evaluate --truth "$OUT/syn20k/truth.csv" --clusters "$OUT/syn20k/clusters.csv"

echo "== the ceiling of the synthetic benchmark (an oracle that knows the children), seeds 1 and 2"
java -jar "$CLI" ceiling --children 20000 --seed 1
java -jar "$CLI" ceiling --children 20000 --seed 2

echo "== Homeward and Duke 1.2 side by side"; uptime
java -Xmx4g -Dhomeward.root="$PWD" -cp "$BENCH" org.homeward.bench.SideBySide 20000

echo "== FEBRL 4 side by side: each engine cold in its own JVM, alternated, then both warm"
for round in 1 2 3; do
  for engine in homeward duke; do
    uptime
    java -Xmx4g -Dhomeward.root="$PWD" -cp "$BENCH" org.homeward.bench.SideBySide --dataset febrl --engine $engine
  done
done
uptime
java -Xmx4g -Dhomeward.root="$PWD" -cp "$BENCH" org.homeward.bench.SideBySide --dataset febrl --warm
echo "== FEBRL 4 side by side, cold, both engines on the client compiler only (section 6e)"
for round in 1 2; do
  for engine in homeward duke; do
    java -Xmx4g -XX:TieredStopAtLevel=1 -Dhomeward.root="$PWD" -cp "$BENCH" org.homeward.bench.SideBySide \
      --dataset febrl --engine $engine
  done
done
echo "== FEBRL 4 side by side in steady state: 30 untimed runs of each engine in its own JVM"
for engine in homeward duke; do
  uptime
  java -Xmx4g -Dhomeward.root="$PWD" -cp "$BENCH" org.homeward.bench.SideBySide --dataset febrl --engine $engine --warm 30
done

echo "== end to end, 100k and 1M records"; uptime
java -Xmx4g -cp "$BENCH" org.homeward.bench.EndToEndBenchmark 100000 1000000
java -Xmx4g -XX:TieredStopAtLevel=1 -cp "$BENCH" org.homeward.bench.EndToEndBenchmark 100000 1000000

echo "== JMH"; uptime
java -jar "$BENCH" FieldComparatorBenchmark PairScoringBenchmark -rf text -rff "$OUT/jmh.txt"
cat "$OUT/jmh.txt"; uptime
java -jar "$BENCH" BlockScoringBenchmark -p children=20000,100000 -rf text -rff "$OUT/jmh-loop.txt"
cat "$OUT/jmh-loop.txt"; uptime
for records in 10000 100000; do
  java -cp "$BENCH" org.homeward.bench.PairScoringCpuTime $records 200 | tail -1; uptime
done

echo "== candidate index start-up: build against reading the persisted index, 100k children"; uptime
java -Xmx4g -cp "$BENCH" org.homeward.bench.IndexLoadBenchmark 100000
