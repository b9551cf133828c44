# Recomputes every number of mazur-rst.rst (Mazur's 2-2-2 sigmoid network, one step at eta = 0.5) with 40-digit decimals.
from decimal import Decimal as D, getcontext
getcontext().prec = 40
def sig(x): return 1 / (1 + (-x).exp())
i1, i2, t1, t2 = D('0.05'), D('0.10'), D('0.01'), D('0.99')
w = {k: D(v) for k, v in dict(w1='0.15', w2='0.20', w3='0.25', w4='0.30', w5='0.40', w6='0.45', w7='0.50', w8='0.55').items()}
b1, b2, eta = D('0.35'), D('0.60'), D('0.5')
nh1 = w['w1'] * i1 + w['w2'] * i2 + b1
nh2 = w['w3'] * i1 + w['w4'] * i2 + b1
h1, h2 = sig(nh1), sig(nh2)
no1 = w['w5'] * h1 + w['w6'] * h2 + b2
no2 = w['w7'] * h1 + w['w8'] * h2 + b2
o1, o2 = sig(no1), sig(no2)
E = (t1 - o1) ** 2 / 2 + (t2 - o2) ** 2 / 2
d1 = (o1 - t1) * o1 * (1 - o1)
g5 = d1 * h1
w5n = w['w5'] - eta * g5
for name, v in [('net_h1', nh1), ('out_h1', h1), ('net_o1', no1), ('out_o1', o1), ('E_total', E), ('delta_o1', d1), ('dE/dw5', g5), ('w5+', w5n)]:
    print(f'{name}\t{v:.12f}')
