"""Recomputes every number of ng-tanh-batch.md (3-4-1 network: tanh hidden units, sigmoid output; one example, then
three as the columns of X) with 40-digit decimals. Left out: layer and example indices, the 1s of 1/(1 + e^{-z}),
the heading's 3-4-1 and the prose threshold 0.5."""
import sys
from common import D, tanh, sigmoid, exp, report, doc_rows

W1 = [[D('0.1'), D('0.2'), D('-0.3')], [D('0.4'), D('-0.1'), D('0.5')], [D('-0.2'), D('0.3'), D('0.1')], [D('0.2'), D('-0.4'), D('0.2')]]
b1 = [D('0.1'), D('-0.2'), D('0.3'), D('0.0')]
W2, b2 = [D('0.5'), D('-0.3'), D('0.4'), D('0.1')], D('0.2')
X = [[D('1.2'), D('0.8'), D('-0.5')], [D('0.5'), D('-0.3'), D('1.1')], [D('-0.8'), D('1.5'), D('0.2')]]
Z = [[sum(W1[j][k] * x[k] for k in range(3)) + b1[j] for j in range(4)] for x in X]   # Z[e][j]
A = [[tanh(z) for z in col] for col in Z]
Z2 = [sum(W2[j] * a[j] for j in range(4)) + b2 for a in A]
A2 = [sigmoid(z) for z in Z2]

# where each wrong tanh value the page carries on with comes from
F = {(0, 0): 'follows from tanh(0.53) printed 0.487 (line 40)', (0, 3): 'follows from tanh(-0.18) printed -0.179 (line 40)'}
Zp = {(1, 0): 'follows from z_1^{[1](2)} printed -0.18 (line 86)', (1, 1): 'follows from z_2^{[1](2)} printed 0.68 (line 87)',
      (1, 2): 'follows from z_3^{[1](2)} printed 0.32 (line 88)', (1, 3): 'follows from z_4^{[1](2)} printed 0.42 (line 89)',
      (2, 0): 'follows from z_1^{[1](3)} printed 0.17 (line 91)', (2, 2): 'follows from z_3^{[1](3)} printed 0.83 (line 93)'}


def a_val(e, j):
    """The printed a_j of example e: the exact tanh, or a note when the page carries a wrong value or argument."""
    if (e, j) in Zp:
        return (A[e][j], Zp[(e, j)])
    return (A[e][j], F[(e, j)]) if (e, j) in F else A[e][j]


def chain(e, j, products=True):
    """z_j^{[1](e)} = w(x) + w(x) + w(x) + b [= products] = z."""
    x, w = X[e], W1[j]
    vals = []
    for k in range(3):
        vals += [w[k], x[k]]
    vals.append(b1[j])
    if products:
        # a negative term after the first is printed as `- 0.08`: the number printed is its size
        terms = [w[k] * x[k] for k in range(3)] + [b1[j]]
        vals += [terms[0]] + [t if t >= 0 else -t for t in terms[1:]]
    return vals + [Z[e][j]]


z2p = [D('0.539'), None, None]
n1 = sigmoid(D('0.539'))
specs = [
    ('@@0.1 & 0.2 & -0.3 \\\\', W1[0]), ('@@0.4 & -0.1 & 0.5 \\\\', W1[1]), ('@@-0.2 & 0.3 & 0.1 \\\\', W1[2]), ('@@0.2 & -0.4 & 0.2', W1[3]),
    ('b^{[1]} = \\begin{bmatrix} 0.1', b1), ('W^{[2]} = \\begin{bmatrix} 0.5', W2 + [b2]), ('X = \\begin{bmatrix} 1.2', X[0]),
    ('$$z_1^{[1]} =', chain(0, 0)), ('$$z_2^{[1]} =', chain(0, 1)), ('$$z_3^{[1]} =', chain(0, 2)), ('$$z_4^{[1]} =', chain(0, 3)),
    ('$$z^{[1]} = \\begin{bmatrix} 0.53', Z[0]),
    ('$$a^{[1]} = \\tanh', Z[0] + A[0]),
    ('$$z^{[2]} = 0.5(0.487)', [W2[0], a_val(0, 0), W2[1], A[0][1], W2[2], A[0][2], W2[3], a_val(0, 3), b2]),
    ('$$z^{[2]} = 0.244', [(W2[0] * A[0][0], F[(0, 0)]), W2[1] * A[0][1], W2[2] * A[0][2], (-W2[3] * A[0][3], D('0.0179')), b2,
                           (Z2[0], 'follows from 0.487 and -0.179 (line 40)')]),
    ('$$a^{[2]} = \\sigma(0.539)', [(Z2[0], 'follows from z^{[2]} printed 0.539 (line 48)'), None, None,
                                   (-Z2[0], 'follows from z^{[2]} printed 0.539 (line 48)'), None, None, (exp(-Z2[0]), 'follows from 0.539 (line 48)'),
                                   (A2[0], 'follows from 0.539 (line 48)')]),
    ('So the prediction', [(A2[0], 'follows from 0.539 (line 48)')]),
    ('@@0.1 & 0.2 & -0.3 \\\\', W1[0]), ('@@0.4 & -0.1 & 0.5 \\\\', W1[1]), ('@@-0.2 & 0.3 & 0.1 \\\\', W1[2]), ('@@0.2 & -0.4 & 0.2', W1[3]),
    ('@@1.2 & 0.5 & -0.8 \\\\', [X[0][0], X[1][0], X[2][0]]), ('@@0.8 & -0.3 & 1.5 \\\\', [X[0][1], X[1][1], X[2][1]]),
    ('@@-0.5 & 1.1 & 0.2', [X[0][2], X[1][2], X[2][2]]),
    ('@@0.1 \\\\', [b1[0]]), ('@@-0.2 \\\\', [b1[1]]), ('@@0.3 \\\\', [b1[2]]), ('@@0.0', [b1[3]]),
]
specs += [(f'$z_{j + 1}^{{[1]({e + 1})}}', chain(e, j, products=False)) for e in range(3) for j in range(4)]
zrow = lambda j: [Z[e][j] for e in range(3)]
specs += [('@@0.53 & -0.18 & 0.17 \\\\', zrow(0)), ('@@-0.05 & 0.68 & -0.57 \\\\', zrow(1)), ('@@0.25 & 0.32 & 0.83 \\\\', zrow(2)),
          ('@@-0.18 & 0.42 & -0.72', zrow(3))]
arow = lambda j: [a_val(e, j) for e in range(3)]
specs += [('@@0.487 & -0.178 & 0.169 \\\\', arow(0)), ('@@-0.050 & 0.590 & -0.516 \\\\', arow(1)), ('@@0.245 & 0.310 & 0.688 \\\\', arow(2)),
          ('@@-0.179 & 0.398 & -0.618', arow(3))]
for e in range(3):
    vals = []
    for j in range(4):
        vals += [W2[j], a_val(e, j)]
    specs.append((f'$z^{{[2]({e + 1})}}', vals + [b2, (Z2[e], 'the sum of its printed terms is not the printed value' if e else 'follows from 0.487 and -0.179 (line 109, 112)')]))
specs += [('Z^{[2]} = \\begin{bmatrix} 0.539', [(Z2[e], f'repeats line {118 + e}') for e in range(3)]),
          ('A^{[2]} = \\sigma(Z^{[2]}) = \\begin{bmatrix} 0.632', [(A2[e], f'follows from line {122}') for e in range(3)])]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ng-tanh-batch.md'
report(doc, doc_rows(doc, specs))
