"""Recomputes every number of gfg-zh.md (the GeeksforGeeks 2-2-1 example as noted in a Chinese course repository)
with 40-digit decimals against its network: x = (0.35, 0.7), sigmoid, no biases, target 0.5, learning rate 1, one
gradient step on E = ½(t − y)² (the page's w + η δ O), then a second forward pass. A number printed after a Unicode
minus (−0.17) is compared by its size. Left out: indices, the commit and file name, the 1 of 1/(1 + e^{-a}) and of
(1 − y). Slips that follow from an earlier one name it."""
import sys
from common import D, report, doc_rows, sigmoid

x1, x2, t, lr = D('0.35'), D('0.7'), D('0.5'), D(1)
w11, w21, w12, w22, w13, w23 = D('0.2'), D('0.2'), D('0.3'), D('0.3'), D('0.3'), D('0.9')
a1, a2 = w11 * x1 + w21 * x2, w12 * x1 + w22 * x2
y3, y4 = sigmoid(a1), sigmoid(a2)
a3 = w13 * y3 + w23 * y4
y5 = sigmoid(a3)
E = t - y5
d5 = y5 * (1 - y5) * (t - y5)
d3, d4 = y3 * (1 - y3) * (w13 * d5), y4 * (1 - y4) * (w23 * d5)
n11, n21, n12, n22 = w11 + lr * d3 * x1, w21 + lr * d3 * x2, w12 + lr * d4 * x1, w22 + lr * d4 * x2
n13, n23 = w13 + lr * d5 * y3, w23 + lr * d5 * y4
Y3, Y4 = sigmoid(n11 * x1 + n21 * x2), sigmoid(n12 * x1 + n22 * x2)
Y5 = sigmoid(n13 * Y3 + n23 * Y4)
E2 = t - Y5
# the page's own operands, rounded as printed
c_d5 = D('0.67') * D('0.33') * D('0.17')
s25, s40, s82, s88, s96 = 'follows from line 25', 'follows from line 40', 'follows from line 82', 'follows from its 0.59 for y4 (line 82)', 'follows from line 96'
specs = [
    ('网络：两个输入', [x1, x2, t, lr]),
    ('a_1 = (0.2 \\times 0.35)', [w11, x1, w21, x2, a1]),
    ('y_3 = F(0.21)', [a1, None, None, -a1, y3]),
    ('a_2 = (w_{1,2}', [w12, x1, w22, x2, a2]),
    ('y_4 = F(0.315)', [a2, None, None, -a2, y4]),
    ('a_3 = (w_{1,3}', [w13, (y3, s25), w23, y4, a3]),
    ('y_5 = F(0.702)', [(a3, s40), None, None, (-a3, s40), y5]),
    ('目标是 0.5', [t, y5]),
    ('=> 0.5−0.67=−0.17', [t, y5, -E]),
    ('=0.67(1−0.67)(−0.17)=−0.0376', [y5, None, y5, -E, (-d5, c_d5)]),
    ('=0.56(1−0.56)(0.3×−0.0376)=−0.0027', [(y3, s25), None, (y3, s25), w13, (-d5, c_d5), -d3]),
    ('=0.59(1−0.59)(0.9×−0.0376)=−0.0819', [y4, None, y4, w23, (-d5, c_d5), -d4]),
    ('$Δw_{2,3}=1×(−0.0376)×0.59=−0.022184$', [lr, (-d5, c_d5), y4, (-d5 * y4, s88)]),
    ('$w_{2,3}(new)=−0.022184+0.9=0.877816$', [(-d5 * y4, s88), w23, (n23, s88)]),
    ('$Δw_{1,1}=1×(−0.0027)×0.35=0.000945$', [lr, -d3, x1, d3 * x1]),
    ('$w_{1,1}(new)=0.000945+0.2=0.200945$', [(d3 * x1, s96), w11, (n11, s96)]),
    ('$w_{1,2}(new)=0.273225$', [n12]),
    ('$w_{1,3}(new)=0.086615$', [n13]),
    ('$w_{2,1}(new)=0.269445$', [n21]),
    ('$w_{2,2}(new)=0.18534$', [n22]),
    ('应为0.18534）', [n22]),
    ('- y3=0.57', [Y3]),
    ('- y4=0.56', [Y4]),
    ('- y5=0.61', [Y5]),
    ('输出仍不等于 0.5', [t]),
    ('=0.5−0.61=−0.11', [t, Y5, -E2, t, Y5, -E2]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'gfg-zh.md'
report(doc, doc_rows(doc, specs, plain_names=True))
