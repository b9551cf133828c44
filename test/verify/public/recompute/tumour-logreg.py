"""Recomputes every number of tumour-logreg.md (a worked logistic-regression solution: eight examples, batch gradient
descent with the mean binary cross-entropy, then two SGD steps) with 40-digit decimals. Left out: indices and
superscripts (θ^{(1)}, x_0^{(i)}), the 1 and 2 of formulas (1/(1+e^{-z}), (1-y), \\frac{1}{m}, \\frac{1}{8}'s 1), the
example numbers in headings ("example 7"). m = 8 is counted where it is printed. Bracketed matrices are read line by
line (one row per line)."""
import sys
import re
from common import D, report, doc_rows, sigmoid, exp, ln, read_lines, index_masked

AGE = [15, 65, 30, 90, 44, 20, 50, 36]
SIZE = [20, 30, 50, 20, 35, 70, 40, 25]
Y = [0, 0, 1, 1, 0, 1, 1, 0]
AGE, SIZE, Y = [D(v) for v in AGE], [D(v) for v in SIZE], [D(v) for v in Y]
m, a1, a_sgd = D(8), D('0.01'), D('0.1')


def softplus(z):
    return z + ln(1 + exp(-z)) if z > 0 else ln(1 + exp(z))


def cost(th):
    zs = [th[0] + th[1] * AGE[i] + th[2] * SIZE[i] for i in range(8)]
    return sum(softplus(-z) if Y[i] == 1 else softplus(z) for i, z in enumerate(zs)) / m


def grads(th):
    zs = [th[0] + th[1] * AGE[i] + th[2] * SIZE[i] for i in range(8)]
    hs = [sigmoid(z) for z in zs]
    es = [hs[i] - Y[i] for i in range(8)]
    g = [sum(es) / m, sum(es[i] * AGE[i] for i in range(8)) / m, sum(es[i] * SIZE[i] for i in range(8)) / m]
    return zs, hs, es, g


th0 = [D(0)] * 3
z0, h0, e0, g0 = grads(th0)
th1 = [th0[j] - a1 * g0[j] for j in range(3)]
z1, h1, e1, g1 = grads(th1)
th2 = [th1[j] - a1 * g1[j] for j in range(3)]
half, L5 = D('0.5'), ln(D('0.5'))
# SGD: example 7 from 0, then example 5
x7, y7 = [D(1), D(50), D(40)], D(1)
zs1 = sum(th0[j] * x7[j] for j in range(3))
hs1 = sigmoid(zs1)
es1 = hs1 - y7
gs1 = [es1 * x7[j] for j in range(3)]
ts1 = [th0[j] - a_sgd * gs1[j] for j in range(3)]
x5, y5 = [D(1), D(44), D(35)], D(0)
zs2 = sum(ts1[j] * x5[j] for j in range(3))
hs2 = sigmoid(zs2)
es2 = hs2 - y5
gs2 = [es2 * x5[j] for j in range(3)]
ts2 = [ts1[j] - a_sgd * gs2[j] for j in range(3)]

doc = sys.argv[1] if len(sys.argv) > 1 else 'tumour-logreg.md'
lines = read_lines(doc)
specs, pos = [], 0


def add(anchor, values):
    """One line found by its text (after the previous one)."""
    global pos
    i = next(k for k in range(pos, len(lines)) if anchor in lines[k])
    specs.append((i + 1, values))
    pos = i + 1


def block(rows):
    """The next lines that print numbers, one list of values per line (a bracketed matrix, row by row)."""
    global pos
    for values in rows:
        i = next(k for k in range(pos, len(lines)) if re.search(r'\d', index_masked(lines[k])))
        specs.append((i + 1, values))
        pos = i + 1


for i in range(8):
    add(f'| {int(AGE[i])}  ', [AGE[i], SIZE[i], Y[i]])
add('All three parameters start at zero', th0 + [a1])
add('Every prediction is $g(0) = 0.5$', [D(0), half])
for i in range(8):
    add(f'| {int(AGE[i])}        | {int(SIZE[i])} ', [AGE[i], SIZE[i], Y[i], h0[i], L5])
