#!/usr/bin/python3
"""Time scikit-image's SSIM on a grey image pair, for comparison with PD Plane's benchmark.

Uses Debian's python3-skimage (0.19) with the settings that match Wang et al.'s MATLAB ssim_index.m:
structural_similarity(gaussian_weights=True, sigma=1.5, use_sample_covariance=False, data_range=255).
With those settings scikit-image's 11-tap Gaussian (truncate 3.5) and its cropping of the 5-pixel border
give the same number as ssim_index.m, so the value printed doubles as a cross-check.

  bench-skimage.py REFERENCE RESTORED [--warmup N] [--repeats N]
      prints CSV: metric,value,median_ms,min_ms (one row, ssim)
  bench-skimage.py --write-synthetic DIR [--size 512] [--seed 1]
      writes DIR/synthetic-ref.png and DIR/synthetic-out.png: a reproducible 8-bit grey pair (a smooth
      pattern with texture, and the same plus Gaussian noise of sigma 10 from numpy's generator seeded
      with --seed, rounded and clipped)
  bench-skimage.py --compare SKIMAGE_CSV JAVA_CSV
      prints the side-by-side table (ms per pair and the ratio skimage / PD Plane)

Grey conversion of colour files follows MATLAB rgb2gray with rounding, as PD Plane's default convention.
"""
import argparse
import csv
import statistics
import sys
import time

import numpy as np
from PIL import Image
from skimage.metrics import structural_similarity


def grey(path):
    image = Image.open(path)
    if image.mode == "L":
        return np.asarray(image, dtype=np.float64)
    a = np.asarray(image.convert("RGB"), dtype=np.float64)
    if np.array_equal(a[..., 0], a[..., 1]) and np.array_equal(a[..., 1], a[..., 2]):
        return a[..., 0].copy()  # a grey palette image
    y = 0.298936021293775 * a[..., 0] + 0.587043074451121 * a[..., 1] + 0.114020904255103 * a[..., 2]
    return np.floor(y + 0.5)


def ssim(x, y):
    return structural_similarity(x, y, gaussian_weights=True, sigma=1.5, use_sample_covariance=False, data_range=255)


def time_ssim(x, y, warmup, repeats):
    value = None
    for _ in range(warmup):
        value = ssim(x, y)
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        value = ssim(x, y)
        runs.append((time.perf_counter() - start) * 1000)
    return value, statistics.median(runs), min(runs)


def write_synthetic(folder, size, seed):
    rows, cols = np.mgrid[0:size, 0:size].astype(np.float64)
    v = 128 + 60 * np.sin(cols / 23.0) * np.cos(rows / 17.0) + 40 * np.sin((rows + cols) / 5.0)
    reference = np.clip(np.rint(v), 0, 255)
    noise = np.random.default_rng(seed).normal(0, 10, v.shape)
    restored = np.clip(np.rint(v + noise), 0, 255)
    Image.fromarray(reference.astype(np.uint8), "L").save(folder + "/synthetic-ref.png")
    Image.fromarray(restored.astype(np.uint8), "L").save(folder + "/synthetic-out.png")


def read_csv(path):
    with open(path, newline="") as f:
        return {row["metric"]: row for row in csv.DictReader(f)}


def compare(skimage_csv, java_csv):
    sk = read_csv(skimage_csv)["ssim"]
    java = read_csv(java_csv)
    sk_ms = float(sk["median_ms"])
    print("%-20s %12s %12s %12s %16s" % ("metric", "ours ms", "skimage ms", "ratio", "value"))
    for metric, row in java.items():
        ours = float(row["median_ms"])
        print("%-20s %12.2f %12.2f %11.1fx %16.8f" % (metric, ours, sk_ms, sk_ms / ours, float(row["value"])))
    print("%-20s %12s %12.2f %12s %16.8f" % ("skimage ssim", "", sk_ms, "", float(sk["value"])))
    if "ssim" in java:
        print("ssim value difference (ours - skimage): %.2e" % (float(java["ssim"]["value"]) - float(sk["value"])))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("images", nargs="*")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--write-synthetic", metavar="DIR")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--compare", nargs=2, metavar=("SKIMAGE_CSV", "JAVA_CSV"))
    args = parser.parse_args()
    if args.write_synthetic:
        write_synthetic(args.write_synthetic, args.size, args.seed)
    elif args.compare:
        compare(*args.compare)
    elif len(args.images) == 2:
        x, y = grey(args.images[0]), grey(args.images[1])
        value, median, fastest = time_ssim(x, y, args.warmup, args.repeats)
        print("metric,value,median_ms,min_ms")
        print("ssim,%.8f,%.4f,%.4f" % (value, median, fastest))
    else:
        parser.error("give REFERENCE RESTORED, --write-synthetic DIR or --compare SKIMAGE_CSV JAVA_CSV")


if __name__ == "__main__":
    sys.exit(main())
