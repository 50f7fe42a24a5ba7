#!/bin/sh
# Scores images with PD Plane's BRISQUE and PIQE and with the independent numpy implementation
# (scripts/brisque-piqe-numpy.py), and prints the worst differences and the images that differ most.
#
#   scripts/check-brisque-piqe.sh IMAGE...
#
# Images: 8-bit grey or RGB, PGM/PPM (or PNG and others where python3-pil is installed). Needs python3 with
# numpy and scipy (Debian: python3-numpy python3-scipy), Java 11+ and target/pdplane-cli.jar
# (mvn -q -B package -DskipTests). The column brisque_2d of the numpy script sums the 2-D window directly
# instead of separating it as MATLAB's filter2 does: where the two BRISQUE columns differ, the image has flat
# areas and its BRISQUE depends on the filter's rounding (MATLAB's included).
set -eu
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/brisque-piqe-numpy.py src/main/resources/io/github/pdplane/nr/brisque "$@" > "$WORK/numpy.csv"
java -jar target/pdplane-cli.jar score --metrics brisque,piqe "$@" > "$WORK/pdplane.csv"
python3 - "$WORK/pdplane.csv" "$WORK/numpy.csv" <<'PY'
import csv, sys
ours = {r['image']: r for r in csv.DictReader(open(sys.argv[1]))}
theirs = {r['image']: r for r in csv.DictReader(open(sys.argv[2]))}
rows = [(k, float(o['brisque']), float(theirs[k]['brisque']), float(theirs[k]['brisque_2d']), float(o['piqe']),
         float(theirs[k]['piqe'])) for k, o in ours.items()]
worst = lambda i, j: max(abs(r[i] - r[j]) for r in rows)
print('%d images' % len(rows))
print('BRISQUE, PD Plane against numpy (filter2 separated): worst difference %.3g, identical on %d'
      % (worst(1, 2), sum(r[1] == r[2] for r in rows)))
print('BRISQUE, PD Plane against numpy (2-D window):        worst difference %.3g' % worst(1, 3))
print('PIQE, PD Plane against numpy:                        worst difference %.3g' % worst(4, 5))
print('image,brisque,brisque_numpy,brisque_numpy_2d,piqe,piqe_numpy')
for r in sorted(rows, key=lambda r: -max(abs(r[1] - r[2]), abs(r[1] - r[3]), abs(r[4] - r[5])))[:10]:
    print('%s,%r,%r,%r,%r,%r' % r)
PY
