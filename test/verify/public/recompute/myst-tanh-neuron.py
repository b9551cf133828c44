"""Recomputes every number of myst-tanh-neuron.md (Exercise 2.1/2.2 of a MyST course notebook: one tanh neuron, x = 2,
w = -0.5, b = 1, y = 0.8, L = 1/2 (a - y)^2) with 40-digit decimals. Left out: the exercise numbers in headings, the
1./2./3. of a numbered list, the 1s and 2s of 1/2 (a - y)^2, 1 - a^2 and of the code's 0.5 * (…)**2, the 3 of ipython3."""
import sys
from common import D, report, doc_rows, tanh

x, w, b, y = D('2.0'), D('-0.5'), D('1.0'), D('0.8')
z = w * x + b
a = tanh(z)
L = (a - y) ** 2 / 2
dLda = a - y
dadz = 1 - a ** 2
dLdz = dLda * dadz
dLdw, dLdb = dLdz * x, dLdz
C = None
specs = [
    (4, [C]), (11, [x]), (12, [w]), (13, [b]), (15, [C, C, y]),
    (18, [C]), (19, [C]), (20, [C, C, C]),
    (31, [x]), (32, [w]), (33, [b]),
    (37, [w, x, b, w * x, b, z]),
    (41, [z, a]),
    (45, [z]), (46, [a]), (47, [C, C, a, y, L]),
    (55, [C, C]), (63, [C] * 6), (66, [a, y]), (68, [a, y, dLda]),
    (79, [C, C]), (83, [C]), (86, [dLda, dadz, dLdz]),
    (103, [D(1)]), (109, [C]), (113, [C]),
    (116, [dLda, dadz, x, dLdw]), (117, [dLda, dadz, D(1), dLdb]),
    (127, [z]), (128, [a]), (129, [L]), (130, [dLda]), (131, [dLdz]), (132, [dLdw]), (133, [dLdb]),
    (141, [dLdw]), (142, [dLdb]), (148, [C]), (154, [C]),
    (157, [x]), (158, [w]), (159, [b]), (160, [y]), (165, [C, C]), (169, [C, C]),
    (184, [z]), (185, [a]), (186, [L]), (187, [dLdw]), (188, [dLdb]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'myst-tanh-neuron.md'
report(doc, doc_rows(doc, specs))
