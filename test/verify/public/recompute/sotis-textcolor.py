"""Recomputes every number of sotis-textcolor.md (a French lesson's worked neuron, every term wrapped in
\\textcolor{#hex}{…}) with 40-digit decimals. Left out: the hex colour codes, the digits of names in the mermaid
diagram (x1, w1), the 1s of 1/(1 + e^{-z})."""
import sys
import re
from common import D, report, doc_rows, sigmoid

x = [D('0.5'), D('0.8'), D('0.2')]
w = [D('0.4'), D('0.3'), D('0.9')]
b = D('0.1')
z = sum(w[i] * x[i] for i in range(3)) + b
a = sigmoid(z)
specs = [
    ('Entrees: $', x),
    ('Poids: $', w + [b]),
    ('$z = \\textcolor{#3498db}{0.4 \\times 0.5}', [w[0], x[0], w[1], x[1], w[2], x[2], b]),
    ('$z = \\textcolor{#3498db}{0.20}', [w[0] * x[0], w[1] * x[1], w[2] * x[2], b, z]),
    ('$a = \\sigma(', [z, None, None, z, a]),
    ('Lecture : la sortie vaut', [a * 100]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'sotis-textcolor.md'
# colour codes (#3498db, #F7E64D) are not numbers of the document
import common
_orig = common.index_masked
common.index_masked = lambda text, plain_names=False: re.sub(r'#[0-9A-Fa-f]{6}', lambda m: ' ' * 7, _orig(text, plain_names))
report(doc, doc_rows(doc, specs))
