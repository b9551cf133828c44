"""Recomputes every number of fiqlab-plain.md (2-2-1 sigmoid forward pass, shared hidden bias) with 40-digit
decimals. Row and unit numbers in names (x₁, h1, Input 1) and the 1s of 1 / (1 + e^(−x)) are not counted."""
import sys
from common import D, exp, sigmoid, report, numbers_row as R

x1, x2, t1, eta = D('0.05'), D('0.10'), D('0.01'), D('0.50')
w = {1: D('0.15'), 2: D('0.20'), 3: D('0.25'), 4: D('0.30'), 5: D('0.40'), 6: D('0.45')}
bh, bo = D('0.35'), D('0.60')
nh1 = w[1] * x1 + w[2] * x2 + bh
nh2 = w[3] * x1 + w[4] * x2 + bh
h1, h2 = sigmoid(nh1), sigmoid(nh2)
no1 = w[5] * h1 + w[6] * h2 + bo
o1 = sigmoid(no1)
rows = []
for text, v in [('| x₁ | 0.05 | Input 1 |', x1), ('| x₂ | 0.10 | Input 2 |', x2), ('| t₁ | 0.01 | Target output |', t1),
                ('| η | 0.50 | Learning rate |', eta), ('| w₁ | 0.15 | x₁ → h₁ |', w[1]), ('| w₂ | 0.20 | x₂ → h₁ |', w[2]),
                ('| w₃ | 0.25 | x₁ → h₂ |', w[3]), ('| w₄ | 0.30 | x₂ → h₂ |', w[4]), ('| b_h | 0.35 | Hidden layer bias |', bh),
                ('| w₅ | 0.40 | h₁ → o₁ |', w[5]), ('| w₆ | 0.45 | h₂ → o₁ |', w[6]), ('| b_o | 0.60 | Output layer bias |', bo)]:
    extra = [D(text.split('Input ')[1][0])] if 'Input' in text else []
    rows += [r for r in R(text, v, *extra) if 'Input «' not in r[1]]


def unit(net_terms, net, out, texts):
    a, b, c = texts
    return R(a, *net_terms) + R(b, *[p * q for p, q in zip(net_terms[0::2], net_terms[1::2])], net_terms[-1]) + R(c, net)


rows += R('= (0.15 × 0.05) + (0.20 × 0.10) + 0.35', w[1], x1, w[2], x2, bh) + R('= 0.0075 + 0.0200 + 0.3500', w[1] * x1, w[2] * x2, bh)
rows += R('= 0.3775', nh1) + R('out_h1 = σ(0.3775)', D(1), nh1) + R('= 1 / (1 + e^(−0.3775))', D(1), D(1), nh1)
rows += R('= 1 / (1 + 0.68566)', D(1), D(1), exp(-nh1)) + R('= 1 / 1.68566', D(1), 1 + exp(-nh1)) + R('= 0.59327', h1)
rows += R('= (0.25 × 0.05) + (0.30 × 0.10) + 0.35', w[3], x1, w[4], x2, bh) + R('= 0.0125 + 0.0300 + 0.3500', w[3] * x1, w[4] * x2, bh)
rows += R('= 0.3925', nh2) + R('out_h2 = σ(0.3925)', D(2), nh2) + R('= 1 / (1 + e^(−0.3925))', D(1), D(1), nh2)
rows += R('= 1 / (1 + 0.67530)', D(1), D(1), exp(-nh2)) + R('= 1 / 1.67530', D(1), 1 + exp(-nh2)) + R('= 0.59688', h2)
rows += R('= (0.40 × 0.59327) + (0.45 × 0.59688) + 0.60', w[5], h1, w[6], h2, bo)
rows += R('= 0.23731 + 0.26860 + 0.60000', w[5] * h1, w[6] * h2, bo) + R('= 1.10591', no1) + R('out_o1 = σ(1.10591)', D(1), no1)
rows += R('= 1 / (1 + e^(−1.10591))', D(1), D(1), no1) + R('= 1 / (1 + 0.33091)', D(1), D(1), exp(-no1))
rows += R('= 1 / 1.33091', D(1), 1 + exp(-no1)) + R('= 0.75137', o1)
rows = [r for r in rows if not any(s in r[1] for s in ('= «1» /', '(«1» +', 'out_h«1»', 'out_o«1»', 'out_h«2»'))]
slips = {'0.68566': 'follows', '1.68566': 'repeats 0.68566 (line 41)', '0.67530': 'follows', '1.67530': 'repeats 0.67530 (line 54)'}
rows = [r + (slips[r[1].split('«')[1].split('»')[0]],) if r[1].split('«')[1].split('»')[0] in slips and 'repeats' in slips[r[1].split('«')[1].split('»')[0]] else r
        for r in rows]
report(sys.argv[1] if len(sys.argv) > 1 else 'fiqlab-plain.md', rows)
