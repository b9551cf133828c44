"""Recomputes every number of postnet-softmax.md (PostNetwork Academy's 3-2-2 network: x = (1, 2, -1), sigmoid hidden
units sharing b1 = 0.5, softmax outputs sharing b2 = 0.1 with w7, w9 into the first and w8, w10 into the second,
y = [1, 0], cross-entropy) with 40-digit decimals. Left out: the 1s of 1/(1 + e^..), indices, the e^0 exponent.
The page's z4 = 0.185 (right 0.1574) is a slip; the softmax and the loss printed after it follow from it."""
import sys
from common import D, report, doc_rows, sigmoid, exp, ln

x1, x2, x3 = D(1), D(2), D(-1)
w1, w2, w3, w4, w5, w6 = D('0.2'), D('-0.3'), D('0.4'), D('-0.5'), D('0.1'), D('0.2')
w7, w8, w9, w10, b1, b2 = D('0.3'), D('-0.1'), D('0.4'), D('0.2'), D('0.5'), D('0.1')
z1 = w1 * x1 + w2 * x2 + w3 * x3 + b1
z2 = w4 * x1 + w5 * x2 + w6 * x3 + b1
a1, a2 = sigmoid(z1), sigmoid(z2)
z3 = w7 * a1 + w9 * a2 + b2
z4 = w8 * a1 + w10 * a2 + b2
y1 = exp(z3) / (exp(z3) + exp(z4))
y2 = 1 - y1
L = -ln(y1)
F = 'follows from z4 = 0.185'
C = None
specs = [
    ('\\(x_1=1', [x1, x2, x3]),
    ('\\(w_1=0.2', [w1, w2, w3, b1]),
    ('\\(w_4=-0.5', [w4, w5, w6]),
    ('\\(z^{(1)} =', [w1, x1, -w2, x2, w3, x3, b1, z1]),
    ('\\(z^{(2)} =', [w4, x1, w5, x2, w6, x3, b1, z2]),
    ('\\(a^{(1)} =', [C, C, -z1, a1]),
    ('\\(a^{(2)} =', [C, C, a2]),
    ('\\(w_7=0.3', [w7, w8, w9, w10, b2]),
    ('\\(z^{(3)} =', [w7, a1, w9, a2, b2, z3]),
    ('\\(z^{(4)} =', [w8, a1, w10, a2, b2, z4]),
    ('\\(\\hat{y}_1 =', [z3, z3, (z4, F), (y1, F)]),
    ('\\(\\hat{y}_2 =', [(z4, F), z3, (z4, F), (y2, F)]),
    ('For \\(y=[1,0]\\)', [D(1), D(0)]),
    ('\\(L = -(1', [C, (y1, F), (L, F)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else '../postnet-softmax.md'
report(doc, doc_rows(doc, specs))
