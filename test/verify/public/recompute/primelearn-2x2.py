"""Recomputes every number of primelearn-2x2.md (primelearnpoint.com's 2-2-2 sigmoid network: Mazur's inputs, weights
and targets with Y1 = σ(w5 H1 + w7 H2 + b2), Y2 = σ(w6 H1 + w8 H2 + b2), the biases b1 = 0.35, b2 = 0.60 the page
leaves out) with 40-digit decimals; a value that follows from the page's own wrong hidden sums says so. Left out: the
circled step numbers, the subscripts (x₁, w₉, T₂), the ½ and the exponent ² of the error lines
(not matched as numbers)."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, t1, t2, eta = D('0.05'), D('0.10'), D('0.01'), D('0.99'), D('0.5')
w1, w2, w3, w4, w5, w6, w7, w8, w9 = (D(v) for v in ('0.15', '0.20', '0.25', '0.30', '0.40', '0.45', '0.50', '0.55', '0.85'))
b1, b2 = D('0.35'), D('0.60')
n1, n2 = w1 * x1 + w2 * x2 + b1, w3 * x1 + w4 * x2 + b1
h1, h2 = sigmoid(n1), sigmoid(n2)
m1, m2 = w5 * h1 + w7 * h2 + b2, w6 * h1 + w8 * h2 + b2
y1, y2 = sigmoid(m1), sigmoid(m2)
e1, e2 = t1 - y1, t2 - y2
E1, E2 = e1 ** 2 / 2, e2 ** 2 / 2
H = 'follows from the hidden sums 0.3825 and 0.3900'
B = 'the output bias left out of the net input'
hp1, hp2 = D('0.5944'), D('0.5963')   # the page's hidden outputs
C = None
R1, R2 = (n1, 'repeats 0.3825'), (n2, 'repeats 0.3900')
specs = [
    ('Inputs: x₁ = 0.05', [x1, x2]),
    ('Weights to hidden:', [w1, w2, w3, w4]),
    ('Weights to output:', [w5, w6, w7, w8, w9]),
    ('Targets: T₁ = 0.01', [t1, t2]),
    ('Learning rate η = 0.5', [eta]),
    ('H₁ net = (0.15)(0.05)', [w1, x1, w2, x2]),
    ('= 0.0075 + 0.020 + b₁', [w1 * x1, w2 * x2, n1]),
    ('H₂ net = (0.25)(0.05)', [w3, x1, w4, x2]),
    ('= 0.0125 + 0.030 + b₂', [w3 * x1, w4 * x2, n2]),
    ('H₁ = σ(0.3825)', [R1, (h1, H)]),
    ('H₂ = σ(0.3900)', [R2, (h2, H)]),
    ('Y₁ net = (0.40)', [w5, (h1, H), w7, (h2, H)]),
    ('= 0.2378 + 0.2982', [(w5 * h1, H), (w7 * h2, H), (m1, B)]),
    ('Y₂ net = (0.45)', [w6, (h1, H), w8, (h2, H)]),
    ('= 0.2675 + 0.3280', [(w6 * h1, H), (w8 * h2, H), (m2, B)]),
    ('E₁ = ½', [(-e1, sigmoid(w5 * hp1 + w7 * hp2 + b2) - t1), (e1 ** 2, D('0.747') ** 2), (E1, D('0.558') / 2)]),   # −0.747: a Unicode minus, compared by size
    ('E₂ = ½', [(e2, t2 - sigmoid(w6 * hp1 + w8 * hp2 + b2)), (e2 ** 2, D('0.222') ** 2), (E2, D('0.0493') / 2)]),
    ('| H₁ | 0.3825', [R1, (h1, H)]),
    ('| H₂ | 0.3900', [R2, (h2, H)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'primelearn-2x2.md'
report(doc, doc_rows(doc, specs))
