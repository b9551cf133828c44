"""Recomputes every number of rst-mazur.rst (a Sphinx page re-deriving Mazur's 2-2-2 example: i = (0.05, 0.10),
targets (0.01, 0.99), w1..w8 = 0.15 … 0.55, biases 0.35 and 0.6, eta = 0.5) with 40-digit decimals. A value printed
from the page's own rounded operands is `rounded` (carried). The error after the step and after 10,000 steps is that of
gradient descent with every gradient taken before any weight changes (the page's own w1+ uses the old w5); the page
prints Mazur's program's values, whose hidden gradients use the already-updated output weights. Left out: the 1s and
2s of the formulas (1/(1 + e^-x), 1/2, 2 - 1, 1 - 1, * 1, + 0), sums' limits, the step numbers of the headings, the
figure width 80% and the year of the citation."""
import sys
from common import D, report, doc_rows, sigmoid

i1, i2, t1, t2, b1, b2, eta = D('0.05'), D('0.10'), D('0.01'), D('0.99'), D('0.35'), D('0.6'), D('0.5')
W0 = [D(v) for v in '0.15 0.20 0.25 0.30 0.40 0.45 0.50 0.55'.split()]


def forward(w):
    nh1 = w[0] * i1 + w[1] * i2 + b1
    h1, h2 = sigmoid(nh1), sigmoid(w[2] * i1 + w[3] * i2 + b1)
    no1 = w[4] * h1 + w[5] * h2 + b2
    o1, o2 = sigmoid(no1), sigmoid(w[6] * h1 + w[7] * h2 + b2)
    return nh1, h1, h2, no1, o1, o2


def grads(w):
    _, h1, h2, _, o1, o2 = forward(w)
    d1, d2 = (o1 - t1) * o1 * (1 - o1), (o2 - t2) * o2 * (1 - o2)
    e1, e2 = (d1 * w[4] + d2 * w[6]) * h1 * (1 - h1), (d1 * w[5] + d2 * w[7]) * h2 * (1 - h2)
    return [e1 * i1, e1 * i2, e2 * i1, e2 * i2, d1 * h1, d1 * h2, d2 * h1, d2 * h2], d1, d2


def error(w):
    *_, o1, o2 = forward(w)
    return ((t1 - o1) ** 2 + (t2 - o2) ** 2) / 2, o1, o2


nh1, h1, h2, no1, o1, o2 = forward(W0)
Eo1, Eo2 = (t1 - o1) ** 2 / 2, (t2 - o2) ** 2 / 2
g, d1, d2 = grads(W0)
W1 = [w - eta * gg for w, gg in zip(W0, g)]
dEdo1, dodn = o1 - t1, o1 * (1 - o1)
dEo2dh1 = d2 * W0[6]
dEdh1 = d1 * W0[4] + dEo2dh1
dh1dn = h1 * (1 - h1)
W = W1
for _ in range(9999):
    W = [w - eta * gg for w, gg in zip(W, grads(W)[0])]
E10k, o1_10k, o2_10k = error(W)
P = D
C = None
ORDER = 'follows from the update order of line 304'
specs = [
    (':math:`i_1=0.05', [i1, i2]),
    (':math:`o_1=0.01', [(o1, 'wrong label: 0.01 is the target of o1'), (o2, 'wrong label: 0.99 is the target of o2')]),
    (':math:`w_1=0.15', W0[:7] + [W0[7]]),
    ('(0.05 and 0.10)', [i1, i2, t1, t2]),
    ('net_{h1} = 0.15', [W0[0], i1, W0[1], i2, b1, C, nh1]),
    ('\\frac{1}{1+e^{-0.3775}}', [C, C, C, C, -nh1, h1]),
    ('out_{h2} = 0.596884378', [h2]),
    ('net_{o1} = 0.4 * 0.593269992', [W0[4], h1, W0[5], h2, b2, C, (no1, W0[4] * P('0.593269992') + W0[5] * P('0.596884378') + b2)]),
    ('\\frac{1}{1+e^{-1.105905967}}', [C, C, C, C, -no1, o1]),
    ('out_{o2} = 0.772928465', [o2]),
    ('ends with :math:`[0.75136079', [o1, o2, t1, t2]),
    ('(target 0.01, output 0.75136507)', [t1, o1]),
    ('(0.01 - 0.75136507)^2 = 0.274811083', [C, C, C, C, C, t1, o1, Eo1]),
    ('(target 0.99)', [t2]),
    ('E_{o2} = 0.023560026', [Eo2]),
    ('= 0.274811083 + 0.023560026', [Eo1, Eo2, (Eo1 + Eo2, P('0.274811083') + P('0.023560026'))]),
    ('-(0.01 - 0.75136507) = 0.74136507', [t1, o1, dEdo1]),
    ('= 0.75136507(1-0.75136507) = 0.186815602', [C, o1, C, -o1, dodn]),
    ('= out_{h1} = 0.593269992', [C, C, C, h1]),
    ('0.74136507 * 0.186815602 * 0.59326992', [dEdo1, dodn, h1, (g[4], P('0.74136507') * P('0.186815602') * P('0.593269992'))]),
    ('= 0.4 - 0.5*0.082167041', [W0[4], eta, g[4], W1[4]]),
    ('learning rate :math:`\\eta` is 0.5', [eta]),
    ('w_6^+ = 0.408666186', [W1[5]]), ('w_7^+ = 0.511301270', [W1[6]]), ('w_8^+ = 0.561370121', [W1[7]]),
    ('= 0.74136507 * 0.186815602 = 0.138498562', [dEdo1, dodn, (d1, P('0.74136507') * P('0.186815602'))]),
    ('= w_5 = 0.40', [W0[4]]),
    ('= 0.138498562 * 0.40 = 0.055399425', [d1, W0[4], (d1 * W0[4], P('0.138498562') * P('0.40'))]),
    ('= -.019049119', [(dEo2dh1, P('-0.038098237') * W0[6])]),
    ('0.055399425 + -.019049119 + 0.036350306', [d1 * W0[4], (dEo2dh1, P('-0.038098237') * W0[6]), dEdh1]),
    ('= out_{h1} (1-out_{h1}) = 0.241300709', [C, dh1dn]),
    ('= i_1 = 0.05', [i1]),
    ('0.036350306 * 0.241300709 * 0.05', [dEdh1, dh1dn, i1, (g[0], P('0.036350306') * P('0.241300709') * P('0.05'))]),
    ('= 0.15 - 0.5 * 0.000438568', [W0[0], eta, g[0], W1[0]]),
    ('w_2^+ = 0.19956143', [W1[1]]), ('w_3^+ = 0.24975114', [W1[2]]), ('w_4^+ = 0.29950229', [W1[3]]),
    ('The error was 0.298371109', [Eo1 + Eo2, error(W1)[0]]),
    ('10,000 such steps', [C, C, (E10k, ORDER), i1, P('0.1'), (o1_10k, ORDER), t1]),
    ('0.984065734 (target 0.99)', [(o2_10k, ORDER), t2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'rst-mazur.rst'
report(doc, doc_rows(doc, specs))
