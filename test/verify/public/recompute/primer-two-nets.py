"""Recomputes every number of primer-two-nets.md (a primer's lesson: one ReLU neuron with inputs (2, 3), weights
(0.5, 1.0), bias 0.5, target 5, loss (t - y)^2 and one step at learning rate 0.01; then x = 1, w1 = 0.5, tanh, w2 = 2,
sigmoid, target 1 with binary cross-entropy; side numbers: stacked linear layers, an activation table, batches per
epoch) with 40-digit decimals. A number printed after a Unicode minus (−1) is compared by its size. Left out: the
0.25^10 ~ 1e-6 remark and the 2, 1 constants of 2(y - t), 1 - h^2, (1 - y). No slips."""
import sys
from common import D, report, doc_rows, sigmoid, tanh, exp

C = None


def erf(x):
    # Maclaurin series: erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
    pi = D('3.141592653589793238462643383279502884197')
    s, term, n = D(0), x, 0
    while abs(term) > D(10) ** -45:
        s += term / (2 * n + 1)
        n += 1
        term = -term * x * x / n
    return 2 / pi.sqrt() * s


def gelu(x):
    return x * (1 + erf(x / D(2).sqrt())) / 2


x1, x2, w1, w2, b, t, lr = D(2), D(3), D('0.5'), D('1.0'), D('0.5'), D(5), D('0.01')
z = w1 * x1 + w2 * x2 + b
L = (t - z) ** 2
dy = 2 * (z - t)
n1, n2, nb = w1 - lr * dy * x1, w2 - lr * dy * x2, b - lr * dy
z_new = n1 * x1 + n2 * x2 + nb
L_new = (t - z_new) ** 2
# second network
x, v1, v2, y = D(1), D('0.5'), D(2), D(1)
h = tanh(v1 * x)
s2 = h * v2
yh = sigmoid(s2)
dz2 = yh - y
dw2 = h * dz2
dh = dz2 * v2
slope = 1 - h * h
dz1 = dh * slope
sig = lambda v: sigmoid(D(v))
specs = [
    ('A worked case: inputs', [x1, x2, w1, w2, b]),
    ('Weighted sum: 2', [x1, w1, x2, w2, b, z, z]),
    ('X1((x1 = 2))', [x1, w1, w1 * x1, w2 * x2, b, z]),
    ('X2((x2 = 3))', [x2, w2]),
    ('B((bias 0.5))', [b]),
    ('ReLU(4.5) = 4.5', [z, z]),
    ('A --> Y((y = 4.5))', [z]),
    ('| $x_1 = 2$, $x_2 = 3$ |', [x1, x2]),
    ('| $w_1 = 0.5$, $w_2 = 1.0$ |', [w1, w2]),
    ('| $b$ | bias | 0.5 |', [b]),
    ('$0.5·2 + 1.0·3 = 4.0$', [w1, x1, w2, x2, w1 * x1 + w2 * x2]),
    ('| $y$ | output | 4.5 |', [z]),
    ('$y = \\text{ReLU}(0.5 \\cdot 2', [w1, x1, w2, x2, b]),
    ('\\text{ReLU}(4.5) = 4.5$.', [z, z]),
    ('The same neuron with target 5', [t, t, z, L]),
    ('| loss → y |', [C, t, -dy, -dy]),
    ('| y → z (ReLU, z > 0) |', [C, D(1), -dy]),
    ('| z → w1 |', [x1, -dy * x1]),
    ('| z → w2 |', [x2, -dy * x2]),
    ('| z → b |', [D(1), -dy]),
    ('A step with learning rate 0.01', [lr, n1, n2, nb, z_new]),
    ('from 0.25 to 0.1296', [L, L_new]),
    ('= 2(y - t)\\cdot', [C]),
    ('| loss $(t - y)^2$ | 0.25 |', [L]),
    ('| $t$ | target | 5 |', [t]),
    ('| sum before the activation | 4.5 |', [z]),
    ('$2(4.5 - 5) = -1$', [C, z, t, dy]),
    ('| slope of the sum in weight $i$ | $x_2 = 3$ |', [x2]),
    ('for $w_2$: $(-1)', [dy, D(1), x2, dy * x2]),
    ('$(-1) \\times 1 \\times 2 = -2$', [dy, D(1), x1, dy * x1]),
    ('One dimension: multiplying by 3', [D(3), D(2), D(6), D(1), D(1), D(0), D(6)]),
    ('without ReLU, $-1', [D(-1), D(-3), D(-6), D(1), D(3), D(6)]),
    ('exactly $6x$.', [D(6), D(-1), D(-3), D(0), D(0), D(1), D(3), D(3), D(6)]),
    ('| −1 | 0 | 0.269', [D(1), D(0), sig(-1), sig(-1) * (1 - sig(-1)), 1 - tanh(D(-1)) ** 2, -gelu(D(-1))]),
    ('| 0 | 0 | 0.5 |', [D(0), D(0), sig(0), sig(0) * (1 - sig(0)), 1 - tanh(D(0)) ** 2, gelu(D(0))]),
    ('| 1 | 1 | 0.731', [D(1), D(1), sig(1), sig(1) * (1 - sig(1)), 1 - tanh(D(1)) ** 2, gelu(D(1))]),
    ('A second worked case: x = 1', [x, v1, v2, y]),
    ('| z1 = x·w1 | 0.5 |', [v1 * x]),
    ('| h = tanh(0.5) | 0.4621 |', [v1 * x, h]),
    ('| z2 = h·w2 | 0.9242 |', [s2]),
    ('| ŷ = σ(0.9242) | 0.7159 |', [s2, yh]),
    ('| dL/dz2 = ŷ − y |', [-dz2]),
    ('| dL/dw2 = h · dL/dz2 |', [-dw2]),
    ('| dL/dh = dL/dz2 · w2 |', [-dh]),
    ('| dL/dz1 = dL/dh · (1 − h²) |', [C, -dh, slope, -dz1]),
    ('| dL/dw1 = x · dL/dz1 |', [-dz1 * x]),
    ('With binary cross-entropy', [C, C]),
    ('\\odot (1 - h^2),\\;', [C]),
    ('| $X$ | inputs | $x = 1$ |', [x]),
    ("| the two layers' weights | 0.5, 2 |", [v1, v2]),
    ('| sums before the activations | 0.5, 0.9242 |', [v1 * x, s2]),
    ('| $h$ | $\\tanh(z_1)$ | 0.4621 |', [h]),
    ('| $\\hat{y}$ | $\\sigma(z_2)$ | 0.7159 |', [yh]),
    ('| $y$ | target | 1 |', [y]),
    ('| sigmoid | $\\sigma(0.9242) = 0.7159$ |', [s2, yh]),
    ('| hyperbolic tangent | $\\tanh(0.5) = 0.4621$ |', [v1 * x, h]),
    ('| element-wise product | $-0.5682', [dh, slope]),
    ('| slope of tanh at $z_1$ | 0.7864 |', [C, slope]),
    ('$\\partial L/\\partial z_2 = 0.7159 - 1', [yh, y, dz2]),
    ('$\\partial L/\\partial W_2 = 0.4621', [h, dz2, dw2]),
    ('$\\partial L/\\partial h = -0.2841', [dz2, v2, dh]),
    ('$\\partial L/\\partial z_1 = -0.5682', [dh, slope, dz1]),
    ('$\\partial L/\\partial W_1 = 1', [x, dz1, dz1 * x]),
    ('400 examples in batches of 32', [D(400), D(32), D(400), D(32), D('12.5'), D(13)]),
    ('per epoch; 2 epochs = 26 steps', [D(2), D(26)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'primer-two-nets.md'
report(doc, doc_rows(doc, specs, plain_names=True))
