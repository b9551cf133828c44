"""Recomputes every number of prakash-equation.md (prakashjayy's "BackPropogation" notebook: input [0.1, 0.2, 0.7] times
W_ij, ReLU; times W_jk, sigmoid; times W_kl, softmax; biases 1.0; target [1, 0, 0]; the error Σ -(t log o + (1 - t)
log(1 - o)) with base-10 logarithms, as the notebook's numbers are) with 40-digit decimals; a value printed from the
notebook's own rounded values is `rounded` (carried). Left out: the layer numbers of the headings, the 0 and 1s of
max(0, x), 1/(1 + e^{-x}), -(1/n) and -1 * ((…)), the index 3 of the sum, the digits of names (h1, W_{i1j1})."""
import sys
from common import D, report, doc_rows, sigmoid, exp, ln

x = [D('0.1'), D('0.2'), D('0.7')]
Wij = [[D('0.1'), D('0.2'), D('0.3')], [D('0.3'), D('0.2'), D('0.7')], [D('0.4'), D('0.3'), D('0.9')]]
Wjk = [[D('0.2'), D('0.3'), D('0.5')], [D('0.3'), D('0.5'), D('0.7')], [D('0.6'), D('0.4'), D('0.8')]]
Wkl = [[D('0.1'), D('0.4'), D('0.8')], [D('0.3'), D('0.7'), D('0.2')], [D('0.5'), D('0.2'), D('0.9')]]
one, t = D('1.0'), [D(1), D(0), D(0)]
row = lambda v, W: [sum(v[i] * W[i][j] for i in range(3)) + one for j in range(3)]
n1 = row(x, Wij)
h1 = [max(D(0), v) for v in n1]
n2 = row(h1, Wjk)
h2 = [sigmoid(v) for v in n2]
n3 = row(h2, Wkl)
Z = sum(exp(v) for v in n3)
o = [exp(v) / Z for v in n3]
L10 = ln(D(10))
log10 = lambda v: ln(v) / L10
terms = [-log10(o[0]), -log10(1 - o[1]), -log10(1 - o[2])]
E = sum(terms)
dEdo = [(-t[i] / o[i] + (1 - t[i]) / (1 - o[i])) / L10 for i in range(3)]
dodn = [v * (1 - v) for v in o]
# carried from the notebook's rounded values
h2p = [D('0.938'), D('0.94'), D('0.98')]
n3c = row(h2p, Wkl)
Zc = sum(exp(v) for v in n3c)
oc = [exp(v) / Zc for v in n3c]
op = [D('0.2698'), D('0.3223'), D('0.4078')]
tc = [-log10(op[0]), -log10(1 - op[1]), -log10(1 - op[2])]
H = 'follows from h2_out1 = 0.938 (0.939)'
S = 'follows from the softmax written n_i / Σ n_j (0.2698 …)'
os = [v / sum(n3c) for v in n3c]   # the notebook's outputs: each net over the sum of the nets, no exponentials
C = None
W_ = 'the worked product multiplies by another matrix than W_ij'
specs = [
    ('@@0.1 & 0.2 & 0.7 \\\\\\end{array} \\right]', x),
    ('@@0.1 & 0.2 & 0.3 \\\\', Wij[0]), ('@@0.3 & 0.2 & 0.7 \\\\', Wij[1]), ('0.4 & 0.3 & 0.9', Wij[2]),
    ('@@0.2 & 0.3 & 0.5 \\\\', Wjk[0]), ('@@0.3 & 0.5 & 0.7 \\\\', Wjk[1]), ('0.6 & 0.4 & 0.8', Wjk[2]),
    ('@@0.1 & 0.4 & 0.8 \\\\', Wkl[0]), ('@@0.3 & 0.7 & 0.2 \\\\', Wkl[1]), ('0.5 & 0.2 & 0.9', Wkl[2]),
    ('1.0 & 0.0 & 0.0', t),
    ('## Layer 1: ReLU', [C]), ('relu = max(0, x)', [C]),
    ('0.1 & 0.2 & 0.7 \\\\ \\end{array} \\right] \\times', x),
    ('@@0.1 & 0.4 & 0.3 \\\\', [Wij[0][0], (Wij[0][1], W_), Wij[0][2]]),
    ('@@0.3 & 0.7 & 0.7 \\\\', [Wij[1][0], (Wij[1][1], W_), Wij[1][2]]),
    ('0.5 & 0.2 & 0.9 \\\\ \\end{array} \\right]  +', [(Wij[2][0], W_), (Wij[2][1], W_), Wij[2][2]]),
    ('1.0 & 1.0 & 1.0', [one] * 3),
    ('1.35 & 1.27 & 1.8 \\\\ \\end{array} \\right]$', n1) if False else ('@@1.35 & 1.27 & 1.8 \\\\ \\end{array} \\right]', n1),
    ('1.35 & 1.27 & 1.8 \\\\\\end{array}', h1),
    ('## Layer 2: sigmoid', [C]), ('Sigmoid = 1/(1+', [C, C]),
    ('1.35 & 1.27 & 1.8 \\\\ \\end{array} \\right] \\times', h1),
    ('@@0.2 & 0.3 & 0.5 \\\\', Wjk[0]), ('@@0.3 & 0.5 & 0.7 \\\\', Wjk[1]), ('0.6 & 0.4 & 0.8 \\\\ \\end{array} \\right]  +', Wjk[2]),
    ('1.0 & 1.0 & 1.0', [one] * 3),
    ('2.73 & 2.76 & 4.001', n2),
    ('0.938 & 0.94 & 0.98 \\\\\\end{array}', h2),
    ('## Layer 3: softmax', [C]),
    ('0.938 & 0.94 & 0.98 \\\\ \\end{array} \\right] \\times', [(h2[0], 'repeats 0.938')] + h2[1:]),
    ('@@0.1 & 0.4 & 0.8 \\\\', Wkl[0]), ('@@0.3 & 0.7 & 0.2 \\\\', Wkl[1]), ('0.5 & 0.2 & 0.9 \\\\ \\end{array} \\right]  +', Wkl[2]),
    ('1.0 & 1.0 & 1.0', [one] * 3),
    ('1.8658 & 2.2292 & 2.8204', [(n3[k], n3c[k]) for k in range(3)]),
    ('0.2698 & 0.3223 & 0.4078', [(o[k], oc[k]) for k in range(3)]),
    ('The target is [1.0, 0.0, 0.0]', t + [(o[k], S) for k in range(3)]),
    ('cross entropy = - (1/n)', [C, C, C]),
    ('Error = - ((1*', [t[0], (o[0], S), D(0), t[1], (o[1], S), 1 - t[1], C, (o[1], S), t[2], (o[2], S),
                        1 - t[2], C, (o[2], S)]),
    ('Error = - \\log(0.2698)', [(o[0], S), (1 - o[1], S), (1 - o[2], S)]),
    ('Error = + 0.569858', [(terms[k], tc[k]) for k in range(3)] + [(E, sum(tc))]),
    ('=  -1 *  ((y_{1}', [C] * 5),
    ('@@-3.70644\\\\', [dEdo[0]]), ('@@-1.4755\\\\', [dEdo[1]]), ('-1.6886\\\\ \\end{array}', [dEdo[2]]),
    ('@@0.15911\\\\', [(dodn[0], oc[0] * (1 - oc[0]))]), ('@@0.2040\\\\', [(dodn[1], oc[1] * (1 - oc[1]))]),
    ('0.3685\\\\ \\end{array}', [(dodn[2], oc[2] * (1 - oc[2]))]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'prakash-equation.md'
report(doc, doc_rows(doc, specs, plain_names=True))
