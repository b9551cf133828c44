"""Recomputes every number of l2-slides.md (a slide deck's ridge-regression example: the examples [1, 2] -> 3 and
[2, 3] -> 5 through y = w1 x1 + w2 x2, MSE over the two examples, Loss = MSE + lambda (w1^2 + w2^2) with lambda = 0.1,
at w = (1, 1) and at w = (5, -3)) with 40-digit decimals. Left out: the presentation number, step numbers, the index
of ŷ1 and ŷ2, the /2 of the mean and the powers."""
import sys
from common import D, report, doc_rows

X = [(D(1), D(2)), (D(2), D(3))]
Y = [D(3), D(5)]
lam = D('0.1')


def run(w1, w2):
    yh = [w1 * a + w2 * b for a, b in X]
    mse = sum((Y[i] - yh[i]) ** 2 for i in range(2)) / 2
    pen = lam * (w1 ** 2 + w2 ** 2)
    return yh, mse, pen, mse + pen


C = None
w1, w2 = D('1.0'), D('1.0')
yh, mse, pen, loss = run(w1, w2)
v1, v2 = D(5), D(-3)
yhb, mseb, penb, lossb = run(v1, v2)
specs = [
    ('Source:', [C]),
    ('• x1 = [1, 2], x2 = [2, 3]', [X[0][0], X[0][1], X[1][0], X[1][1]]),
    ('• Target (y)', Y),
    ('• Initial weights', [w1, w2]), ('• Regularization parameter', [lam]),
    ('### Step 1', [C]),
    ('• ŷ1 = 1*1 + 1*2', [C, w1, X[0][0], w2, X[0][1], yh[0]]),
    ('• ŷ2 = 1*2 + 1*3', [C, w1, X[1][0], w2, X[1][1], yh[1]]),
    ('• MSE = ((3-3)^2', [Y[0], -yh[0], Y[1], -yh[1], C, mse]),
    ('### Step 2', [C]),
    ('• Loss = 0 + 0.1', [mse, lam, w1, w2, loss]),
    ('### Step 3', [C]),
    ('• w1 = 5, w2 = -3', [v1, v2]),
    ('• ŷ1 = 5*1', [C, v1, X[0][0], v2, X[0][1], yhb[0]]),
    ('• ŷ2 = 5*2', [C, v1, X[1][0], v2, X[1][1], yhb[1]]),
    ('• MSE = ((3-(-1))²', [Y[0], yhb[0], Y[1], -yhb[1], C, mseb]),
    ('• Penalty = 0.1(25 + 9)', [lam, v1 ** 2, v2 ** 2, penb]),
    ('• Total Loss = 16 + 3.4', [mseb, penb, lossb]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'l2-slides.md'
report(doc, doc_rows(doc, specs, plain_names=True))
