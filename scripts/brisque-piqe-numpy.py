#!/usr/bin/env python3
"""A second, independent implementation of BRISQUE (as the LIVE release computes it: brisque_feature.m,
estimateggdparam.m, estimateaggdparam.m, then svm-scale and svm-predict through their text files) and of
MATLAB's piqe, in numpy and scipy, written from the algorithms spec and not from PD Plane's Java code: numpy's
sums, scipy's Gamma function and filters, Python's own %f and %g. scripts/check-brisque-piqe.sh compares it
with PD Plane on any images.

Usage: brisque-piqe-numpy.py MODEL_DIR IMAGE...
  MODEL_DIR holds allmodel and allrange (src/main/resources/io/github/pdplane/nr/brisque);
  IMAGE: 8-bit PGM/PPM, or any format Pillow reads where python3-pil is installed.
Prints CSV: image, brisque (filter2 as MATLAB separates the window: columns first, the factor of the 2-D
window, as PD Plane does), brisque_2d (the 2-D window summed directly with scipy's correlate2d: on images
with flat areas it shows how much BRISQUE depends on the filter's rounding), piqe.
"""
import sys, math
import numpy as np
from scipy.special import gamma as G
from scipy.signal import correlate2d
from scipy.ndimage import correlate1d


def read_image(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:2] not in (b'P5', b'P6'):
        from PIL import Image  # python3-pil
        im = Image.open(path)
        if im.mode not in ('L', 'RGB'):
            raise SystemExit('%s: 8-bit grey or RGB images only, not %s' % (path, im.mode))
        return np.asarray(im, dtype=np.float64)
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    pos += 1
    kind, w, h = fields[0], int(fields[1]), int(fields[2])
    c = 3 if kind == b'P6' else 1
    a = np.frombuffer(data[pos:pos + w * h * c], dtype=np.uint8).astype(np.float64)
    return a.reshape(h, w, c) if c == 3 else a.reshape(h, w)


def rgb2gray(rgb):
    # MATLAB rgb2gray on uint8: row 1 of inv of the NTSC matrix, rounded half away from zero
    t = np.linalg.inv(np.array([[1.0, 0.956, 0.621], [1.0, -0.272, -0.647], [1.0, -1.106, 1.703]]))
    c = t[0, :]
    y = c[0] * rgb[:, :, 0] + c[1] * rgb[:, :, 1] + c[2] * rgb[:, :, 2]
    return np.clip(np.floor(y + 0.5), 0, 255)


