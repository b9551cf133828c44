"""Recomputes every number of zh-optimizers.md (a Chinese post's first step of five update rules on J(theta) = theta^2
from theta = 1 with alpha = 0.1: gradient descent, momentum as an exponential average, AdaGrad, RMSprop with
rho = 0.9, Adam with beta_1 = 0.9, beta_2 = 0.999; epsilon = 10^{-8}) with 40-digit decimals. Left out: the list
numbers 1.–6., the 1 of 1 - beta and 1 - rho, the exponent -8 of epsilon (the 10 is counted as a given), the powers
^2 and ^1."""
import sys
from common import D, report, doc_rows

th, al, eps = D(1), D('0.1'), D(10) ** -8
g = 2 * th
C = None
b, rho, b1, b2 = D('0.9'), D('0.9'), D('0.9'), D('0.999')
v = (1 - b) * g
r_ada = g * g
r_rms = (1 - rho) * g * g
m, va = (1 - b1) * g, (1 - b2) * g * g
mh, vh = m / (1 - b1), va / (1 - b2)
given = lambda *extra: [th, al] + list(extra)
grad = [C, D(2), g]
specs = [
    (13, given()), (15, grad), (16, [C, th, al, g, th - al * g]),
    (30, given(b)), (32, [C, D(0)]), (33, grad), (34, [C, C, b, D(0), 1 - b, g, v]), (35, [C, th, al, v, th - al * v]),
    (49, given(D(10))), (51, [C, D(0)]), (52, grad), (53, [C, D(0), g, r_ada]),
    (54, [C, th, al, r_ada, D(10), g, th - al / (r_ada + eps).sqrt() * g]),
    (64, given(rho, D(10))), (66, [C, D(0)]), (67, grad), (68, [C, C, rho, D(0), 1 - rho, g, r_rms]),
    (69, [C, th, al, r_rms, D(10), g, th - al / (r_rms + eps).sqrt() * g]),
    (83, given(b1, b2, D(10))), (85, [C, D(0), D(0)]), (86, grad),
    (87, [C, C, b1, D(0), 1 - b1, g, m]), (88, [C, C, b2, D(0), 1 - b2, g, va]),
    (89, [C, C, m, C, b1, mh, C, va, C, b2, vh]),
    (90, [C, th, al, vh, D(10), mh, th - al / (vh.sqrt() + eps) * mh]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'zh-optimizers.md'
report(doc, doc_rows(doc, specs))
