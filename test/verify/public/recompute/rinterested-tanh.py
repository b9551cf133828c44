"""Recomputes every number of rinterested-tanh.Rmd (the second example of RInterested/statistics backpropagation.Rmd:
a tanh 2-2-1 network on four patterns at once, W := W + eta * Delta with eta = 0.03) with 40-digit decimals; a printed
value also counts as rounded when it follows from the page's own two-decimal operands (carried). Left out: the ones of
the bias columns and of 1 - Y^2 (constants), the 1 of \\tag 1 and the 2 of \\\\[2ex]."""
import sys
import re
import common
from common import D, report, doc_rows, tanh

# the page writes .9 and -.34 without a leading zero: count them as numbers (common.line_rows would read .9 as 9)
_finditer = re.finditer
common.re = re
def line_rows(anchor, text, values, plain_names=False):
    masked = common.index_masked(text, plain_names)
    spans = [m.span() for m in _finditer(r'-?(?:\d+(?:\.\d+)?|\.\d+)', masked)]
    assert len(spans) == len(values), (text, len(spans), len(values))
    rows = []
    for (a, b), v in zip(spans, values):
        if v is None:
            continue
        exact, extra = (v if isinstance(v, tuple) else (v, None))
        rows.append((anchor, text[:a] + '«' + text[a:b] + '»' + text[b:], exact) + (() if extra is None else (extra,)))
    return rows
common.line_rows = line_rows

