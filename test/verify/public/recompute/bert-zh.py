"""Recomputes every number of bert-zh.md (the numeric example of a Chinese note on BERT: Mazur's 2-2-2 sigmoid net with
one bias per unit, 10-digit decimals) with 40-digit decimals. Left out: the shapes (1,2), (2,4) and the parameter count
(2+1)*4 = 12 of the notation section (another layer, not this network's values), the constants 1, 2, 0 of the
formulas (1/2, 1/(1+e^{-z}), (1 - a), + 0 + 0) and every digit of a name (hidden1, w_{5}, y1).
A value computed from the note's own 0.751365095 (line 98, a digit dropped from 0.7513650695) is a slip that follows
from it; a value carried from the note's truncated but otherwise right operands is `rounded`."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2 = D('0.05'), D('0.1')
w = [None] + [D(v) for v in '0.15 0.20 0.25 0.30 0.40 0.45 0.50 0.55'.split()]
b = [None, D('0.35'), D('0.35'), D('0.60'), D('0.60')]
t1, t2, lr = D('0.01'), D('0.99'), D('0.5')
n1, n2 = x1 * w[1] + x2 * w[2] + b[1], x1 * w[3] + x2 * w[4] + b[2]
h1, h2 = sigmoid(n1), sigmoid(n2)
m1, m2 = h1 * w[5] + h2 * w[6] + b[3], h1 * w[7] + h2 * w[8] + b[4]
o1, o2 = sigmoid(m1), sigmoid(m2)
L = ((o1 - t1) ** 2 + (o2 - t2) ** 2) / 2
s1, s2 = o1 * (1 - o1), o2 * (1 - o2)
d1, d2 = (o1 - t1) * s1, (o2 - t2) * s2
g = {5: d1 * h1, 6: d1 * h2, 7: d2 * h1, 8: d2 * h2}
e1, e2 = d1 * w[5] + d2 * w[7], d1 * w[6] + d2 * w[8]
sh1, sh2 = h1 * (1 - h1), h2 * (1 - h2)
g.update({1: e1 * sh1 * x1, 2: e1 * sh1 * x2, 3: e2 * sh2 * x1, 4: e2 * sh2 * x2})
gb = {1: e1 * sh1, 2: e2 * sh2, 3: d1, 4: d2}
P = lambda s: D(s)   # a number as the note prints it
F = 'follows from line 98 (0.751365095 for 0.7513650695)'
o1p, o2p = P('0.7513650695'), P('0.7729284653')
# line 77 prints output1' rounded to 1.105905967 and then σ of that, 0.75136506954 → …0695 (σ of the exact
# 1.10590596706 is 0.75136506955 → …0696): the note's output1 is carried from its own printed operand, `rounded`
o1c = (o1, sigmoid(P('1.105905967')))
specs = [
    ('0.05 & 0.1', [x1, x2]), ('0.01 & 0.99', [t1, t2]),
    ('0.15 & 0.20', w[1:5]), ('0.40 & 0.45', w[5:9]), ('0.35 & 0.35', b[1:5]),
    ('$$lr=0.5$$', [lr]),
    ("hidden1^{'}= x_{1}", [n1]), ('e^{-0.3775}', [None, None, -n1, h1]),
    ("hidden2^{'}=x_{1}", [n2]), ('e^{-0.3925}', [None, None, -n2, h2]),
    ("output1^{'} = hidden1", [m1]), ('e^{-1.105905967}', [None, None, -m1, o1c]),
    ("output2^{'} = hidden1", [m2]), ('e^{-1.224921404}', [None, None, -m2, o2]),
    ('loss=1/2', [None, None, None, None, o1c, -t1, o2, -t2, (L, ((o1p - t1) ** 2 + (o2p - t2) ** 2) / 2)]),
    ('2 * 1/2 *(output1-y1)', [None, None, None, None, None, (o1 - t1, o1p - t1)]),
    ('=0.751365095*(1-0.751365095)', [None, o1, None, -o1, (s1, F)]),
    ("hidden1+0+0=", [None, None, h1]),
    ('=0.7413650695*0.186815589*0.5932699921', [(o1 - t1, o1p - t1), (s1, F), h1, (g[5], F)]),
    ('partial w_{6}} = 0.', [(g[6], F)]), ('partial w_{7}} = -0.', [g[7]]), ('partial w_{8}} = -0.', [g[8]]),
    ('partial b_{3}} = 0.', [(gb[3], F)]), ('partial w_{4}} = -0.', [gb[4]]),
    ('0.3589164825 &', [(w[5] - lr * g[5], F), (w[6] - lr * g[6], F), w[7] - lr * g[7], w[8] - lr * g[8]]),
    ('0.5307507239 &', [(b[3] - lr * gb[3], F), (b[4] - lr * gb[4], b[4] - lr * P('-0.0380982365'))]),
    ('\\\\=0.7413650695', [(o1 - t1, o1p - t1), (s1, F), w[5], o2 - t2, s2, w[7], (e1, F)]),
    ('=0.5932699921*(1-0.5932699921)', [None, h1, None, -h1, (sh1, P('0.5932699921') * (1 - P('0.5932699921')))]),
    ('x_{1}+0+0=0.05', [None, None, x1]),
    ('=0.0363503025*0.2413007085*0.05', [(e1, F), (sh1, P('0.5932699921') * (1 - P('0.5932699921'))), x1, (g[1], F)]),
    ('partial w_{2}} = 0.', [(g[2], F)]), ('partial w_{3}} = 0.', [(g[3], F)]), ('partial w_{4}} = 0.', [(g[4], F)]),
    ('partial b_{1}} = 0.', [(gb[1], F)]), ('partial b_{2}} = 0.', [(gb[2], F)]),
    ('0.1497807162 &', [(w[i] - lr * g[i], F) for i in (1, 2, 3, 4)]),
    ('0.3456143231 &', [(b[1] - lr * gb[1], F), (b[2] - lr * gb[2], F)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'bert-zh.md'
report(doc, doc_rows(doc, specs, plain_names=True))