def colon(a, d, b):
    # MATLAB a:d:b (Moler): from both ends towards the middle
    n = int(round((b - a) / d))
    c = a + n * d
    if abs(c - b) < 2 * np.finfo(float).eps * max(abs(a), abs(b)):
        c = b
    v = np.empty(n + 1)
    k = np.arange(0, n // 2 + 1)
    v[k] = a + k * d
    v[n - k] = c - k * d
    if n % 2 == 0:
        v[n // 2] = (a + c) / 2
    return v


def cubic(x):
    ax = np.abs(x)
    return ((1.5 * ax ** 3 - 2.5 * ax ** 2 + 1) * (ax <= 1)
            + (-0.5 * ax ** 3 + 2.5 * ax ** 2 - 4 * ax + 2) * ((ax > 1) & (ax <= 2)))


def contributions(n_in, n_out, scale):
    width = 4.0 / scale
    x = np.arange(1, n_out + 1, dtype=float)
    u = x / scale + 0.5 * (1 - 1 / scale)
    left = np.floor(u - width / 2)
    p = int(math.ceil(width)) + 2
    ind = left[:, None] + np.arange(p)[None, :]
    w = scale * cubic(scale * (u[:, None] - ind))
    w = w / w.sum(axis=1, keepdims=True)
    aux = np.concatenate([np.arange(1, n_in + 1), np.arange(n_in, 0, -1)])
    idx = aux[np.mod(ind.astype(int) - 1, 2 * n_in)] - 1
    keep = np.any(w != 0, axis=0)
    return w[:, keep], idx[:, keep]


def imresize_half(im):
    h, w = im.shape
    oh, ow = int(math.ceil(h * 0.5)), int(math.ceil(w * 0.5))
    wr, ir = contributions(h, oh, 0.5)
    t = np.zeros((oh, w))
    for k in range(wr.shape[1]):
        t += wr[:, k:k + 1] * im[ir[:, k], :]
    wc, ic = contributions(w, ow, 0.5)
    out = np.zeros((oh, ow))
    for k in range(wc.shape[1]):
        out += wc[:, k][None, :] * t[:, ic[:, k]]
    return out


def window2d():
    # fspecial('gaussian', 7, 7/6), then divided by sum(sum(window)) as brisque_feature.m does
    s = 7.0 / 6
    x, y = np.meshgrid(np.arange(-3, 4.0), np.arange(-3, 4.0))
    h = np.exp(-(x * x + y * y) / (2 * s * s))
    h = h / h.sum()
    return h / h.sum()


def mscn_separable(im, factor):
    # conv2(hcol, hrow, im, 'same'): columns first, then rows, zeros outside, taps in ascending order
    h, w = im.shape
    def filt(a):
        p = np.zeros((h + 6, w))
        p[3:3 + h, :] = a
        col = np.zeros((h, w))
        for k in range(7):
            col += factor[k] * p[k:k + h, :]
        q = np.zeros((h, w + 6))
        q[:, 3:3 + w] = col
        out = np.zeros((h, w))
        for k in range(7):
            out += factor[k] * q[:, k:k + w]
        return out
    mu = filt(im)
    sigma = np.sqrt(np.abs(filt(im * im) - mu * mu))
    return (im - mu) / (sigma + 1)


def mscn_2d(im):
    win = window2d()
    mu = correlate2d(im, win, mode='same', boundary='fill')
    sigma = np.sqrt(np.abs(correlate2d(im * im, win, mode='same', boundary='fill') - mu * mu))
    return (im - mu) / (sigma + 1)


GAM = colon(0.2, 0.001, 10)
R_GGD = G(1 / GAM) * G(3 / GAM) / G(2 / GAM) ** 2
R_AGGD = G(2 / GAM) ** 2 / (G(1 / GAM) * G(3 / GAM))


def ggd(v):
    sigma_sq = np.mean(v ** 2)
    e = np.mean(np.abs(v))
    rho = sigma_sq / e ** 2
    return GAM[np.argmin(np.abs(rho - R_GGD))], math.sqrt(sigma_sq)


def aggd(v):
    left = math.sqrt(np.mean(v[v < 0] ** 2))
    right = math.sqrt(np.mean(v[v > 0] ** 2))
    g = left / right
    rhat = np.mean(np.abs(v)) ** 2 / np.mean(v ** 2)
    rnorm = rhat * (g ** 3 + 1) * (g + 1) / (g ** 2 + 1) ** 2
    return GAM[np.argmin((R_AGGD - rnorm) ** 2)], left, right


def brisque_features(gray, mscn):
    feat = []
    im = gray
    for scale in range(2):
        m = mscn(im)
        alpha, std = ggd(m.ravel())
        feat += [alpha, std ** 2]
        for shift in [(0, 1), (1, 0), (1, 1), (-1, 1)]:
            pair = m * np.roll(m, shift, axis=(0, 1))
            a, l, r = aggd(pair.ravel())
            const = math.sqrt(G(1 / a)) / math.sqrt(G(3 / a))
            feat += [a, (r - l) * (G(2 / a) / G(1 / a)) * const, l ** 2, r ** 2]
        im = imresize_half(im)
    return feat


def load_model(folder):
    with open(folder + '/allrange') as f:
        lines = f.read().split()
    assert lines[0] == 'x'
    lower, upper = float(lines[1]), float(lines[2])
    ranges = {}
    for i in range(3, len(lines), 3):
        ranges[int(lines[i])] = (float(lines[i + 1]), float(lines[i + 2]))
    header, svs = {}, []
    with open(folder + '/allmodel') as f:
        in_sv = False
        for line in f:
            t = line.split()
            if not t:
                continue
            if in_sv:
                sv = np.zeros(37)
                for item in t[1:]:
                    i, v = item.split(':')
                    sv[int(i)] = float(v)
                svs.append((float(t[0]), sv[1:]))
            elif t[0] == 'SV':
                in_sv = True
            else:
                header[t[0]] = t[1:]
    return lower, upper, ranges, float(header['gamma'][0]), float(header['rho'][0]), svs


def brisque_score(feat, model):
    lower, upper, ranges, gamma, rho, svs = model
    x = np.zeros(36)
    for i, f in enumerate(feat, start=1):
        v = float('%f' % f)              # fprintf('%d:%f ')
        lo, hi = ranges[i]
        if hi == lo:
            continue                     # svm-scale skips a single-valued feature
        if v == lo:
            s = lower
        elif v == hi:
            s = upper
        else:
            s = lower + (upper - lower) * (v - lo) / (hi - lo)
        x[i - 1] = float('%g' % s)       # svm-scale prints %g
    total = 0.0
    for coef, sv in svs:
        total += coef * math.exp(-gamma * float(np.sum((x - sv) ** 2)))
    return float('%g' % (total - rho))  # svm-predict prints %g


def piqe(gray):
    b = 16
    h0, w0 = gray.shape
    ph, pw = (-h0) % b, (-w0) % b
    im = np.pad(gray, ((0, ph), (0, pw)), mode='edge')
    im = np.floor(255 * (im / 255) + 0.5)
    s = 7.0 / 6
    g = np.exp(-np.arange(-3, 4.0) ** 2 / (2 * s * s))
    g /= g.sum()
    def filt(a):
        return correlate1d(correlate1d(a, g, axis=0, mode='nearest'), g, axis=1, mode='nearest')
    mu = filt(im)
    sigma = np.sqrt(np.abs(filt(im * im) - mu * mu))
    norm = (im - mu) / (sigma + 1)
    dist, nhsa = 0.0, 0
    for i in range(0, norm.shape[0], b):
        for j in range(0, norm.shape[1], b):
            block = norm[i:i + b, j:j + b]
            var = np.var(block.ravel(order='F'), ddof=1)
            if not var > 0.1:
                continue
            nhsa += 1
            impaired = False
            for edge in (block[0, :], block[:, b - 1], block[b - 1, :], block[:, 0]):
                for k in range(b - 6 + 1):
                    if np.std(edge[k:k + 6], ddof=1) < 0.1:
                        impaired = True
            sig = math.sqrt(var)
            centre = np.concatenate([block[:, 7], block[:, 8]])
            surround = np.delete(np.delete(block, 7, axis=1), 8, axis=1)
            r = np.std(centre, ddof=1) / np.std(surround.ravel(order='F'), ddof=1)
            if math.isnan(r):
                r = 0.0
            beta = abs(sig - r) / max(sig, r)
            noisy = sig > 2 * beta
            dist = dist + (1 - var if impaired else 0) + (var if noisy else 0)
    return (dist + 1) / (1 + nhsa) * 100


def main():
    model = load_model(sys.argv[1])
    factor = window2d()[:, 3] / math.sqrt(window2d()[3, 3])
    print('image,brisque,brisque_2d,piqe')
    for path in sys.argv[2:]:
        im = read_image(path)
        gray = rgb2gray(im) if im.ndim == 3 else im
        b_sep = brisque_score(brisque_features(gray, lambda a: mscn_separable(a, factor)), model)
        b_2d = brisque_score(brisque_features(gray, mscn_2d), model)
        print('%s,%r,%r,%r' % (path, b_sep, b_2d, float(piqe(gray))))


if __name__ == '__main__':
    main()
