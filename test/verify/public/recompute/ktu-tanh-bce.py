"""Recomputes every number of ktu-tanh-bce.md's worked question (KTU question bank, Part B Question A(b): a 2-3-1 MLP
with tanh hidden units and a sigmoid output, W1 = [[0.2, 0.4], [-0.3, 0.5], [0.6, -0.1]], b1 = 0, W2 = [0.7, -0.2,
0.5], b2 = 0, x = [1, 1], y = 1, binary cross-entropy in nats) with 40-digit decimals. Left out: marks, question,
section and course numbers, sizes (n = 2, h = 3, 3 x 2, R^3), 4 decimal places, the ~50% of Part A, the 1s of
1 - e^{-z} style constants, and Question B's side numbers (L = 10 layers, 0.25, 3.8e-6, lambda, p), which are about no
network. The page's one slip: sigma(0.5675) printed 0.6380 for 0.6382; its 0.3620 and -log(0.6380) follow from it."""
import sys
from common import D, report, doc_rows, sigmoid, tanh, ln

C = None
W1 = [[D('0.2'), D('0.4')], [D('-0.3'), D('0.5')], [D('0.6'), D('-0.1')]]
W2 = [D('0.7'), D('-0.2'), D('0.5')]
x = [D(1), D(1)]
z = [r[0] * x[0] + r[1] * x[1] for r in W1]
a = [tanh(v) for v in z]
p = [w * v for w, v in zip(W2, a)]
z2 = sum(p)
yh = sigmoid(z2)
L = -ln(yh)
slip = 'follows from the slip 0.6380'
specs = [
    ('0.2 & 0.4 \\\\ -0.3 & 0.5', [W1[0][0], W1[0][1], W1[1][0], W1[1][1], W1[2][0], W1[2][1], D(0), D(0), D(0),
                                  W2[0], W2[1], W2[2], D(0)]),
    ('the input is $\\mathbf{x} = [1, 1]', [x[0], x[1], D(1)]),
    ('z_1^{(1)} = 0.2(1)', [W1[0][0], x[0], W1[0][1], x[1], D(0), z[0]]),
    ('z_2^{(1)} = -0.3(1)', [W1[1][0], x[0], W1[1][1], x[1], D(0), z[1]]),
    ('z_3^{(1)} = 0.6(1)', [W1[2][0], x[0], W1[2][1], x[1], D(0), z[2]]),
    ('\\tanh(0.6) = 0.5370', [z[0], a[0]]),
    ('\\tanh(0.2) = 0.1974', [z[1], a[1]]),
    ('\\tanh(0.5) = 0.4621', [z[2], a[2]]),
    ('z^{(2)} = 0.7(0.5370)', [W2[0], a[0], W2[1], a[1], W2[2], a[2], D(0)]),
    ('= 0.3759 - 0.0395', [p[0], p[1], p[2], z2]),
    ('\\sigma(0.5675) =', [z2, C, C, -z2, yh]),
    ('L = -[1', [D(1), (yh, slip), D(0), (1 - yh, slip), (yh, slip), L]),
    ('$L \\approx 0.449$', [C, L]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ktu-tanh-bce.md'
report(doc, doc_rows(doc, specs))
