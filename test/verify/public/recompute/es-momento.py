"""Recomputes every number of es-momento.md (the momentum step of a Spanish course page on the neuron of
es-neurona.md: v_t = beta v_{t-1} + (1 - beta) grad, w = w - eta v_t, beta = 0.9, v_0 = 0) with 40-digit decimals.
Left out: the 1 of (1 - beta), the step indices t = 1, t = 2, and the typical range "0.9 y 0.99" in the prose."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, w1, w2, b, y, eta = D('0.5'), D('1.0'), D('0.3'), D('0.7'), D('0.1'), D('0.8'), D('0.1')
a = sigmoid(w1 * x1 + w2 * x2 + b)
g = (a - y) * a * (1 - a) * x1
beta, v0 = D('0.9'), D(0)
v1 = beta * v0 + (1 - beta) * g
w_new = w1 - eta * v1
specs = [
    ('$$v_t = \\beta', [None]),
    ('(Paso $t=1$)', [None, g]),
    ('| Peso inicial', [w1]),
    ('| Tasa de Aprendizaje', [eta]),
    ('**Coeficiente', [beta]),
    ('**Velocidad inicial', [v0]),
    ('$$v_1 = \\beta', [None]),
    ('$$v_1 = 0.9', [beta, v0, None, beta, g]),
    ('$$v_1 = 0 +', [beta * v0, 1 - beta, g]),
    ('$$v_1 = \\mathbf', [v1]),
    ('w_{nuevo} = 0.3 - (0.1)', [w1, eta, v1]),
    ('w_{nuevo} = 0.3 + ', [w1, -eta * v1, w_new]),
    ('$$v_2 =', [beta, v1, 1 - beta]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'es-momento.md'
report(doc, doc_rows(doc, specs))
