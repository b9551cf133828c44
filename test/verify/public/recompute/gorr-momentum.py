"""Recomputes every number of gorr-momentum.md (Orr's CS-449 lecture: one weight on E = w^2, w(0) = 10, learning
rate m = 0.8, three steps of gradient descent and three with momentum b = 0.1: Dw(t) = -m dE/dw + b Dw(t-1),
w(t) = w(t-1) + Dw(t)) with 40-digit decimals. Left out: the step labels t = … and the arguments of w(·) and Dw(·)
(the page's labels are wrong on four rows: see the manifest), the exponent and the 2 of 2w."""
import sys
from common import D, report, doc_rows, fmt

m, b, w0 = D('0.8'), D('0.1'), D(10)


def run(mu):
    w, dw, rows = w0, D(0), []
    for _ in range(3):
        g = 2 * w
        new = -m * g + mu * dw
        rows.append((g, dw, new, w, w + new))
        w, dw = w + new, new
    return rows


plain, mom = run(D(0)), run(b)
C = None
specs = [
    ('Suppose \\( m = 0.8 \\)', [m, C, w0]),
    ('w_{\\text{min}} = 0', [D(0), C]),
    ('### No Momentum', [D(0)]),
]
for (g, _, new, w, after) in plain:
    specs.append((f'\\times ({fmt(g)}) = ', [C, C, -m, g, new, C, w, new, after]))
specs.append(('### With Momentum', [b]))
for (g, dw, new, w, after) in mom:
    specs.append((f'\\times ({fmt(g)}) + 0.1', [C, C, -m, g, b, dw, new, C, w, new, after]))
specs.append(('after three steps the weight', [mom[2][4], plain[2][4]]))
doc = sys.argv[1] if len(sys.argv) > 1 else '../gorr-momentum.md'
report(doc, doc_rows(doc, specs))
