#!/bin/sh
# Times PD Plane's full-reference metrics and scikit-image's structural_similarity side by side on the same
# 512x512 grey pairs, on one core (taskset -c 0 where available), and prints ms per pair and the ratio.
#
#   scripts/compare-skimage.sh [REFERENCE RESTORED]
#
# Without arguments it uses two pairs: the goldhill photograph and its JPEG version from the test data
# (src/test/resources/reference-data/piq-pairs, 512x512 grey), and a synthetic pair written with a fixed
# seed by scripts/bench-skimage.py --write-synthetic. Needs Debian's /usr/bin/python3 with python3-skimage
# and python3-pil, Java 11+ and Maven. Set WARMUP / REPEATS to change the run counts.
set -eu
cd "$(dirname "$0")/.."
PYTHON=/usr/bin/python3
WARMUP=${WARMUP:-30}
REPEATS=${REPEATS:-50}
PIN=""
if command -v taskset >/dev/null 2>&1; then PIN="taskset -c 0"; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# PD Plane: the CLI's bench command once the jar has it, else the benchmark class on the compiled classes.
if [ -f target/pdplane-cli.jar ] && java -jar target/pdplane-cli.jar bench --help >/dev/null 2>&1; then
	java_bench() { $PIN java -jar target/pdplane-cli.jar bench --reference "$1" --restored "$2" --warmup "$WARMUP" --repeats "$REPEATS" --csv; }
else
	if ! mvn -q -B compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >"$WORK/mvn.log" 2>&1; then
		cat "$WORK/mvn.log" >&2
		exit 1
	fi
	CP="target/classes:$(cat "$WORK/classpath.txt")"
	java_bench() { $PIN java -cp "$CP" io.github.pdplane.bench.MetricBenchmark --reference "$1" --restored "$2" --warmup "$WARMUP" --repeats "$REPEATS" --csv; }
fi

compare_pair() {
	echo "== $1 vs $2"
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $PIN "$PYTHON" scripts/bench-skimage.py "$1" "$2" --warmup 3 --repeats 20 > "$WORK/skimage.csv"
	java_bench "$1" "$2" > "$WORK/java.csv"
	"$PYTHON" scripts/bench-skimage.py --compare "$WORK/skimage.csv" "$WORK/java.csv"
	echo
}

if [ $# -eq 2 ]; then
	compare_pair "$1" "$2"
else
	PAIRS=src/test/resources/reference-data/piq-pairs
	compare_pair "$PAIRS/goldhill.gif" "$PAIRS/goldhill_jpeg.gif"
	"$PYTHON" scripts/bench-skimage.py --write-synthetic "$WORK" --size 512 --seed 1
	compare_pair "$WORK/synthetic-ref.png" "$WORK/synthetic-out.png"
fi
