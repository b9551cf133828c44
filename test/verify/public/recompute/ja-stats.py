"""Recomputes every number of ja-stats.md (a Japanese practice page: x = 2 → sigmoid h_1 (w_1 = 0.5, b_1 = 0.3) →
sigmoid y (w_2 = 0.8, b_2 = 0.1), t = 1, E = 1/2 (y - t)^2; forward pass, E, ∂E/∂y, ∂y/∂z_2, δ_2, ∂z_2/∂w_2) with
40-digit decimals; a value printed from the page's own rounded operands is `rounded` (carried). Left out: the page id
019, the 1s of 1/(1 + e^{-z}), 1/2 and 1 - σ, the layer sizes and step numbers in the prose and headings."""
import sys
from common import D, report, doc_rows, sigmoid, exp

x, w1, b1, w2, b2, t = D(2), D('0.5'), D('0.3'), D('0.8'), D('0.1'), D(1)
z1 = w1 * x + b1
h1 = sigmoid(z1)
z2 = w2 * h1 + b2
y = sigmoid(z2)
E = (y - t) ** 2 / 2
dEdy = y - t
dydz = y * (1 - y)
d2 = dEdy * dydz
# carried from the printed, rounded operands
h1p, yp = D('0.7858'), D('0.6745')
z2c = w2 * h1p + b2
C = None
specs = [
    ('入力層', [x]), ('隠れ層：', [w1, b1]), ('出力層：', [w2, b2]), ('目標値', [t]),
    ('= 0.5 \\times 2 + 0.3', [w1, x, b1, z1]),
    ('$$h_1 = \\sigma(z_1)', [C, C, -z1, C, C, -z1]),
    ('$e^{-1.3} \\approx', [-z1, exp(-z1)]),
    ('\\frac{1}{1+0.2725}', [C, C, exp(-z1), C, 1 + exp(-z1), h1]),
    ('= 0.8 \\times 0.7858', [w2, h1, b2, (z2, z2c)]),
    ('$$y = \\sigma(z_2)', [C, C, (-z2, -z2c)]),
    ('$e^{-0.7286} \\approx', [(-z2, -z2c), (exp(-z2), exp(-z2c))]),
    ('\\frac{1}{1+0.4826}', [C, C, (exp(-z2), exp(-z2c)), C, (1 + exp(-z2), 1 + exp(-z2c)), y]),
    ('\\frac{d\\sigma(z)}{dz}', [C]),
    ('$$E = \\frac{1}{2}', [C, C, C, C, y, -t, C, C, dEdy, (E, (yp - t) ** 2 / 2)]),
    ('= y - t = 0.6745 - 1', [y, t, dEdy]),
    ('= y(1-y) = 0.6745', [C, y, C, -y, y, 1 - y, (dydz, yp * (1 - yp))]),
    ('$$\\delta_2 =', [dEdy, (dydz, yp * (1 - yp)), (d2, D('-0.3255') * D('0.2195'))]),
    ('= h_1 = 0.7858', [h1]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ja-stats.md'
report(doc, doc_rows(doc, specs))
