"""Recomputes every number of nafiz-relu-softmax.md (x = [1, 4, 7] -> three ReLU layers of 3 -> softmax of 3, biases 0,
target [1, 0, 0], cross-entropy) with 40-digit decimals. Lines are given by number (the matrices repeat rows). Left
out: the layer numbers in brackets, the list markers 1. 2. 3., the 0 of max(0, z) and the m = 1 of a heading."""
import sys
from common import D, exp, report, doc_rows

x = [D(1), D(4), D(7)]
W = [[[D('0.2'), D('-0.1'), D('0.4')], [D('0.5'), D('0.3'), D('-0.6')], [D('-0.2'), D('0.1'), D('0.3')]],
     [[D('0.1'), D('-0.2'), D('0.5')], [D('0.4'), D('0.1'), D('-0.3')], [D('-0.1'), D('0.3'), D('0.2')]],
     [[D('0.3'), D('0.1'), D('-0.4')], [D('0.2'), D('-0.5'), D('0.6')], [D('-0.3'), D('0.2'), D('0.4')]],
     [[D('0.2'), D('-0.1'), D('0.5')], [D('0.4'), D('0.1'), D('-0.3')], [D('-0.2'), D('0.3'), D('0.2')]]]
Y = [D(1), D(0), D(0)]
Z, A, a = [], [x], x
for l in range(4):
    z = [sum(W[l][j][k] * a[k] for k in range(3)) for j in range(3)]
    if l < 3:
        a = [max(v, D(0)) for v in z]
    else:
        s = sum(exp(v) for v in z)
        a = [exp(v) / s for v in z]
    Z.append(z)
    A.append(a)
ez = [exp(v) for v in Z[3]]
dZ4 = [A[4][j] - Y[j] for j in range(3)]
dW4 = [[dZ4[j] * A[3][k] for k in range(3)] for j in range(3)]
back = [sum(W[3][j][k] * dZ4[j] for j in range(3)) for k in range(3)]
relu3 = [D(1) if v > 0 else D(0) for v in Z[2]]
dZ3 = [back[k] * relu3[k] for k in range(3)]
R = 'follows from A[4] = Z[4] (line 271)'
Rs = lambda v: (v, R)


def products(l, j, a_prev):
    """Row j of W[l] a_prev written out: w·a + w·a + w·a, in the page's order."""
    vals = []
    for k in range(3):
        vals += [W[l][j][k], a_prev[k]]
    return vals


def sums(l, j, a_prev, result):
    """`1. $t + t + t = z$`: the list marker, the three products, the sum."""
    return [None] + [W[l][j][k] * a_prev[k] for k in range(3)] + [result]


specs = [(13, [x[0]]), (14, [x[1]]), (15, [x[2]])]
for l, first in enumerate((23, 41, 59, 77)):
    specs += [(first + j, W[l][j]) for j in range(3)]
    specs += [(first + 8 + j, [D(0)]) for j in range(3)]
specs += [(95 + j, [Y[j]]) for j in range(3)]
specs += [(111 + j, W[0][j]) for j in range(3)] + [(115 + j, [x[j]]) for j in range(3)] + [(119 + j, [D(0)]) for j in range(3)]
specs += [(127 + j, products(0, j, x)) for j in range(3)]
specs += [(134 + j, sums(0, j, x, Z[0][j])) for j in range(3)]
specs += [(140 + j, [Z[0][j]]) for j in range(3)]
specs += [(150 + j, [None, Z[0][j]]) for j in range(3)] + [(154 + j, [A[1][j]]) for j in range(3)]
specs += [(164 + j, products(1, j, A[1])) for j in range(3)]
specs += [(171 + j, sums(1, j, A[1], Z[1][j])) for j in range(3)]
specs += [(177 + j, [None, Z[1][j]]) for j in range(3)] + [(181 + j, [A[2][j]]) for j in range(3)]
specs += [(191 + j, products(2, j, A[2])) for j in range(3)]
specs += [(198 + j, sums(2, j, A[2], Z[2][j])) for j in range(3)]
specs += [(204 + j, [None, Z[2][j]]) for j in range(3)] + [(208 + j, [A[3][j]]) for j in range(3)]
specs += [(218 + j, products(3, j, A[3])) for j in range(3)]
specs += [(225 + j, sums(3, j, A[3], Z[3][j])) for j in range(3)]
specs += [(231 + j, [Z[3][j]]) for j in range(3)]
specs += [(238 + j, [None, Z[3][j], ez[j]]) for j in range(3)]
specs += [(243, ez + [(sum(ez), 'follows from e^{0.1739} printed 1.1904 (line 239)')])]
specs += [(246 + j, [None, (ez[j], 'repeats line 239') if j == 1 else ez[j], (sum(ez), 'repeats 3.2372 (line 243)'), A[4][j]]) for j in range(3)]
specs += [(252 + j, [(A[4][j], f'repeats line {246 + j}')]) for j in range(3)]
specs += [(276 + j, [(A[4][j], 'the page puts Z[4] for A[4] (line 271)')]) for j in range(3)]
specs += [(280 + j, [Y[j]]) for j in range(3)] + [(284 + j, [Rs(dZ4[j])]) for j in range(3)]
specs += [(298 + j, [Rs(dZ4[j])]) for j in range(3)] + [(302, A[3])]
specs += [(308 + j, [Rs(dW4[j][k]) if A[3][k] else dW4[j][k] for k in range(3)]) for j in range(3)]
specs += [(316 + j, [Rs(dZ4[j])]) for j in range(3)]
specs += [(330 + k, [W[3][j][k] for j in range(3)]) for k in range(3)]
specs += [(338 + k, sum(([W[3][j][k], Rs(dZ4[j])] for j in range(3)), [])) for k in range(3)]
specs += [(345 + k, [None] + [Rs(W[3][j][k] * dZ4[j]) for j in range(3)] + [Rs(back[k])]) for k in range(3)]
specs += [(351 + k, [Rs(back[k])]) for k in range(3)]
specs += [(359 + k, [relu3[k]]) for k in range(3)]
specs += [(367 + k, [Rs(back[k])]) for k in range(3)] + [(371 + k, [relu3[k]]) for k in range(3)]
specs += [(375 + k, [Rs(dZ3[k]) if relu3[k] else dZ3[k]]) for k in range(3)]
specs += [(383 + k, [Rs(dZ3[k]) if relu3[k] else dZ3[k]]) for k in range(3)]
doc = sys.argv[1] if len(sys.argv) > 1 else 'nafiz-relu-softmax.md'
report(doc, doc_rows(doc, specs))