add('- $h(x) = 0.5$', [half])
add('$(1-y)\\log(1-h(x)) = 1', [None, None, D(1), half, L5])
add('- $h(x) = 0.5$', [half])
add('$y\\log(h(x)) = 1', [D(1), half, L5])
add('\\sum [y\\log(h(x))', [None, None, 8 * L5])
add('the cost is $-\\frac{1}{8}', [None, m, 8 * L5, cost(th0)])
add('$$X = \\begin{bmatrix}', [])
block([[D(1)] * 8, AGE, SIZE])
block([[v] for v in Y])
block([[v] for v in th0])
add('the predictions are all one half', [D(0), D(0), D(0)])
block([[v] for v in h0])
block([[h0[i], Y[i]] for i in range(8)])
block([[v] for v in e0])


def grad_line(anchor, col, j):
    add(anchor, [None, m, None, m] + [v for i in range(8) for v in (e0[i], col[i])] + [None, m, m * g0[j], g0[j]])


grad_line('\\partial \\theta_0} = \\frac{1}{8}', [D(1)] * 8, 0)
grad_line('\\partial \\theta_1} = \\frac{1}{8}', AGE, 1)
grad_line('\\partial \\theta_2} = \\frac{1}{8}', SIZE, 2)
add('$$\\nabla J(\\theta^{(0)}) = \\begin{bmatrix}', [])
block([[v] for v in g0])
add('The step with $\\alpha = 0.01$', [a1])
add('$$\\theta^{(1)} = \\begin{bmatrix}', [])
block([[v] for v in th0] + [[a1]] + [[v] for v in g0] + [[v] for v in th1])
add('So $\\theta^{(1)} = [0, 0.01875, 0.04375]$', th1 + [cost(th1)])
add('$$z = X^T\\theta^{(1)}', [])
block([[v] for v in z1])
add('$$h(x) = \\begin{bmatrix}', [])
block([[v] for v in h1])
add('$$h(x) - y = \\begin{bmatrix}', [])
block([[v] for v in e1])
add('For $\\theta_0$:', [g1[0]]); add('For $\\theta_1$:', [g1[1]]); add('For $\\theta_2$:', [g1[2]])
add('$$\\nabla J(\\theta^{(1)}) = \\begin{bmatrix}', [])
block([[v] for v in g1])
add('$$\\theta^{(2)} = \\begin{bmatrix}', [])
block([[v] for v in th1] + [[a1]] + [[v] for v in g1] + [[v] for v in th2])
add('So $\\theta^{(2)} = [', th2 + [cost(th2)])
add('stochastic gradient descent ($\\alpha = 0.1$)', [None, a_sgd])
add('- Features: $x = [1, 50, 40]$', x7)
add('- Target: $y = 1$', [y7])
add('From $\\theta = [0, 0, 0]$', th0)
add('- $z = \\theta^T x = 0 \\cdot 1', [th0[0], x7[0], th0[1], x7[1], th0[2], x7[2], zs1])
add('- $h(x) = g(z) = g(0) = 0.5$', [zs1, hs1])
add('- Error = $h(x) - y = 0.5 - 1', [hs1, y7, es1])
for j in range(3):
    add(f'\\partial \\theta_{j}}} = -0.5', [es1, x7[j], gs1[j]])
for j in range(3):
    add(f'- $\\theta_{j} = 0 - 0.1', [th0[j], a_sgd, gs1[j], ts1[j]])
add('Now $\\theta = [0.05, 2.5, 2]$', ts1 + [cost(ts1)])
add('- Features: $x = [1, 44, 35]$', x5)
add('- Target: $y = 0$', [y5])
add('From $\\theta = [0.05, 2.5, 2]$', ts1)
add('- $z = \\theta^T x = 0.05 \\cdot 1', [ts1[0], x5[0], ts1[1], x5[1], ts1[2], x5[2], ts1[0] * x5[0], ts1[1] * x5[1], ts1[2] * x5[2], zs2])
add('g(180.05) \\approx 1.0', [zs2, hs2])
add('- Error = $h(x) - y = 1 - 0 = 1$', [hs2, y5, es2])
for j in range(3):
    add(f'\\partial \\theta_{j}}} = 1 \\cdot', [es2, x5[j], gs2[j]])
for j in range(3):
    add(f'- $\\theta_{j} = {["0.05", "2.5", "2"][j]} - 0.1', [ts1[j], a_sgd, gs2[j], ts2[j]])
add('Now $\\theta = [-0.05, -1.9, -1.5]$', ts2 + [cost(ts2)])
report(doc, doc_rows(doc, specs))
