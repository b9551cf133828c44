"""Recomputes every number of obsidian-mazur.md (Mazur's 2-2-2 sigmoid network, E = sum of 1/2 (t - out)^2,
alpha = 0.5) with 40-digit decimals. Left out: the constants of formulas (the 1s and 2s of 1/(1 + e^{-x}),
2 · 1/2 (…)^{(2-1)} · -1 + 0, 1 · out + 0 + 0), the image widths 300 and 400 and the heading's 2-2-2."""
import sys
from common import D, sigmoid, report, doc_rows

i1, i2, t1, t2 = D('0.05'), D('0.10'), D('0.01'), D('0.99')
w1, w2, w3, w4, w5, w6, w7, w8, b1, b2, eta = (D(v) for v in ('0.15', '0.20', '0.25', '0.30', '0.40', '0.45', '0.50', '0.55', '0.35', '0.60', '0.5'))
net_h1 = w1 * i1 + w2 * i2 + b1
h1, h2 = sigmoid(net_h1), sigmoid(w3 * i1 + w4 * i2 + b1)
o1, o2 = sigmoid(w5 * h1 + w6 * h2 + b2), sigmoid(w7 * h1 + w8 * h2 + b2)
E1, E2 = (t1 - o1) ** 2 / 2, (t2 - o2) ** 2 / 2
dE_do1, dE_do2 = -(t1 - o1), -(t2 - o2)
s_o1, s_o2 = o1 * (1 - o1), o2 * (1 - o2)
g5 = dE_do1 * s_o1 * h1
dEo1_dh1, dEo2_dh1 = dE_do1 * s_o1 * w5, dE_do2 * s_o2 * w7
dE_dh1 = dEo1_dh1 + dEo2_dh1
# ∂E_o2/∂out_h1 by hand as Mazur's post works it (the seeds' oracle, claims.json 001.bwd.dE_o2_dout_h1): δ_o2 from the
# printed out_o2 = 0.772928465, rounded to the page's 9 decimals (−0.038098237), times w7 = 0.5: the tie −0.0190491185
o2p = D('0.772928465')
C = (-(t2 - o2p) * o2p * (1 - o2p)).quantize(D('1e-9')) * w7
s_h1 = h1 * (1 - h1)
g1 = dE_dh1 * s_h1 * i1
specs = [
    ('&= 0.15 \\cdot 0.05', [w1, i1, w2, i2, b1, net_h1]),
    ('e^{-0.3775}}=0.593269992', [None, None, None, None, -net_h1, h1]),
    ('For $h_2$', [h2]), ('For $o_1$: $out', [o1]), ('For $o_2$: $out', [o2]),
    ('(0.01 - 0.75136507)^2 = 0.274811083', [None, None, None, None, t1, o1, E1]),
    ('For $o_2$: $E_{o_2}', [E2]),
    ('$E_{total} = E_{o_1} + E_{o_2} = ', [E1, (E2, 'repeats 0.023450026 (line 19)'), (E1 + E2, D('0.274811083') + D('0.023450026'))]),
    ('-(0.01 - 0.75136507) = 0.74136507', [t1, o1, dE_do1]),
    ('&= 0.75136507(1-0.75136507)', [o1, None, -o1, s_o1]),   # `1-0.75136507` reads as 1 and -0.75136507
    ('1 \\cdot out_{h_1} + 0 + 0 =', [None, None, None, h1]),
    ('&= 0.74136507 \\cdot 0.186815602', [dE_do1, s_o1, h1, g5]),
    ('The step against the gradient', [eta, w5, eta, g5, w5 - eta * g5]),
    ('Two factors are known already', [(dEo1_dh1, 'wrong label: 0.74136507 is ∂E_total/∂out_o1'), s_o1]),
    ('&= w_5 = 0.40', [w5]),
    ('Together: $$', [dE_do1, s_o1, w5, dEo1_dh1]),   # the page substitutes out_o1 for the first factor
    ('and in the same way', [(dEo2_dh1, C)]),
    ('Summed: $$', [dEo1_dh1, (dEo2_dh1, C), dE_dh1]),
    ('&= out_{h_1}(1-out_{h_1}) = 0.241300709', [None, s_h1]),
    ('&= i_1 = 0.05', [i1]),
    ('= 0.036350306 \\cdot 0.241300709', [dE_dh1, s_h1, i1, g1]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'obsidian-mazur.md'
report(doc, doc_rows(doc, specs))
