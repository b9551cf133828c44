"""Recomputes every number of singman-step0.md (Trask's one-layer network at its random start: four examples of
three inputs, sigmoid output, target the first input; the error t - p, the slope p(1 - p), their product) with
40-digit decimals. The page calls 19.89 % the second prediction; it is that example's slope (0.19896), the prediction
being 27.41 %. Left out: the 1 of 1 - sigma, the 1 of l1 (a name), the 0 of syn0."""
import sys
from common import D, report, doc_rows, sigmoid

X = [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
Y = [D(0), D(0), D(1), D(1)]
W = [D('0.39293837'), D('-0.42772133'), D('-0.54629709')]
P = [sigmoid(sum((D(a) * w for a, w in zip(x, W)), D(0))) for x in X]
E = [y - p for y, p in zip(Y, P)]
S = [p * (1 - p) for p in P]
Dl = [e * s for e, s in zip(E, S)]
specs = [(13 + i, [D(v) for v in x] + [y]) for i, (x, y) in enumerate(zip(X, Y))]
specs += [(22 + i, [w]) for i, w in enumerate(W)]
specs += [(34 + i, [y]) for i, y in enumerate(Y)]
specs += [(44 + i, [e]) for i, e in enumerate(E)]
specs += [(51, [Y[0], P[0], E[0]]), (53, [None])]
specs += [(58 + i, [s]) for i, s in enumerate(S)]
specs += [(65, [100 * P[1]])]   # 19.89 %: the second example's prediction in percent (27.41); 19.89 is its slope
specs += [(71, Dl)]
doc = sys.argv[1] if len(sys.argv) > 1 else '../singman-step0.md'
report(doc, doc_rows(doc, specs, plain_names=True))
