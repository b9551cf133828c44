"""Recomputes every number of slope-explainer.md (one sigmoid neuron, x = 2, w = 0.5, no bias, target 1, error
(t - a)^2; then the sigmoid at other points, the ReLU and tanh slopes at 1, and products of slopes) with 40-digit
decimals. Left out: the 1s of 1/(1 + e^..) and 1 - s, the emoji headings' lack of numbers, the source line."""
import sys
from common import D, report, doc_rows, sigmoid, exp, tanh

x, w, t = D('2.0'), D('0.5'), D(1)
z = w * x
a = sigmoid(z)
da = a * (1 - a)
dE = 2 * (a - t)
g = dE * da * x
C = None
def s(v): return sigmoid(D(v))
def ds(v): return s(v) * (1 - s(v))
specs = [
    ("# Why the sigmoid's slope", [z, da]),
    ('Input (x) = 2.0', [x]), ('Weight (w) = 0.5', [w]),
    ('z = w × x = 0.5', [w, x, z]), ('a = sigmoid(1.0) = ?', [z]),
    ('a = sigmoid(1.0) = 1 /', [z, C, C, -z]),
    ('= 1 / (1 + 0.368)', [C, C, exp(-z)]), ('= 1 / 1.368', [C, 1 + exp(-z)]), ('= 0.7311', [a]),
    ('∂a/∂z = sigmoid_derivative(1.0) =', [z, z, C, z]),
    ('= 0.7311 × (1 - 0.7311)', [a, C, a]), ('= 0.7311 × 0.2689', [a, 1 - a]), ('= 0.1966', [da]),
    ('a nudge of 0.01', [D('0.01'), D('0.01'), da, D('0.01') * da]),
    ('(the target is 1', [t]),
    ('= -0.538 × 0.1966 × 2.0', [dE, da, x]),
    ('= -0.212', [(g, D('-0.538') * D('0.1966') * D('2.0'))]),
    ('| -3.0 |', [D(-3), s(-3), ds(-3)]), ('| -1.0 |', [D(-1), s(-1), ds(-1)]), ('| 0.0 |', [D(0), s(0), ds(0)]),
    ('| 1.0 |', [D(1), s(1), ds(1)]), ('| 3.0 |', [D(3), s(3), ds(3)]),
    ('# At the same input', [z]),
    ('sigmoid_derivative(1.0) = 0.1966    #', [z, da]),
    ('relu_derivative(1.0) = 1.0', [z, D(1)]),
    ('tanh_derivative(1.0) = 0.4200', [z, 1 - tanh(1) ** 2]),
    ('@@z = 1.0', [z]), ('@@sigmoid(1.0) = 0.7311', [z, a]), ('@@sigmoid_derivative(1.0) = 0.1966', [z, da]),
    ('s = sigmoid(1.0) = 0.7311', [z, a]), ('1 - s = 1 - 0.7311 = 0.2689', [C, C, a, 1 - a]),
    ('derivative = s × (1-s)', [C, a, 1 - a, da]),
    ('Four layers of slopes near 0.2:', [D('0.2')]),
    ('0.2 × 0.2 × 0.2 × 0.2', [D('0.2')] * 4 + [D('0.2') ** 4]),
    ('Four layers of slopes near 0.01:', [D('0.01')]),
    ('0.01 × 0.01 × 0.01 × 0.01', [D('0.01')] * 4 + [D('0.01') ** 4]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else '../slope-explainer.md'
report(doc, doc_rows(doc, specs))
