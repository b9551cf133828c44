"""Recomputes every number of udacity-notebook.ipynb (a course notebook whose numbers are all in code cells and
their printed outputs) with 40-digit decimals: the setup (x, target, learning rate, weights), the hidden outputs, ŷ,
the error and the two weight-change arrays numpy prints (8 digits, some in e-notation). A 17-digit float printed by
Python is also compared with the same computation in float64 (`carried`): its last digit is float rounding, not a
slip. Left out: execution counts, array shapes ([:, None]) and the constants 1 of the code."""
import sys
import re
import math
from common import D, report, doc_rows, sigmoid

x = [D('0.5'), D('0.1'), D('-0.2')]
t, lr = D('0.6'), D('0.5')
W = [[D('0.5'), D('-0.6')], [D('0.1'), D('-0.2')], [D('0.1'), D('0.7')]]
v = [D('0.1'), D('-0.3')]
h = [sigmoid(sum(x[i] * W[i][j] for i in range(3))) for j in range(2)]
y = sigmoid(h[0] * v[0] + h[1] * v[1])
err = t - y
d_out = err * y * (1 - y)
d_hid = [d_out * v[j] * h[j] * (1 - h[j]) for j in range(2)]
dw_ho = [lr * d_out * h[j] for j in range(2)]
dw_ih = [[lr * d_hid[j] * x[i] for j in range(2)] for i in range(3)]
# the same in float64, as numpy printed it
f = lambda z: 1 / (1 + math.exp(-z))
fh = [f(0.5 * 0.5 + 0.1 * 0.1 + -0.2 * 0.1), f(0.5 * -0.6 + 0.1 * -0.2 + -0.2 * 0.7)]
fy = f(fh[0] * 0.1 + fh[1] * -0.3)
fy_c, ferr_c = D(repr(fy)), D(repr(0.6 - fy))


def sci_rows(anchor, text, values):
    """Rows for a line of numpy output whose numbers may be in e-notation (1.77005547e-04)."""
    spans = [m.span() for m in re.finditer(r'-?\d+\.\d+(?:e[-+]\d+)?', text)]
    assert len(spans) == len(values), (text, values)
    return [(anchor, text[:a] + '«' + text[a:b] + '»' + text[b:], val) for (a, b), val in zip(spans, values)]


doc = sys.argv[1] if len(sys.argv) > 1 else 'udacity-notebook.ipynb'
specs = [
    ('features = np.array([0.5, 0.1, -0.2])', x),
    ('y_true = 0.6', [t]),
    ('eta = 0.5', [lr]),
    ('W_ih = np.array([[0.5, -0.6],', W[0]),
    ('[0.1, -0.2],', W[1]),
    ('[0.1, 0.7]])', W[2]),
    ('w_ho = np.array([0.1, -0.3])', v),
    ('h_out : [0.55971365 0.38698582]', h),
    ('y_hat :  0.48497343084992534', [(y, fy_c)]),
    ('err:  0.11502656915007464', [(err, ferr_c)]),
    ('[0.00804047 0.00555918]', dw_ho),
]
rows = doc_rows(doc, specs)
lines = ['[[ 1.77005547e-04 -5.11178506e-04]', ' [ 3.54011093e-05 -1.02235701e-04]', ' [-7.08022187e-05  2.04471402e-04]]']
for i, text in enumerate(lines):
    rows += sci_rows(text.strip(), text + '\n', dw_ih[i])
report(doc, rows)
