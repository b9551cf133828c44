"""Recomputes every number of decola-mlp.md (Jeff DeCola's 2-3-1 MLP, x = (0.5, 0.5), target 0.91, L = 1/2 (y - z)^2,
eta = 0.1; the sigmoid pass with its updates, then the tanh pass to the hidden deltas) with 40-digit decimals. Left
out: the bracket indices of the names (x[0], wh[1][0], the NODE numbers), the 2-3-1 of the prose, the 1 and 2 of
1/2 and of 1 - y, the iteration number of the loss table. The side example (65 scaled between 25 and 70) is counted."""
import sys
from common import D, report, doc_rows, sigmoid, tanh

x0 = x1 = D('0.5')
wh = [[D('-0.5'), D('-1.0')], [D('-0.5'), D('0.5')], [D('1.0'), D('0.0')]]
bh = [D('0.5')] * 3
wo, bo, z, eta = [D('0.5'), D('-1.0'), D('0.0')], D('0.5'), D('0.91'), D('0.1')
s = [wh[j][0] * x0 + wh[j][1] * x1 + bh[j] for j in range(3)]


def passes(f, df):
    a = [f(v) for v in s]
    so = sum(a[j] * wo[j] for j in range(3)) + bo
    y = f(so)
    do = df(y) * (y - z)
    dh = [df(a[j]) * wo[j] * do for j in range(3)]
    return a, so, y, do, dh


