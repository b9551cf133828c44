"""Recomputes every number of mb-sgd-bn.md (a Bengali note's mini-batch SGD on a linear model y^ = w x + b: per-sample
loss 1/2 (y - y^)^2, the batch cost J the mean over a batch of m = 2, eta = 0.1, from w = 1, b = 0; batch 1 the samples
(1, 2) and (2, 3), batch 2 the samples (3, 5) and (4, 4) from the weights batch 1 left) with 40-digit decimals. Left
out: headings (Batch-1, Sample 1, After 1 epoch), list numbers, the 1 and 2 of 1/2 and 1/m, sum limits and powers,
the generic batch sizes of the closing list (2/32/64, 1 sample → 1 update)."""
import sys
from common import D, report, doc_rows

C = None
eta, m = D('0.1'), D(2)
samples = [(D(1), D(2)), (D(2), D(3)), (D(3), D(5)), (D(4), D(4))]


def batch(w, b, pair):
    rows = []
    for x, y in pair:
        yh = w * x + b
        e = y - yh
        rows.append(dict(x=x, y=y, yh=yh, e=e, gw=-e * x, gb=-e))
    gw = sum(r['gw'] for r in rows) / m
    gb = sum(r['gb'] for r in rows) / m
    return rows, gw, gb, w - eta * gw, b - eta * gb


w0, b0 = D(1), D(0)
(s1, s2), gw1, gb1, w1, b1 = batch(w0, b0, samples[:2])
(s3, s4), gw2, gb2, w2, b2 = batch(w1, b1, samples[2:])



specs = [
    ('\\ell_i = \\frac{1}{2}', [C, C]),
    ('J = \\frac{1}{m}', [C]),
    ('w = 1, \\quad b = 0, \\quad \\eta = 0.1', [w0, b0, eta]),
    ('1. ((x=1,y=2))', [C, samples[0][0], samples[0][1]]),
    ('2. ((x=2,y=3))', [C, samples[1][0], samples[1][1]]),
    ('3. ((x=3,y=5))', [C, samples[2][0], samples[2][1]]),
    ('4. ((x=4,y=4))', [C, samples[3][0], samples[3][1]]),
    ('@@m = 2', [m]),
    ('* **Batch-1:** (1,2), (2,3)', [C, samples[0][0], samples[0][1], samples[1][0], samples[1][1]]),
    ('* **Batch-2:** (3,5), (4,4)', [C, samples[2][0], samples[2][1], samples[3][0], samples[3][1]]),
    ('## Sample 1: (1,2)', [C, s1['x'], s1['y']]),
    ('\\hat{y}_1 = 1 \\cdot 1 + 0 = 1', [w0, s1['x'], b0, s1['yh'], s1['y'], s1['yh'], s1['e']]),
    ('\\frac{\\partial \\ell_1}{\\partial w} = -(1)(1) = -1', [s1['e'], s1['x'], s1['gw']]),
    ('\\frac{\\partial \\ell_1}{\\partial b} = -(1) = -1', [s1['e'], s1['gb']]),
    ('## Sample 2: (2,3)', [C, s2['x'], s2['y']]),
    ('\\hat{y}_2 = 1 \\cdot 2 + 0 = 2', [w0, s2['x'], b0, s2['yh'], s2['y'], s2['yh'], s2['e']]),
    ('\\frac{\\partial \\ell_2}{\\partial w} = -(1)(2) = -2', [s2['e'], s2['x'], s2['gw']]),
    ('\\frac{\\partial \\ell_2}{\\partial b} = -(1) = -1', [s2['e'], s2['gb']]),
    ('## Average gradients (divide by $m=2$)', [m]),
    ('\\frac{\\partial J}{\\partial w} = \\frac{-1 + (-2)}{2} = -1.5', [s1['gw'], s2['gw'], m, gw1]),
    ('\\frac{\\partial J}{\\partial b} = \\frac{-1 + (-1)}{2} = -1', [s1['gb'], s2['gb'], m, gb1]),
    ('w = 1 - 0.1(-1.5) = 1.15', [w0, eta, gw1, w1]),
    ('b = 0 - 0.1(-1) = 0.10', [b0, eta, gb1, b1]),
    ('w = 1.15, \\quad b = 0.10', [w1, b1]),
    ('## Sample 3: (3,5)', [C, s3['x'], s3['y']]),
    ('\\hat{y}_3 = 1.15 \\cdot 3 + 0.10 = 3.55', [w1, s3['x'], b1, s3['yh'], s3['y'], s3['yh'], s3['e']]),
    ('\\frac{\\partial \\ell_3}{\\partial w} = -(1.45)(3) = -4.35', [s3['e'], s3['x'], s3['gw']]),
    ('\\frac{\\partial \\ell_3}{\\partial b} = -(1.45) = -1.45', [s3['e'], s3['gb']]),
    ('## Sample 4: (4,4)', [C, s4['x'], s4['y']]),
    ('\\hat{y}_4 = 1.15 \\cdot 4 + 0.10 = 4.70', [w1, s4['x'], b1, s4['yh'], s4['y'], s4['yh'], s4['e']]),
    ('\\frac{\\partial \\ell_4}{\\partial w} = -(-0.70)(4) = +2.80', [s4['e'], s4['x'], s4['gw']]),
    ('\\frac{\\partial \\ell_4}{\\partial b} = -(-0.70) = +0.70', [s4['e'], s4['gb']]),
    ('\\frac{\\partial J}{\\partial w} = \\frac{-4.35 + 2.80}{2} = -0.775', [s3['gw'], s4['gw'], m, gw2]),
    ('\\frac{\\partial J}{\\partial b} = \\frac{-1.45 + 0.70}{2} = -0.375', [s3['gb'], s4['gb'], m, gb2]),
    ('w = 1.15 - 0.1(-0.775) = 1.2275', [w1, eta, gw2, w2]),
    ('b = 0.10 - 0.1(-0.375) = 0.1375', [b1, eta, gb2, b2]),
    ('\\boxed{w \\approx 1.2275, \\quad b \\approx 0.1375}', [w2, b2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'mb-sgd-bn.md'
report(doc, doc_rows(doc, specs))
