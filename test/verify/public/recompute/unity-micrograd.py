"""Recomputes every number of unity-micrograd.cs (a Unity port of micrograd: the README's check expression, a tanh
neuron and the lecture's L = (a b + c) f with its derivatives in comments) with 40-digit decimals. Left out: the
constants of the code's formulas (the 3 of Pow(b, 3f), the 1, 2, 3 and 10 of the += lines, the 2 of f / 2.0f). The
README expression's gradients are central differences at step 1e-18 (its ReLUs are far from their kinks)."""
import sys
from common import D, report, doc_rows, tanh

def relu(x):
    return x if x > 0 else D(0)

def G(a, b):
    c = a + b
    d = a * b + b ** 3
    c = c + (c + 1)
    c = c + (1 + c + (-a))
    d = d + (d * 2 + relu(b + a))
    d = d + (3 * d + relu(b - a))
    e = c - d
    f = e ** 2
    g = f / D('2.0')
    return g + D('10.0') / f

a0, b0, h = D(-4), D(2), D('1e-18')
g = G(a0, b0)
dgda = (G(a0 + h, b0) - G(a0 - h, b0)) / (2 * h)
dgdb = (G(a0, b0 + h) - G(a0, b0 - h)) / (2 * h)

x1, x2, w1, w2, bn = D(2), D(0), D(-3), D(1), D('6.8813735870195432')
n = x1 * w1 + x2 * w2 + bn
o = tanh(n)
dn = 1 - o ** 2

a, b, c, f = D(2), D(-3), D(10), D(-2)
e = a * b
d = e + c
L = d * f
dLdd, dLdf, one = f, d, D(1)
dLdc = dLdd * one
dLde = dLdd * one
dLda, dLdb = dLde * b, dLde * a
C = None   # a constant of the code's formula
specs = [
    ('Value a = new(-4.0f);', [a0]),
    ('Value b = new(2.0f);', [b0]),
    ('Value.Pow(b, 3f)', [C]),
    ('c += c + 1f;', [C]),
    ('c += 1f + c', [C]),
    ('d += d * 2f', [C]),
    ('d += 3f * d', [C]),
    ('Value.Pow(e, 2f)', [C]),
    ('Value g = f / 2.0f;', [C]),
    ('g += 10.0f / f;', [C]),
    ('Expected: 24.7041', [g]),
    ('Expected: 138.8338', [dgda]),
    ('Expected: 645.5773', [dgdb]),
    ('Value x1 = new(2f);', [x1]),
    ('Value x2 = new(0f);', [x2]),
    ('Value w1 = new(-3f);', [w1]),
    ('Value w2 = new(1f);', [w2]),
    ('Value b = new(6.8813735870195432f);', [bn]),
    ('o.grad = 1f;', [one]),
    ('+ n.grad);', [dn]),
    ('+ x1w1x2w2.grad);', [dn]),
    ('+ b.grad);', [dn]),
    ('+ x1w1.grad);', [dn]),
    ('+ x2w2.grad);', [dn]),
    ('+ x1.grad);', [w1 * dn]),
    ('+ w1.grad);', [x1 * dn]),
    ('+ x2.grad);', [w2 * dn]),
    ('+ w2.grad);', [x2 * dn]),
    ('Value a = new(2f);', [a]),
    ('Value b = new(-3f);', [b]),
    ('Value c = new(10f);', [c]),
    ('Value f = new(-2f);', [f]),
    ('//e = a * b = 2 * -3 = -6', [a, b, e]),
    ('//d = e + c = -6 + 10 = 4', [e, c, d]),
    ('//L = d * f = 4 * -2 = -8', [d, f, L]),
    ('//dL/dL = 1', [one]),
    ('//dL/dd = f = -2', [dLdd]),
    ('//dL/df = d = 4', [dLdf]),
    ('-> dd/dc = 1', [one]),
    ('(c + h + e - c - e) / h = 1', [one]),
    ('dL/dd * dd/dc = -2 * 1 = -2', [dLdd, one, dLdc]),
    ('dL/dd * dd/de = -2 * 1 = -2', [dLdd, one, dLde]),
    ('de/da = b = -3', [b, dLde, b, dLda]),
    ('de/db = a = 2', [a, dLde, a, dLdb]),
    ('float h = 0.0001f;', [D('0.0001')]),
    ('float a = 2f;', [a]),
    ('float b = -3f;', [b]),
    ('float c = 10f;', [c]),
    ('float f = -2f;', [f]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'unity-micrograd.cs'
report(doc, doc_rows(doc, specs, plain_names=True))