P = lambda s: [D(v) for v in s.split()]
X = [P('.9 .9'), P('.9 -.9'), P('-.9 .9'), P('-.9 -.9')]
T = P('-.9 .9 .9 -.9')
W1 = [P('.23 -1.13'), P('.73 -.48'), P('.23 -.24')]
W2 = P('.22 -.34 .54')
eta = D('0.03')
hn = [[x[0] * W1[0][j] + x[1] * W1[1][j] + W1[2][j] for j in range(2)] for x in X]
h = [[tanh(v) for v in r] for r in hn]
on = [r[0] * W2[0] + r[1] * W2[1] + W2[2] for r in h]
o = [tanh(v) for v in on]
E = [T[k] - o[k] for k in range(4)]
Do = [1 - v * v for v in o]
d0 = [E[k] * Do[k] for k in range(4)]
Delta0 = [sum(h[k][j] * d0[k] for k in range(4)) for j in range(2)] + [sum(d0)]
Eh = [[d0[k] * W2[j] for j in range(2)] for k in range(4)]
Dh = [[1 - v * v for v in r] for r in h]
dh = [[Eh[k][j] * Dh[k][j] for j in range(2)] for k in range(4)]
DeltaH = [[sum(X[k][i] * dh[k][j] for k in range(4)) for j in range(2)] for i in range(2)] + [[sum(dh[k][j] for k in range(4)) for j in range(2)]]
# the page's printed values, for the values carried from them
ph = [P('.8 -.94'), P('-.22 -.68'), P('.59 .33'), P('-.56 .84')]
pon = P('1.03 .72 .56 .13')
po = P('.77 .62 .51 .13')
pE = P('-1.67 .28 .39 -1.03')
pD = P('.4 .62 .74 .98')
pd0 = P('-.67 .18 .29 -1.01')
pEh = [P('-.15 .23'), P('.04 -.06'), P('.07 -.1'), P('-.23 .35')]
pDh = [P('.36 .12'), P('.95 .54'), P('.65 .89'), P('.69 .3')]
pdh = [P('-.06 .03'), P('.04 -.03'), P('.04 -.09'), P('-.16 .1')]
pnet = [P('1.09 -1.7'), P('-.22 -.83'), P('.68 .34'), P('-.63 1.21')]
c_on = [r[0] * W2[0] + r[1] * W2[1] + W2[2] for r in ph]
c_Delta0 = [sum(ph[k][j] * pd0[k] for k in range(4)) for j in range(2)] + [sum(pd0)]
c_dH = [[sum(X[k][i] * pdh[k][j] for k in range(4)) for j in range(2)] for i in range(2)] + [[sum(pdh[k][j] for k in range(4)) for j in range(2)]]
C = None
ones = lambda n: [C] * n
flat = lambda m: [v for r in m for v in r]
pairs = lambda ex, ca: [(e, c) for e, c in zip(ex, ca)]
Xb = flat([[x[0], x[1], C] for x in X])
specs = [
    ('$$I=\\begin{bmatrix}', flat(X)),
    ('$$T=\\begin{bmatrix}', T),
    ('$$\\begin{bmatrix}.9&.9&1', Xb),
    ('\\text{hidden}_{\\text{net}}= I', Xb + flat(W1) + flat(hn)),
    ('\\text{hidden}_{\\text{out}}=\\tanh', flat(hn) + pairs(flat(h), [tanh(v) for v in flat(pnet)])),
    ('\\text{outer}_{\\text{net}}=', flat([[(h[k][0], tanh(pnet[k][0])), (h[k][1], tanh(pnet[k][1])), C] for k in range(4)]) + W2 + pairs(on, c_on)),
    ('\\text{outer}_{\\text{out}}=\\tanh', pairs(on, c_on) + pairs(o, [tanh(v) for v in pon])),
    ('$$E_o=T-Y_0', T + pairs(o, [tanh(v) for v in pon]) + pairs(E, [T[k] - po[k] for k in range(4)])),
    ('\\tag 1$$', [C]),
    ('$$D_0 = 1 - Y_0^2', [C] + ones(4) + pairs(o, [tanh(v) for v in pon]) + pairs(Do, [1 - v * v for v in po])),
    ('= E_0\\circ D_0 = E_0', [C] + pairs(E, [T[k] - po[k] for k in range(4)]) + pairs(Do, [1 - v * v for v in po]) + pairs(d0, [pE[k] * pD[k] for k in range(4)])),
    ('\\delta_0\\\\[2ex]', [C]),
    ('&= \\begin{bmatrix} .8 & -.22', pairs([h[k][0] for k in range(4)], [tanh(pnet[k][0]) for k in range(4)]) + pairs([h[k][1] for k in range(4)], [tanh(pnet[k][1]) for k in range(4)]) + ones(4)),
    ('\\begin{bmatrix} -.67 \\\\ .18', pairs(d0, [pE[k] * pD[k] for k in range(4)]) + pairs(Delta0, c_Delta0)),
    ('$$W_2:= W_2 + \\eta\\Delta_0', W2 + [eta] + [(Delta0[j], 'not the Delta_0 just computed') for j in range(3)]),
    ('{\\partial \\text{hidden}_{output}}\\\\[2ex]', [C]),
    ('{\\partial \\text{hidden}_{output}}\\\\[2ex]', [C]),
    ('&=\\delta_0\\cdot W_1^\\top', [C]),
    ('&=\\begin{bmatrix} -.67\\\\.18', pairs(d0, [pE[k] * pD[k] for k in range(4)]) + [W2[0], W2[1], C]),
    ('&=\\begin{bmatrix} -.15&.23', pairs(flat(Eh), [pd0[k] * W2[j] for k in range(4) for j in range(2)])),
    ('\\delta_H&=', [C]),
    ('&=E_H\\circ D_H', [C]),
    ('&=E_h \\circ', [C, C]),
    ('&=\\begin{bmatrix}-.15&.23', pairs(flat(Eh), [pd0[k] * W2[j] for k in range(4) for j in range(2)]) + pairs(flat(Dh), [1 - v * v for v in flat(ph)]) + [C]),
    ('&=\\begin{bmatrix}-.06&.03', pairs(flat(dh), [pEh[k][j] * pDh[k][j] for k in range(4) for j in range(2)])),
    ('\\Delta_H&=', [C]),
    ('&=I^\\top \\cdot', [C]),
    ('&=\\begin{bmatrix}.9&.9&-.9', [X[k][0] for k in range(4)] + [X[k][1] for k in range(4)] + ones(4) + pairs(flat(dh), [pEh[k][j] * pDh[k][j] for k in range(4) for j in range(2)]) + [C]),
    ('&=\\begin{bmatrix}.09&-.02', pairs(flat(DeltaH), flat(c_dH))),
    ('$$W_1:= \\begin', flat(W1) + [eta] + pairs(flat(DeltaH), flat(c_dH))),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'rinterested-tanh.Rmd'
report(doc, doc_rows(doc, specs))
