"""Recomputes every number of ru-mlp-colab.ipynb (a Russian Colab notebook: three sigmoid networks with
L = 1/2 sum (y - yhat)^2 and eta = 0.1 -- 1-1-1 with x = 1.0, y = 0.5; 1-2-1 with x = 1.5, y = 0.8; 2-3-2 with
x = [1.0, 0.5], y = [0.8, 0.3] -- one forward and part of one backward pass each) with 40-digit decimals. Left out:
the numbers of the numbered list items, the 1 of 1 - yhat, the constants of the general formulas (1/2, the sum's
bounds, k=1,2) and the indices of w_{211}."""
import sys
from common import D, report, doc_rows, sigmoid

C = None
eta = D('0.1')
# section 1: 1-1-1
x, y, w1, b1, w2, b2 = D('1.0'), D('0.5'), D('0.3'), D('-0.2'), D('0.4'), D('0.1')
z1 = w1 * x + b1
h = sigmoid(z1)
z2 = w2 * h + b2
yh = sigmoid(z2)
g = yh - y
s = yh * (1 - yh)
gw2 = g * s * h
specs = [
    ('$ x = 1.0 $, $ y = 0.5 $', [x, y]),
    ('$ w_1 = 0.3 $, $ b_1 = -0.2 $', [w1, b1]),
    ('$ w_2 = 0.4 $, $ b_2 = 0.1 $', [w2, b2]),
    ('шаг обучения $ \\eta = 0.1 $', [eta]),
    ('$ z_1 = 0.3 \\cdot 1 - 0.2 = 0.1 $', [C, w1, x, b1, z1]),
    ('$ h = \\sigma(0.1) \\approx 0.525 $', [C, z1, h]),
    ('$ z_2 = 0.4 \\cdot 0.525 + 0.1 = 0.31 $', [C, w2, h, b2, z2]),
    ('$ \\hat{y} = \\sigma(0.31) \\approx 0.577 $', [C, z2, yh]),
    ('= 0.577 - 0.5 = 0.077 $', [C, yh, y, g]),
    ('= 0.577 \\cdot (1 - 0.577) \\approx 0.244 $', [C, yh, C, yh, s]),
    ('= 0.077 \\cdot 0.244 \\cdot 0.525 \\approx 0.0099 $', [C, g, s, h, gw2]),
    ('$ 0.4 - 0.1 \\cdot 0.0099 \\approx 0.399 $', [C, w2, eta, gw2, w2 - eta * gw2]),
]
# section 2: 1-2-1
x, y = D('1.5'), D('0.8')
w11, w12, b11, b12, w21, w22, b2 = D('0.2'), D('-0.3'), D('0.1'), D('-0.2'), D('0.4'), D('0.5'), D('0.05')
z11, z12 = w11 * x + b11, w12 * x + b12
h1, h2 = sigmoid(z11), sigmoid(z12)
z2 = w21 * h1 + w22 * h2 + b2
yh = sigmoid(z2)
g = yh - y
s = yh * (1 - yh)
gw21, gw22, gb2 = g * s * h1, g * s * h2, g * s
gw11 = g * s * w21 * h1 * (1 - h1) * x
gw12 = g * s * w22 * h2 * (1 - h2) * x
F = 'follows from z_2 = 0.456'
G = 'follows from dL/dyhat = -0.188'
specs += [
    ('$ x = 1.5 $, $ y = 0.8 $', [x, y]),
    ('$ w_{11} = 0.2 $, $ w_{12} = -0.3 $', [w11, w12]),
    ('$ b_{11} = 0.1 $, $ b_{12} = -0.2 $', [b11, b12]),
    ('$ w_{21} = 0.4 $, $ w_{22} = 0.5 $', [w21, w22]),
    ('$ b_2 = 0.05 $', [b2]),
    ('сигмоиды, $ \\eta = 0.1 $', [eta]),
    ('$ z_{11} = 0.2 \\cdot 1.5 + 0.1 = 0.4 $', [C, w11, x, b11, z11, z11, h1]),
    ('$ z_{12} = -0.3 \\cdot 1.5 - 0.2 = -0.65 $', [C, w12, x, b12, z12, z12, h2]),
    ('$ z_2 = 0.4 \\cdot 0.599 + 0.5 \\cdot 0.343 + 0.05 \\approx 0.456 $', [C, w21, h1, w22, h2, b2, z2]),
    ('$ \\hat{y} = \\sigma(0.456) \\approx 0.612 $', [C, (z2, F), (yh, F)]),
    ('= 0.612 - 0.8 = -0.188 $', [C, (yh, F), y, (g, F)]),
    ('= 0.612 \\cdot (1 - 0.612) \\approx 0.237 $', [C, (yh, F), C, (yh, F), s]),
    ('= -0.188 \\cdot 0.237 \\cdot 0.599 \\approx -0.027 $', [C, (g, G), s, h1, gw21]),
    ('= -0.188 \\cdot 0.237 \\cdot 0.343 \\approx -0.015 $', [C, (g, G), s, h2, gw22]),
    ('= -0.188 \\cdot 0.237 \\cdot 1 \\approx -0.045 $', [C, (g, G), s, D(1), (gb2, G)]),
    ('\\cdot 0.599 \\cdot (1 - 0.599) \\cdot 1.5 \\approx -0.0043 $', [(g, G), s, w21, h1, C, h1, x, gw11]),
    ('\\cdot 0.343 \\cdot (1 - 0.343) \\cdot 1.5 \\approx -0.0051 $', [(g, G), s, w22, h2, C, h2, x, gw12]),
    ('w_{21} = 0.4 - 0.1 \\cdot (-0.027) \\approx 0.4027', [w21, eta, gw21, w21 - eta * gw21]),
    # here -0.0043 times x is the gradient: -0.0043 is dL/dz_11 (the product of line 130 without its factor x), right
    ('w_{11} = 0.2 - 0.1 \\cdot (-0.0043) \\cdot 1.5 \\approx 0.2006', [w11, eta, gw11 / x, x, w11 - eta * gw11]),
]
# section 3: 2-3-2
x1, x2, y1, y2 = D('1.0'), D('0.5'), D('0.8'), D('0.3')
W1 = [[D('0.2'), D('-0.1')], [D('0.3'), D('0.4')], [D('-0.2'), D('0.1')]]
B1 = [D('0.1'), D('-0.2'), D('0.0')]
W2 = [[D('0.5'), D('0.1'), D('-0.3')], [D('0.2'), D('-0.4'), D('0.1')]]
B2 = [D('-0.1'), D('0.2')]
z = [W1[k][0] * x1 + W1[k][1] * x2 + B1[k] for k in range(3)]
hh = [sigmoid(v) for v in z]
zo = [sum(W2[i][k] * hh[k] for k in range(3)) + B2[i] for i in range(2)]
yo = [sigmoid(v) for v in zo]
g1, g2 = yo[0] - y1, yo[1] - y2
s1, s2 = yo[0] * (1 - yo[0]), yo[1] * (1 - yo[1])
R, Q = 'repeats 0.462', 'repeats 0.575'
F1, F2 = 'follows from z_21 = 0.049', 'follows from z_22 = 0.114'
specs += [
    ('$ \\mathbf{x} = [1.0, 0.5] $', [x1, x2]),
    ('$ \\mathbf{y} = [0.8, 0.3] $', [y1, y2]),
    ('@@0.2 & -0.1 \\\\', W1[0]), ('@@0.3 & 0.4 \\\\', W1[1]), ('@@-0.2 & 0.1', W1[2]),
    ('\\mathbf{b}_1 = [0.1, -0.2, 0.0]', B1),
    ('@@0.5 & 0.1 & -0.3 \\\\', W2[0]), ('@@0.2 & -0.4 & 0.1', W2[1]),
    ('\\mathbf{b}_2 = [-0.1, 0.2]', B2),
    ('активации — сигмоиды, $ \\eta = 0.1 $', [eta]),
    ('= [0.2*1 + (-0.1)*0.5 + 0.1', [C, W1[0][0], x1, W1[0][1], x2, B1[0], W1[1][0], x1, W1[1][1], x2, B1[1],
                                     W1[2][0], x1, W1[2][1], x2, B1[2], z[0], z[1], z[2]]),
    ('\\approx [0.562,\\; 0.575,\\; 0.462] $', [C, z[0], z[1], z[2], hh[0], hh[1], hh[2]]),
    ('\\approx [0.049,\\; 0.114] $', [C, W2[0][0], hh[0], W2[0][1], (hh[1], Q), W2[0][2], (hh[2], R), B2[0],
                                     W2[1][0], hh[0], W2[1][1], (hh[1], Q), W2[1][2], (hh[2], R), B2[1], zo[0], zo[1]]),
    ('\\approx [0.512,\\; 0.528] $', [C, (zo[0], F1), (zo[1], F2), (yo[0], F1), (yo[1], F2)]),
    ('= 0.512 - 0.8 = -0.288 $', [C, (yo[0], F1), y1, (g1, F1)]),
    ('= 0.528 - 0.3 = 0.228 $', [(yo[1], F2), y2, (g2, F2)]),
    ('= 0.512*(1 - 0.512) \\approx 0.250 $', [C, (yo[0], F1), C, (yo[0], F1), (s1, F1)]),
    ('= 0.528*(1 - 0.528) \\approx 0.250 $', [(yo[1], F2), C, (yo[1], F2), s2]),
    ('= -0.288 * 0.250 * 0.562 \\approx -0.041 $', [C, (g1, F1), (s1, F1), hh[0], (g1 * s1 * hh[0], F1)]),
    ('= -0.288 * 0.250 * 0.575 \\approx -0.041 $', [(g1, F1), (s1, F1), (hh[1], Q), (g1 * s1 * hh[1], F1)]),
    ('= -0.288 * 0.250 * 0.462 \\approx -0.033 $', [(g1, F1), (s1, F1), (hh[2], R), (g1 * s1 * hh[2], F1)]),
    ('= -0.288 * 0.250 \\approx -0.072 $', [(g1, F1), (s1, F1), (g1 * s1, F1)]),
    ('w_{211} = 0.5 - 0.1*(-0.041) \\approx 0.5041', [W2[0][0], eta, (g1 * s1 * hh[0], F1), (W2[0][0] - eta * g1 * s1 * hh[0], F1)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ru-mlp-colab.ipynb'
report(doc, doc_rows(doc, specs))
