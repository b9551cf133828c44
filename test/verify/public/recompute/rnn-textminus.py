"""Recomputes every number of rnn-textminus.md (an index entry on recurrent networks: one tanh hidden unit and a linear
readout over three steps, W_xh = 0.5, W_hh = 0.8, b_h = 0, W_hy = 1, b_y = 0, h_0 = 0, x = (1.0, 0.5, -1.0)) with
40-digit decimals. A number printed after `\\text{-}` is compared by its size. Left out: the time steps of the program
output (t=1), its start=1 and the .4f of its format string. No slips."""
import sys
from common import D, report, doc_rows, tanh

C = None
Wxh, Whh, Why = D('0.5'), D('0.8'), D(1)
x = [D('1.0'), D('0.5'), D('-1.0')]
a1 = Wxh * x[0]
h1 = tanh(a1)
a2 = Wxh * x[1] + Whh * h1
h2 = tanh(a2)
a3 = Wxh * x[2] + Whh * h2
h3 = tanh(a3)
specs = [
    ('$$W_{xh}=0.5', [Wxh, Whh, D(0), Why, D(0), D(0)]),
    ('Input sequence:', x),
    ('$$h_1 = ', [Wxh, x[0], Whh, D(0), D(0), a1, h1, h1]),
    ('$$h_2 = ', [Wxh, x[1], Whh, h1, a2, h2, h2]),
    ('$$h_3 = ', [Wxh, -x[2], Whh, h2, -a3, -h3, -h3]),
    ('although $x_3=-1.0$', [x[2]]),
    ('run_rnn(inputs=', [x[0], x[1], x[2], Wxh, Whh, Why]),
    ('t=1: h_t', [C, h1, h1]),
    ('t=2: h_t', [C, h2, h2]),
    ('t=3: h_t', [C, h3, h3]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'rnn-textminus.md'
report(doc, doc_rows(doc, specs, plain_names=True))
