"""Recomputes every number of ar007-neuron.md (github.com/A-R007/Loss-Calculation README: one sigmoid neuron,
x = [1, 2], W = [0.4, -0.2], b = 0.1, the README's given prediction y' = 0.6 and y'(1 - y') = 0.24, target 0.8,
L = 1/2 (y - y')^2, eta = 0.1, one step for W_1 and W_2) with 40-digit decimals. The prediction is the README's given
0.6 (ar007-neuron.yaml pins the neuron's output there; sigmoid(W x + b) alone would be 0.525). Left out: the 1 of
1 - y', the 1/2 of the loss and the 1 of the repository name."""
import sys
from common import D, report, doc_rows

x1, x2, W1, W2, b, yp, y, eta = D(1), D(2), D('0.4'), D('-0.2'), D('0.1'), D('0.6'), D('0.8'), D('0.1')
d = yp * (1 - yp)
err = y - yp
dLdy = yp - y
g1, g2 = dLdy * d * x1, dLdy * d * x2
C = None
specs = [
    ('**Inputs**', [x1, x2]), ('**Initial Weights**', [W1, W2]), ('**Bias**', [b]),
    ('**Predicted Output**', [yp]), ('**True Output**', [y]), ('**Learning Rate**', [eta]),
    ('**Derivative of Activation Function**', [C, d]),
    ('\\text{Error} = y - y', [y, yp, err]),
    ("= (y' - y) = 0.6 - 0.8", [yp, y, dLdy]),
    ('(input \\( x_1 = 1', [x1]),
    ('(-0.2) \\times (0.24) \\times (1)', [dLdy, d, x1, g1]),
    ('(input \\( x_2 = 2', [x2]),
    ('(-0.2) \\times (0.24) \\times (2)', [dLdy, d, x2, g2]),
    ('A step of size', [eta]),
    ('W_1 = 0.4 - 0.1', [W1, eta, g1, W1, -eta * g1, W1 - eta * g1]),
    ('W_2 = -0.2 - 0.1', [W2, eta, g2, W2, -eta * g2, W2 - eta * g2]),
    ('W = [0.4048', [W1 - eta * g1, W2 - eta * g2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ar007-neuron.md'
report(doc, doc_rows(doc, specs))
