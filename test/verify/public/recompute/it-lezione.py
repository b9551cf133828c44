"""Recomputes every number of it-lezione.ipynb (lessons 10 and 11 of an Italian machine-learning course: x = 0.9 into
two sigmoid hidden units, w1 = 0.8, w2 = 0.2, a sigmoid output with w3 = 0.3, w4 = 0.9, all biases 0, target 1, error
(y_reale - y_predetto)^2; then one step on w4 with learning rate 0.1 and a gradient the page supposes, 0.183, which is
given, not the network's) with 40-digit decimals. Left out: lesson and list numbers, the commit and licence, the 1s of
the sigmoid and of 1 - 0.666, the exponent 2, the .3f/.4f of the print lines. The page's slips: sigmoid(0.72) = 0.6726
printed 0.672 (cut), and (0.334)^2 = 0.111556 printed 0.1115 (cut; the network's error is 0.1113)."""
import sys
from common import D, report, doc_rows, sigmoid

C = None
x, w1, w2, w3, w4, y, lr, g4 = D('0.9'), D('0.8'), D('0.2'), D('0.3'), D('0.9'), D(1), D('0.1'), D('0.183')
h1, h2 = sigmoid(x * w1), sigmoid(x * w2)
s = h1 * w3 + h2 * w4
yp = sigmoid(s)
err = (y - yp) ** 2
p1, p2 = D('0.672') * w3, D('0.545') * w4
cut = 'follows from the cut 0.672'
specs = [
    ('Tutti i bias valgono 0.', [D(0)]),
    ('x = 0.9          #', [x]),
    ('y_reale = 1      #', [y]),
    ('w1, w2 = 0.8, 0.2', [w1, w2, C, C]),
    ('w3, w4 = 0.3, 0.9', [w3, w4, C, C]),
    ('return 1 / (1 + np.exp(-v))', [C, C]),
    ('output_h1 = sigmoide(x * w1 + 0.0)', [C, D(0)]),
    ('sigmoide(0.72) = 0.672', [x, w1, x * w1, h1]),
    ('output_h2 = sigmoide(x * w2 + 0.0)', [C, D(0)]),
    ('sigmoide(0.18) = 0.545', [x, w2, x * w2, h2]),
    ('y_predetto = sigmoide(output_h1', [C, C, D(0)]),
    ('sigmoide(0.6921) = 0.666', [h1, w3, h2, w4, (h1 * w3, p1), (h2 * w4, p2), (s, cut), yp]),
    ('La rete prevede **0.666**', [yp, y]),
    ('y_predetto = 0.666   #', [yp, C]),
    ('errore = (y_reale - y_predetto) ** 2', [C]),
    ('(0.334)^2 = 0.1115', [y, yp, y - yp, (err, (1 - D('0.666')) ** 2)]),
    ('ingresso `x = 0.9`', [C, x]),
    ('previsione `y_predetto = 0.666`', [C, yp]),
    ('errore `errore = 0.1115`', [C, err]),
    ('per esempio 0.1.', [lr]),
    ('vecchio_w4 = 0.9', [C, w4]),
    ('learning_rate = 0.1', [lr]),
    ('gradiente_di_w4 = 0.183', [C, g4]),
    ('= 0.9 - 0.0183 = 0.8817', [w4, lr, g4, w4, lr * g4, w4 - lr * g4]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'it-lezione.ipynb'
report(doc, doc_rows(doc, specs, plain_names=True))
