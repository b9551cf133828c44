"""Recomputes every number of guide-comments.md (the step-by-step example of a Markdown guide: x = 2 -> sigmoid a1
(w1 = 0.5, b1 = 0.1) -> sigmoid y_pred (w2 = 0.3, b2 = 0.2), y_true = 1, loss (y_pred - y_true)^2, rate 0.1; every value in
a code comment) with 40-digit decimals; a value carried from the comments' own rounded numbers is `rounded` (carried).
Left out: the file id, the numbered steps, layer numbers in comments, the constants 1 and 2 of the code (1 / (1 + …),
** 2, 2 * (…), 1 - a1, dz_db = 1), the .3f of the format strings."""
import sys
from common import D, report, doc_rows, sigmoid

x, w1, b1, w2, b2, t, lr = D('2.0'), D('0.5'), D('0.1'), D('0.3'), D('0.2'), D('1.0'), D('0.1')
z1 = x * w1 + b1
a1 = sigmoid(z1)
z2 = a1 * w2 + b2
y = sigmoid(z2)
loss = (y - t) ** 2
dy = 2 * (y - t)
sp2 = y * (1 - y)
dz2 = dy * sp2
dw2, db2, da1 = dz2 * a1, dz2, dz2 * w2
sp1 = a1 * (1 - a1)
dz1 = da1 * sp1
dw1, db1 = dz1 * x, dz1
C = None
# the comments' own rounded values, for carried results
a1p, yp, dz2p, da1p, sp1p, dz1p = D('0.75'), D('0.605'), D('-0.189'), D('-0.057'), D('0.188'), D('-0.011')
specs = [
    ('<!-- Source:', [C]),
    ('@@x = 2.0', [x]), ('@@w1 = 0.5', [w1]), ('@@b1 = 0.1', [b1]), ('@@w2 = 0.3', [w2]), ('@@b2 = 0.2', [b2]),
    ('@@y_true = 1.0', [t]),
    ('# 2.0 * 0.5 + 0.1 = 1.1', [x, w1, b1, z1]),
    ('# sigmoid(1.1)', [C, C, z1, a1]),
    ('# 0.75 * 0.3 + 0.2', [a1, w2, b2, (z2, a1p * w2 + b2)]),
    ('# sigmoid(0.425)', [C, C, z2, y]),
    ('# (0.605 - 1.0)', [C, y, t, (loss, (yp - t) ** 2)]),
    ('# 2 * (0.605 - 1.0)', [C, C, y, t, dy]),
    ('# -0.79 * 0.239', [dy, sp2, dz2]),
    ('# -0.189 * 0.75', [dz2, a1, (dw2, dz2p * a1p)]),
    ('dloss_db2 = dloss_dz2 * dz2_db2', [db2]),
    ('# -0.189 * 0.3', [dz2, w2, da1]),
    ('# -0.057 * 0.188', [da1, (sp1, a1p * (1 - a1p)), (dz1, da1p * sp1p)]),
    ('# -0.011 * 2.0', [dz1, x, (dw1, dz1p * x)]),
    ('dloss_db1 = dloss_dz1 * dz1_db1', [db1]),
    ('learning_rate = 0.1', [lr]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'guide-comments.md'
report(doc, doc_rows(doc, specs, plain_names=True))
