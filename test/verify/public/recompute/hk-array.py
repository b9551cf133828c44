"""Recomputes every number of hk-array.md (a handout's Han-Kamber example: a 3-2-1 sigmoid network, x = (1, 0, 1),
target 1, eta = 0.9, w_ij from unit i to unit j, w_0j the bias of unit j; one step of gradient descent written as
w + eta delta O) with 40-digit decimals. Left out: the unit numbers that head each row (4, 5, 6), the 1s of
1/(1 + e^x) and 1 - O, the table numbers and the subscripts."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, x3, eta, t = D(1), D(0), D(1), D('0.9'), D(1)
w14, w15, w24, w25, w34, w35 = D('0.2'), D('-0.3'), D('0.4'), D('0.1'), D('-0.5'), D('0.2')
w46, w56, w04, w05, w06 = D('-0.3'), D('-0.2'), D('-0.4'), D('0.2'), D('0.1')
I4 = w14 * x1 + w24 * x2 + w34 * x3 + w04
I5 = w15 * x1 + w25 * x2 + w35 * x3 + w05
O4, O5 = sigmoid(I4), sigmoid(I5)
I6 = w46 * O4 + w56 * O5 + w06
O6 = sigmoid(I6)
d6 = O6 * (1 - O6) * (t - O6)
d5 = O5 * (1 - O5) * d6 * w56
d4 = O4 * (1 - O4) * d6 * w46
# carried from the page's rounded operands
O4p, O5p, O6p, d6p, d5p, d4p = D('0.332'), D('0.525'), D('0.474'), D('0.1311'), D('-0.0065'), D('-0.0087')
C = None
specs = [
    ('The learning rate $\\eta$ is 0.9', [eta, x1, x2, x3, t]),
    ('1 & 0 & 1 & 0.2 & -0.3', [x1, x2, x3, w14, w15, w24, w25, w34, w35, w46, w56, w04, w05, w06]),
    ('4 & 0.2 + 0 - 0.5', [C, w14 * x1, w24 * x2, w34 * x3, w04, I4, C, C, -I4, O4]),
    ('5 & -0.3 + 0 + 0.2', [C, w15 * x1, w25 * x2, w35 * x3, w05, I5, C, C, -I5, O5]),
    ('6 & (-0.3)(0.332)', [C, w46, O4, -w56, O5, w06, (I6, w46 * O4p + w56 * O5p + w06), C, C, -I6, O6]),
    ('6 & (0.474)(1 - 0.474)', [C, O6, C, O6, C, O6, (d6, O6p * (1 - O6p) ** 2)]),
    ('5 & (0.525)(1 - 0.525)', [C, O5, C, O5, (d6, d6p), w56, (d5, O5p * (1 - O5p) * d6p * w56)]),
    ('4 & (0.332)(1 - 0.332)', [C, O4, C, O4, (d6, d6p), w46, (d4, O4p * (1 - O4p) * d6p * w46)]),
    ('w_{46} & -0.3 +', [w46, eta, (d6, d6p), O4, (w46 + eta * d6 * O4, w46 + eta * d6p * O4p)]),
    ('w_{56} & -0.2 +', [w56, eta, (d6, d6p), O5, (w56 + eta * d6 * O5, w56 + eta * d6p * O5p)]),
    ('w_{14} & 0.2 +', [w14, eta, (d4, d4p), x1, (w14 + eta * d4 * x1, w14 + eta * d4p * x1)]),
    ('w_{15} & -0.3 +', [w15, eta, (d5, d5p), x1, (w15 + eta * d5 * x1, w15 + eta * d5p * x1)]),
    ('w_{24} & 0.4 +', [w24, eta, (d4, d4p), x2, w24 + eta * d4 * x2]),
    ('w_{25} & 0.1 +', [w25, eta, (d5, d5p), x2, w25 + eta * d5 * x2]),
    ('w_{34} & -0.5 +', [w34, eta, (d4, d4p), x3, (w34 + eta * d4 * x3, w34 + eta * d4p * x3)]),
    ('w_{35} & 0.2 +', [w35, eta, (d5, d5p), x3, (w35 + eta * d5 * x3, w35 + eta * d5p * x3)]),
    ('w_{06} & 0.1 +', [w06, eta, (d6, d6p), (w06 + eta * d6, w06 + eta * d6p)]),
    ('w_{05} & 0.2 +', [w05, eta, (d5, d5p), (w05 + eta * d5, w05 + eta * d5p)]),
    ('w_{04} & -0.4 +', [w04, eta, (d4, d4p), (w04 + eta * d4, w04 + eta * d4p)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else '../hk-array.md'
report(doc, doc_rows(doc, specs))
