"""Recomputes every number of dlbook-vectorised.ipynb (3-2-2 sigmoid, row vectors, J = half squared error, eta = 0.01,
m = 1) with 40-digit decimals. Layer indices ($l=0$, W_1, …) are not counted as numbers."""
import sys
from common import D, sigmoid, report, numbers_row as R

x = [D(1), D(4), D(5)]
y = [D('0.1'), D('0.05')]
W1 = [[D('0.1'), D('0.2')], [D('0.3'), D('0.4')], [D('0.5'), D('0.6')]]
b1 = [D('0.5'), D('0.5')]
W2 = [[D('0.7'), D('0.8')], [D('0.9'), D('0.1')]]
b2 = [D('0.5'), D('0.5')]
eta, m = D('0.01'), D(1)
xw = [sum(x[i] * W1[i][j] for i in range(3)) for j in range(2)]
z1 = [xw[j] + b1[j] for j in range(2)]
a1 = [sigmoid(v) for v in z1]
z2 = [sum(a1[j] * W2[j][k] for j in range(2)) + b2[k] for k in range(2)]
a2 = [sigmoid(v) for v in z2]
g = [a2[k] - y[k] for k in range(2)]
f2 = [a * (1 - a) for a in a2]
d2 = [g[k] * f2[k] for k in range(2)]
f1 = [a * (1 - a) for a in a1]
d1 = [sum(d2[k] * W2[j][k] for k in range(2)) * f1[j] for j in range(2)]
gW1 = [[x[i] * d1[j] for j in range(2)] for i in range(3)]
gW2 = [[a1[j] * d2[k] for k in range(2)] for j in range(2)]
nW1 = [[W1[i][j] - eta / m * gW1[i][j] for j in range(2)] for i in range(3)]
nW2 = [[W2[j][k] - eta / m * gW2[j][k] for k in range(2)] for j in range(2)]
nb1 = [b1[j] - eta / m * d1[j] for j in range(2)]
nb2 = [b2[k] - eta / m * d2[k] for k in range(2)]
P = D  # printed operands, for values carried from them
cW2 = [[P('0.6992'), P('0.7988')], [P('0.89923'), P('0.0988')]]
rows = []
rows += R('Input $x = [1, 4, 5]$, $y = [0.1, 0.05]$', *x, *y)
rows += R('0.1 & 0.2\\\\ ', *W1[0]) + R('0.3 & 0.4\\\\ ', *W1[1]) + R('0.5 & 0.6', *W1[2])
rows += R('0.5\\\\ ', b1[0]) + R('0.5', b1[1])
rows += R('0.7 & 0.8\\\\ ', *W2[0]) + R('0.9 & 0.1', *W2[1])
rows += R('0.5\\\\ ', b2[0]) + R('0.5', b2[1])
rows += R('1 & 4 & 5', *x)
rows += R('0.1 & 0.2\\\\ ', *W1[0]) + R('0.3 & 0.4\\\\ ', *W1[1]) + R('0.5 & 0.6', *W1[2]) + R('0.5 & 0.5', *b1)
rows += R('3.8 & 4.8', *xw) + R('0.5 & 0.5', *b1)
rows += R('4.3 & 5.3', *z1) + R('4.3 & 5.3', *z1)
rows += R('0.9866 & 0.9950', *a1)
rows += R('0.9866 & 0.9950', *a1) + R('0.7 & 0.8\\\\ ', *W2[0]) + R('0.9 & 0.1', *W2[1]) + R('0.5 & 0.5', *b2)
rows += R('2.086 & 1.389', *z2) + R('2.086 & 1.389', *z2)
rows += R('0.8896 & 0.8004', *a2)
rows += R('0.8896 & 0.8004', *a2) + R('0.1 & 0.05', *y)
rows += R('0.7896 & 0.7504', *g)
rows += R('2.086 & 1.389', *z2) + R('0.0983 & 0.1598', *f2)
rows += R('0.7896 & 0.7504', *g) + R('0.0983 & 0.1598', *f2)
rows += R('0.0776 & 0.1199', *d2)
rows += R('4.3 & 5.3', *z1) + R('0.0132 & 0.0049', *f1)
rows += R('0.0776 & 0.1199', *d2) + R('0.7 & 0.9\\\\ ', W2[0][0], W2[1][0]) + R('0.8 & 0.1', W2[0][1], W2[1][1]) + R('0.0132 & 0.0049', *f1)
rows += R('0.002 & 0.0004', *d1)
rows += R('1\\\\ ', x[0]) + R('4\\\\ ', x[1]) + R('5', x[2]) + R('0.002 & 0.0004', *d1)
rows += R('0.002 & 0.0004 \\\\ ', *gW1[0]) + R('0.0079 & 0.0016\\\\ ', *gW1[1]) + R('0.0099 & 0.002', *gW1[2])
rows += R('0.0765 & 0.1183\\\\ ', *gW2[0]) + R('0.0772 & 0.1193', *gW2[1])
rows += R('0.002\\\\ ', d1[0]) + R('0.0004', d1[1])
rows += R('0.0775\\\\ ', d2[0]) + R('0.1199', d2[1])
rows += R('The step size is $\\eta = 0.01$ and the batch has $m = 1$ example.', eta, m)
rows += R('0.1 & 0.2\\\\ ', *W1[0]) + R('0.3 & 0.4\\\\ ', *W1[1]) + R('0.5 & 0.6', *W1[2]) + R('\\end{bmatrix} - 0.01 \\begin{bmatrix}', eta)
rows += R('0.002 & 0.0004 \\\\ ', *gW1[0]) + R('0.0079 & 0.0016\\\\ ', *gW1[1]) + R('0.0099 & 0.002', *gW1[2])
rows += R('0.09998 & 0.1999\\\\ ', *nW1[0]) + R('0.29992 & 0.39998\\\\ ', *nW1[1]) + R('0.4999 & 0.59998', *nW1[2])
rows += R('0.7 & 0.8\\\\ ', *W2[0]) + R('0.9 & 0.1', *W2[1]) + R('\\end{bmatrix} - 0.01 \\begin{bmatrix}', eta)
rows += R('0.0765 & 0.1183\\\\ ', *gW2[0]) + R('0.0772 & 0.1193', *gW2[1])
rows += R('0.6992 & 0.7988\\\\ ', *nW2[0]) + R('0.89923 &  0.0988', *nW2[1])
rows += R('0.5\\\\ ', b1[0]) + R('0.5', b1[1]) + R('\\end{bmatrix} - 0.01 \\begin{bmatrix}', eta) + R('0.002\\\\ ', d1[0]) + R('0.0004', d1[1])
rows += R('0.49998\\\\ ', nb1[0]) + R('0.499995', nb1[1])
rows += R('0.5\\\\ ', b2[0]) + R('0.5', b2[1]) + R('\\end{bmatrix} - 0.01 \\begin{bmatrix}', eta) + R('0.0775\\\\ ', d2[0]) + R('0.1199', d2[1])
rows += R('0.49922\\\\ ', nb2[0]) + R('0.49880', nb2[1])
report(sys.argv[1] if len(sys.argv) > 1 else 'dlbook-vectorised.ipynb', rows)
