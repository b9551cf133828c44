"""Recomputes every number of mse-nested-sigmoid.md (math.stackexchange 3048198: O = s(s(s(I w1 + 1) w2 + 1) w4 +
s(s(I w1 + 1) w3 + 1) w5 + 1), every weight 0.5, every bias 1, I = 1; dO/dw1 by the chain rule) with 40-digit
decimals. The asker's number is the formula without the factors w4 w2 and w5 w3 (four times the right value): a slip.
Left out: the 1s and the -x of the formulas (s(x), d(x), the biases written + 1 inside O), the indices of w_1 … w_5."""
import sys
from common import D, report, doc_rows, sigmoid

I, w, bias = D(1), D('0.5'), D(1)
h1 = sigmoid(I * w + bias)
h2 = sigmoid(h1 * w + bias)
h3 = h2
O = sigmoid(h2 * w + h3 * w + bias)
d = lambda s: s * (1 - s)
right = d(O) * (w * d(h2) * w * d(h1) * I + w * d(h3) * w * d(h1) * I)
asker = d(O) * (d(h2) * d(h1) * I + d(h3) * d(h1) * I)
C = None
specs = [
    ('Every unit adds a bias of 1', [bias]),
    ('The check: every weight 0.5', [w, bias, I]),
    ('@@0.0014291881022; the formula above gives 0.00571675240882. Which one is wrong?',
     [right, right]),
    ('With every weight at 0.5', [w, w * w]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'mse-nested-sigmoid.md'
report(doc, doc_rows(doc, specs))
