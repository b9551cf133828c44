"""Recomputes every number of smaxx73-table.md (one sigmoid unit, L = e^2) with 40-digit decimals."""
import sys
from common import D, sigmoid, report

x, w, b, y = D(2), D('0.5'), D('-0.5'), D(1)
z1 = w * x
z = z1 + b
yh = sigmoid(z)
e = yh - y
L = e * e
dLde = 2 * e
dLdz = dLde * yh * (1 - yh)
dLdw = dLdz * x
dLdb = dLdz
doc = sys.argv[1] if len(sys.argv) > 1 else 'smaxx73-table.md'
report(doc, [
    ('Values given', '2', x), ('Values given', '0.5', w), ('Values given', '-0.5', b), ('Values given', '= «1»$', y),
    ('z_1 = 0.5', '0.5', w), ('z_1 = 0.5', '2', x), ('z_1 = 0.5', '1.0', z1),
    ('z = 1.0', '1.0', z1), ('z = 1.0', '-0.5', b), ('z = 1.0', '«0.5»$ |', z),
    ('sigma(0.5)', '0.5', z), ('sigma(0.5)', '0.6225', yh),
    ('e = 0.6225', '0.6225', yh), ('e = 0.6225', '-0.3775', e),
    ('L = (-0.3775)', '-0.3775', e), ('L = (-0.3775)', '0.1425', L, D('-0.3775') ** 2),
    ('2(-0.3775)', '-0.3775', e), ('2(-0.3775)', '-0.7550', dLde, 2 * D('-0.3775')),
    ('partial \\hat{y}} = -0.7550', '-0.7550', dLde, 2 * D('-0.3775')),
    ('partial z} = -0.7550', '-0.7550', dLde, 2 * D('-0.3775')), ('partial z} = -0.7550', '0.6225', yh), ('partial z} = -0.7550', '(1 - «0.6225»)', yh),
    ('partial z} = -0.7550', '-0.1774', dLdz),
    ('partial w} = -0.1774', '-0.1774', dLdz), ('partial w} = -0.1774', '-0.3549', dLdw, D('-0.1774') * 2),
    ('partial b} = -0.1774', '-0.1774', dLdz),
])
