"""Recomputes every number of sghosh-neuron.md (one sigmoid neuron: x1 = 1, x2 = 2, w11 = 0.5, w12 = -0.4, b = 0.1,
y = 1, Loss = 0.5 (y - y_pred)^2, one step with eta = 0.1) with 40-digit decimals; a value printed from the page's own
rounded operands is `rounded` (carried). Left out: the 1s and 0.5 of the formulas in code spans (1 / (1 + exp(-z)),
0.5 * (…)^2, 1 - y_pred), the exponent ^2, the step numbers of the headings, the digits of names (x1, w11)."""
import sys
from common import D, report, doc_rows, sigmoid

given = {k: D(v) for k, v in dict(x1='1.0', x2='2.0', w11='0.5', w12='-0.4', b='0.1', y='1.0', eta='0.1').items()}
x1, x2, w11, w12, b, y, eta = (given[k] for k in ('x1', 'x2', 'w11', 'w12', 'b', 'y', 'eta'))
z = sum(w * x for w, x in ((w11, x1), (w12, x2))) + b
yp = sigmoid(z)
loss, dy, s = (y - yp) ** 2 / 2, yp - y, yp * (1 - yp)
dz = dy * s
g11, g12, gb = dz * x1, dz * x2, dz
n11, n12, nb = w11 - eta * g11, w12 - eta * g12, b - eta * gb
ypr, dzr = D('0.4502'), D('-0.5498') * D('0.2475')
C = None
# dL/dz printed -0.1360 cuts the page's own -0.5498 * 0.2475 = -0.136076 (a truncation, line 61); what the page computes
# from it after (2 * -0.1360 = -0.2720, the updates) is carried rounding, as the seed claims call a value computed from a
# truncated operand (net_o1 = 1.1058 from 0.5932, rounding-propagation)
g11r, g12r, gbr = D('-0.1360') * x1, D('-0.1360') * x2, D('-0.1360')
specs = [
    ('@@- x1 = 1.0', [x1]), ('@@- x2 = 2.0', [x2]), ('@@- w11 = 0.5', [w11]), ('@@- w12 = -0.4', [w12]),
    ('@@- b = 0.1', [b]), ('- y (true label)', [y]),
    ('z = 0.5 * 1.0', [w11, x1, w12, x2, b, z]),
    ('y_pred = `1 / (1 + exp(-z))', [C, C]),
    ('y_pred = 1 / (1 + exp(0.2))', [C, C, -z, yp]),
    ('Loss = `0.5 * (y - y_pred)^2', [C]),
    ('Loss = 0.5 * (1.0 - 0.4502)', [C, y, yp]),
    ('@@Loss ≈ 0.1511', [(loss, (y - ypr) ** 2 / 2)]),
    ('= y_pred - y = 0.4502', [yp, y, dy]),
    ('= 0.4502 * (1 - 0.4502)', [yp, C, yp, s]),
    ('= -0.5498 * 0.2475', [dy, s, dz]),
    ('dL/dw11 = dL/dz * x1', [(g11, g11r), x1, (g11, g11r)]),
    ('dL/dw12 = dL/dz * x2', [(g11, g11r), x2, (g12, g12r)]),
    ('dL/db   = dL/dz', [(gb, gbr)]),
    ('Learning rate (eta)', [eta]),
    ('= 0.5 - 0.1 * (-0.1360)', [w11, eta, (g11, g11r), (n11, w11 - eta * dzr)]),
    ('= -0.4 - 0.1 * (-0.2720)', [w12, eta, (g12, g12r), (n12, w12 - eta * 2 * dzr)]),
    ('= 0.1 - 0.1 * (-0.1360)', [b, eta, (gb, gbr), (nb, b - eta * dzr)]),
    ('@@- w11 = 0.5136', [(n11, w11 - eta * dzr)]), ('@@- w12 = -0.3728', [(n12, w12 - eta * 2 * dzr)]),
    ('@@- b = 0.1136', [(nb, b - eta * dzr)]),
    ('Loss before the step', [(loss, (y - ypr) ** 2 / 2)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'sghosh-neuron.md'
report(doc, doc_rows(doc, specs, plain_names=True))
