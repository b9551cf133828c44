"""Recomputes every number of zh-round2.md (a Chinese post checking one round of backpropagation on a 2-2-2 sigmoid
network without biases: x = (0.5, 0.3), targets (0.23, -0.07), w1..w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8,
E = 1/2 sum (o - y)^2, learning rate 1, every result rounded to two decimals) with 40-digit decimals. The post's
hidden-weight gradients use (d_w5 + d_w6) where the chain rule has delta_o1 w5 + delta_o2 w6, so d_w1 and d_w3 have
the wrong sign and the updated w1 and w3 are wrong. Left out: the round number of the heading, the digits of names
(h1, o2), and the constants of the code's formulas (1 / (1 + exp(-z)), 0.5 * (...) ** 2, 1 - out)."""
import sys
from common import D, report, doc_rows, sigmoid

w = dict(zip('w1 w2 w3 w4 w5 w6 w7 w8'.split(), map(D, '0.2 -0.4 0.5 0.6 0.1 -0.5 -0.3 0.8'.split())))
x1, x2, y1, y2 = D('0.5'), D('0.3'), D('0.23'), D('-0.07')
h1 = sigmoid(w['w1'] * x1 + w['w3'] * x2)
h2 = sigmoid(w['w2'] * x1 + w['w4'] * x2)
o1 = sigmoid(w['w5'] * h1 + w['w7'] * h2)
o2 = sigmoid(w['w6'] * h1 + w['w8'] * h2)
E = ((o1 - y1) ** 2 + (o2 - y2) ** 2) / 2
d1, d2 = (o1 - y1) * o1 * (1 - o1), (o2 - y2) * o2 * (1 - o2)
e1 = (d1 * w['w5'] + d2 * w['w6']) * h1 * (1 - h1)
e2 = (d1 * w['w7'] + d2 * w['w8']) * h2 * (1 - h2)
g = {'w1': e1 * x1, 'w2': e2 * x1, 'w3': e1 * x2, 'w4': e2 * x2, 'w5': d1 * h1, 'w6': d2 * h1, 'w7': d1 * h2, 'w8': d2 * h2}
lr = D(1)
names = sorted(w)
specs = [
    ('@@0.56 0.5 0.48 0.53', [h1, h2, o1, o2]),
    ('@@0.21', [E]),
    ('@@0.01 0.01 0.01 0.01 0.03 0.08 0.03 0.07', [g[n] for n in names]),
    ('@@0.2 -0.4 0.5 0.6 0.1 -0.5 -0.3 0.8', [w[n] for n in names]),
    ('@@0.19 -0.41 0.49 0.59 0.07 -0.58 -0.33 0.73', [w[n] - lr * g[n] for n in names]),
    ('（学习率为 1）', [lr]),
    ('w1, w2, w3, w4, w5, w6, w7, w8 =', [w[n] for n in names]),
    ('x1, x2 = 0.5, 0.3', [x1, x2]),
    ('y1, y2 = 0.23, -0.07', [y1, y2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'zh-round2.md'
report(doc, doc_rows(doc, specs, plain_names=True))
