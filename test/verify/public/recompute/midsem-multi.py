"""Recomputes every number of midsem-multi.md (five questions of a solved mid-semester DNN paper: a perceptron trained
for two passes, a 2-3-1 ReLU/linear network with J = 1/2 (yhat - y)^2, the sigmoid and its derivative at 2, a backward
step through a ReLU layer from given values, one output of a 3x3 convolution) with 40-digit decimals. Question 4 gives
a[2] = (2, 1) beside z[2] = (3, -1); ReLU(z[2]) is (3, 0), so a[2] and the dJ/dW[3] computed from it are counted as
slips (exact values from a[2] = ReLU(z[2])); a number printed without decimals is right only when exact. Left out: question, part, pass and example numbers, layer sizes, the
year, the 1s and 2s of 1/2, 1/(1 + e^{-z}) and 1 - sigma, the step function's constants, the shape 5x5/3x3 and stride
and padding words, indices (0, 0), the 0 and 1 of class labels in the reading of the boundary."""
import sys
import common
from common import D, report, doc_rows, sigmoid, exp

_status = common.status


def integer_status(printed, exact, carried=None):
    """The page prints every computed value of Questions 1, 2, 4 and 5 as an integer or a half: such a number is
    right only when exact (1 printed for 1.5 is not a rounding)."""
    if '.' not in printed and D(printed.replace('−', '-')) != exact:
        return 'slip', ''
    return _status(printed, exact, carried)


common.status = integer_status

