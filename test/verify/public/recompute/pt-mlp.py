"""Recomputes every number of pt-mlp.md (Exercise 1 of a Portuguese MkDocs report: a 2-2-1 tanh network, L = (y - yhat)^2,
eta = 0.3, one gradient step; the solution's printed output with NumPy's 8 digits and a 16-digit float) with 40-digit
decimals. Left out: the 1s of 1/N, 1 - tanh^2, the list numbers and the "2 neurônios" of the prose, and the digits of names
(du2, dh1, W1)."""
import sys
from common import D, report, doc_rows, tanh

x = [D('0.5'), D('-0.2')]
y, eta = D('1.0'), D('0.3')
W1 = [[D('0.3'), D('-0.1')], [D('0.2'), D('0.4')]]
b1 = [D('0.1'), D('-0.2')]
W2, b2 = [D('0.5'), D('-0.3')], D('0.2')
z = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(2)]
h = [tanh(v) for v in z]
u = W2[0] * h[0] + W2[1] * h[1] + b2
yh = tanh(u)
L = (y - yh) ** 2
dy = 2 * (yh - y)
du = 1 - yh * yh
d2 = dy * du
gW2 = [d2 * h[0], d2 * h[1]]
dh = [d2 * W2[0], d2 * W2[1]]
dz = [1 - h[0] * h[0], 1 - h[1] * h[1]]
d1 = [dh[j] * dz[j] for j in range(2)]
gW1 = [[d1[j] * x[k] for k in range(2)] for j in range(2)]
specs = [
    ('com $N = 1$', [None, None, D(1)]),
    ('$\\mathbf{x} = [0.5, -0.2]$', x),
    ('$y = 1.0$', [y]),
    ('\\begin{bmatrix} 0.3 & -0.1', W1[0] + W1[1]),
    ('$\\mathbf{b}^{(1)} = [0.1', b1),
    ('$\\mathbf{W}^{(2)} = [0.5', W2),
    ('$b^{(2)} = 0.2$', [b2]),
    ('Taxa de aprendizado', [eta]),
    ('2.  **Perda**', [None, None]),
    ('3.  **Backward**', [None, None]),
    ('4.  **Atualização**', [None, eta]),
    ('@@Alvo: 1', [y]), ('@@Previsão: 0.3672', [yh]), ('@@Perda: 0.4004', [L]),
    ('dL/dy_:', [dy]), ('dy_/du2:', [du]), ('delta2:', [d2]), ('dL/db2:', [d2]), ('dL/dW2:', gW2),
    ('du2/dh1:', W2), ('dL/dh1:', dh), ('dh1/dz1:', dz), ('delta1:', d1), ('dL/db1:', d1),
    ('@@[[-0.25468488  0.10187395]', gW1[0]), ('@@[ 0.15901618 -0.06360647]]', gW1[1]),
    ('@@[[ 0.37640546 -0.13056219]', [W1[0][k] - eta * gW1[0][k] for k in range(2)]),
    ('@@[ 0.15229515  0.41908194]]', [W1[1][k] - eta * gW1[1][k] for k in range(2)]),
    ('@@[ 0.25281093 -0.29540971]', [b1[j] - eta * d1[j] for j in range(2)]),
    ('@@[ 0.58658715 -0.35849037]', [W2[k] - eta * gW2[k] for k in range(2)]),
    ('@@0.5284483744140799', [b2 - eta * d2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'pt-mlp.md'
report(doc, doc_rows(doc, specs, plain_names=True))
