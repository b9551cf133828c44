"""Recomputes every number of es-capas.md (a Spanish note's 2-2-1 sigmoid example in Ng's layer numbering, no biases,
C = 1/2 (y - a)^2, alpha = 0.1, the two output weights updated) with 40-digit decimals. Left out: the layer and unit
indices, the 1s and 2s of 1/(1+e^{-z}), (1 - a) and 1/2."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, y, al = D('0.5'), D('0.3'), D('0.8'), D('0.1')
w11, w12, w21, w22, v1, v2 = D('0.2'), D('0.4'), D('-0.1'), D('0.6'), D('0.3'), D('-0.2')
z1, z2 = w11 * x1 + w21 * x2, w12 * x1 + w22 * x2
a1, a2 = sigmoid(z1), sigmoid(z2)
z3 = v1 * a1 + v2 * a2
a3 = sigmoid(z3)
C = (y - a3) ** 2 / 2
d3 = (a3 - y) * a3 * (1 - a3)
d1, d2 = v1 * d3 * a1 * (1 - a1), v2 * d3 * a2 * (1 - a2)
P1, P2, P3, Pd = D('0.517'), D('0.594'), D('0.509'), D('-0.073')   # the page's rounded values, carried
specs = [
    ('**Entrada**', [x1, x2]),
    ('**Salida deseada**', [y]),
    ('$w_{11}^{(1)} = 0.2', [w11, w12]),
    ('$w_{21}^{(1)} = -0.1', [w21, w22]),
    ('$w_{11}^{(2)} = 0.3, w_{21}', [v1, v2]),
    ('$$z_1^{(2)} =', [w11, x1, w21, x2, w11 * x1, w21 * x2, z1]),
    ('$$a_1^{(2)} =', [z1, None, None, -z1, a1]),
    ('$$z_2^{(2)} =', [w12, x1, w22, x2, w12 * x1, w22 * x2, z2]),
    ('$$a_2^{(2)} =', [z2, a2]),
    ('$$z_1^{(3)} =', [v1, a1, v2, a2, (v1 * a1, v1 * P1), (-v2 * a2, -v2 * P2), (z3, v1 * P1 + v2 * P2)]),
    ('$$a_1^{(3)} =', [(z3, v1 * P1 + v2 * P2), a3]),
    ('$$C = ', [None, None, y, a3, None, None, (y - a3, y - P3), (C, (y - P3) ** 2 / 2)]),
    ('$$\\delta_1^{(3)} =', [a3, y, a3, None, -a3, (a3 - y, P3 - y), (a3 * (1 - a3), P3 * (1 - P3)), (d3, (P3 - y) * P3 * (1 - P3))]),
    ('$$\\delta_1^{(2)} =', [v1, d3, a1, None, -a1, (d1, v1 * Pd * P1 * (1 - P1))]),
    ('$$\\delta_2^{(2)} =', [v2, d3, a2, None, -a2, (d2, v2 * Pd * P2 * (1 - P2))]),
    ('$\\alpha = 0.1$', [al]),
    ('$$w_{11}^{(2)} =', [v1, al, a1, d3, v1, (-al * a1 * d3, -al * P1 * Pd), v1 - al * a1 * d3]),
    ('$$w_{21}^{(2)} =', [v2, al, a2, d3, v2, (-al * a2 * d3, -al * P2 * Pd), v2 - al * a2 * d3]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'es-capas.md'
report(doc, doc_rows(doc, specs))
