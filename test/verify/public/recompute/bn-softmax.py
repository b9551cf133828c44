"""Recomputes every number of bn-softmax.md (a Bengali softmax + cross-entropy note whose display math lost its
backslashes) with 40-digit decimals. Sections 1-3 against the given logits z = (2, 1, 0), target A; section 4 against
its linear layer z = W x + b, x = (1, 2), b = 0, learning rate 0.1, whose logits are (0.5, 0.2, 0.1): the note's
gradients there use the probabilities of sections 1-3 (a real slip, each number noted as following from it).
Left out: indices and powers (the 2 of e^2 is z_1 written as a power), the 3 of \\sum^{3}, row numbers in headings."""
import sys
from common import D, report, doc_rows, exp, ln

# sections 1-3
z = [D(2), D(1), D(0)]
y = [D(1), D(0), D(0)]
e = [exp(v) for v in z]
S = sum(e)
p = [v / S for v in e]
L = -ln(p[0])
g = [p[i] - y[i] for i in range(3)]
# section 4: the network
x = [D(1), D(2)]
W = [[D('0.10'), D('0.20')], [D('0.00'), D('0.10')], [D('-0.10'), D('0.10')]]
b = [D(0), D(0), D(0)]
lr = D('0.1')
zn = [W[i][0] * x[0] + W[i][1] * x[1] + b[i] for i in range(3)]
en = [exp(v) for v in zn]
pn = [v / sum(en) for v in en]
gn = [pn[i] - y[i] for i in range(3)]
old = 'follows from the probabilities of the logits (2, 1, 0), not of W x + b'
G = lambda i: (gn[i], old)
GX = lambda i, k: (gn[i] * x[k], old)
NW = lambda i, k: (W[i][k] - lr * gn[i] * x[k], old)
NB = lambda i: (b[i] - lr * gn[i], old)
specs = [
    ('z = [z_1, z_2, z_3] = [2,;1,;0]', z),
    ('y=[1,;0,;0]', y),
    ('* (e^2=7.389)', [e[0]]), ('* (e^1=2.718)', [e[1]]), ('* (e^0=1)', [e[2]]),
    ('S=7.389+2.718+1=11.107', e + [S]),
    ('p_1=\\frac{7.389}{11.107}=0.665', [e[0], S, p[0]]),
    ('p_2=\\frac{2.718}{11.107}=0.245', [e[1], S, p[1]]),
    ('p_3=\\frac{1}{11.107}=0.090', [e[2], S, p[2]]),
    ('p=[0.665,;0.245,;0.090]', p),
    ('(y=[1,0,0])', y),
    ('L=-\\ln(p_1)=-\\ln(0.665)=0.408', [p[0], L]),
    ('\\partial z_1}=0.665-1=-0.335', [p[0], -y[0], g[0]]),
    ('\\partial z_2}=0.245-0=0.245', [p[1], -y[1], g[1]]),
    ('\\partial z_3}=0.090-0=0.090', [p[2], -y[2], g[2]]),
    ('\\nabla_z L = [-0.335,;0.245,;0.090]', g),
    ('x=[1,;2]', x),
    ('@@0.10 & 0.20\\', W[0]), ('@@0.00 & 0.10\\', W[1]), ('@@-0.10 & 0.10', W[2]),
    ('b=[0,;0,;0]', b),
    ('\\eta=0.1', [lr]),
    ('\\partial W_1}=-0.335[1,2]', [G(0), x[0], x[1], GX(0, 0), GX(0, 1)]),
    ('\\partial W_2}=0.245[1,2]', [G(1), x[0], x[1], GX(1, 0), GX(1, 1)]),
    ('\\partial W_3}=0.090[1,2]', [G(2), x[0], x[1], GX(2, 0), GX(2, 1)]),
    ('@@-0.335 & -0.670\\', [GX(0, 0), GX(0, 1)]), ('@@0.245 & 0.490\\', [GX(1, 0), GX(1, 1)]), ('@@0.090 & 0.180', [GX(2, 0), GX(2, 1)]),
    ('\\partial b}=p-y=[-0.335,;0.245,;0.090]', [G(0), G(1), G(2)]),
    ('[0.10,0.20]-0.1[-0.335,-0.670]', [W[0][0], W[0][1], -lr, G(0), GX(0, 1), NW(0, 0), NW(0, 1)]),
    ('[0.00,0.10]-0.1[0.245,0.490]', [W[1][0], W[1][1], -lr, G(1), GX(1, 1), NW(1, 0), NW(1, 1)]),
    ('[-0.10,0.10]-0.1[0.090,0.180]', [W[2][0], W[2][1], -lr, G(2), GX(2, 1), NW(2, 0), NW(2, 1)]),
    ('b_{\\text{new}}=[0,0,0]-0.1', b + [-lr, G(0), G(1), G(2), NB(0), NB(1), NB(2)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'bn-softmax.md'
report(doc, doc_rows(doc, specs))
