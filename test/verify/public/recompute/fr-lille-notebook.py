"""Recomputes every number of fr-lille-notebook.ipynb (a French master's lab notebook: f1 = σ(w1 x1 + w2 x2),
f2 = σ(w3 o1), f3 = σ(w4 o1), f4 = σ(w5 o2 + w6 o3), no biases, x = (1, 2), y = 1, E = 1/2 (o4 - y)^2, gradient step
0.1; the code cell's weights w = (1, .5, 0, 2, .5, .5), which every printed output follows) with 40-digit decimals.
`delta_zi` is ∂E/∂z_i and `delta_wi` is ∂E/∂w_i with the weights numbered 1 to 6 as the question's vector lists them,
as the notebook defines both names. Left out: array indices (w[0], x[1]), reshape arguments, the execution counts,
the 1s of 1 - o and 1/(1 + e^-z), the 0.5 and 2 of E's formula.

The notebook's slips: the question's vector says w4 = 1 where the code uses 2; E is computed from o1, not o4
(0.00710467 for 0.0567836); delta_z3, delta_z2 and delta_z1 multiply by (o - y) instead of by the weight into the next
unit; every delta_wi multiplies by the unit's own output instead of the weight's input; the printed new weights
follow none of the printed gradients (cells run several times)."""
import sys
from common import D, report, doc_rows, sigmoid

C = None
x1, x2, y, eta = D(1), D(2), D(1), D('0.1')
w = [D(1), D('0.5'), D(0), D(2), D('0.5'), D('0.5')]
z1 = w[0] * x1 + w[1] * x2
o1 = sigmoid(z1)
z2, z3 = w[2] * o1, w[3] * o1
o2, o3 = sigmoid(z2), sigmoid(z3)
z4 = w[4] * o2 + w[5] * o3
o4 = sigmoid(z4)
E = (o4 - y) ** 2 / 2
d4 = o4 * (1 - o4) * (o4 - y)
d3 = o3 * (1 - o3) * w[5] * d4
d2 = o2 * (1 - o2) * w[4] * d4
d1 = o1 * (1 - o1) * (w[2] * d2 + w[3] * d3)
g = [d1 * x1, d1 * x2, d2 * o1, d3 * o1, d4 * o2, d4 * o3]
new = [wi - eta * gi for wi, gi in zip(w, g)]
specs = [
    ('Avec $\\vec w = (1, .5, 0, 1, .5, .5)$', w + [x1, x2, y]),
    ('@@z1: [2.]', [z1]),
    ('@@o1: [0.88079708]', [o1]),
    ('w = np.array([1, .5, 0, 2, .5, .5])', w + [C, C]),
    ('x = np.array([1,2])', [x1, x2, C, C]),
    ('z1 = w[0] * x[0] + w[1] * x[1]', [C, C, C, C]),
    ('@@[0.00710467]', [E]),
    ('@@y = 1', [y]),
    ('@@delta_z4: [-0.07529531]', [C, d4]),
    ('@@delta_w4: [-0.049921]', [C, g[3]]),
    ('z4 = o2 * w[4] + o3 * w[5]', [C, C]),
    ('@@delta_z3: [0.00137786]', [C, d3]),
    ('@@delta_w3: [0.00117611]', [C, g[2]]),
    ('z3 = o1 * w[3]', [C]),
    ('@@delta_z2: [0.00938594]', [C, d2]),
    ('@@delta_w2: [0.00470589]', [C, g[1]]),
    ('@@delta_z1: [-0.00013471]', [C, d1]),
    ('@@delta_w1: [-0.00011866]', [C, g[0]]),
    ('z2 = o1 * w[2]', [C]),
    ('pour un pas de gradient de 0.1', [eta]),
    ('@@step = .1', [eta]),
    ('@@[[1.00113796]', [new[0]]),
    ('@@[0.50113796]', [new[1]]),
    ('@@[0.00483823]', [new[2]]),
    ('@@[2.00121222]', [new[3]]),
    ('@@[0.5199684 ]', [new[4]]),
    ('@@[0.5199684 ]]', [new[5]]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'fr-lille-notebook.ipynb'
report(doc, doc_rows(doc, specs, plain_names=True))
