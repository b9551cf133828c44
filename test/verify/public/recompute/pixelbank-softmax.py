"""Recomputes every number of pixelbank-softmax.html (a coding-problem page: softmax over the logits [1.0, 2.0, 3.0] of
one example, true class index 2, cross-entropy; the gradient with respect to the logits is softmax − one-hot) with
40-digit decimals. Left out: nothing on the example's lines (the batch size 1, the class count 3 and the index 2 are
counted as given). The page's slip: the example's output prints −0.67 for the true class's gradient, 0.6652 − 1 =
−0.3348, which its own explanation prints as −0.33."""
import sys
from common import D, report, doc_rows

z = [D('1.0'), D('2.0'), D('3.0')]
ez = [v.exp() for v in z]
p = [e / sum(ez) for e in ez]
y = [D(0), D(0), D(1)]
g = [pi - yi for pi, yi in zip(p, y)]
specs = [
    ('logits = [[1.0, 2.0, 3.0]]', z + [D(1), D(3), D(2), D(2)]),
    ('<pre>[[0.09, 0.24, -0.67]]</pre>', g),
    ('Softmax of [1,2,3]:', [D(1), D(2), D(3)] + p + y),
    ('Gradient = softmax - one_hot', p[:2] + [p[2], -y[2]] + g),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'pixelbank-softmax.html'
report(doc, doc_rows(doc, specs))
