"""Recomputes every number of eee404-relu.md with 40-digit decimals: Problem 1 (2-2-2 ReLU network, forward pass)
and Problem 3 (a) (a sampling question, not the network: f_s = 800 Hz, 50 ms). Left out: the 0 of max(0, y), the
1 of 1/f_s, the heading's 2-2-2 and problem numbers."""
import sys
from common import D, report, doc_rows

X1, X2 = D('0.05'), D('0.1')
wI1H1, wI1H2, wI2H1, wI2H2, bH1, bH2 = D('0.1'), D('0.2'), D('0.3'), D('0.4'), D('0.15'), D('0.25')
wH1O1, wH1O2, wH2O1, wH2O2, bO1, bO2 = D('0.5'), D('0.6'), D('0.7'), D('0.8'), D('0.3'), D('-0.4')
relu = lambda z: max(z, D(0))
zH1, zH2 = wI1H1 * X1 + wI2H1 * X2 + bH1, wI1H2 * X1 + wI2H2 * X2 + bH2
H1, H2 = relu(zH1), relu(zH2)
zY1, zY2 = wH1O1 * H1 + wH2O1 * H2 + bO1, wH1O2 * H1 + wH2O2 * H2 + bO2
Y1, Y2 = relu(zY1), relu(zY2)
fs, T = D(800), D('0.050')
Ts_ms = 1000 / fs
specs = [
    ('ReLU $f(y) = \\max(0, y)$', [None]),
    ('Input → Hidden', [wI1H1, wI1H2, wI2H1, wI2H2, bH1, bH2]),
    ('Hidden → Output', [wH1O1, wH1O2, wH2O1, wH2O2, bO1, bO2]),
    ('**Inputs:**', [X1, X2]),
    ('**$H_1 = 0.185$', [H1, H2, Y1, Y2]),
    ('The one to watch', [zY2, Y2]),
    ('$$z_{H_1} =', [wI1H1, X1, wI2H1, X2, bH1]),
    ('$$= 0.005', [wI1H1 * X1, wI2H1 * X2, bH1, zH1]),
    ('$$H_1 = \\text{ReLU}', [zH1, H1, None]),
    ('$$z_{H_2} =', [wI1H2, X1, wI2H2, X2, bH2, wI1H2 * X1, wI2H2 * X2, bH2, zH2]),
    ('$$H_2 = \\text{ReLU}', [zH2, H2]),
    ('$$z_{Y_1} =', [wH1O1, H1, wH2O1, H2, bO1]),
    ('$$= 0.0925', [wH1O1 * H1, wH2O1 * H2, bO1, zY1]),
    ('$$Y_1 = \\text{ReLU}', [zY1, Y1]),
    ('$$z_{Y_2} =', [wH1O2, H1, wH2O2, H2, bO2, wH1O2 * H1, wH2O2 * H2, -bO2, zY2]),
    ('$$Y_2 = \\text{ReLU}', [zY2, Y2]),
    ('The bias $-0.4$', [bO2]),
    ('At $f_s = 800$', [fs, None, None, fs, Ts_ms, T * 1000]),
    ('$$L = \\frac{0.050', [T, Ts_ms, T, fs, T * fs]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'eee404-relu.md'
report(doc, doc_rows(doc, specs))
