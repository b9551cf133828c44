"""Recomputes every number of hk-mangled.md (a blog post's Han-Kamber example with its math broken by a formatter: a
3-2-1 sigmoid network, x = (1, 0, 1), target 1, learning rate l = 0.9, w_ij from unit i to unit j, theta_j the bias
of unit j; one step w + l Err O) with 40-digit decimals. Left out: the unit numbers that head each row (4, 5, 6 and
the 7 printed for 4), the subscripts the formatter turned into *{25}, *{35}, *{5}, the 1s of 1/(1 + e^x) and 1 - O."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, x3, eta, t = D(1), D(0), D(1), D('0.9'), D(1)
w14, w15, w24, w25, w34, w35 = D('0.2'), D('-0.3'), D('0.4'), D('0.1'), D('-0.5'), D('0.2')
w46, w56, th4, th5, th6 = D('-0.3'), D('-0.2'), D('-0.4'), D('0.2'), D('0.1')
I4 = w14 * x1 + w24 * x2 + w34 * x3 + th4
I5 = w15 * x1 + w25 * x2 + w35 * x3 + th5
O4, O5 = sigmoid(I4), sigmoid(I5)
I6 = w46 * O4 + w56 * O5 + th6
O6 = sigmoid(I6)
e6 = O6 * (1 - O6) * (t - O6)
e5 = O5 * (1 - O5) * e6 * w56
e4 = O4 * (1 - O4) * e6 * w46
# carried from the page's rounded operands
O4p, O5p, O6p, e6p, e5p, e4p = D('0.332'), D('0.525'), D('0.474'), D('0.1311'), D('-0.0065'), D('-0.0087')
C = None
specs = [
    ('uses the learning rate 0.9', [eta, t]),
    ('| 1 | 0 | 1 | 0.2 |', [x1, x2, x3, w14, w15, w24, w25, w34, w35, w46, w56, th4, th5, th6]),
    ('| 4 | 0.2 + 0 - 0.5', [C, w14 * x1, w24 * x2, w34 * x3, th4, I4, C, C, -I4, O4]),
    ('- 0.3 + 0 + 0.2 + 0.2 = 0.1', [C, w15 * x1, w25 * x2, w35 * x3, th5, I5, C, C, -I5, O5]),
    ('| 6 | -0.3*-0.332', [C, w46, O4, w56, O5, th6, (I6, w46 * O4p + w56 * O5p + th6), C, C, -I6, O6]),
    ('| 6 | 0.474 _', [C, O6, C, O6, C, O6, (e6, O6p * (1 - O6p) ** 2)]),
    ('| 5 | 0.525 _', [C, O5, C, O5, (e6, e6p), w56, (e5, O5p * (1 - O5p) * e6p * w56)]),
    ('| 7 | 0.332 _', [C, O4, C, O4, (e6, e6p), w46, (e4, O4p * (1 - O4p) * e6p * w46)]),
    ('w_{46} $$ |', [w46, eta, (e6, e6p), O4, (w46 + eta * e6 * O4, w46 + eta * e6p * O4p)]),
    ('w_{56} $$ |', [w56, eta, (e6, e6p), O5, (w56 + eta * e6 * O5, w56 + eta * e6p * O5p)]),
    ('w_{14} $$ |', [w14, eta, (e4, e4p), x1, (w14 + eta * e4 * x1, w14 + eta * e4p * x1)]),
    ('w_{15} $$ |', [w15, eta, (e5, e5p), x1, (w15 + eta * e5 * x1, w15 + eta * e5p * x1)]),
    ('w_{24} $$ |', [w24, eta, (e4, e4p), x2, w24 + eta * e4 * x2]),
    ('w*{25}', [C, w25, eta, (e5, e5p), x2, w25 + eta * e5 * x2]),
    ('w_{34} $$ |', [w34, eta, (e4, e4p), x3, (w34 + eta * e4 * x3, w34 + eta * e4p * x3)]),
    ('w*{35}', [C, w35, eta, (e5, e5p), x3, (w35 + eta * e5 * x3, w35 + eta * e5p * x3)]),
    ('θ_{6} $$ |', [th6, eta, (e6, e6p), (th6 + eta * e6, th6 + eta * e6p)]),
    ('θ*{5}', [C, th5, eta, (e5, e5p), (th5 + eta * e5, th5 + eta * e5p)]),
    ('θ_{4}  $$ |', [th4, eta, (e4, e4p), (th4 + eta * e4, th4 + eta * e4p)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else '../hk-mangled.md'
report(doc, doc_rows(doc, specs))
