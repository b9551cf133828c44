"""Recomputes every number of whw-codespans.md with 40-digit decimals: example 1 (2-2-1 linear, L = (yhat - y)^2,
eta = 0.1) and example 2 (2-2-1 sigmoid, binary cross-entropy, eta = 0.1), every weight 0.1, every bias 0,
x = [1, 1], y = 1. Left out: the digits of names (z1, W2, δ2), the 1s of (1 - y), (1 - a1), and the headings."""
import sys
from common import D, sigmoid, ln, report, doc_rows

x, y, w, eta = D(1), D(1), D('0.1'), D('0.1')
# example 1: linear units, L = (yhat - y)^2, so dL/dz2 = 2 (yhat - y)
z1 = w * x + w * x
z2 = w * z1 + w * z1
L1 = (z2 - y) ** 2
d2 = 2 * (z2 - y)
gW2, gW1 = d2 * z1, w * d2 * x
H = 'follows from δ2 printed -0.96 (line 26)'
# example 2: sigmoid units, binary cross-entropy, so dL/dz2 = yhat - y
a1 = sigmoid(z1)
s2 = w * a1 + w * a1
yh = sigmoid(s2)
L2 = -ln(yh)
e2 = yh - y
g2W2 = e2 * a1
s1 = a1 * (1 - a1)
back = w * e2
e1 = back * s1
G = 'follows from ∂L/∂W2 printed -0.259 (line 60)'
specs = [
    ('`x = [1, 1]`', [x, x, y]), ("φ'(z1)=1", [D(1)]),
    ('`W1 = [[0.1', [w] * 4 + [D(0)] * 2), ('`W2 = [[0.1', [w, w, D(0)]), ('Learning rate `η', [eta]),
    ('`z1 = W1 x + b1 = [0.2', [z1, z1]), ('`a1 = z1 =', [z1, z1]), ('`z2 = W2 a1 + b2 = 0.1', [w, z1, w, z1, z2]),
    ('`ŷ = 0.04`', [z2]), ('`L = (0.04', [z2, y, L1]),
    ('Output error: `δ2', [d2]),
    ('`∂L/∂W2 = δ2 a1ᵀ = [', [(gW2, H)] * 2), ('`∂L/∂b2 = -0.96', [(d2, H)]),
    ('Hidden error: `δ1', [D(1), w, w, (d2, H), (gW1, H), (gW1, H)]),
    ('`∂L/∂W1 = δ1 xᵀ = [[', [(gW1, H)] * 4), ('`∂L/∂b1 = [-0.096', [(gW1, H)] * 2),
    ('`W2 := 0.1 - 0.1*(-0.192)', [w, eta, (gW2, H), (w - eta * gW2, H)]),
    ('`b2 := 0   - 0.1*(-0.96)', [D(0), eta, (d2, H), (-eta * d2, H)]),
    ('`W1 := 0.1 - 0.1*(-0.096)', [w, eta, (gW1, H), (w - eta * gW1, H)]),
    ('`b1 := 0   - 0.1*(-0.096)', [D(0), eta, (gW1, H), (-eta * gW1, H)]),
    ('`η=0.1`', [eta]), ('`x=[1,1]`', [x, x, y]), ('log(1-ŷ)', [None, None]),
    ('`z1 = W1 x + b1 = [0.2', [z1, z1]), ('`a1 = σ(z1)', [a1, a1]),
    ('`z2 = W2 a1 + b2 ≈', [w, a1, w, a1, (s2, D('0.2') * D('0.5498'))]),
    ('`ŷ = σ(z2)', [yh]), ('-log(0.5275)', [yh, L2]),
    ('`δ2 ≈ 0.5275', [yh, y, e2]),
    ('`∂L/∂W2 = δ2 a1ᵀ ≈', [g2W2, g2W2]), ('`∂L/∂b2 = -0.4725', [e2]),
    ("`σ'(z1) = a1", [None, s1, s1]),
    ('`(W2ᵀ δ2) ≈', [w, w, e2, back, back]), ('`δ1 = (W2ᵀ δ2) ⊙', [(e1, D('-0.04725') * D('0.2475'))] * 2),
    ('`∂L/∂W1 ≈ [[', [e1 * x] * 4), ('`∂L/∂b1 ≈', [e1] * 2),
    ('`W2 := 0.1 - 0.1*(-0.259)', [w, eta, (g2W2, 'repeats line 60'), (w - eta * g2W2, G)]),
    ('`b2 := 0   - 0.1*(-0.4725)', [D(0), eta, e2, -eta * e2]),
    ('`W1 := 0.1 - 0.1*(-0.0117)', [w, eta, e1, (w - eta * e1, D('0.10117'))]),
    ('`b1 := 0   - 0.1*(-0.0117)', [D(0), eta, e1, (-eta * e1, D('0.00117'))]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'whw-codespans.md'
report(doc, doc_rows(doc, specs, plain_names=True))
