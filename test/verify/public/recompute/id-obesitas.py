"""Recomputes every number of id-obesitas.md (Irlll's Indonesian README, Input 1: x = (2, 2, 3, 3), target 0, hidden
sigmoid units with w11…w34 and biash1…3, a sigmoid output with wh1…wh3 and biasout = 0.95, E = (target - out)^2,
eta = 0.5) with 40-digit decimals; a value printed from the page's own 10-digit operands is `rounded` (carried).
Left out: the constants of the formulas (2, -1, -2, 1, the 0 + 0 + 0 + 1 of a bias's derivative, the 2 of <sup>2</sup>),
the step numbers (Langkah 1–8), the "oh 1" unit numbers, the digits of names (w11, x3, wh2), the title's 4-3-1 and 1/0,
and the names the page wrote without their letter (\\partial 21, \\partial 31)."""
import sys
from common import D, report, doc_rows, sigmoid

x = [D(2), D(2), D(3), D(3)]
t, eta = D(0), D('0.5')
W = [[D('0.05'), D('0.1'), D('0.15'), D('0.2')], [D('0.3'), D('0.35'), D('0.4'), D('0.45')],
     [D('0.55'), D('0.6'), D('0.65'), D('0.7')]]
bh = [D('0.25'), D('0.5'), D('0.75')]
wh, bo = [D('0.8'), D('0.85'), D('0.9')], D('0.95')
net = [sum(W[j][i] * x[i] for i in range(4)) + bh[j] for j in range(3)]
oh = [sigmoid(n) for n in net]
netout = sum(wh[j] * oh[j] for j in range(3)) + bo
out = sigmoid(netout)
E = (t - out) ** 2
dnet = -2 * (t - out) * out * (1 - out)
g_wh = [dnet * oh[j] for j in range(3)]
g_w = [[dnet * wh[j] * oh[j] * (1 - oh[j]) * x[i] for i in range(4)] for j in range(3)]
# carried from the printed 10-digit values
ohp = [D('0.8320183851'), D('0.9872576505'), D('0.9991755753')]
outp = D('0.9662369384')
dnp = -2 * (t - outp) * outp * (1 - outp)
netoutc = sum(wh[j] * ohp[j] for j in range(3)) + bo
up = lambda p, g, gp: (p - eta * g, p - eta * gp)
C = None
gw = lambda j, i: (g_w[j][i], dnp * wh[j] * ohp[j] * (1 - ohp[j]) * x[i])
gwh = lambda j: (g_wh[j], dnp * ohp[j])
F = [C, t, out, out, C, out]   # = (-2 * (0 - out) * (out * (1 - out)) * …
specs = [
    (2, [C, C, C]), (4, [C, C]), (17, [C]), (19, [C]), (21, [C, C, C, C]), (23, [C]), (27, [C] * 4), (29, [C]),
    (31, [C]),
    (33, x + [t]), (37, W[0] + [bh[0]]), (39, W[1] + [bh[1]]), (41, W[2] + [bh[2]]), (45, wh),
    (49, [C]),
    (53, [W[0][0], x[0], W[0][1], x[1], W[0][2], x[2], W[0][3], x[3], bh[0]]), (55, [net[0]]),
    (59, [W[1][0], x[0], W[1][1], x[1], W[1][2], x[2], W[1][3], x[3], bh[1]]), (61, [net[1]]),
    (65, [W[2][0], x[0], W[2][1], x[1], W[2][2], x[2], W[2][3], x[3], bh[2]]), (67, [net[2]]),
    (69, [C]), (71, [C, C, C]), (73, [C, C, net[0]]), (75, [oh[0]]),
    (77, [C, C, C]), (79, [C, C, net[1]]), (81, [oh[1]]),
    (83, [C, C, C]), (85, [C, C, net[2]]), (87, [oh[2]]),
    (89, [C]), (93, [wh[0], oh[0], wh[1], oh[1], wh[2], oh[2]]), (94, [bo]), (96, [(netout, netoutc)]),
    (98, [C]), (100, [C, C]), (102, [C, C, (netout, netoutc)]), (104, [out]),
    (106, [C]), (108, [C]), (110, [t, out, C]), (112, [(E, outp ** 2)]),
    (116, [C]), (118, [C, C]), (122, F), (123, [oh[0]]), (125, [gwh(0)]),
    (129, [wh[0], eta, gwh(0)]), (131, [up(wh[0], g_wh[0], dnp * ohp[0])]),
    (133, [C, C]), (137, F), (138, [oh[1]]), (140, [gwh(1)]),
    (144, [wh[1], eta, gwh(1)]), (146, [up(wh[1], g_wh[1], dnp * ohp[1])]),
    (148, [C]), (150, [C]), (151, [C, C]), (153, F), (154, [C]), (156, [(dnet, dnp)]),
    (160, [bo, eta, (dnet, dnp)]), (162, [up(bo, dnet, dnp)]),
    (164, [C]), (166, [C]), (167, [C, C]), (169, F), (170, [wh[0], oh[0], C, oh[0], x[0]]), (172, [gw(0, 0)]),
    (176, [W[0][0], eta, gw(0, 0)]), (178, [up(W[0][0], g_w[0][0], gw(0, 0)[1])]),
    (180, [C]), (181, [C, C]), (183, F), (184, [wh[0], oh[0], C, oh[0], x[2]]), (186, [gw(0, 2)]),
    (190, [W[0][2], eta, gw(0, 2)]), (192, [up(W[0][2], g_w[0][2], gw(0, 2)[1])]),
    (194, [C]), (195, [C, C]), (197, F), (198, [wh[1], oh[1], C, oh[1], x[0]]), (200, [gw(1, 0)]),
    (202, [C]), (204, [W[1][0], eta, gw(1, 0)]), (206, [up(W[1][0], g_w[1][0], gw(1, 0)[1])]),
    (208, [C]), (209, [C, C]), (211, F), (212, [wh[2], oh[2], C, oh[2], x[0]]), (214, [gw(2, 0)]),
    (216, [C]), (218, [W[2][0], eta, gw(2, 0)]), (220, [up(W[2][0], g_w[2][0], gw(2, 0)[1])]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'id-obesitas.md'
report(doc, doc_rows(doc, specs, plain_names=True))
