"""Recomputes every number of micrograd-mathfence.md (a micrograd README: e = a b, d = e + c, L = d f at a = 2, b = -3,
c = 10, f = -2, gradients of L by the chain rule) with 40-digit decimals. Left out: the h -> 0 of the limits (a
subscript) and nothing else; the source's `L = d +f` prints no number."""
import sys
from common import D, report, doc_rows

a, b, c, f = D(2), D(-3), D(10), D(-2)
e = a * b
d = e + c
L = d * f
dLdd, dLdf = f, d
dddc = D(1)
dLdc = dLdd * dddc
dLde = dLdd * D(1)
dLda = dLde * b
dLdb = dLde * a
specs = [
    ("a = Value(2.0", [a]),
    ("b = Value(-3.0", [b]),
    ("c = Value(10.0", [c]),
    ("f = Value(-2.0", [f]),
    ("\\therefore \\frac{dL}{dd} = f = -2", [dLdd]),
    ("\\frac{dL}{df} = d = 4", [dLdf]),
    ("@@\\frac{dd}{dc} = 1", [dddc]),
    ("@@\\frac{dL}{dd} = f = -2", [dLdd]),
    ("-2 \\times 1 = -2", [dLdd, dddc, dLdc]),
    ("@@\\frac{dd}{de} = 1", [D(1)]),
    ("1 \\times -2 = -2", [D(1), dLdd, dLde]),
    ("= b = -3", [b]),
    ("-2 \\times -3 = 6", [dLde, b, dLda]),
    ("-2 \\times 2 = -4", [dLde, a, dLdb]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'micrograd-mathfence.md'
report(doc, doc_rows(doc, specs))
