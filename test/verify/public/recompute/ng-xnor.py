"""Recomputes every number of ng-xnor.md (a student's notes in Ng's notation: a logic-gate unit and the XNOR network)
with 40-digit decimals: the AND unit's truth table g(-30) = 0 … g(10) = 1 (each value rounded to the printed 0 or 1),
the gates' weight rows and the XNOR network's Θ^(1), Θ^(2), plus the sizes stated in words (3×4, 4×3). Left out:
indices and layer numbers (Θ_{10}^{(1)}, a_0^{(2)}, Θ{(1)} written without ^), the 1 of 1/(1+e^{-z}) and of j+1,
s_j + 1, the 4 of "week 4"."""
import sys
from common import D, report, doc_rows, sigmoid

AND, OR, NOR = [D(-30), D(20), D(20)], [D(-10), D(20), D(20)], [D(10), D(-20), D(-20)]
g = lambda w, x1, x2: sigmoid(w[0] + w[1] * x1 + w[2] * x2)
specs = [
    ('$x_0 = 1$ bias unit', [D(1)]),
    ('take a 3×4 matrix', [D(3), D(4)]),
    ('The sizes in general', [D(2), D(4), D(4), D(3), D(2), D(4), None, D(4), D(3)]),
    ('Add $a_0^{(2)} = 1$', [D(1)]),
    ('\\in{0,1}', [D(0), D(1)]),
    ('  $\\Theta^{(1)} = \\begin{bmatrix}-30 & 20 & 20', AND),
    ('= g(-30 + 20x_1 + 20x_2)', AND),
    ('| 0     | 0     | g(-30) = 0 |', [D(0), D(0), AND[0], g(AND, 0, 0)]),
    ('| 0     | 1     | g(-10) = 0 |', [D(0), D(1), AND[0] + AND[2], g(AND, 0, 1)]),
    ('| 1     | 0     | g(-10) = 0 |', [D(1), D(0), AND[0] + AND[1], g(AND, 1, 0)]),
    ('| 1     | 1     | g(10) = 1  |', [D(1), D(1), sum(AND), g(AND, 1, 1)]),
    ('$AND \\Rightarrow', AND), ('$OR \\Rightarrow', OR), ('$NOT x_1', NOR), ('$NOR \\Rightarrow', NOR),
    ('$\\Theta^{(1)} = \\begin{bmatrix}-30 & 20 & 20 \\\\ 10', AND + NOR),
    ('$ \\Theta^{(2)} = \\begin{bmatrix}-10', OR),
    ('$a^{(2)} = g(\\Theta{(1)}.x)$', [None]),
    ('$a^{(3)} = g(\\Theta{(2)}.a^{(2)})$', [None]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'ng-xnor.md'
report(doc, doc_rows(doc, specs))
