"""Recomputes every number of pl-init.md (a Polish exercise note: a 2-2-1 network, ReLU hidden layer, linear output,
x = [2, 3]^T, y = 5, L = (yhat - y)^2, all parameters 0 in case A and 1 in case B) with 40-digit decimals. Left out:
section numbers, the factor 2 of the derivative 2(yhat - y), the 0.0 and 1.0 in the headings."""
import sys
from common import D, report, doc_rows

x, y = [D(2), D(3)], D(5)


def net(p):
    z1 = [p * x[0] + p * x[1] + p] * 2
    a1 = [max(D(0), v) for v in z1]
    z2 = p * a1[0] + p * a1[1] + p
    g = 2 * (z2 - y)
    d1 = [g * p * (1 if v > 0 else 0) for v in z1]
    return z1, a1, z2, (z2 - y) ** 2, g, d1


z1, a1, z2, L, g, d1 = net(D(0))
B = net(D(1))
C = None
specs = [
    ('Przykład uczący', [x[0], x[1], y]),
    ('W_1 x + b_1 = \\vec{0}', [z1[0]]),
    ('= [0, 0]^T', [a1[0], a1[1]]),
    ('W_2 a_1 + b_2 = 0', [z2]),
    ('\\hat{y} &= 0', [z2]),
    ('L = (0 - 5)^2 = 25', [z2, y, L]),
    ('2(\\hat{y} - y) = -10', [C, g]),
    ('\\partial b_2} &= -10', [g]),
    ('-10 \\cdot a_1^T = [0, 0]', [g, g * a1[0], g * a1[1]]),
    ('\\text{ReLU}\'(z_1) = 0', [d1[0]]),
    ('\\begin{bmatrix} 0 & 0 \\\\ 0 & 0', [d1[0] * x[0], d1[0] * x[1], d1[1] * x[0], d1[1] * x[1]]),
]
z1, a1, z2, L, g, d1 = B
o = D(1)
specs += [
    ('z_1 &= \\begin{bmatrix}1 & 1', [o, o, o, o, x[0], x[1], o, o, z1[0], z1[1]]),
    ('\\text{ReLU}([6, 6]^T)', [z1[0], z1[1], a1[0], a1[1]]),
    ('[1, 1] \\cdot [6, 6]^T + 1 = 13', [o, o, a1[0], a1[1], o, z2]),
    ('\\hat{y} &= 13', [z2]),
    ('L = (13 - 5)^2 = 64', [z2, y, L]),
    ('2(13 - 5) = 16', [C, z2, y, g]),
    ('\\partial b_2} = 16', [g]),
    ('16 \\cdot [6, 6] = [96, 96]', [g, a1[0], a1[1], g * a1[0], g * a1[1]]),
    ('(W_2^T \\cdot 16)', [g, o, o, d1[0], d1[1]]),
    ('\\partial b_1} = [16, 16]^T', [d1[0], d1[1]]),
    ('\\begin{bmatrix} 16 \\\\ 16 \\end{bmatrix}', [d1[0], d1[1], x[0], x[1], d1[0] * x[0], d1[0] * x[1], d1[1] * x[0], d1[1] * x[1]]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'pl-init.md'
report(doc, doc_rows(doc, specs))
