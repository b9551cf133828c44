"""Recomputes every number of habernal-graphs.tex (three small computational graphs of the Habernal/Thlija guidebook:
s = a + b; c = a + b, y = c^2; z = x y, r = z + y) with 40-digit decimals. Left out: the 1s of the general rules
(∂s/∂x_i = 1 for a sum node, dy/du = 1 at the root), the 2 of the coefficient 2c and of the exercise x (x + 2), the
12pt/a4paper of the preamble and the licence in the comment. d y/d u is the guidebook's derivative of the root along
all paths, ∂ the local one; `\\frac{dr}{dy}=1` on line 89 is compared with the total derivative (2)."""
import sys
from common import D, report, doc_rows

a0, b0 = D(1), D(2)
a, b = D(2), D(3)
c = a + b
y = c ** 2
dydc, dcda, dcdb = 2 * c, D(1), D(1)
x2, y2 = D(1), D(2)
z = x2 * y2
r = z + y2
drdz, drdy_local = D(1), D(1)
dzdx, dzdy = y2, x2
drdx = drdz * dzdx
drdy = drdz * dzdy + drdy_local
specs = [
    ('\\textbf{Warm-up:}', [a0, b0, a0 + b0]),
    ('a=2, \\quad b=3', [a, b]),
    ('c = 5, \\quad y = 25', [c, y]),
    ('= 2c = 10', [None, dydc]),
    ('\\frac{dc}{da} = 1, \\quad', [dcda, dcdb]),
    ('\\frac{dc}{da} = 10', [dydc * dcda]),
    ('\\frac{dc}{db} = 10', [dydc * dcdb]),
    ('x=1, \\quad y=2', [x2, y2]),
    ('z = 2, \\quad r = 4', [z, r]),
    ('\\frac{dr}{dz}=1, \\quad \\frac{dr}{dy}=1', [drdz, drdy]),
    ('\\frac{dz}{dx}=y=2', [dzdx, dzdy]),
    ('\\frac{dz}{dx} = 2', [drdx]),
    ('+ 1 = 1 + 1 = 2', [drdy_local, drdz * dzdy, drdy_local, drdy]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'habernal-graphs.tex'
report(doc, doc_rows(doc, specs))
