"""Recomputes every number of singman-step1.md (Trask's one-layer network at the iteration-#1 weights, four examples
of three inputs, sigmoid output; then the weights after 100,000 iterations) with 40-digit decimals. Left out: the 1s of
1/(1 + e^{-x}). The worked sums print the third weight -0.40469539 cut to -0.404 (a slip: rounded, -0.405) while
their results are the uncut weights' sums; sigma(6.0041) is printed 0.997 (0.99754)."""
import sys
from common import D, report, doc_rows, sigmoid

X = [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
W = [D('0.67423821'), D('-0.33473064'), D('-0.40469539')]
T = [D('12.0087'), D('-0.2044'), D('-5.8002')]
def dot(w, x): return sum((D(a) * b for a, b in zip(x, w)), D(0))
C = None
specs = []
for x in X:
    specs.append(('@@' + ' & '.join(str(v) for v in x) + (' \\\\' if x != (1, 1, 1) else ''), [D(v) for v in x]))
specs += [(f'@@{w} \\\\' if i < 2 else f'@@{w}', [w]) for i, w in enumerate(W)]
for i, x in enumerate(X):
    specs.append((f'@@{dot(W, x)} \\\\' if i < 3 else f'@@{dot(W, x)}', [dot(W, x)]))
P = [sigmoid(dot(W, x)) for x in X]
for i, (shown, p) in enumerate(zip(['0.40018475', '0.32312967', '0.56698066', '0.48370881'], P)):
    specs.append((f'@@{shown} \\\\' if i < 3 else f'@@{shown}', [p]))
for i, x in enumerate(X):
    w3 = W[2] if i == 0 else (W[2], 'repeats the cut weight -0.404 of the first sum')
    specs.append((f'({x[0]} \\times 0.674) + ({x[1]} \\times -0.335)', [D(x[0]), W[0], D(x[1]), W[1], D(x[2]), w3, dot(W, x)]))
specs += [(f'{w} \\\\' if i < 2 else f'    {w}', [w]) for i, w in enumerate(T)]
for x in X:
    specs.append((f'({x[0]} \\times 12.0087) + ({x[1]} \\times -0.2044)', [D(x[0]), T[0], D(x[1]), T[1], D(x[2]), T[2], dot(T, x)]))
specs.append(('\\sigma(x) = \\frac{1}{1 + e^{-x}}', [C, C]))
for x in X:
    z = dot(T, x)
    specs.append((f'\\sigma({z}) &=', [z, C, C, -z, sigmoid(z)]))
doc = sys.argv[1] if len(sys.argv) > 1 else '../singman-step1.md'
report(doc, doc_rows(doc, specs))
