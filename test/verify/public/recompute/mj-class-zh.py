"""Recomputes every number of mj-class-zh.md (a Chinese Jekyll post in Ng's notation, every display wrapped in
MathJax's \\class{myMJSmall}{…}, inline math as $$…$$) with 40-digit decimals: the matrix sizes, the AND table of
g(z) ≈ 0/1, the gate rows and the XNOR network's Θ^(1), Θ^(2). Left out: indices and layer numbers (including a_1{(2)}
written without ^, Θ_{(1)}, "第1层", j ∈ [2,3…]), the 1s of 1/(1+e^{…}) and s_j+1, the CSS size and MathJax version."""
import sys
from common import D, report, doc_rows, sigmoid

AND, OR, NOR = [D(-30), D(20), D(20)], [D(-10), D(20), D(20)], [D(10), D(-20), D(-20)]
g = lambda w, x1, x2: sigmoid(w[0] + w[1] * x1 + w[2] * x2)
row = lambda x1, x2: [D(x1), D(x2), AND[0] + AND[1] * x1 + AND[2] * x2, g(AND, x1, x2)]
specs = [
    ('> $$x_0$$恒为1', [D(1)]),
    ('的大小是', [None, D(3), D(4), D(1), D(4)]),
    (' a_1{(2)} = g(z_1^{(2)})', [None]), (' a_2{(2)} = g(z_2^{(2)})', [None]), (' a_3{(2)} = g(z_3^{(2)})', [None]),
    (' a_1{(3)} = g(z_1^{(3)})', [None]),
    ('只取0或1', [D(0), D(1)]),
    ('\\Theta_{(1)} = \\begin{bmatrix}-30', AND),
    (' 0 & 0 & g(-30)', row(0, 0)), (' 0 & 1 & g(-10)', row(0, 1)), (' 1 & 0 & g(-10)', row(1, 0)), (' 1 & 1 & g(10)', row(1, 1)),
    ('NOR: \\Theta^{(1)}', NOR),
    ('OR: \\Theta^{(1)} = \\begin{bmatrix}-10', OR),
    ('\\Theta^{(1)} =\\begin{bmatrix}-30 & 20 & 20 \\newline', AND + NOR),
    ('\\Theta^{(2)} =\\begin{bmatrix}-10', OR),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'mj-class-zh.md'
report(doc, doc_rows(doc, specs))
