"""Recomputes every number of guide-twoneuron.md ("Neural Network Training: A Beginner's Guide": x1 = 0.1 -> sigmoid
a1 (w1 = 0.15, b1 = 0.4) -> sigmoid a2 (w2 = 0.45, b2 = 0.65), T = 0.25, E = (T - a2)^2, eta = 0.4) with 40-digit
decimals. The guide writes dE/da2 = 2 (a2 - T) = 0.9306 but prints every gradient at half the product of its
printed factors (the 1/2 convention's values), so the four gradients are root slips and the updated values follow
from them; E = 0.2176 and a1 (1 - a1) = 0.2397 are slips of their own. Left out: the list numbers and section
numbers, the 1/n and the 1 of 1 - a, the 2 of the squared error, the illustrative iterates of section 1 (about 0.8,
then 1.4, after 4 steps about 2: not computed from its J, whose steps at eta = 0.4 overshoot), 1000 epochs, the flat
region z = +-3, the ranges 0..1 and -1..1 in words, the 0 of max(0, z) and the softmax example (0.51, 0.18, 0.31)."""
import sys
from common import D, report, doc_rows, sigmoid

x1, w1, b1, w2, b2, T, eta = D('0.1'), D('0.15'), D('0.4'), D('0.45'), D('0.65'), D('0.25'), D('0.4')
z, a = [], [x1]
for w, bias in ((w1, b1), (w2, b2)):     # the chain x1 -> a1 -> a2
    z.append(a[-1] * w + bias)
    a.append(sigmoid(z[-1]))
(z1, z2), (a1, a2) = z, a[1:]
E = (T - a2) ** 2
dEda, dadz, da1 = 2 * (a2 - T), a2 * (1 - a2), a1 * (1 - a1)
g_w2, g_b2 = dEda * dadz * a1, dEda * dadz
g_w1, g_b1 = g_b2 * w2 * da1 * x1, g_b2 * w2 * da1
n_w2, n_b2, n_w1, n_b1 = w2 - eta * g_w2, b2 - eta * g_b2, w1 - eta * g_w1, b1 - eta * g_b1
P = D
e, ea = P('0.9306'), P('0.2036')    # the guide's rounded factors
F = 'follows from the gradient above'
C = None
specs = [
    ('say \\(w_0 = 0.2\\)', [C, P('0.2')]), ('(say 0.4)', [eta]),
    ('the points (1, 2), (2, 4)', [P(2), P(1), P(2), P(2), P(4)]),
    ('Its minimum is at', [P(2), P(0)]),
    ('- **Iterations** from', [P(0), eta, C, C, C, C]),
    ('(say \\(E < 0.001\\))', [P('0.001')]),
    ('One input (\\(x_1 = 0.1', [x1]),
    ('Initial values:', [w1, b1, w2, b2]),
    ('Neuron 1:', [C, z1, a1]), ('Neuron 2:', [C, (z2, P('0.6023') * w2 + b2), a2]),
    ('Ground truth:', [T, a2]),
    ('Error: \\(E = (T - a_2)^2', [T, a2, E]),
    ('(learning rate \\(\\eta = 0.4', [eta]),
    ('= 2 \\cdot (a_2 - T) = 2', [C, C, a2, T, (dEda, 2 * (P('0.7153') - T))]),
    ('= a_2 \\cdot (1 - a_2) = 0.7153', [C, a2, C, -a2, (dadz, P('0.7153') * (1 - P('0.7153')))]),
    ('= a_1 = 0.6023', [a1]),
    ('Gradient: \\(0.9306 \\cdot 0.2036 \\cdot 0.6023', [(dEda, e), (dadz, ea), a1, g_w2]),
    ('Update: \\(w_2 =', [w2, eta, (g_w2, 'repeats line 58'), (n_w2, F)]),
    ('\\frac{\\partial z_2}{\\partial b_2} = 1', [P(1)]),
    ('Gradient: \\(0.9306 \\cdot 0.2036 \\cdot 1 \\approx', [(dEda, e), (dadz, ea), P(1), g_b2]),
    ('Update: \\(b_2 =', [b2, eta, (g_b2, 'repeats line 62'), (n_b2, F)]),
    ('= w_2 = 0.45', [w2]),
    ('= a_1 \\cdot (1 - a_1) = 0.6023', [C, a1, C, -a1, da1]),
    ('= x_1 = 0.1', [x1]),
    ('0.2397 \\cdot 0.1 \\approx', [(dEda, e), (dadz, ea), w2, (da1, 'repeats line 68'), x1, g_w1]),
    ('Update: \\(w_1 =', [w1, eta, (g_w1, 'repeats line 70'), (n_w1, F)]),
    ('\\frac{\\partial z_1}{\\partial b_1} = 1', [P(1)]),
    ('0.2397 \\cdot 1 \\approx', [(dEda, e), (dadz, ea), w2, (da1, 'repeats line 68'), P(1), g_b1]),
    ('Update: \\(b_1 =', [b1, eta, (g_b1, 'repeats line 74'), (n_b1, F)]),
    ('The new values:', [(n_w1, F), (n_b1, F), (n_w2, F), (n_b2, F)]),
    ("A sigmoid's slope", [C, P('0.25'), P('0.5')]),
    ("the earlier weight's gradient", [(g_w1, 'repeats line 70'), (g_w2, 'repeats line 58')]),
    ('- **Sigmoid**:', [C, C, P(0), P(1), P(0), sigmoid(0)]),
    ('- **tanh**:', [P(-1), P(1), P(0), P(0)]),
    ('- **ReLU**:', [C, P(1), P(0), P(0), P(0)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'guide-twoneuron.md'
report(doc, doc_rows(doc, specs))
