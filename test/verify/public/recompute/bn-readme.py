"""Recomputes every number of bn-readme.md (batch normalization of x = [[1, 2], [3, 4], [5, 6]] with gamma = 1,
beta = 0, eps = 1e-5, and its backward pass for an upstream gradient of ones) with 40-digit decimals. Left out: the
numbers of the task list and hints, the example numbers in headings, the shapes in np.ones(2), np.zeros(2),
np.ones((3, 2)), the 04 and 11 of the path."""
import sys
from common import D, report, doc_rows

X = [[D(1), D(2)], [D(3), D(4)], [D(5), D(6)]]
eps = D('0.00001')
cols = list(zip(*X))
xhat_cols = []
for c in cols:
    m = sum(c) / 3
    var = sum((v - m) ** 2 for v in c) / 3
    xhat_cols.append([(v - m) / (var + eps).sqrt() for v in c])
xhat = [list(r) for r in zip(*xhat_cols)]
out = xhat                                   # gamma = 1, beta = 0
dgamma = [sum(col) for col in xhat_cols]     # sum(dout * x_hat), dout = 1
dbeta = [D(3), D(3)]                         # sum(dout)
# dx = (gamma / (N sqrt(var + eps))) (N dxhat - sum dxhat - xhat sum(dxhat xhat)) with dxhat = 1: N - N - xhat * 0 = 0
dx = [[D(0), D(0)] for _ in range(3)]
C = None
flat = lambda m: [v for r in m for v in r]
specs = [
    ('Source:', [C, C, C]),
    ('x = np.array([[1.0, 2.0]', flat(X)),
    ('gamma = np.ones(2)', [C, C]),
    ('out = [[-1.2247', flat(out)),
    ('dout = np.ones((3, 2))', [C, C]),
    ('dgamma = [0, 0], dbeta = [3, 3]', dgamma + dbeta),
    ('dx ≈ [[0, 0]', flat(dx)),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'bn-readme.md'
report(doc, doc_rows(doc, specs))
