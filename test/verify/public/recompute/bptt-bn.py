"""Recomputes every number of bptt-bn.md (a Bengali note on backpropagation through time: one tanh unit unrolled over
x = [1, 2, 3], a_t = W_xh x_t + W_hh h_{t-1}, y_t = W_hy h_t, L = 1/2 sum (y_t - t_t)^2, targets [0.5, 1.0, 1.5],
W_xh = 0.5, W_hh = 0.1, W_hy = 1.0, h_0 = 0, lr = 0.1) with 40-digit decimals. A value printed from the note's own
rounded operands is `rounded` (carried). Left out: the headings' section and step numbers, the sequence length 3 in the
prose, the t column of the table, the 1 of 1 - h^2 and the 1/2 and limits of the loss."""
import sys
from common import D, report, doc_rows, tanh

x, t = [D(1), D(2), D(3)], [D('0.5'), D(1), D('1.5')]
Wxh, Whh, Why, lr = D('0.5'), D('0.1'), D(1), D('0.1')
h, a = [D(0)], [None]
for k in range(3):
    a.append(Wxh * x[k] + Whh * h[-1])
    h.append(tanh(a[-1]))
y = [None] + [Why * v for v in h[1:]]
L = sum((y[k + 1] - t[k]) ** 2 for k in range(3)) / 2
dy = [None] + [y[k + 1] - t[k] for k in range(3)]
dh, da, nxt = [None] * 4, [None] * 4, [None] * 5
nxt[4] = D(0)
for k in (3, 2, 1):
    dh[k] = dy[k] * Why + nxt[k + 1]
    da[k] = dh[k] * (1 - h[k] ** 2)
    nxt[k] = da[k] * Whh
dWxh = sum(da[k] * x[k - 1] for k in (1, 2, 3))
dWhh = sum(da[k] * h[k - 1] for k in (1, 2, 3))
dWhy = sum(dy[k] * h[k] for k in (1, 2, 3))
C = None
# the note's own four-decimal operands, step by step: dy_t, dh_t = dy_t + dh_next, da_t = dh_t (1 - h_t^2)
PRINTED = {3: ('-0.5817', '0', '0.9183', '-0.09117'), 2: ('-0.2197', '-0.009117', '0.7803', '-0.2288'),
           1: ('-0.03788', '-0.008948', '0.4621', '-0.04683')}


def step(k):
    """The rows of time step k: dy_k, dh_k, da_k, the three accumulations and the error passed back."""
    dyp, nxtp, hp, dhp = (D(v) for v in PRINTED[k])
    rows = [(f'$dy_{k} =', [y[k], t[k - 1], dy[k]]),
            (f'$dh_{k} = dy_{k} +', [nxt[k + 1], dh[k]] if k == 3 else [dy[k], nxt[k + 1], (dh[k], dyp + nxtp)]),
            (f'$da_{k}', ([C, dh[k]] if k == 3 else [dh[k]]) + [C, -h[k], (da[k], dhp * (1 - hp ** 2))]),
            ('$dW_{hy} += (', [dy[k], h[k]]), ('$dW_{xh} += (', [da[k], x[k - 1]]), ('$dW_{hh} += (', [da[k], h[k - 1]])]
    return rows + ([(f'\\cdot 0.1 = ', [da[k], Whh, (nxt[k], round(da[k], 5) * Whh)])] if k > 1 else [])


specs = [
    ('* Inputs:', x), ('* Targets:', t),
    ('$W_{xh}=0.5$', [Wxh]), ('$W_{hh}=0.1$', [Whh]), ('$W_{hy}=1.0$', [Why]), ('$h_0=0$', [h[0]]),
    ('| 1 |', [C, x[0], a[1], h[1], y[1], t[0]]),
    ('| 2 |', [C, x[1], a[2], h[2], y[2], t[1]]),
    ('| 3 |', [C, x[2], a[3], h[3], y[3], t[2]]),
    ('L \\approx', [L]),
] + step(3) + step(2) + step(1) + [
    ('$dW_{xh} \\approx', [dWxh]), ('$dW_{hh} \\approx', [dWhh]), ('$dW_{hy} \\approx', [dWhy]),
    ('$lr=0.1$', [lr]),
    ('$W_{xh}: 0.5', [Wxh, lr, dWxh, Wxh - lr * dWxh]),
    ('$W_{hh}: 0.1', [Whh, lr, dWhh, Whh - lr * dWhh]),
    ('$W_{hy}: 1.0', [Why, lr, dWhy, Why - lr * dWhy]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'bptt-bn.md'
report(doc, doc_rows(doc, specs))
