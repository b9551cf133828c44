"""Recomputes every number of de-lernpfad.md (a German learning-path page: one linear weight y = w x, x = 2, target
1.5, the update w + eta (y_echt - y) x repeated; its solution lists the outputs of nine steps, the state after ten steps
at eta = 0.01 and the steps needed, the oscillation at eta = 0.5) with 40-digit decimals. Left out: the attributes of
the page's directives (height, speed, password), the loop counter and step label of the Java listing, and the 1s of
the factor (1 − η · x²). The "−1" at the end is printed with a Unicode minus and compared by its size."""
import sys
from common import D, report, doc_rows

x, t, w0, eta = D('2.0'), D('1.5'), D('0.5'), D('0.1')


def run(w, lr, steps):
    ys = []
    for _ in range(steps):
        y = w * x
        ys.append(y)
        w = w + lr * (t - y) * x
    return w, ys


w1, _ = run(w0, eta, 1)
_, ys = run(w0, eta, 9)
first = next(k + 1 for k in range(1000) if abs(t - run(w0, eta, k + 1)[1][-1]) < D('0.01'))
w10, _ = run(w0, D('0.01'), 10)
first2 = next(k + 1 for k in range(1000) if abs(t - run(w0, D('0.01'), k + 1)[1][-1]) < D('0.01'))
specs = [
    ('Ein einzelnes lineares Neuron', [w0, x, w0 * x, t]),
    ('\\text{Fehler} = y_{echt} - y', [t, w0 * x, t - w0 * x]),
    ('Mit Lernrate $\\eta = 0.1$', [eta]),
    ('$$w_{neu} =', [w0, eta, t - w0 * x, x, w0, eta * (t - w0 * x) * x, w1]),
    ('$y_{neu} =', [w1, x, w1 * x]),
    (':::onlineide', [None, None]),
    ('double w = 0.5;', [w0]), ('double x = 2.0;', [x]), ('double yEcht = 1.5;', [t]),
    ('double lernrate = 0.1;', [eta]), ('int schritte = 10;', [D(10)]),
    ('for (int i = 0;', [None]),
    ('IO.println("Schritt "', [None]),
    (':::protect', [None, None, None]),
    ('a) Die Ausgaben', ys + [t, ys[-1], t - ys[-1], D(first), D('0.01')]),
    ('b) Mit Lernrate 0.01', [D('0.01'), D(10), w10 * x, D(first2), D('0.01')]),
    ('c) Mit Lernrate 0.5', [D('0.5'), w0 * x, (w0 + D('0.5') * (t - w0 * x) * x) * x, abs(t - w0 * x)]),
    ('Der Faktor pro Schritt', [None, eta, x, None, eta * x * x, 1 - eta * x * x, D('0.5'), None, D('0.5') * x * x, abs(1 - D('0.5') * x * x)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'de-lernpfad.md'
report(doc, doc_rows(doc, specs))
