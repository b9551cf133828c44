"""Recomputes every number of jupyterbook-forward.md (a Jupyter Book page: code cells, their printed outputs and $$
equations) with 40-digit decimals: x = (0.2, 0.8) into three sigmoid units. Python's 16-17 digit floats are compared
with the same computation in float64 (`carried`). Left out: the 1s of 1/(1 + e^{-v}) and \\mathrm{1}, the layer numbers
of the code comment, the digits of names (b1, w11, a1, z1)."""
import sys
import math
from common import D, report, doc_rows, sigmoid

x1, x2 = D('0.2'), D('0.8')
b = [D('0.4'), D('0.56'), D('0.64')]
w1 = [D('1.0'), D('0.7'), D('0.34')]   # from x1 into unit j
w2 = [D('0.5'), D('0.8'), D('0.6')]    # from x2 into unit j
a = [w1[j] * x1 + w2[j] * x2 + b[j] for j in range(3)]
z = [sigmoid(v) for v in a]
fb, fw1, fw2 = [0.4, 0.56, 0.64], [1.0, 0.7, 0.34], [0.5, 0.8, 0.6]
fa = [fw1[j] * 0.2 + fw2[j] * 0.8 + fb[j] for j in range(3)]
fz = [1 / (1 + math.exp(-v)) for v in fa]
A = lambda j: (a[j], D(repr(fa[j])))
Z = lambda j: (z[j], D(repr(fz[j])))
specs = [
    ('@@x1 = 0.2', [x1]), ('@@x2 = 0.8', [x2]),
    ('@@b1 = 0.4', [b[0]]), ('@@b2 = 0.56', [b[1]]), ('@@b3 = 0.64', [b[2]]),
    ('@@w11 =1.0', [w1[0]]), ('@@w12 = 0.7', [w1[1]]), ('@@w13 = 0.34', [w1[2]]),
    ('@@w21 = 0.5', [w2[0]]), ('@@w22 = 0.8', [w2[1]]), ('@@w23 = 0.6', [w2[2]]),
    ('In words, the page says', [x1, x2, b[0], w1[0], w2[0]]),
    ('$$a_1 = 1 * 0.2 + 0.5 * 0.8 + 0.4$$', [w1[0], x1, w2[0], x2, b[0]]),
    ('$$a_1 = 0.2 + 0.4 + 0.4$$', [w1[0] * x1, w2[0] * x2, b[0]]),
    ('$$a_1 =1$$', [a[0]]),
    ('@@1.0', [A(0)]),
    ('e^{-1.1}', [None, None, -a[0]]),
    ('$$z_1 = 0.7310585786300049$$', [Z(0)]),
    ('@@0.7310585786300049', [Z(0)]),
    ('$$a_2 = 0.7 * 0.2', [w1[1], x1, w2[1], x2, b[1], A(1)]),
    ('$$z_2 = sigmod(a_2)', [Z(1)]),
    ('@@1.3400000000000003', [A(1)]),
    ('@@0.7924899414403644', [Z(1)]),
    ('$$a_3 = 0.34 * 0.2', [w1[2], x1, w2[2], x2, b[2], A(2)]),
    ('$$z_3 = sigmod(a_3)', [Z(2)]),
    ('@@1.1880000000000002', [A(2)]),
    ('@@0.7663831750110293', [Z(2)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'jupyterbook-forward.md'
report(doc, doc_rows(doc, specs, plain_names=True))
