"""Recomputes every number of rashid-errata.md (Tariq Rashid, "Make Your Own Neural Network", errata 3: one sigmoid
output node fed by the given hidden outputs o_1 = 0.4, o_2 = 0.5 through w_11 = 2.0 and w_21 = 3.0, the output's
error e_1 = 1.5, learning rate 0.1; the error slope -(t_k - o_k) sigmoid(...)(1 - sigmoid(...)) o_j) with 40-digit
decimals. Left out: the 4.0 the erratum names as the book's old misprint, the 1s of 1/(1 + e^{-2.3}) and 1 - 0.909,
the index j = 1."""
import sys
from common import D, report, doc_rows, sigmoid

C = None
o1, o2, w11, w21, e1, lr = D('0.4'), D('0.5'), D('2.0'), D('3.0'), D('1.5'), D('0.1')
net = w11 * o1 + w21 * o2
s = sigmoid(net)
slope = s * (1 - s)
g = -e1 * slope * o1                      # dE/dw_11 (the book's error slope)
step = lr * g
specs = [
    ('one of the weights should be 3.0', [w21]),
    ('whose value is now 2.0', [w11]),
    ('\\( e_1 = 1.5 \\)', [e1]),
    ('= 2.3\\)', [w11, o1, w21, o2, net]),
    ('is then 0.909', [C, C, -net, s, s, C, s, slope]),
    ('Here it is simply 0.4', [C, o1]),
    ('= 1.995', [g, lr, lr, g, step, w11, -step, w11 - step]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'rashid-errata.md'
report(doc, doc_rows(doc, specs))
