"""Recomputes every number of geoj-cs231n.md (the cs231n two-layer net of g-eoj/cs231n: x = [16, -6], h1 = max(0, x W1 + b1),
scores = h1 W2 + b2, softmax cross-entropy with label y = 2; W1 = [[0.18, 0.04], [0.1, 0.22]], W2 = [[0.19, -0.1, 0.1],
[-0.02, -0.01, 0.04]], zero biases) with 40-digit decimals. Left out: the names' digits (W1, h1, b2) and subscripts,
the "start at 0" of the prose, the constants -1 of -1 + softmax(…)."""
import sys
from common import D, report, doc_rows, exp, ln

x = [D(16), D(-6)]
W1 = [[D('0.18'), D('0.04')], [D('0.1'), D('0.22')]]
W2 = [[D('0.19'), D('-0.1'), D('0.1')], [D('-0.02'), D('-0.01'), D('0.04')]]
M = [x[0] * W1[0][j] + x[1] * W1[1][j] for j in range(2)]
h = [max(D(0), m) for m in M]
s = [h[0] * W2[0][k] + h[1] * W2[1][k] for k in range(3)]
Z = sum(exp(v) for v in s)
p = [exp(v) / Z for v in s]
loss = -ln(p[2])
g = [p[0], p[1], p[2] - 1]
dW2 = [[h[i] * g[k] for k in range(3)] for i in range(2)]
dh = [sum(g[k] * W2[i][k] for k in range(3)) for i in range(2)]
dM = [dh[0] if M[0] > 0 else D(0), dh[1] if M[1] > 0 else D(0)]
dW1 = [[x[i] * dM[j] for j in range(2)] for i in range(2)]
C, Z0 = None, D(0)
# carried from the printed 12-digit operands
gp, dhp = [D('0.429052723714'), D('0.221490524653'), D('-0.650543248367')], D('-0.005683359796')
dW2c = [(dW2[0][k], h[0] * gp[k]) for k in range(3)]
dW1c = [(dW1[0][0], x[0] * dhp), dW1[0][1]], [(dW1[1][0], x[1] * dhp), dW1[1][1]]
specs = [
    ('indices start at 0', [C]),
    ('\\mathit{x} &= \\begin{bmatrix}16', x),
    ('\\mathit{y} &= 2', [D(2)]),
    ('\\mathit{W1} &=', W1[0] + W1[1]),
    ('\\mathit{b1} &=', [Z0, Z0]),
    ('\\mathit{W2} &=', W2[0] + W2[1]),
    ('\\mathit{b2} &=', [Z0] * 3),
    ('+ 0 + 0', [Z0, Z0]),
    ('\\max(0, \\mathit{x}', [Z0]),
    ('\\max (0, \\begin{bmatrix}16', [Z0] + x + W1[0] + W1[1] + [Z0, Z0]),
    ('\\max (0, \\begin{bmatrix}2.28', [Z0] + M),
    ('@@\\begin{bmatrix}2.28 & 0\\end{bmatrix}$', h),
    ('\\begin{bmatrix}2.28 & 0\\end{bmatrix} \\begin{bmatrix}0.19', h + W2[0] + W2[1] + [Z0] * 3),
    ('@@\\begin{bmatrix}0.4332 & -0.228 & 0.228\\end{bmatrix}$', s),
    ('[[ 0.4332 -0.228', s),
    ('The label $y = 2$', [D(2), Z0, Z0, D(1)]),
    ('loss(scores) &= -(0)', [Z0, s[0], s[0], s[1], s[2]]),
    ('&+ -(0)\\log{(\\frac{e^{-0.228}}', [Z0, s[1], s[0], s[1], s[2]]),
    ('&+ -(1)\\log', [D(1), s[2], s[0], s[1], s[2]]),
    ('&= 1.051375468504', [loss]),
    ('with $y = 2$', [D(2)]),
    ('&= 0 + \\frac{e^{scores_0}}', [Z0]),
    ('&= -1 + \\frac{e^{scores_2}}', [C]),
    ('&= -1 + \\text{softmax}(scores_2)', [C]),
    ('\\nabla loss(scores) &= \\begin{bmatrix}\\text{softmax}(scores_0)', [C]),
    ('\\text{softmax}(0.4332)', [s[0], s[1], C, s[2]]),
    ('&= \\begin{bmatrix}0.429052723714', g),
    ('&= \\begin{bmatrix}2.28 \\\\ 0\\end{bmatrix}', h + g),
    ('@@0.978240210068 & 0.504998396209 & -1.483238606277 \\\\', dW2c),
    ('@@0 & 0 & 0', dW2[1]),
    ('[[ 0.97824021', dW2[0]),
    ('@@[ 0.          0.          0.        ]]', dW2[1]),
    ('$\\nabla loss(scores) = \\begin{bmatrix}0.429052723714', g),
    ('@@&= \\begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\\end{bmatrix}', g),
    ('\\begin{bmatrix}0.19 & -0.02', [W2[0][0], W2[1][0], W2[0][1], W2[1][1], W2[0][2], W2[1][2]]),
    ('&= \\begin{bmatrix} -0.005683359796 & -0.036817689655', dh),
    ('(here $1 \\times 2$)', [D(1), D(2), Z0]),
    ('From the forward pass $M =', M),
    ('-0.005683359796(1)', [dh[0], D(1), dh[1], Z0]),
    ('@@&= \\begin{bmatrix} -0.005683359796 & 0 \\end{bmatrix}.', dM),
    ('&= \\begin{bmatrix}16 \\\\ -6\\end{bmatrix}', x + dM),
    ('@@-0.090933756736 & 0 \\\\', dW1c[0]),
    ('@@0.034100158776 & 0', dW1c[1]),
    ('[[-0.09093376', dW1[0]),
    ('[ 0.03410016', dW1[1]),
    ("The hidden biases' gradient", dM),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'geoj-cs231n.md'
report(doc, doc_rows(doc, specs, plain_names=True))
