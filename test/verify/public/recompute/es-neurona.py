"""Recomputes every number of es-neurona.md (a Spanish course page's one-neuron example: sigmoid, L = 1/2 (y - a)^2,
one step on w_1 with eta = 0.1) with 40-digit decimals. Left out: the 1s and 2s of 1/(1 + e^{-z}) and 1/2 (…)^2."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, w1, w2, b, y, eta = D('0.5'), D('1.0'), D('0.3'), D('0.7'), D('0.1'), D('0.8'), D('0.1')
z = w1 * x1 + w2 * x2 + b
a = sigmoid(z)
L = (y - a) ** 2 / 2
dLda = a - y
dadz = a * (1 - a)
g = dLda * dadz * x1
w_new = w1 - eta * g
specs = [
    ('**Entradas', [x1, x2]),
    ('**Pesos', [w1, w2]),
    ('**Sesgo', [b]),
    ('**Etiqueta real', [y]),
    ('**Activación', [None, None]),
    ('**Pérdida', [None, None]),
    ('$$z = (0.3', [w1, x1, w2, x2, b]),
    ('$$z = 0.15', [w1 * x1, w2 * x2, b, z]),
    ('$$a = f(z)', [None, None, -z, a]),
    ('$$L = \\frac{1}{2} (y - a)^2 =', [None, None, None, None, y, a]),
    ('$$L = \\frac{1}{2} (0.079)', [None, None, y - a, (L, (D('0.079') ** 2) / 2)]),
    ('\\left[ \\frac{1}{2}', [None, None]),
    ('= -(0.8 - 0.721)', [y, a, dLda]),
    ('= a (1-a)$', [None]),
    ('0.721 \\cdot (1 - 0.721)', [a, None, a, a, 1 - a, dadz]),
    ('= \\mathbf{0.5}$$', [x1]),
    ('\\underbrace{(-0.079)}', [dLda, dadz, x1]),
    ('\\approx \\mathbf{-0.00793}', [g]),
    ('$\\eta = 0.1$', [eta]),
    ('w_{nuevo} = 0.3 - (0.1)', [w1, eta, g]),
    ('w_{nuevo} = 0.3 + 0.000793', [w1, -eta * g, w_new]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'es-neurona.md'
report(doc, doc_rows(doc, specs))
