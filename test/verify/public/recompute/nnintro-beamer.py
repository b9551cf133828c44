"""Recomputes every number of nnintro-beamer.tex with 40-digit decimals: a one-neuron scoring slide (not the network),
the 2-3-1 ReLU/sigmoid forward pass (the network), and a training-step slide about another 2-2-1 net whose output 0.62
is given (its numbers follow from that given value). Left out: frame titles and layout numbers (2-3-1, 0.3em, 8pt),
layer superscripts, the 1 and 2 of \\frac{1}{2} and of (1 - 0.62) ... as constants, the class index of "class 1"."""
import sys
from common import D, report, doc_rows, sigmoid

relu = lambda z: max(z, D(0))
# slide 1: one neuron, another example
px1, px2, pw1, pw2, pb = D('0.8'), D('0.6'), D('0.5'), D('0.7'), D('-0.3')
pz = pw1 * px1 + pw2 * px2 + pb
# slide 2: the network
x1, x2 = D('0.5'), D('0.8')
W1 = [[D('0.2'), D('0.4')], [D('0.3'), D('0.1')], [D('0.5'), D('0.2')]]
b1 = [D('0.1'), D('-0.1'), D('0.0')]
W2, b2 = [D('0.6'), D('0.3'), D('0.4')], D('-0.2')
z1 = [W1[j][0] * x1 + W1[j][1] * x2 + b1[j] for j in range(3)]
a1 = [relu(z) for z in z1]
z2 = sum(W2[j] * a1[j] for j in range(3)) + b2
yhat = sigmoid(z2)
# slide 3: another 2-2-1 net whose output is given as 0.62, target 1
g, t = D('0.62'), D(1)
L = (t - g) ** 2 / 2
delta = (g - t) * g * (1 - g)
specs = [
    ('$x_1 = 0.8$', [px1]), ('$x_2 = 0.6$', [px2]), ('$w_1 = 0.5$', [pw1]), ('$w_2 = 0.7$', [pw2]), ('$b = -0.3$', [pb]),
    ('&= (0.5)(0.8)', [pw1, px1, pw2, px2, pb]),
    ('&= 0.4 + 0.42', [pw1 * px1, pw2 * px2, pb]),
    ('&= \\textbf{0.52}', [pz]),
    ('Input: $\\mathbf{x} = \\begin{pmatrix}', [x1, x2]),
    ('$$\\mathbf{W}^{(1)} =', [W1[0][0], W1[0][1], W1[1][0], W1[1][1], W1[2][0], W1[2][1]]),
    ('$\\mathbf{b}^{(1)} =', b1),
    ('$$\\mathbf{W}^{(2)} =', W2),
    ('$b^{(2)} = -0.2$', [b2]),
    ('$$\\mathbf{z}^{(1)} =', [W1[0][0], x1, W1[0][1], x2, b1[0], W1[1][0], x1, W1[1][1], x2, b1[1],
                              W1[2][0], x1, W1[2][1], x2, b1[2]] + z1),
    ('$\\mathbf{a}^{(1)} = \\text{ReLU}', a1),
    ('$$z^{(2)} = 0.6(0.52)', [W2[0], a1[0], W2[1], a1[1], W2[2], a1[2], b2, z2]),
    ('$\\hat{y} = \\sigma(0.315)', [z2, yhat]),
    ('Read as: class 1', [None, yhat * 100]),
    ('\\item Input: $\\mathbf{x} = (0.5, 0.8)^T$', [x1, x2]),
    ('\\item Target: $y = 1$', [t]),
    ('\\hat{y} &= \\sigma(z^{(2)}) = 0.62', [g]),
    ('$$\\mathcal{L} = \\frac{1}{2}', [None, None, None, None, t, g, L]),
    ('\\delta^{(2)} &= (0.62 - 1)', [g, -t, g, None, -g]),
    ('&= -0.089', [delta]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'nnintro-beamer.tex'
report(doc, doc_rows(doc, specs))
