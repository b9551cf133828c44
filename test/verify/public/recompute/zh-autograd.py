"""Recomputes every number of zh-autograd.md (the PyTorch autograd tutorial as a Chinese Hexo post: x = ones(2, 2),
y = x + 2, z = 3 y^2, out = mean(z), d out/dx = 3/2 (x + 2); then y = 1024 x for a random x and y.backward(v), so
x.grad = 1024 v) with 40-digit decimals. Left out: the front matter's date, section numbers, shapes and constants in
code (ones(2,2), + 2, * 3, randn(3), 1000, ** 2), the object address, the 1/4, 3, 2, 3/2 and 9/2 of the formulas, and
the random y = [-1389.2472, 936.7593, -448.8310] (x is drawn at random; only the factor 1024 is checked, by x.grad)."""
import re
import sys
from common import D, report, doc_rows

x = D(1)
y = x + 2
z = 3 * y * y
out = z                      # the mean of four equal elements
dodx = D(3) / 2 * (x + 2)
v = [D('0.1'), D('1.0'), D('0.0001')]
g = [1024 * vi for vi in v]  # y = 2^10 x: the loop doubles until the norm passes 1000
C = None
specs = [
    ('tensor([[1., 1.],', [x, x]), ('[1., 1.]], requires_grad=True)', [x, x]),
    ('tensor([[3., 3.],', [y, y]), ('[3., 3.]], grad_fn=<AddBackward0>)', [y, y, C]),
    ('tensor([[27., 27.],', [z, z]), ('[27., 27.]], grad_fn=<MulBackward0>)', [z, z, C, out, C]),
    ('tensor([[4.5000, 4.5000],', [dodx, dodx]), ('[4.5000, 4.5000]])', [dodx, dodx]),
    ('手算核对', [C, C, C, C, z, C, C, C, C, C, C, C, C, dodx]),
    ('v = torch.tensor([0.1,1.0,0.0001]', v),
]
rows = doc_rows(sys.argv[1] if len(sys.argv) > 1 else 'zh-autograd.md', specs)
doc = sys.argv[1] if len(sys.argv) > 1 else 'zh-autograd.md'
text = next(t for t in open(doc, encoding='utf8').read().split('\n') if 'tensor([1.0240e+02' in t or 'tensor([1.0' in t and 'e+03' in t)
spans = [m.span() for m in re.finditer(r'-?\d+\.\d+(?:e[-+]\d+)?', text)]
rows += [(text.strip()[:24], text[:a] + '«' + text[a:b] + '»' + text[b:], val) for (a, b), val in zip(spans, g)]
report(doc, rows)
