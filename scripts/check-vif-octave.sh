#!/bin/sh
# Compares PD Plane's vif, vifp and ifc with the LIVE MATLAB releases run under GNU Octave, on your images.
#
#   scripts/check-vif-octave.sh RELEASES_DIR PAIRS_DIR
#   scripts/check-vif-octave.sh --make-pairs OUT_DIR PHOTO...
#
# RELEASES_DIR holds your own copy of the releases, which PD Plane does not include: vifvec.m (with
# vifsub_est_M.m, refparams_vecgsm.m, ind2wtree.m), ifcvec.m (with distsub_est_m.m), vifp_mscale.m, and the
# matlabPyrTools functions they call: buildSpyr.m, buildSpyrLevs.m, maxPyrHt.m, sp5Filters.m and corrDn,
# compiled for Octave from matlabPyrTools' MEX sources (mkoctfile --mex corrDn.c convolve.c edges.c wrap.c, with
# an empty matrix.h on the include path: Octave has mex.h only) or as a corrDn.m of your own. Where the releases' scripts are functions of one file, split them so that
# each function has its own file. vifp_mscale.m needs fspecial: Debian's octave-image package.
#
# PAIRS_DIR holds 8-bit grey images: for each NAME.ref.png, every NAME.*.png beside it is scored against it
# (identical copies included, if you want the identity checked). --make-pairs writes such a folder from
# photographs: grey crops of 512x384, 301x257 and 97x83 pixels from each photograph's centre (odd sides
# included), each with a Gaussian blur (sigma 1.5), Gaussian noise (sigma 10), JPEG at quality 20, a contrast
# reduction and an identical copy, plus a seeded synthetic 1/f scene of 256x200 with the same distortions.
#
# The script builds target/pdplane-cli.jar when it is missing, scores every pair with the releases in Octave
# and with 'pdplane score', and prints each pair's values, the differences and the worst absolute and
# relative difference per metric. Needs octave-cli (with the image package), Java 11+, Maven and python3.
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--make-pairs" ]; then
	[ $# -ge 3 ] || { echo "usage: $0 --make-pairs OUT_DIR PHOTO..." >&2; exit 2; }
	OUT=$2
	shift 2
	mkdir -p "$OUT"
	PHOTOS=""
	for p in "$@"; do PHOTOS="$PHOTOS'$(readlink -f "$p")',"; done
	octave-cli --no-gui --quiet --eval "
pkg load image;
out = '$(readlink -f "$OUT")';
photos = {${PHOTOS%,}};
sizes = [512 384; 301 257; 97 83];
function write_set(out, name, ref)
  % the reference and its distortions, as 8-bit grey PNG files
  imwrite(uint8(ref), fullfile(out, [name '.ref.png']));
  imwrite(uint8(ref), fullfile(out, [name '.same.png']));
  imwrite(uint8(round(imfilter(double(ref), fspecial('gaussian', 9, 1.5), 'replicate'))), fullfile(out, [name '.blur.png']));
  randn('state', 2005);
  imwrite(uint8(min(255, max(0, round(double(ref) + 10 * randn(size(ref)))))), fullfile(out, [name '.noise.png']));
  imwrite(uint8(ref), fullfile(out, 'tmp.jpg'), 'Quality', 20);
  imwrite(imread(fullfile(out, 'tmp.jpg')), fullfile(out, [name '.jpeg.png']));
  delete(fullfile(out, 'tmp.jpg'));
  imwrite(uint8(round(0.6 * double(ref) + 50)), fullfile(out, [name '.contrast.png']));
end
for i = 1:numel(photos)
  im = imread(photos{i});
  if size(im, 3) == 3, im = rgb2gray(im); end
  [~, stem] = fileparts(photos{i});
  for s = 1:rows(sizes)
    w = sizes(s, 1); h = sizes(s, 2);
    if columns(im) < w || rows(im) < h, continue; end
    r0 = floor((rows(im) - h) / 2); c0 = floor((columns(im) - w) / 2);
    write_set(out, sprintf('%s-%dx%d', stem, w, h), im(r0 + (1:h), c0 + (1:w)));
  end
end
rand('state', 1996);
[fx, fy] = meshgrid(ifftshift((0:255) - 128) / 256, ifftshift((0:199) - 100) / 200);
spectrum = exp(2i * pi * rand(200, 256)) ./ max(hypot(fx, fy), 1 / 256);
scene = real(ifft2(spectrum));
scene = round(255 * (scene - min(scene(:))) / (max(scene(:)) - min(scene(:))));
write_set(out, 'synthetic-1f-256x200', scene);
"
	ls "$OUT" | sed 's/^/  /'
	exit 0
fi

[ $# -eq 2 ] || { sed -n '2,22p' "$0" >&2; exit 2; }
RELEASES=$(readlink -f "$1")
PAIRS=$(readlink -f "$2")
for f in vifvec.m ifcvec.m vifp_mscale.m buildSpyr.m sp5Filters.m; do
	[ -f "$RELEASES/$f" ] || { echo "error: $RELEASES has no $f (your copy of the releases goes there)" >&2; exit 1; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -f target/pdplane-cli.jar ]; then
	mvn -q -B package -DskipTests >"$WORK/mvn.log" 2>&1 || { cat "$WORK/mvn.log" >&2; exit 1; }
fi

# the releases, one line per pair: reference,restored,vif,vifp,ifc in full precision
octave-cli --no-gui --quiet --eval "
pkg load image;
addpath('$RELEASES');
warning('off', 'all');
refs = dir(fullfile('$PAIRS', '*.ref.png'));
f = fopen('$WORK/octave.csv', 'w');
for i = 1:numel(refs)
  stem = refs(i).name(1:end - 8);
  x = double(imread(fullfile('$PAIRS', refs(i).name)));
  outs = dir(fullfile('$PAIRS', [stem '.*.png']));
  for j = 1:numel(outs)
    if strcmp(outs(j).name, refs(i).name), continue; end
    y = double(imread(fullfile('$PAIRS', outs(j).name)));
    fprintf(f, '%s,%s,%.17g,%.17g,%.17g\n', refs(i).name, outs(j).name, vifvec(x, y), vifp_mscale(x, y), ifcvec(x, y));
  end
end
fclose(f);
" 2>"$WORK/octave.err" || { cat "$WORK/octave.err" >&2; exit 1; }

# PD Plane, the same pairs
: >"$WORK/pdplane.csv"
for ref in "$PAIRS"/*.ref.png; do
	stem=${ref%.ref.png}
	set --
	for out in "$stem".*.png; do
		[ "$out" = "$ref" ] || set -- "$@" "$out"
	done
	java -jar target/pdplane-cli.jar score --metrics vif,vifp,ifc --reference "$ref" "$@" | tail -n +2 \
		| sed "s|^|$(basename "$ref"),|" >>"$WORK/pdplane.csv"
done

python3 - "$WORK/octave.csv" "$WORK/pdplane.csv" <<'EOF'
import csv, os, sys
release = {(r[0], r[1]): [float(v) for v in r[2:]] for r in csv.reader(open(sys.argv[1]))}
ours = {(r[0], os.path.basename(r[1])): [float(v) for v in r[2:]] for r in csv.reader(open(sys.argv[2]))}
names = ["vif", "vifp", "ifc"]
worst = {n: (0.0, 0.0, "") for n in names}
print("%-44s %-10s %19s %19s %10s %10s" % ("pair", "metric", "release (Octave)", "PD Plane", "abs diff", "rel diff"))
for key in sorted(release):
    if key not in ours:
        sys.exit("error: PD Plane did not score %s against %s" % (key[1], key[0]))
    for n, a, b in zip(names, release[key], ours[key]):
        d = abs(a - b)
        r = d / abs(a) if a != 0 else (0.0 if d == 0 else float("inf"))
        print("%-44s %-10s %19.12g %19.12g %10.2e %10.2e" % (key[1], n, a, b, d, r))
        if d > worst[n][0]:
            worst[n] = (d, worst[n][1], key[1])
        if r > worst[n][1]:
            worst[n] = (worst[n][0], r, worst[n][2])
print()
for n in names:
    print("%-5s worst absolute difference %.2e, worst relative %.2e (%d pairs)" % (n, worst[n][0], worst[n][1], len(release)))
EOF