sg = passes(sigmoid, lambda y: y * (1 - y))
th = passes(tanh, lambda y: 1 - y * y)
a, so, y, do, dh = sg
L = (y - z) ** 2 / 2
C = None
# carried from the page's rounded operands
ap = [D('0.4378'), D('0.6225'), D('0.7310')]
do_p = D('-0.096252')
dh_p = [D('-0.01185'), D('0.02261'), D(0)]
ta, tso, ty, tdo, tdh = th
tap = [D('-0.2449'), D('0.4621'), D('0.7616')]
tso_c = tap[0] * wo[0] + tap[1] * wo[1] + bo
so_c = sum(ap[j] * wo[j] for j in range(3)) + bo
R7310 = 'repeats a_h[2] = 0.7310 (a truncation)'
R2261 = 'repeats delta_h[1] = 0.02261'
specs = [
    ('NODE 0: hiddenWeight', [C, wh[0][0], wh[0][1], bh[0]]),
    ('NODE 1: hiddenWeight', [C, wh[1][0], wh[1][1], bh[1]]),
    ('NODE 2: hiddenWeight', [C, wh[2][0], wh[2][1], bh[2]]),
    ('NODE 0: outputWeight', [C, wo[0], wo[1], wo[2], bo]),
    ('\\frac{65 - 25}{70 - 25}', [D(65), D(25), D(70), D(25), D(40) / D(45)]),
    ('The worked pass below', [C, C, x0, eta]),
    ('(0.5 \\cdot -0.5) + (0.5 \\cdot -1.0)', [x0, wh[0][0], x1, wh[0][1], bh[0]]),
    ('-0.25 - 0.5 + 0.5', [x0 * wh[0][0], -x1 * wh[0][1], bh[0]]),
    ('\\left(-0.25\\right)', [s[0]]),
    ('(0.5 \\cdot -0.5) + (0.5 \\cdot 0.5)', [x0, wh[1][0], x1, wh[1][1], bh[1]]),
    ('-0.25 + 0.25 + 0.5', [x0 * wh[1][0], x1 * wh[1][1], bh[1]]),
    ('\\left(0.5\\right)', [s[1]]),
    ('(0.5 \\cdot 1.0) + (0.5 \\cdot 0.0)', [x0, wh[2][0], x1, wh[2][1], bh[2]]),
    ('0.5 + 0.0 + 0.5', [x0 * wh[2][0], x1 * wh[2][1], bh[2]]),
    ('\\left(1.0\\right)', [s[2]]),
    ('\\sigma_{h[0]}(-0.25)', [s[0]]), ('@@&= 0.4378', [a[0]]),
    ('\\sigma_{h[1]}(0.5)', [s[1]]), ('@@&= 0.6225', [a[1]]),
    ('\\sigma_{h[2]}(1.0)', [s[2]]), ('@@&= 0.7310', [a[2]]),
    ('0.4378 \\cdot 0.5 + 0.6225', [a[0], wo[0], a[1], wo[1], (a[2], R7310), wo[2], bo]),
    ('0.2189 - 0.6225', [(a[0] * wo[0], ap[0] * wo[0]), (-a[1] * wo[1], ap[1]), a[2] * wo[2], bo]),
    ('\\left(0.0964\\right)', [(so, sum(ap[j] * wo[j] for j in range(3)) + bo)]),
    ('f_{o}(0.0964)', [(so, so_c)]), ('\\sigma_{o}(0.0964)', [(so, so_c)]), ('@@&= 0.5241', [y]),
    ('scaled to 0.91', [z]),
    ('&= 0.524(1 - 0.524)', [y, C, y, y, z]),
    ('&= 0.524(0.476)', [y, 1 - y, y - z]),
    ('@@&= -0.096252', [(do, D('0.524') * D('0.476') * D('-0.386'))]),
    ('0.4378(1 - 0.4378)', [a[0], C, a[0], wo[0], do]),
    ('@@&= -0.01185', [(dh[0], ap[0] * (1 - ap[0]) * wo[0] * do_p)]),
    ('0.6225(1 - 0.6225)', [a[1], C, a[1], wo[1], do]),
    ('@@&= 0.02261', [(dh[1], ap[1] * (1 - ap[1]) * wo[1] * do_p)]),
    ('0.7310(1 - 0.7310)', [(a[2], R7310), C, (a[2], R7310), wo[2], do]),
    ('@@&= 0.0000', [dh[2]]),
    ('&= 0.5 - (0.1 \\cdot -0.096252 \\cdot 0.4378)', [wo[0], eta, do, a[0]]),
    ('@@&= 0.50421', [(wo[0] - eta * do * a[0], wo[0] - eta * do_p * ap[0])]),
    ('&= -1.0 - (0.1 \\cdot -0.096252 \\cdot 0.6225)', [wo[1], eta, do, a[1]]),
    ('@@&= -0.99938', [(wo[1] - eta * do * a[1], wo[1] - eta * do_p * ap[1])]),
    ('&= 0.0 - (0.1 \\cdot -0.096252 \\cdot 0.7310)', [wo[2], eta, do, (a[2], R7310)]),
    ('@@&= 0.00070', [(wo[2] - eta * do * a[2], wo[2] - eta * do_p * ap[2])]),
    ('&= 0.5 - (0.1 \\cdot -0.096252) \\\\', [bo, eta, do]),
    ('@@&= 0.50963', [bo - eta * do]),
    ('&= -0.5 - (0.1 \\cdot -0.01185 \\cdot 0.5)', [wh[0][0], eta, dh[0], x0]),
    ('@@&= -0.49941', [(wh[0][0] - eta * dh[0] * x0, wh[0][0] - eta * dh_p[0] * x0)]),
    ('&= -1.0 - (0.1 \\cdot -0.01185 \\cdot 0.5)', [wh[0][1], eta, dh[0], x1]),
    ('@@&= -0.99941', [(wh[0][1] - eta * dh[0] * x1, wh[0][1] - eta * dh_p[0] * x1)]),
    ('&= -0.5 - (0.1 \\cdot 0.02261 \\cdot 0.5)', [wh[1][0], eta, (dh[1], R2261), x0]),
    ('@@&= -0.50113', [(wh[1][0] - eta * dh[1] * x0, wh[1][0] - eta * dh_p[1] * x0)]),
    ('&= 0.5 - (0.1 \\cdot 0.02261 \\cdot 0.5)', [wh[1][1], eta, (dh[1], R2261), x1]),
    ('@@&= 0.4988', [(wh[1][1] - eta * dh[1] * x1, wh[1][1] - eta * dh_p[1] * x1)]),
    ('&= 0.5 - (0.1 \\cdot -0.01185) \\\\', [bh[0], eta, dh[0]]),
    ('@@&= 0.50119', [(bh[0] - eta * dh[0], bh[0] - eta * dh_p[0])]),
    ('&= 0.5 - (0.1 \\cdot 0.02261) \\\\', [bh[1], eta, (dh[1], R2261)]),
    ('@@&= 0.49774', [(bh[1] - eta * dh[1], bh[1] - eta * dh_p[1])]),
    ('| 0         | 0.07446', [C, L]),
    ('@@&= -0.2449 \\\\', [ta[0]]), ('@@&= 0.4621 \\\\', [ta[1]]), ('@@&= 0.7616', [ta[2]]),
    ('-0.2449 \\cdot 0.5 + 0.4621', [ta[0], wo[0], ta[1], wo[1], ta[2], wo[2], bo]),
    ('-0.1225 - 0.4621', [(ta[0] * wo[0], tap[0] * wo[0]), (-ta[1] * wo[1], tap[1]), ta[2] * wo[2], bo]),
    ('\\left(-0.0836\\right)', [(tso, tso_c)]),
    ('f_{o}(-0.0836)', [(tso, 'follows from s_o = -0.0836')]),
    ('\\tanh_{o}(-0.0836)', [(tso, 'follows from s_o = -0.0836')]),
    ('@@&= -0.0834', [(ty, 'follows from s_o = -0.0836 (tanh(-0.0836) = -0.0834)')]),
    ('(1 - -0.08438^2)', [C, ty, ty, z]),
    ('&= (0.99288)', [1 - ty * ty, ty - z]),
    ('@@&= -0.9873', [tdo]),
    ('(1 - 0.2449^2)', [C, -ta[0], wo[0], tdo]),
    ('@@&= -0.46404', [(tdh[0], (1 - tap[0] ** 2) * wo[0] * D('-0.9873'))]),
    ('(1 - 0.4621^2)', [C, ta[1], wo[1], tdo]),
    ('@@&= 0.77646', [(tdh[1], (1 - tap[1] ** 2) * wo[1] * D('-0.9873'))]),
    ('(1 - 0.7616^2)', [C, ta[2], wo[2], tdo]),
    ('@@&= 0.0000', [tdh[2]]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'decola-mlp.md'
report(doc, doc_rows(doc, specs))
