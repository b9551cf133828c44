"""Recomputes every number of exam-relu.md with 40-digit decimals: Problem 6 (f(x, y) = x^2 y + 3xy^2 - 2x at (1, -1),
not the network) and Problem 7 (x -> ReLU -> sigmoid, L = 1/2 (y - a2)^2). Left out: the coefficients and constants
of formulas (the 3 and 2 of f, the 1/2 of L, the 1s of 1/(1 + e^{-z}), the 0 of z_1 > 0, the 1 of the indicator)."""
import sys
from common import D, sigmoid, exp, report, doc_rows

# Problem 6: another function, at the point (1, -1)
px, py = D(1), D(-1)
fx = 2 * px * py + 3 * py ** 2 - 2
fy = px ** 2 + 6 * px * py
norm2 = fx ** 2 + fy ** 2
# Problem 7: the network
x, y, w1, b1, w2, b2 = D(2), D(1), D('0.5'), D('-0.5'), D(1), D(0)
z1 = w1 * x + b1
a1 = max(z1, D(0))
z2 = w2 * a1 + b2
a2 = sigmoid(z2)
L = (y - a2) ** 2 / 2
dLda2 = -(y - a2)
s2 = a2 * (1 - a2)
relu1 = D(1) if z1 > 0 else D(0)
gw2 = dLda2 * s2 * a1
gw1 = dLda2 * s2 * w2 * relu1 * x
R = D('-0.3775') * D('0.2350')   # the page's rounded factors, carried into both gradients
specs = [
    ('The function is', [None, None, px, py]),
    ('At $(1, -1)$', [px, py]),
    ('\\partial x}\\big|', [None, px, py, None, py, None, 2 * px * py, 3 * py ** 2, None, fx]),
    ('\\partial y}\\big|', [px, None, px, py, px ** 2, -6 * px * py, fy]),
    ('\\nabla f(1,-1)', [px, py, fx, fy]),
    ('The steepest ascent', [fx, fy, fx, fy, norm2, fx ** 2, fy ** 2, norm2]),
    ('One input', [x, y, w1, b1, w2, b2, None, None]),
    ('$z_1 = 0.5', [w1, x, b1, z1]),
    ('$a_1 = \\text{ReLU}', [z1, a1]),
    ('$z_2 = 1', [w2, a1, b2, z2]),
    ('$a_2 = \\sigma(0.5)', [z2, None, None, -z2, None, None, exp(-z2), None, 1 + exp(-z2), a2]),
    ('$L = \\frac{1}{2}', [None, None, y, a2, None, None, y - a2, (L, D('0.3775') ** 2 / 2)]),
    ('-(1 - 0.6225)', [y, a2, dLda2]),
    ('a_2(1-a_2) =', [None, a2, 1 - a2, (s2, D('0.6225') * D('0.3775'))]),
    ('\\partial w_2} = a_1', [a1]),
    ('\\partial a_1} = w_2', [w2]),
    ('\\mathbb{1}', [None, None, relu1, z1, None]),
    ('\\partial w_1} = x', [x]),
    ('(-0.3775)(0.2350)(0.5)', [dLda2, s2, a1, (gw2, R * D('0.5'))]),
    ('$= (-0.3775)(0.2350)(1)(1)(2)', [dLda2, s2, w2, relu1, x, (gw1, R * 2)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'exam-relu.md'
report(doc, doc_rows(doc, specs))
