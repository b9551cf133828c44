"""Recomputes every number of clip-relu.md (a 2-2-1 ReLU/linear MLP in row vectors, z_1 = x W_1 + b_1, x = [1.5, -0.5],
y = 1.0, L = 1/2 (z_2 - y)^2; the backward pass, then clipping the gradient by its global norm at 0.25) with
40-digit decimals. Left out: the 0-based bracket indices (z_1[0]), the shapes (2 x 1, 2 inputs), the 1 and 2 of 1/2
and of the exponents, the 2 of dL/dz2 and of ||g||_2."""
import sys
from common import D, report, doc_rows

x = [D('1.5'), D('-0.5')]
W1 = [[D('0.5'), D('-1.0')], [D('1.0'), D('0.5')]]
b1 = [D('0.1'), D('-0.2')]
W2, b2, y = [D('0.8'), D('-1.2')], D('0.5'), D('1.0')
z1 = [x[0] * W1[0][j] + x[1] * W1[1][j] + b1[j] for j in range(2)]
a1 = [max(D(0), v) for v in z1]
z2 = a1[0] * W2[0] + a1[1] * W2[1] + b2
L = (z2 - y) ** 2 / 2
g = z2 - y
gW2 = [a * g for a in a1]
da1 = [g * w for w in W2]
mask = [D(1) if v > 0 else D(0) for v in z1]
dz1 = [da1[j] * mask[j] for j in range(2)]
gW1 = [[x[i] * dz1[j] for j in range(2)] for i in range(2)]
dx = [sum(dz1[j] * W1[i][j] for j in range(2)) for i in range(2)]
sW1 = sum(v * v for r in gW1 for v in r)
sb1 = sum(v * v for v in dz1)
sW2 = sum(v * v for v in gW2)
sb2 = g * g
tot = sW1 + sb1 + sW2 + sb2
norm = tot.sqrt()
clip = D('0.25')
scale = clip / norm
sp = clip / D('0.403417')
C = None
z = D(0)
specs = [
    ('x = \\begin{bmatrix} 1.5', x),
    ('W_1 = \\begin{bmatrix}', [W1[0][0], W1[0][1], W1[1][0], W1[1][1], b1[0], b1[1]]),
    ('W_2 = \\begin{bmatrix}', [W2[0], W2[1], b2]),
    ('Target: $y = 1.0$', [y]),
    ('$$z_1[0] =', [C, x[0], W1[0][0], x[1], W1[1][0], b1[0], x[0] * W1[0][0], -x[1] * W1[1][0], b1[0], z1[0]]),
    ('$$z_1[1] =', [C, x[0], W1[0][1], x[1], W1[1][1], -b1[1], x[0] * W1[0][1], -x[1] * W1[1][1], -b1[1], z1[1]]),
    ('$$z_1 = \\begin{bmatrix}', z1),
    ('$$a_1[0] =', [C, C, z1[0], a1[0]]),
    ('$$a_1[1] =', [C, C, z1[1], a1[1]]),
    ('$$a_1 = \\begin{bmatrix}', a1),
    ('$$z_2 = (0.35)', [a1[0], W2[0], a1[1], W2[1], b2, a1[0] * W2[0], a1[1] * W2[1], b2, z2]),
    ('(0.78 - 1.0)^2', [C, C, z2, y, C, C, g, C, C, g * g, L]),
    ('z_2 - y = 0.78 - 1.0', [z2, y, g]),
    ('\\partial b_2} = \\frac', [g]),
    ('\\partial W_2} = a_1^T', [a1[0], a1[1], g, a1[0], g, a1[1], g, gW2[0], gW2[1]]),
    ('\\partial a_1} = \\frac', [g, W2[0], W2[1], da1[0], da1[1]]),
    ('\\text{ReLU}\'(z_1[0])', [C, z1[0], mask[0], C, z1[1], mask[1]]),
    ('$$dz_1 =', [da1[0], mask[0], da1[1], mask[1], dz1[0], dz1[1]]),
    ('\\partial b_1} = dz_1', dz1),
    ('\\partial W_1} = x^T', [x[0], x[1], dz1[0], dz1[1], x[0], dz1[0], x[0], dz1[1], x[1], dz1[0], x[1], dz1[1]] + [gW1[0][0], gW1[0][1], gW1[1][0], gW1[1][1]]),
    ('\\partial x} = dz_1', [dz1[0], dz1[1], W1[0][0], W1[1][0], W1[0][1], W1[1][1], dz1[0], W1[0][0], dz1[0], W1[1][0], dx[0], dx[1]]),
    ('$: $(-0.264)^2', [gW1[0][0], z, gW1[1][0], z, gW1[0][0] ** 2, gW1[1][0] ** 2, sW1]),
    ('$: $(-0.176)^2', [dz1[0], z, sb1]),
    ('$: $(-0.077)^2', [gW2[0], z, sW2]),
    ('$: $(-0.220)^2', [g, sb2]),
    ('\\sum g^2 =', [sW1, sb1, sW2, sb2, tot]),
    ('\\sqrt{0.162745}', [tot, norm]),
    ('With a threshold', [clip, norm, clip]),
    ('\\text{scale} =', [clip, norm, (scale, sp)]),
    ('* Scaled $\\frac', [g, (scale, sp), (g * scale, g * D('0.619707'))]),
    ('g_{\\text{clipped}}', [norm, (scale, sp), (norm * scale, D('0.403417') * D('0.619707'))]),
    ('Clipped ($\\text{clip}=0.25$)', [clip]),
    ('| **$W_2$**', [C, C, a1[0], a1[1], gW2[0], gW2[1], gW2[0] * scale, gW2[1] * scale]),
    ('| **$b_2$**', [C, C, g, (g * scale, g * D('0.619707'))]),
    ('| **$W_1$**', [C, C, x[0], x[1], gW1[0][0], gW1[0][1], gW1[1][0], gW1[1][1], gW1[0][0] * scale, gW1[0][1] * scale, gW1[1][0] * scale, gW1[1][1] * scale]),
    ('| **$b_1$**', [C, C, dz1[0], dz1[1], dz1[0] * scale, dz1[1] * scale]),
    ('| **$x$**', [C, C, dx[0], dx[1]]),
    ('Loss Value:', [L]),
    ('Output Sensitivity', [C, g]),
    ('Hidden Sensitivity', [C, dz1[0], dz1[1]]),
    ('Global Gradient Norm', [norm]),
    ('Clipping Scaling Ratio', [scale]),
    ('Final Clipped Norm', [clip]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'clip-relu.md'
report(doc, doc_rows(doc, specs))
