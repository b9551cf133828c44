"""Recomputes every number of mermaid-blame.md (a blog post's traced 2-2-1 sigmoid network without biases: x = (1, 0),
w_11 = 0.5, w_12 = 0.4, w_21 = 0.3, w_22 = 0.6, v = (0.7, 0.8), y = 1, E = 1/2 (y - o)^2, alpha = 0.5; one step and a
second forward pass) with 40-digit decimals. Left out: the node names of the mermaid diagrams (X1, H2, x₁), the step
numbers and layer indices of the pseudo-code, the 1 and 2 of 1/2, 1 - h and e^{-z}, the exponent 10."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, y, al = D(1), D(0), D(1), D('0.5')
w11, w12, w21, w22, v1, v2 = D('0.5'), D('0.4'), D('0.3'), D('0.6'), D('0.7'), D('0.8')
z1, z2 = w11 * x1 + w12 * x2, w21 * x1 + w22 * x2
h1, h2 = sigmoid(z1), sigmoid(z2)
zo = v1 * h1 + v2 * h2
o = sigmoid(zo)
E = (y - o) ** 2 / 2
d2 = (o - y) * o * (1 - o)
d11 = h1 * (1 - h1) * v1 * d2
d12 = h2 * (1 - h2) * v2 * d2
gv1, gv2 = d2 * h1, d2 * h2
v1n, v2n, w11n, w21n = v1 - al * gv1, v2 - al * gv2, w11 - al * d11 * x1, w21 - al * d12 * x1
h1n, h2n = sigmoid(w11n * x1), sigmoid(w21n * x1)
zon = v1n * h1n + v2n * h2n
on = sigmoid(zon)
# carried from the page's rounded operands
h1p, h2p, op, d2p = D('0.6225'), D('0.5744'), D('0.7101'), D('-0.0596')
O = 'follows from o = 0.7101'
F = 'follows from delta = -0.0596'
C = None
specs = [
    ('X1["x₁ = 1"]', [C, C, w11, C]), ('X1 -->|"w₂₁=0.3"|', [C, w21, C]),
    ('X2["x₂ = 0"]', [C, C, w12, C]), ('X2 -->|"w₂₂=0.6"|', [C, w22, C]),
    ('H1 -->|"v₁=0.7"|', [C, v1]), ('H2 -->|"v₂=0.8"|', [C, v2]),
    ('- Input: $x_1 = 1$', [x1, x2]),
    ('- Hidden weights:', [w11, w12, w21, w22]),
    ('- Output weights:', [v1, v2]),
    ('- Biases: all = 0', [D(0)]),
    ('- Target: $y = 1$', [y]),
    ('- Learning rate:', [al]),
    ('$$z_1^{(1)} =', [w11, x1, w12, x2, z1]),
    ('$$h_1 = \\sigma(0.5)', [z1, C, C, -z1, h1]),
    ('$$z_2^{(1)} =', [w21, x1, w22, x2, z2]),
    ('$$h_2 = \\sigma(0.3)', [z2, C, C, -z2, h2]),
    ('$$z^{(2)} =', [v1, h1, v2, h2, (zo, v1 * h1p + v2 * h2p)]),
    ('$$o = \\sigma(0.8953)', [zo, o]),
    ('**Error:**', [C, C, C, C, y, (o, O), (E, (y - op) ** 2 / 2)]),
    ('$$\\delta^{(2)} = (o - y)', [C, (o, O), y, (o, O), C, (o, O)]),
    ('$$\\delta^{(2)} = -0.2899', [(o - y, op - y), o * (1 - o), (d2, D('-0.2899') * D('0.2058'))]),
    ('$$\\delta_1^{(1)} = 0.6225', [h1, 1 - h1, v1, (d2, 'repeats delta = -0.0596'), (d11, h1p * (1 - h1p) * v1 * d2p)]),
    ('$$\\delta_2^{(1)} = 0.5744', [h2, 1 - h2, v2, (d2, 'repeats delta = -0.0596'), (d12, h2p * (1 - h2p) * v2 * d2p)]),
    ('\\partial v_1} = \\delta^{(2)}', [(d2, 'repeats delta = -0.0596'), h1, (gv1, F)]),
    ('\\partial v_2} = \\delta^{(2)}', [(d2, 'repeats delta = -0.0596'), h2, (gv2, F)]),
    ('\\partial w_{11}} = \\delta_1^{(1)}', [d11, x1, d11 * x1]),
    ('\\partial w_{12}} = \\delta_1^{(1)}', [d11, x2, d11 * x2]),
    ('\\partial w_{21}} = \\delta_2^{(1)}', [d12, x1, d12 * x1]),
    ('\\partial w_{22}} = \\delta_2^{(1)}', [d12, x2, d12 * x2]),
    ('$$v_1^{\\text{new}}', [v1, al, (gv1, F), (v1n, v1 - al * D('-0.0371'))]),
    ('$$v_2^{\\text{new}}', [v2, al, (gv2, F), (v2n, F)]),
    ('$$w_{11}^{\\text{new}}', [w11, al, d11, (w11n, w11 - al * D('-0.0098'))]),
    ('$$w_{21}^{\\text{new}}', [w21, al, d12, (w21n, w21 - al * D('-0.0117'))]),
    ('$$h_1^{\\text{new}}', [(w11n, w11 - al * D('-0.0098')), x1, (h1n, sigmoid(D('0.5049')))]),
    ('$$h_2^{\\text{new}}', [(w21n, w21 - al * D('-0.0117')), x1, (h2n, sigmoid(D('0.3059')))]),
    ('$$o^{\\text{new}}', [(v1n, D('0.7186')), (h1n, D('0.6236')), (v2n, D('0.8171')), (h2n, D('0.5759')),
                           (zon, D('0.7186') * D('0.6236') + D('0.8171') * D('0.5759')), (on, sigmoid(D('0.9190')))]),
    ('The output moved from', [(o, O), (on, sigmoid(D('0.9190'))), y]),
    ('E["Loss: 0.042"]', [(E, (y - op) ** 2 / 2), (d2, 'repeats delta = -0.0596')]),
    ('DH1["δ_h1', [C, C, d11]), ('DH2["δ_h2', [C, C, d12]),
    ('The hidden delta', [d11, (d2, 'repeats delta = -0.0596')]),
    ('the bound is', [D('0.25'), D('0.25') ** 10]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'mermaid-blame.md'
report(doc, doc_rows(doc, specs))
