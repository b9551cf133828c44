"""Recomputes every number of bquast-asciimath.md (bquast.github.io "Backpropagation: the simplest form", AsciiMath
between backticks: X = [[1,0],[0,1]], y = [[1],[0]], w_1 = [[0],[1]], yhat = X w, delta = yhat - y,
w_2 = w_1 - delta, a second prediction) with 40-digit decimals. Left out: the indices of w_1, hat y_1, delta_1."""
import sys
from common import D, report, doc_rows

X = [[D(1), D(0)], [D(0), D(1)]]
y = [D(1), D(0)]
w1 = [D(0), D(1)]
yh1 = [X[i][0] * w1[0] + X[i][1] * w1[1] for i in range(2)]
delta = [yh1[i] - y[i] for i in range(2)]
grad = [sum(X[i][j] * delta[i] for i in range(2)) for j in range(2)]   # X^T delta (= delta here)
w2 = [w1[j] - grad[j] for j in range(2)]
yh2 = [X[i][0] * w2[0] + X[i][1] * w2[1] for i in range(2)]
specs = [
    ('X = [[1,0],[0,1]]', X[0] + X[1]),
    ('the target column', [y[0], y[1], y[0], y[1]]),
    ('w_1 = [[0],[1]]', w1),
    ('@@\\` hat y_1 = [[0],[1]] \\`', yh1),
    ('= [[-1],[1]] = delta_1', yh1 + y + delta),
    ('= [[1],[0]] = w_2', w1 + grad + w2),
    ('@@\\` [[1],[0]] \\`', yh2),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'bquast-asciimath.md'
report(doc, doc_rows(doc, specs))
