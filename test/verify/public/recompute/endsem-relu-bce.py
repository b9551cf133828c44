"""Recomputes every number of endsem-relu-bce.md (Question 1 of a solved end-semester DNN paper: x = (1, 1) -> 3 ReLU
-> 2 ReLU -> sigmoid, binary cross-entropy, y = 1) with 40-digit decimals; a value also counts as rounded when it
follows from the page's own rounded dJ/dz3 = -0.007 (carried). Left out: the layer numbers and sizes of the question's
list, the 1s of 1/(1 + e^{-5}) and of (1 - y), (1 - y-hat). ReLU'(0) = 0 at z1_3 = 0 (the page's, and PyTorch's, value)."""
import sys
from common import D, report, doc_rows, sigmoid, ln

W1 = [[D(1), D(2)], [D(-1), D(1)], [D(0), D(1)]]
b1 = [D(0), D(1), D(-1)]
W2 = [[D(1), D(-1), D(0)], [D(0), D(1), D(-1)]]
b2 = [D(1), D(0)]
W3 = [D(2), D(-1)]
b3 = D(0)
x = [D(1), D(1)]
y = D(1)
Wx1 = [sum(W1[i][k] * x[k] for k in range(2)) for i in range(3)]
z1 = [Wx1[i] + b1[i] for i in range(3)]
a1 = [max(v, D(0)) for v in z1]
Wa2 = [sum(W2[i][k] * a1[k] for k in range(3)) for i in range(2)]
z2 = [Wa2[i] + b2[i] for i in range(2)]
a2 = [max(v, D(0)) for v in z2]
z3 = sum(W3[k] * a2[k] for k in range(2)) + b3
yh = sigmoid(z3)
J = -ln(yh)
d3 = yh - y
r1 = [D(1) if v > 0 else D(0) for v in z1]
r2 = [D(1) if v > 0 else D(0) for v in z2]
dW3 = [d3 * v for v in a2]
dz2 = [W3[i] * d3 * r2[i] for i in range(2)]
dW2 = [[dz2[i] * a1[k] for k in range(3)] for i in range(2)]
dz1 = [sum(W2[k][i] * dz2[k] for k in range(2)) * r1[i] for i in range(3)]
dW1 = [[dz1[i] * x[k] for k in range(2)] for i in range(3)]
# carried from the printed -0.007
p3 = D('-0.007')
c_dz2 = [W3[i] * p3 * r2[i] for i in range(2)]
c_dz1 = [sum(W2[k][i] * c_dz2[k] for k in range(2)) * r1[i] for i in range(3)]
C = None
pr = lambda ex, ca: [(e, c) for e, c in zip(ex, ca)]
flat = lambda m: [v for r in m for v in r]
specs = [
    ('- Layer 1: 2 inputs', [C, C, C]),
    ('- Layer 2: 3 hidden', [C, C, C]),
    ('- Layer 3: 2 hidden', [C, C, C]),
    ('\\mathbf{W}^{[1]} = \\begin{bmatrix} 1 & 2', flat(W1) + b1),
    ('\\mathbf{W}^{[2]} = \\begin{bmatrix} 1 & -1 & 0', flat(W2) + b2),
    ('\\mathbf{W}^{[3]} = \\begin{bmatrix} 2 & -1', W3 + [b3]),
    ('**Input**', x + [y]),
    ('**Layer 1**', [C]),
    ('\\mathbf{W}^{[1]} \\mathbf{x} + \\mathbf{b}^{[1]} = ', flat(W1) + x + b1),
    ('\\mathbf{z}^{[1]} = \\begin{bmatrix} 3', Wx1 + b1 + z1),
    ('\\mathbf{a}^{[1]} = \\text{ReLU}', a1),
    ('**Layer 2**', [C]),
    ('\\mathbf{W}^{[2]} \\mathbf{a}^{[1]} + \\mathbf{b}^{[2]} = ', flat(W2) + a1 + b2),
    ('\\mathbf{z}^{[2]} = \\begin{bmatrix} 2', Wa2 + b2 + z2),
    ('\\mathbf{a}^{[2]} = \\text{ReLU}', a2),
    ('**Layer 3**', [C]),
    ('z^{[3]} = \\mathbf{W}^{[3]}', W3 + a2 + [b3, z3]),
    ('\\sigma(5)', [z3, C, C, yh]),
    ('**Result**: $\\hat{y}', [yh]),
    ('J = -[y \\log', [C, C]),
    ('J = -[1 \\cdot', [y, yh, 1 - y, 1 - yh, yh, J]),
    ('Loss $J', [J]),
    ('= \\hat{y} - y = 0.993', [yh, y, d3]),
    ('(\\mathbf{a}^{[2]})^T = -0.007', [d3] + a2 + pr(dW3, [p3 * v for v in a2])),
    ('\\partial b^{[3]}} = -0.007', [d3]),
    ('**Layer 2**', [C]),
    ('= \\begin{bmatrix} 2 \\\\ -1', W3 + [d3] + r2 + pr(dz2, c_dz2)),
    ('(\\mathbf{a}^{[1]})^T = \\begin', pr(dz2, c_dz2) + a1 + pr(flat(dW2), [c_dz2[i] * a1[k] for i in range(2) for k in range(3)])),
    ('\\partial \\mathbf{b}^{[2]}} = ', pr(dz2, c_dz2)),
    ('**Layer 1**', [C]),
    ('= \\begin{bmatrix} 1 & 0 \\\\ -1', [W2[0][0], W2[1][0], W2[0][1], W2[1][1], W2[0][2], W2[1][2]] + pr(dz2, c_dz2) + r1 + pr(dz1, c_dz1)),
    ('\\mathbf{x}^T = \\begin', pr(dz1, c_dz1) + x + pr(flat(dW1), [c_dz1[i] * x[k] for i in range(3) for k in range(2)])),
    ('\\partial \\mathbf{b}^{[1]}} = ', pr(dz1, c_dz1)),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'endsem-relu-bce.md'
report(doc, doc_rows(doc, specs))
