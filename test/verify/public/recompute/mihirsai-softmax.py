"""Recomputes every number of mihirsai-softmax.md (X = [1, 2], W 2x3, softmax, cross-entropy against [0, 1, 0],
learning rate 0.1) with 40-digit decimals. The exponents e^{-1.9}, e^0 are counted as the shifted logits they are."""
import sys
from common import D, exp, ln, report, numbers_row as R

X = [D('1.0'), D('2.0')]
W = [[D('0.2'), D('-0.3'), D('0.5')], [D('-0.5'), D('0.7'), D('-0.2')]]
t = [D(0), D(1), D(0)]
eta = D('0.1')
z = [X[0] * W[0][k] + X[1] * W[1][k] for k in range(3)]
m = max(z)
s = [v - m for v in z]
e = [exp(v) for v in s]
S = sum(e)
p = [v / S for v in e]
L = -ln(p[1])
g = [p[k] - t[k] for k in range(3)]
G = [[X[i] * g[k] for k in range(3)] for i in range(2)]
dW = [[-eta * G[i][k] for k in range(3)] for i in range(2)]
F = 'follows from e^{-1.9} = 0.149 (line 44)'
P = [D('0.149') / D('1.517'), D('1.0') / D('1.517'), D('0.368') / D('1.517')]
rows = []
rows += R('* Input feature vector: `X = [[1.0, 2.0]]` (one example, two features)', *X)
rows += R('  W = \\begin{bmatrix} 0.2 & -0.3 & 0.5 \\\\ -0.5 & 0.7 & -0.2 \\end{bmatrix}', *W[0], *W[1])
rows += R('* One-hot label: `y_true = [[0, 1, 0]]`, so the second class is right', *t)
rows += R('\\begin{bmatrix} 1.0 & 2.0 \\end{bmatrix}', *X)
rows += R('\\begin{bmatrix} 0.2 & -0.3 & 0.5 \\\\ -0.5 & 0.7 & -0.2 \\end{bmatrix}', *W[0], *W[1])
rows += R('\\begin{bmatrix} (1*0.2 + 2*(-0.5)) & (1*(-0.3) + 2*0.7) & (1*0.5 + 2*(-0.2)) \\end{bmatrix}',
          X[0], W[0][0], X[1], W[1][0], X[0], W[0][1], X[1], W[1][1], X[0], W[0][2], X[1], W[1][2])
rows += R('= \\begin{bmatrix} 0.2 - 1.0 & -0.3 + 1.4 & 0.5 - 0.4 \\end{bmatrix} = \\begin{bmatrix} -0.8 & 1.1 & 0.1 \\end{bmatrix}',
          X[0] * W[0][0], -X[1] * W[1][0], X[0] * W[0][1], X[1] * W[1][1], X[0] * W[0][2], -X[1] * W[1][2], *z)
rows += R("The logits are `[-0.8, 1.1, 0.1]`; the largest is subtracted first so no exponential overflows:", *z)
rows += R('\\text{logits} - \\max = [-0.8, 1.1, 0.1] - 1.1 = [-1.9, 0, -1.0]', *z, m, *s)
rows += R('\\exp = [e^{-1.9}, e^0, e^{-1.0}] ≈ [0.149, 1.0, 0.368]', *s, *e)
rows += R('\\text{sum} = 0.149 + 1.0 + 0.368 = 1.517', *e, S)
rows += R('\\text{softmax} = \\left[ \\frac{0.149}{1.517}, \\frac{1.0}{1.517}, \\frac{0.368}{1.517} \\right] ≈ [0.098, 0.659, 0.242]',
          e[0], S, e[1], S, e[2], S, *p)
rows += R('y_{\\text{pred}} = [0.098, 0.659, 0.242]', *p)
rows += R('With the label `[0, 1, 0]`:', *t)
rows += R('= -\\log(0.659) ≈ 0.417', p[1], L)
rows += R('\\text{grad} = y_{\\text{pred}} - y_{\\text{true}} = [0.098, 0.659, 0.242] - [0, 1, 0] = [0.098, -0.341, 0.242]', *p, *t, *g)
rows += R('\\begin{bmatrix} 1.0 \\\\ 2.0 \\end{bmatrix} ', *X)
rows += R('\\begin{bmatrix} 0.098 & -0.341 & 0.242 \\end{bmatrix}', *g)
rows += R('1.0 * 0.098 & 1.0 * -0.341 & 1.0 * 0.242 \\\\', X[0], g[0], X[0], g[1], X[0], g[2])
rows += R('2.0 * 0.098 & 2.0 * -0.341 & 2.0 * 0.242', X[1], g[0], X[1], g[1], X[1], g[2])
rows += R('0.098 & -0.341 & 0.242 \\\\', *G[0]) + R('0.196 & -0.682 & 0.484', *G[1])
rows += R('With learning rate 0.1 the change of the weights is:', eta)
rows += R('\\Delta W = -0.1 \\cdot \\text{W update} = ', -eta)
rows += R('-0.0098 & 0.0341 & -0.0242 \\\\', *dW[0]) + R('-0.0196 & 0.0682 & -0.0484', *dW[1])
rows += R('| 1    | input times weights | `logits = [-0.8, 1.1, 0.1]` |', D(1), *z)
rows += R('| 2    | softmax | `y_pred = [0.098, 0.659, 0.242]` |', D(2), *p)
rows += R('| 3    | cross-entropy | `loss ≈ 0.417` |', D(3), L)
rows += R('| 4    | gradient (y\\_pred - y\\_true) | `[0.098, -0.341, 0.242]` |', D(4), *g)
# the step numbers of the table are not numbers of the example
rows = [r for r in rows if not (r[0].startswith('@@| ') and r[1].startswith('| «'))]
# values computed from the truncated 0.149 are marked as following from it
out = []
for r in rows:
    v = D(r[1].split('«')[1].split('»')[0])
    follows = r[2] in (p[0], g[0], G[0][0], G[1][0], dW[0][0], dW[1][0]) and v in (D('0.098'), D('0.196'), D('-0.0098'), D('-0.0196'))
    carried = {G[1][2]: D('2.0') * D('0.242'), dW[1][2]: -eta * D('2.0') * D('0.242')}.get(r[2])
    out.append(r[:3] + (F,) if follows else r[:3] + (carried,) if carried is not None and len(r) == 3 else r)
report(sys.argv[1] if len(sys.argv) > 1 else 'mihirsai-softmax.md', out)
