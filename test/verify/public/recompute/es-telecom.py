"""Recomputes every number of es-telecom.md (a Spanish chapter on deep learning for telecommunications: Adam's usual
settings, Example 5.1 a 2-2-1 sigmoid network with binary cross-entropy and one gradient step, then three examples on
other things: a softmax over four logits, a bit error rate, an autoencoder's rate) with 40-digit decimals. Left out:
the section numbers, the 10 of 10^{-8}, the 1s of 1/(1+e^{-z}) and (1 - a), and log_2's base."""
import sys
from common import D, report, doc_rows, sigmoid, exp, ln

x1, x2, y, eta = D(1), D('0.5'), D(1), D('0.1')
W1 = [[D('0.2'), D('-0.4')], [D('0.7'), D('0.1')]]
b1 = [D('0.1'), D('-0.2')]
W2, b2 = [D('0.6'), D('-0.1')], D('0.05')
z = [W1[j][0] * x1 + W1[j][1] * x2 + b1[j] for j in range(2)]
a = [sigmoid(v) for v in z]
z3 = W2[0] * a[0] + W2[1] * a[1] + b2
yh = sigmoid(z3)
L = -ln(yh)
d2 = yh - y
g2 = [d2 * a[0], d2 * a[1]]
back = [W2[0] * d2, W2[1] * d2]
s = [a[j] * (1 - a[j]) for j in range(2)]
d1 = [back[j] * s[j] for j in range(2)]
g1 = [[d1[j] * x1, d1[j] * x2] for j in range(2)]
Pd, Pa = D('-0.42517'), [D('0.52498'), D('0.63414')]   # the page's printed values, carried
logits = [D('2.2'), D('1.0'), D('0.1'), D('-0.5')]
e = [exp(v) for v in logits]
S = sum(e)
p = [v / S for v in e]
specs = [
    ('\\beta_1 = 0.9', [D('0.9'), D('0.999'), None]),
    ('\\mathbf{x} = \\begin{bmatrix}1', [x1, x2, y]),
    ('@@0.2 & -0.4 \\\\', W1[0]), ('@@0.7 & 0.1', W1[1]),
    ('\\mathbf{b}^{[1]} = \\begin{bmatrix}0.1', b1),
    ('\\mathbf{W}^{[2]} = \\begin{bmatrix}0.6', W2 + [b2]),
    ('z_1^{[1]} = 0.2(1)', [W1[0][0], x1, W1[0][1], x2, b1[0], z[0]]),
    ('z_2^{[1]} = 0.7(1)', [W1[1][0], x1, W1[1][1], x2, b1[1], z[1]]),
    ('\\mathbf{z}^{[1]} = \\begin{bmatrix}0.1', z),
    ('a_1^{[1]} = \\sigma(0.1)', [z[0], None, None, -z[0], a[0]]),
    ('a_2^{[1]} = \\sigma(0.55)', [z[1], a[1]]),
    ('\\mathbf{a}^{[1]} = \\begin{bmatrix}0.52498', a),
    ('z^{[2]} = 0.6(0.52498)', [W2[0], a[0], W2[1], a[1], b2]),
    ('z^{[2]} \\approx', [(z3, W2[0] * Pa[0] + W2[1] * Pa[1] + b2)]),
    ('\\hat{y} = a^{[2]} = \\sigma(0.30157)', [z3, yh]),
    ('-\\log(0.57483)', [yh, L]),
    ('= 0.57483 - 1 = -0.42517', [yh, y, d2]),
    ('= -0.42517 \\begin{bmatrix}0.52498', [d2, a[0], a[1]]),
    ('\\approx \\begin{bmatrix}-0.22320', [(g2[0], Pd * Pa[0]), (g2[1], Pd * Pa[1])]),
    ('\\partial b^{[2]}} = \\delta^{[2]} = -0.42517', [d2]),
    ("(\\mathbf{W}^{[2]})^T \\delta^{[2]} = \\begin{bmatrix}0.6", W2 + [d2] + back),
    ("\\sigma'(0.1) =", [z[0], a[0], None, -a[0], s[0]]),
    ("\\sigma'(0.55) =", [z[1], a[1], None, -a[1], s[1]]),
    ('\\boldsymbol{\\delta}^{[1]} = \\begin{bmatrix}-0.25510', back + s + d1),
    ('= \\begin{bmatrix}-0.06362 \\\\ 0.00986\\end{bmatrix} \\begin{bmatrix}1 & 0.5', d1 + [x1, x2]),
    ('@@-0.06362 & -0.03181 \\\\', g1[0]), ('@@0.00986 & 0.00493', g1[1]),
    ('\\partial \\mathbf{b}^{[1]}} = \\begin{bmatrix}', d1),
    ('$\\eta = 0.1$', [eta]),
    ('\\mathbf{W}^{[2]}_{\\text{nuevo}} =', [eta, W2[0] - eta * g2[0], W2[1] - eta * g2[1]]),
    ('b^{[2]}_{\\text{nuevo}} =', [b2, eta, d2, b2 - eta * d2]),
    ('@@0.20636 & -0.39682 \\\\', [W1[0][k] - eta * g1[0][k] for k in range(2)]),
    ('@@0.69901 & 0.09951', [W1[1][k] - eta * g1[1][k] for k in range(2)]),
    ('\\mathbf{b}^{[1]}_{\\text{nuevo}}', [b1[j] - eta * d1[j] for j in range(2)]),
    ('\\mathbf{z} = [2.2', logits),
    ('e^{2.2} \\approx', [logits[0], e[0], logits[1], e[1], logits[2], e[2], logits[3], e[3]]),
    ('S = 9.025', e + [S]),
] + [(f'p_{i + 1} = \\frac', [e[i], S, p[i]]) for i in range(4)] + [
    ('\\hat{\\mathbf{p}} \\approx', p),
    ('-\\log(0.671)', [p[0], (-ln(p[0]), -ln(D('0.671')))]),
    ('-\\log(0.202)', [p[1], (-ln(p[1]), -ln(D('0.202')))]),
    ('\\mathrm{BER} = ', [D(3), D(10), D('0.3')]),
    ('R = \\frac{\\log_2(16)}', [D(16), D(4), D(4), D(4), D(1)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'es-telecom.md'
report(doc, doc_rows(doc, specs))