C = None
n = lambda *xs: [D(x) if x is not None else None for x in xs]
# Q1: the perceptron (values as traced; every printed number is checked against this trace)
specs = [
    ('<!-- Source:', [C, C, C]), ('# Mid-semester', [C]), ('## Question 1', [C]),
    ('| 1  | 1  | 1   |', n(1, 1, 1)), ('| 2  | 2  | 1   |', n(2, 2, 1)), ('| 0  | 0  | 0   |', n(0, 0, 0)),
    ('| 1  | 0  | 0   |', n(1, 0, 0)),
    ('**a)** Start from', n(0, 0, 0, '1.0')),
    ('- $w_1 = 0$, $w_2 = 0$, $b = 0$', n(0, 0, 0)), ('- $\\alpha = 1.0$', n('1.0')),
    ('Activation: a step', [C, C, C]), ('#### (b) Pass 1', [C]),
]
P1 = [  # (example line, z line, yhat line, check line) for pass 1 then pass 2
]
specs += [
    ('**Example 1**: $(x_1=1', [C] + n(1, 1, 1)),
    ('z = w_1 \\cdot x_1', n(0, 1, 0, 1, 0, 0)), ('\\hat{y} = f(0) = 1', n(0, 1)),
    ('**Check**: $\\hat{y} = 1$, $y = 1$', n(1, 1)),
    ('**Example 2**: $(x_1=2', [C] + n(2, 2, 1)),
    ('z = 0 \\cdot 2 + 0 \\cdot 2 + 0 = 0', n(0, 2, 0, 2, 0, 0)), ('\\hat{y} = f(0) = 1', n(0, 1)),
    ('**Check**: $\\hat{y} = 1$, $y = 1$', n(1, 1)),
    ('**Example 3**: $(x_1=0', [C] + n(0, 0, 0)),
    ('z = 0 \\cdot 0 + 0 \\cdot 0 + 0 = 0', n(0, 0, 0, 0, 0, 0)), ('\\hat{y} = f(0) = 1', n(0, 1)),
    ('**Check**: $\\hat{y} = 1$, $y = 0$', n(1, 0)),
    ('w_1 := w_1 + \\alpha', n(0, 1, 0, 1, 0, 0)), ('w_2 := w_2 + \\alpha', n(0, 1, 0, 1, 0, 0)),
    ('b := b + \\alpha', n(0, 1, 0, -1, -1)),      # (0 - 1): the 1 after a minus is compared by its size
    ('**After example 3**', [C] + n(0, 0, -1)),
    ('**Example 4**: $(x_1=1', [C] + n(1, 0, 0)),
    ('z = 0 \\cdot 1 + 0 \\cdot 0 + (-1) = -1', n(0, 1, 0, 0, -1, -1)), ('\\hat{y} = f(-1) = 0', n(-1, 0)),
    ('**Check**: $\\hat{y} = 0$, $y = 0$', n(0, 0)),
    ('**After pass 1**', [C] + n(0, 0, -1)),
    ('#### Pass 2', [C]),
    ('**Example 1**: $(x_1=1', [C] + n(1, 1, 1)),
    ('z = 0 \\cdot 1 + 0 \\cdot 1 + (-1) = -1', n(0, 1, 0, 1, -1, -1)), ('\\hat{y} = f(-1) = 0', n(-1, 0)),
    ('**Check**: $\\hat{y} = 0$, $y = 1$', n(0, 1)),
    ('w_1 := 0 + 1 \\cdot (1 - 0) \\cdot 1 = 1', n(0, 1, 1, 0, 1, 1)), ('w_2 := 0 + 1 \\cdot (1 - 0)', n(0, 1, 1, 0, 1, 1)),
    ('b := -1 + 1 \\cdot (1 - 0) = 0', n(-1, 1, 1, 0, 0)),
    ('**After example 1**', [C] + n(1, 1, 0)),
    ('**Example 2**: $(x_1=2', [C] + n(2, 2, 1)),
    ('z = 1 \\cdot 2 + 1 \\cdot 2 + 0 = 4', n(1, 2, 1, 2, 0, 4)), ('\\hat{y} = f(4) = 1', n(4, 1)),
    ('**Example 3**: $(x_1=0', [C] + n(0, 0, 0)),
    ('z = 1 \\cdot 0 + 1 \\cdot 0 + 0 = 0', n(1, 0, 1, 0, 0, 0)), ('\\hat{y} = f(0) = 1', n(0, 1)),
    ('**Check**: $\\hat{y} = 1$, $y = 0$', n(1, 0)),
    ('w_1 := 1 + 1 \\cdot (0 - 1) \\cdot 0 = 1', n(1, 1, 0, -1, 0, 1)), ('w_2 := 1 + 1 \\cdot (0 - 1) \\cdot 0 = 1', n(1, 1, 0, -1, 0, 1)),
    ('b := 0 + 1 \\cdot (0 - 1) = -1', n(0, 1, 0, -1, -1)),
    ('**After example 3**', [C] + n(1, 1, -1)),
    ('**Example 4**: $(x_1=1', [C] + n(1, 0, 0)),
    ('z = 1 \\cdot 1 + 1 \\cdot 0 + (-1) = 0', n(1, 1, 1, 0, -1, 0)), ('\\hat{y} = f(0) = 1', n(0, 1)),
    ('**Check**: $\\hat{y} = 1$, $y = 0$', n(1, 0)),
    ('w_1 := 1 + 1 \\cdot (0 - 1) \\cdot 1 = 0', n(1, 1, 0, -1, 1, 0)), ('w_2 := 1 + 1 \\cdot (0 - 1) \\cdot 0 = 1', n(1, 1, 0, -1, 0, 1)),
    ('b := -1 + 1 \\cdot (0 - 1) = -2', n(-1, 1, 0, -1, -2)),
    ('**After pass 2**', [C] + n(0, 1, -2)),
    ('**After two passes**', n(0, 1, -2)),
    ('@@w_1 x_1 + w_2 x_2 + b = 0', [C]),
    ('0 \\cdot x_1 + 1 \\cdot x_2 - 2 = 0', n(0, 1, -2) + [C]),
    ('@@x_2 = 2', n(2)), ('the horizontal line', n(2)), ('$x_2 \\geq 2$', [D(2), C]), ('$x_2 < 2$', [D(2), C]),
]
# Q2
x1, x2, y = D(1), D(2), D(5)
W1 = [[D(1), D(2)], [D(-1), D(1)], [D(0), D(1)]]
b1 = [D(1), D(0), D(-1)]
W2, b2 = [D(1), D(-1), D(2)], D(0)
wx = [W1[i][0] * x1 + W1[i][1] * x2 for i in range(3)]
z1 = [wx[i] + b1[i] for i in range(3)]
a1 = [max(D(0), v) for v in z1]
z2 = sum(W2[i] * a1[i] for i in range(3)) + b2
J = (z2 - y) ** 2 / 2
dz2 = z2 - y
dW2 = [dz2 * a for a in a1]
flatW1 = [v for r in W1 for v in r]
specs += [
    ('<!-- backprop-tex: net midsem-q2', [C]), ('## Question 2', [C]), ('- **Layer 1**: 2 inputs', [C] * 3),
    ('- **Layer 2**: 3 inputs', [C] * 3),
    ('\\mathbf{W}^{[1]} = \\begin{bmatrix} 1 & 2', flatW1 + b1),
    ('\\mathbf{W}^{[2]} = \\begin{bmatrix} 1 & -1 & 2', W2 + [b2]),
    ('**Input**: $\\mathbf{x} = [1, 2]^T$', [x1, x2, y]),
    ('**Layer 1**:', [C]),
    ('+ \\mathbf{b}^{[1]} = \\begin{bmatrix} 1 & 2', flatW1 + [x1, x2] + b1),
    ('\\mathbf{z}^{[1]} = \\begin{bmatrix} 1 \\cdot 1', [W1[0][0], x1, W1[0][1], x2, W1[1][0], x1, W1[1][1], x2, W1[2][0], x1, W1[2][1], x2]
     + b1 + wx + b1 + z1),
    ('\\max(0, 6)', [C, z1[0], C, z1[1], C, z1[2]] + a1),
    ('**Layer 2**:', [C]),
    ('b^{[2]} = \\begin{bmatrix} 1 & -1 & 2', W2 + a1 + [b2]),
    ('z^{[2]} = 1 \\cdot 6', [W2[0], a1[0], W2[1], a1[1], W2[2], a1[2], W2[0] * a1[0], W2[1] * a1[1], W2[2] * a1[2], z2]),
    ('\\hat{y} = z^{[2]} = 7', [z2]), ('**Answer**: $\\hat{y} = 7$', [z2]),
    ('J = \\frac{1}{2}(\\hat{y} - y)^2', [C, C, C, C, z2, y, C, C, dz2 ** 2, J]),
    ('**Answer**: $J = 2$', [J]),
    ('= \\hat{y} - y = 7 - 5 = 2', [z2, y, dz2]),
    ('(\\mathbf{a}^{[1]})^T = 2 \\cdot', [dz2] + a1 + dW2),
    ('\\partial b^{[2]}} = \\frac{\\partial J}{\\partial z^{[2]}} = 2', [dz2]),
    ('= [12, 2, 2]$', dW2), ('- $\\frac{\\partial J}{\\partial b^{[2]}} = 2$', [dz2]),
]
# Q3
z = D(2)
s = sigmoid(z)
ds = s * (1 - s)
sp = D('0.881')
specs += [
    ('<!-- backprop-tex: net midsem-q3', [C]), ('## Question 3', [C]),
    ('- Input: $z = 2$', [z]), ("The sigmoid's derivative at $z = 2$", [z]),
    ('\\sigma(z) = \\frac{1}{1 + e^{-z}}', [C, C]), ('**At $z = 2$**:', [z]),
    ('\\sigma(2) = \\frac{1}{1 + e^{-2}}', [z, C, C, C, C, exp(-z), C, 1 + exp(-z), s]),
    ('**Answer**: $\\sigma(2) = 0.881$', [z, s]),
    ('\\frac{d\\sigma}{dz} = \\sigma(z)(1 - \\sigma(z))', [C]),
    ('**At $z = 2$**:', [z]),
    ('\\bigg|_{z=2}', [z, C, z, s, C, s, s, 1 - s, (ds, sp * (1 - sp))]),
    ('**Answer**: derivative', [ds]),
    ("ReLU's derivative is 1", [C]), ("the sigmoid's is at most 0.25", [D('0.25')]),
]
# Q4: a[2] = ReLU(z[2])
g, W3, z2b = D('0.5'), [D(1), D(-1)], [D(3), D(-1)]
a2 = [max(D(0), v) for v in z2b]
dW3 = [g * a for a in a2]
back = [w * g for w in W3]
mask = [D(1) if v > 0 else D(0) for v in z2b]
dz2b = [back[i] * mask[i] for i in range(2)]
F = 'follows from a[2] = (2, 1), which ReLU(z[2]) = (3, 0) contradicts'
specs += [
    ('<!-- backprop-tex: net midsem-q4', [C]), ('## Question 4', [C]),
    ('- Layer 1: 2 inputs', [C] * 3), ('- Layer 2: 3 hidden', [C] * 3), ('- Layer 3: 2 hidden', [C] * 3),
    ('- $\\frac{\\partial J}{\\partial z^{[3]}} = 0.5$', [g]),
    ('- $\\mathbf{W}^{[3]} = ', W3), ('- $\\mathbf{a}^{[2]} = ', a2), ('- $\\mathbf{z}^{[2]} = ', z2b),
    ('= 0.5 \\cdot \\begin{bmatrix} 2 \\\\ 1', [g, (a2[0], F), (a2[1], F), g, (a2[0], F), (a2[1], F), (dW3[0], F), (dW3[1], F)]),
    ('= [1, 0.5]$', [(dW3[0], F), (dW3[1], F)]),
    ('**Step 1**:', [C]),
    ('\\end{bmatrix}^T \\cdot 0.5 = \\begin{bmatrix} 1 & -1', W3 + [g] + W3 + [g] + back),
    ('= \\begin{bmatrix} 1 \\\\ -1 \\end{bmatrix} \\cdot 0.5 = \\begin{bmatrix} 0.5 \\\\ -0.5', W3 + [g] + back),
    ('**Step 2**:', [C]),
    ("\\text{ReLU}'(3)", z2b + mask),
    ('**Step 3**:', [C]),
    ('\\odot \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix} = ', back + mask + dz2b),
    ('= [0.5, 0]^T$', dz2b),
    ("The second unit's gradient is 0", [dz2b[1]]),
]
# Q5
X = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 0], [1, 2, 3, 4, 5], [6, 7, 8, 9, 0], [1, 2, 3, 4, 5]]
Fm = [[1, 0, -1]] * 3
prods = [X[i][j] * Fm[i][j] for i in range(3) for j in range(3)]
out = sum(prods)
specs += [
    ('<!-- backprop-tex: net midsem-q5', [C]), ('## Question 5', [C]),
    ('- **Image**: 5×5', [C, C]), ('- **Filter**: 3×3', [C, C]), ('- **Stride**: 1', [C]), ('- **Padding**: 0', [C]),
]
specs += [(' & '.join(map(str, r)), n(*r)) for r in X]
specs += [(' & '.join(map(str, r)), n(*r)) for r in Fm]
specs += [
    ('+ 2 \\times \\text{Padding}}', [C, C]),
    ('\\frac{5 - 3 + 2 \\times 0}{1}', [C] * 9 + [D(3)]),
    ('**Answer**: **3×3**', [D(3), D(3)]),
    ('**The top-left 3×3 patch**', [C, C]),
]
specs += [(' & '.join(map(str, r[:3])), n(*r[:3])) for r in X[:3]]
specs += [('\\text{Output}(0, 0) = \\sum', [C, C])]
ops = []
for i in range(3):
    for j in range(3):
        ops += [D(X[i][j]), D(Fm[i][j])]
specs += [
    ('= 1 \\cdot 1 + 2 \\cdot 0', ops),
    ('= 1 + 0 - 3 + 6', n(*prods)),
    ('= (1 + 6 + 1)', n(1, 6, 1, 0, 0, 0, -3, -8, -3)),
    ('= 8 + 0 - 14 = -6', n(8, 0, -14, out)),
    ('output at (0, 0)', [C, C, D(out)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'midsem-multi.md'
report(doc, doc_rows(doc, specs))
