"""Recomputes every number of tr-micrograd.md (a Turkish README on micrograd: e = a*b, d = e + c, L = d*f at a = 2,
b = -3, c = 10, f = -2; then the neuron n = x1 w1 + x2 w2 + b, o = tanh(n) at x1 = 2, x2 = 0, w1 = -3, w2 = 1,
b = 6.8813735870195432) with 40-digit decimals. The "if f were 5" and "if d were 4" examples are supposed values, given.
Left out: heading and step numbers, the commit, the 1s of 1 - tanh(n)^2 and 1 - o^2. The page's slip: its closing note
gives w2 = 0 as the reason the gradient of w2 is 0 (it is x2 that is 0; w2 = 1)."""
import sys
from common import D, report, doc_rows, tanh

C = None
a, b, c, f = D(2), D(-3), D(10), D(-2)
e = a * b
d = e + c
dLd, dLe = f, f
x1, x2, w1, w2, bias = D(2), D(0), D(-3), D(1), D('6.8813735870195432')
o = tanh(x1 * w1 + x2 * w2 + bias)
dn = 1 - o * o
specs = [
    ('olsaydı işlem $\\mathbf{L = d \\cdot 5}$', [D(5), D(5), D(5)]),
    ('$\\mathbf{L = 4 \\cdot f}$ olurdu', [D(4), D(4), D(4)]),
    ('| **Nihai Sonuç**      | $\\mathbf{1}$', [D(1)]),
    ('\\partial e} = 1}$', [D(1)]),
    ("(Arka Gradyan) = $\\mathbf{-2}$ ($\\mathbf{f}$'nin", [dLd, f]),
    ('- Yerel Türevler = $\\mathbf{1}$', [D(1)]),
    ('\\partial c} = (-2) \\times (1) = -2}$', [dLd, D(1), dLd]),
    ('\\partial e} = (-2) \\times (1) = -2}$', [dLd, D(1), dLe]),
    ('(Arka Gradyan) = $\\mathbf{-2}$', [dLe]),
    ("Veri Değeri: $\\mathbf{2.0}$", [a]),
    ("Veri Değeri: $\\mathbf{-3.0}$", [b]),
    ('= (-2) \\times (-3.0) = \\mathbf{6.0}', [dLe, b, dLe * b]),
    ('= (-2) \\times (2.0) = \\mathbf{-4.0}', [dLe, a, dLe * a]),
    ('Bütün gradyanlar bulundu', [dLe * b, dLe * a, dLd]),
    ('\\frac{do}{dn} = 1 - \\tanh(n)^2', [C]),
    ('$o.\\text{data} = 0.7071$', [C, o, C, o, dn]),
    ('## 3. Adım', [C]),
    ('(Arka Gradyan) = 0.5 (tanh', [dn]),
    ('- Yerel türevler = 1', [D(1)]),
    ('{\\partial x1w1x2w2} = 0.5 \\times 1 = 0.5', [dn, D(1), dn]),
    ('{\\partial b} = 0.5 \\times 1 = 0.5', [dn, D(1), dn]),
    ('## 4. Adım', [C]),
    ('$\\frac{\\partial o}{\\partial x1w1} = 0.5$', [dn]),
    ('$\\frac{\\partial o}{\\partial x2w2} = 0.5$', [dn]),
    ('## 5. Adım', [C]),
    ('= 0.5 * (-3.0) = -1.5', [dn, w1, dn * w1]),
    ('= 0.5 * 2.0 = 1.0', [dn, x1, dn * x1]),
    ('= 0.5 * 1.0 = 0.5', [dn, w2, dn * w2]),
    ('= 0.5 * 0.0 = 0.0', [dn, x2, dn * x2]),
    ('w2 = 0 olduğu için 0', [w2, dn * x2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'tr-micrograd.md'
report(doc, doc_rows(doc, specs, plain_names=True))
