#!/usr/bin/env bash
# Kill-and-resume at scale: an evaluation of N pairs killed half way with SIGKILL and resumed from its journal
# gives byte for byte the files of an uninterrupted run, in a small heap.
#
#   scripts/kill-resume-10k.sh [N] [WORK_DIR]
#
# N (default 10000) pairs of 256x256 8-bit grey PNG images are written to WORK_DIR/ref and WORK_DIR/out (a
# seeded textured scene, and the same with Gaussian noise): by a small Java program run from source (Java 11+),
# so the result is the same on every machine. Then, each with java -Xmx256m and the axes RMSE and SSIM (set
# PDPLANE_EVALUATE_ARGS for others, e.g. "--x rmse --y niqe", which scores all 400 of a 400-pair run since the
# Jacobi SVD's convergence fix):
#   1. an uninterrupted 'evaluate' into WORK_DIR/uninterrupted;
#   2. 'evaluate --journal WORK_DIR/run.journal' into WORK_DIR/resumed, killed with SIGKILL once the journal
#      holds half the images;
#   3. the same command with --resume, which scores only the images the journal lacks.
# The four files of 1 and 3 are compared with cmp; times and peak memory (GNU time's maximum resident set size)
# are printed for each step. WORK_DIR defaults to a new temporary folder; the images take about 1 GB there
# for N = 10000. Runs target/pdplane-cli.jar (PDPLANE_CLI_JAR names another; built when missing). Needs bash,
# Java 11+ and /usr/bin/time. Exits non-zero where a step fails or the files differ.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000}
WORK=${2:-$(mktemp -d -t pdplane-kill-resume.XXXXXX)}
JAR=${PDPLANE_CLI_JAR:-target/pdplane-cli.jar}
HEAP=-Xmx256m
mkdir -p "$WORK"
[ -f "$JAR" ] || mvn -q -DskipTests package
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

# --- 1. the pairs
if [ ! -f "$WORK/out/$(printf '%05d' $((N - 1))).png" ]; then
	cat > "$WORK/MakePairs.java" <<'EOF'
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** N pairs of 256x256 grey images: a seeded scene of a few waves and fine texture, and the same with noise. */
public class MakePairs
{
	public static void main( final String[] args ) throws Exception
	{
		final int n = Integer.parseInt( args[ 0 ] );
		final File ref = new File( args[ 1 ], "ref" ), out = new File( args[ 1 ], "out" );
		ref.mkdirs();
		out.mkdirs();
		ImageIO.setUseCache( false );
		for ( int i = 0; i < n; i++ )
		{
			final Random random = new Random( i );
			final double[] fx = new double[ 4 ], fy = new double[ 4 ], phase = new double[ 4 ];
			for ( int k = 0; k < 4; k++ )
			{
				fx[ k ] = random.nextDouble() * 0.2;
				fy[ k ] = random.nextDouble() * 0.2;
				phase[ k ] = random.nextDouble() * 2 * Math.PI;
			}
			final BufferedImage a = new BufferedImage( 256, 256, BufferedImage.TYPE_BYTE_GRAY );
			final BufferedImage b = new BufferedImage( 256, 256, BufferedImage.TYPE_BYTE_GRAY );
			for ( int y = 0; y < 256; y++ )
				for ( int x = 0; x < 256; x++ )
				{
					double v = 128 + 12 * random.nextGaussian();
					for ( int k = 0; k < 4; k++ )
						v += 25 * Math.sin( fx[ k ] * x + fy[ k ] * y + phase[ k ] );
					final int clean = clip( v );
					a.getRaster().setSample( x, y, 0, clean );
					b.getRaster().setSample( x, y, 0, clip( clean + 6 * random.nextGaussian() ) );
				}
			final String name = String.format( "%05d.png", i );
			ImageIO.write( a, "png", new File( ref, name ) );
			ImageIO.write( b, "png", new File( out, name ) );
		}
	}

	private static int clip( final double v )
	{
		return ( int ) Math.max( 0, Math.min( 255, Math.round( v ) ) );
	}
}
EOF
	echo "writing $N pairs to $WORK ..."
	/usr/bin/time -f "  pairs written in %e s" java "$WORK/MakePairs.java" "$N" "$WORK"
fi

read -r -a METRICS <<< "${PDPLANE_EVALUATE_ARGS:---x rmse --y ssim}"
EVALUATE=(java "$HEAP" -jar "$JAR" evaluate --reference "$WORK/ref" --restored "noisy=$WORK/out" "${METRICS[@]}")

journal_lines() {
	if [ -f "$WORK/run.journal" ]; then wc -l < "$WORK/run.journal"; else echo 0; fi
}

# runs a step under GNU time; prints its wall time and peak memory; stops the script where the step fails
timed() {
	local label=$1 status=0
	shift
	/usr/bin/time -v -o "$WORK/time-$label.txt" "$@" > "$WORK/stdout-$label.txt" 2> "$WORK/stderr-$label.txt" || status=$?
	printf '%-14s %8s (m:ss)   max resident %8s KB\n' "$label" \
		"$(grep 'Elapsed (wall clock)' "$WORK/time-$label.txt" | awk '{print $NF}')" \
		"$(grep 'Maximum resident set size' "$WORK/time-$label.txt" | awk '{print $NF}')"
	[ "$status" -eq 0 ] || { echo "$label failed (exit $status):" >&2; tail -3 "$WORK/stderr-$label.txt" >&2; exit 1; }
}

rm -rf "$WORK/uninterrupted" "$WORK/resumed" "$WORK/run.journal"

# --- 2. uninterrupted
timed uninterrupted "${EVALUATE[@]}" --out "$WORK/uninterrupted"

# --- 3. killed half way (SIGKILL), then resumed
"${EVALUATE[@]}" --journal "$WORK/run.journal" --out "$WORK/resumed" > "$WORK/stdout-killed.txt" 2> "$WORK/stderr-killed.txt" &
PID=$!
START=$SECONDS
HALF=$((N / 2 + 3)) # three header lines
while kill -0 "$PID" 2>/dev/null && [ "$(journal_lines)" -lt "$HALF" ]; do
	sleep 0.2
done
kill -KILL "$PID" 2>/dev/null || { echo "the run ended before half of it was journaled" >&2; exit 1; }
wait "$PID" 2>/dev/null || true
printf '%-14s %8d s   (SIGKILL after %d of %d images in the journal)\n' killed "$((SECONDS - START))" \
	"$(($(journal_lines) - 3))" "$N"
[ ! -e "$WORK/resumed/per-image.csv" ] || { echo "files were written by the killed run" >&2; exit 1; }
timed resumed "${EVALUATE[@]}" --journal "$WORK/run.journal" --resume --out "$WORK/resumed"
grep -h '^note: resuming' "$WORK/stderr-resumed.txt" || true

# --- 4. the same files
for f in per-image.csv summary.csv plane.png plane.svg; do
	cmp "$WORK/uninterrupted/$f" "$WORK/resumed/$f"
done
echo "identical: per-image.csv, summary.csv, plane.png and plane.svg of the uninterrupted and the resumed run ($WORK)"
