"""Recomputes every number of adam-first-step.md (q4quant's first Adam step: g1 = 4, m0 = v0 = 0, alpha = 0.1,
beta1 = 0.9, beta2 = 0.999, epsilon = 0) with 40-digit decimals. Left out: indices."""
import sys
from common import D, report, doc_rows

g, a, b1, b2, eps = D(4), D('0.1'), D('0.9'), D('0.999'), D(0)
m1, v1 = (1 - b1) * g, (1 - b2) * g * g
mh, vh = m1 / (1 - b1), v1 / (1 - b2)
step = -a * mh / (vh.sqrt() + eps)
specs = [
    ('Let $g_1=4$', [g, D(0), a, b1, b2, eps]),
    ('$m_1=0.1(4)=0.4$', [1 - b1, g, m1, 1 - b2, g * g, v1, m1, 1 - b1, mh]),
    ('$\\hat v_1=0.016/0.001=16$', [v1, 1 - b2, vh, -a, mh, vh, step]),
    ('At $t=1$', [D(1)]),
    ('With $\\epsilon=0$', [eps]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else '../adam-first-step.md'
report(doc, doc_rows(doc, specs))
