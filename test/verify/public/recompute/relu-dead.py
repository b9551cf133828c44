"""Recomputes every number of relu-dead.ipynb (a notebook cell: x = 1 → ReLU a with w = 0.5, b = -1, target 0.5,
L = (a - target)^2, one step with lr = 0.1) with 40-digit decimals. z = -0.5 < 0, so a = 0 and every gradient is 0
(printed -0.0: the sign of 2 (a - target) times a zero slope). Left out: the execution count, np.maximum's 0, the
powers and the 2 of 2 (a - target), the rule's constants (1.0 if z > 0 else 0.0, the 0 of z <= 0), the notebook
format numbers."""
import sys
from common import D, report, doc_rows

x, w, b, t, lr = D('1.0'), D('0.5'), D('-1.0'), D('0.5'), D('0.1')
z = w * x + b
a = max(D(0), z)
L = (a - t) ** 2
slope = D(1) if z > 0 else D(0)
dz = 2 * (a - t) * slope
w_new, b_new = w - lr * dz * x, b - lr * dz
C = None
specs = [
    ('Linear output (z): -0.5', [z]), ('ReLU activation (a): 0.0', [a]), ('Loss: 0.25', [L]),
    ('Gradient with respect to z:', [dz]), ('Updated weight: 0.5', [w_new]), ('Updated bias: -1.0', [b_new]),
    ('return np.maximum', [C]),
    ('w = 0.5', [w]), ('b = -1.0', [b]), ('x = 1.0', [x]), ('target = 0.5', [t]),
    ('# 0.5*1.0 - 1.0 = -0.5', [w, x, -b, z]),
    ('# a negative z gives 0', [a]),
    ('# Output: -0.5', [z]), ('# Output: 0', [a]),
    ('** 2', [C]),
    ("ReLU's slope is 0", [slope, C]),
    ('relu_derivative = 1.0', [C, C, C]),
    ('dL_da = 2', [C]),
    ('lr = 0.1', [lr]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'relu-dead.ipynb'
report(doc, doc_rows(doc, specs, plain_names=True))
