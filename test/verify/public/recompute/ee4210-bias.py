"""Recomputes every number of ee4210-bias.md ("EE 4210 Solution to Tutorial 4 Backpropagation": a 2-2-1 sigmoid
network with X1 = 0, X2 = 1 and a bias input of -1 for every unit, v_H1 = [-0.5, 0.1, -0.6], v_H2 = [-0.4, 0.2, 0.3],
v_Y1 = [0.6, -0.7, -0.8], d = 0.9, eta = 0.7; delta = (d - y) y (1 - y), Delta w = eta delta y) with 40-digit decimals.
Left out: the numbers of the list items, the constants of sigma(x) = 1/(1 + e^{-x}) and of 1 - y, the 4 and 1s of
the headings."""
import sys
from common import D, report, doc_rows, sigmoid

C = None
X1, X2, b = D(0), D(1), D(-1)
vH1, vH2, vY1 = [D('-0.5'), D('0.1'), D('-0.6')], [D('-0.4'), D('0.2'), D('0.3')], [D('0.6'), D('-0.7'), D('-0.8')]
d, eta = D('0.9'), D('0.7')
nH1 = vH1[0] * X1 + vH1[1] * X2 + vH1[2] * b
nH2 = vH2[0] * X1 + vH2[1] * X2 + vH2[2] * b
yH1, yH2 = sigmoid(nH1), sigmoid(nH2)
nY = vY1[0] * yH1 + vY1[1] * yH2 + vY1[2] * b
y = sigmoid(nY)
dY = (d - y) * y * (1 - y)
dH1 = dY * vY1[0] * yH1 * (1 - yH1)
dH2 = dY * vY1[1] * yH2 * (1 - yH2)
specs = [
    ('Inputs: \\( X_1 = 0, X_2 = 1 \\)', [X1, X2]),
    ('Desired output: \\( d = 0.9 \\)', [d]),
    ('Learning rate: \\( \\eta = 0.7 \\)', [eta]),
    ('\\( v_{H1} = [-0.5, 0.1, -0.6] \\)', vH1),
    ('\\( v_{H2} = [-0.4, 0.2, 0.3] \\)', vH2),
    ('\\( v_{Y1} = [0.6, -0.7, -0.8] \\)', vY1),
    ('(-0.6)(-1) = 0.7 \\)', [vH1[0], X1, vH1[1], X2, vH1[2], b, nH1]),
    ('\\sigma(0.7) = 0.668', [nH1, yH1]),
    ('(0.3)(-1) = -0.1 \\)', [vH2[0], X1, vH2[1], X2, vH2[2], b, nH2]),
    ('\\sigma(-0.1) = 0.475', [nH2, yH2]),
    ('(-0.8)(-1) = 0.868 \\)', [vY1[0], yH1, vY1[1], yH2, vY1[2], b, nY]),
    ('\\sigma(0.868) = 0.704', [nY, y]),
    ('= 0.9 - 0.704 = 0.196', [d, y, d - y]),
    ('(1 - 0.704) = 0.041', [C, d, y, y, C, y, dY]),
    ('= (0.7)(0.041)(0.668) = 0.019', [eta, dY, yH1, eta * dY * yH1]),
    ('= (0.7)(0.041)(0.475) = 0.014', [eta, dY, yH2, eta * dY * yH2]),
    ('= (0.7)(0.041)(-1) = -0.0285', [b, eta, dY, b, eta * dY * b]),
    ('(1 - 0.668) = 0.0054', [C, dY, vY1[0], yH1, C, yH1, dH1]),
    ('(1 - 0.475) = -0.007', [C, dY, vY1[1], yH2, C, yH2, dH2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ee4210-bias.md'
report(doc, doc_rows(doc, specs))
