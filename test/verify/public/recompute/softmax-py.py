"""Recomputes every number of softmax-py.py (a student's exercise: x = [1, 3, 0], z = W^T x + b with W inputs x
classes, softmax, cross-entropy against y = [0, 1, 0], learning rate 0.2; the program's output in comments) with
40-digit decimals. The exercise's delta_W is the outer product (y' - y) x^T, one row per class: the gradient of W
transposed, right as printed. Its update subtracts it from W as it is, so the off-diagonal entries of "Adjusted W" are
wrong (the right ones subtract the transposed gradient). The 16-digit loss is also compared with float64 (`carried`); numpy's
8-decimal print is the precision of every output number.
Left out: the numbers of the code's formulas (none besides the givens) and the header comment's words."""
import sys
import math
import common
from common import D, report, doc_rows, ln, exp

# numpy prints these arrays to 8 decimals and trims trailing zeros: "-2." is -2.00000000, "2.9744101" is 2.97441010
_half_ulp = common.half_ulp
common.half_ulp = lambda printed: min(_half_ulp(printed), D('5e-9'))

x = [D(1), D(3), D(0)]
W = [[D('0.3'), D('0.1'), D(-2)], [D('-0.6'), D('-0.5'), D(2)], [D(-1), D('-0.5'), D('0.1')]]
b, y, lr = [D('0.1')] * 3, [D(0), D(1), D(0)], D('0.2')
z = [sum(W[i][j] * x[i] for i in range(3)) + b[j] for j in range(3)]
s = sum(exp(v) for v in z)
p = [exp(v) / s for v in z]
loss = -ln(p[1])
fz = [float(v) for v in z]
fs = sum(math.exp(v) for v in fz)
loss_float = D(repr(-math.log(math.exp(fz[1]) / fs)))
g = [p[j] - y[j] for j in range(3)]                       # dL/dz_j
dW = [[g[r] * x[c] for c in range(3)] for r in range(3)]  # the exercise's delta_W: row = class, column = input
newW = [[W[r][c] - lr * g[c] * x[r] for c in range(3)] for r in range(3)]   # right: dL/dW[r][c] = x_r g_c


def adjusted(r):
    """A row of "Adjusted W", right values: the page's off-diagonal entries subtract the transposed gradient."""
    return newW[r]

specs = [
    ('x = np.array([1, 3, 0])', x),
    ('W = np.array([[0.3, 0.1, -2],', W[0]), ('[-0.6, -0.5, 2],', W[1]), ('[-1, -0.5, 0.1]])', W[2]),
    ('b = np.array([0.1, 0.1, 0.1])', b), ('y = np.array([0, 1, 0])', y), ('learning_rate = 0.2', [lr]),
    ('# z =  [', z), ("# y' =  [", p), ('# loss =', [(loss, loss_float)]),
    ('#  [[ 0.00405191', dW[0]), ('#  [-0.99552195', dW[1]), ('#  [ 0.99147003', dW[2]),
    ('# delta_b =', g),
    ('#  [[ 0.29918962', adjusted(0)), ('#  [-0.40089561', adjusted(1)), ('#  [-1.19829401', adjusted(2)),
    ('# Adjusted b =', [b[j] - lr * g[j] for j in range(3)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'softmax-py.py'
report(doc, doc_rows(doc, specs))
