"""Recomputes every number of ko-bce-neuron.md (a Korean lesson: an MSE and two cross-entropy values on given numbers,
then one sigmoid neuron x = 2, w = 0.5, b = 0.1, target 1, binary cross-entropy, one step with eta = 0.1) with 40-digit
decimals. log is the natural logarithm. Left out: section numbers, list markers, the 1s of 1/n, (1 - y_i), the 1 and
3 of 1/3 and the 3 of 0.75/3."""
import sys
from common import D, report, doc_rows, sigmoid, ln

yv, yh = [D('3.0'), D('5.0'), D('7.0')], [D('2.5'), D('5.5'), D('6.5')]
sq = sum((a - b) ** 2 for a, b in zip(yv, yh))
mse = sq / 3
x, w, b, y, eta = D(2), D('0.5'), D('0.1'), D(1), D('0.1')
z = w * x + b
a = sigmoid(z)
L = -ln(a)
dLdz = a - y
dLdw, dLdb = dLdz * x, dLdz
w_new = w - eta * dLdw
C = None
specs = [
    (2, [C]), (4, [C]), (8, [C]),
    (12, yv + yh),
    (14, [C, C, yv[0], -yh[0], yv[1], -yh[1], yv[2], -yh[2], sq, C, mse]),   # (3.0-2.5): the minus is read with the number
    (18, [C]), (22, [C, C, C]),
    (26, [D(1), D('0.9')]),
    (27, [D(1), D('0.9'), ln(D('0.9')), -ln(D('0.9'))]),
    (29, [D('0.1')]),
    (30, [D(1), D('0.1'), -ln(D('0.1'))]),
    (36, [C]), (38, [C]), (49, [C]),
    (52, [x, w, b]),
    (53, [w, x, b, z]),
    (54, [z, a]),
    (55, [y, (a, D('0.75')), (L, -ln(D('0.75')))]),
    (59, [C, a, y, dLdz]),
    (60, [C, dLdz, x, dLdw]),
    (61, [C, dLdz, D(1), dLdb]),
    (65, [C]), (73, [D(1)]), (84, [C]),
    (92, [w, dLdw, eta]),
    (94, [w, eta, dLdw, w_new]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ko-bce-neuron.md'
report(doc, doc_rows(doc, specs))
