"""Recomputes every number of studyx-rn.md (a homework answer: a 2-2-1 sigmoid network with bias inputs x0 = y0 = 1,
x1 = 1, x2 = 3, hidden weights W10 = 3, W11 = -1, W12 = 2, W20 = 1, W21 = 2, W22 = 0, output weights u10 = -3,
u11 = 1, u12 = -2, desired output d = 0.9, alpha = 0.1; delta = y(1 - y)(d - y) and w + alpha delta input, the
convention of Russell and Norvig) with 40-digit decimals. Left out: the numbers the page glued together when it lost
its multiplication signs (31 for 3*1, 23, 11, 21, 03, -31: each is two numbers, a weight and its input, and none is
a value of its own), the 1s of 1 / (1 + exp(...)) and 1 - h (the minus sign printed without a space, 1-0.9997, is
read with the number it precedes), and the digits of the names (W10x0, u11h1)."""
import sys
from common import D, report, doc_rows, sigmoid

C = None
x0, x1, x2, y0 = D(1), D(1), D(3), D(1)
W10, W11, W12, W20, W21, W22 = D(3), D(-1), D(2), D(1), D(2), D(0)
u10, u11, u12 = D(-3), D(1), D(-2)
d, eta = D('0.9'), D('0.1')
z1 = W10 * x0 + W11 * x1 + W12 * x2
z2 = W20 * x0 + W21 * x1 + W22 * x2
h1, h2 = sigmoid(z1), sigmoid(z2)
zo = u10 * y0 + u11 * h1 + u12 * h2
y = sigmoid(zo)
err = d - y
do = y * (1 - y) * err                    # Russell-Norvig's Delta: minus the gradient by the net input
dh1 = h1 * (1 - h1) * (do * u11)
dh2 = h2 * (1 - h2) * (do * u12)
F = 'follows from z_out = -5.905'
specs = [
    ('desired output d = 0.9', [d]),
    ('learning rate α = 0.1', [x0, eta]),
    ('= 31 + (-1)1 + 23 = 8', [C, W11, x1, C, z1]),
    ('h1 = σ(z1) = 1 / (1 + exp(-8)) ≈ 0.9997', [C, C, -z1, h1]),
    ('= 11 + 21 + 03 = 3', [C, C, C, z2]),
    ('h2 = σ(z2) = 1 / (1 + exp(-3)) ≈ 0.9526', [C, C, -z2, h2]),
    ('= -31 + 1*0.9997 + (-2)*0.9526 ≈ -5.905', [C, u11, h1, u12, h2, zo]),
    ('y = σ(z_out) = 1 / (1 + exp(-(-5.905))) ≈ 0.002', [C, C, (zo, F), (y, F)]),
    ('error_out = d - y = 0.9 - 0.002 = 0.898', [d, (y, F), (err, F)]),
    ('≈ 0.002*(1-0.002)*0.898 ≈ 0.00179', [C, (y, F), C, (-y, F), (err, F), (do, F)]),
    ('≈ 0.9997*(1-0.9997)(0.001791) ≈ 0.000000537', [C, C, h1, C, -h1, (do * u11, F), (dh1, F)]),
    ('≈ 0.9526*(1-0.9526)(0.00179(-2)) ≈ -0.00016', [C, C, h2, C, -h2, (do, F), u12, (dh2, F)]),
    ('= -3 + 0.1 * 0.00179 * 1 ≈ -2.9998', [u10, eta, (do, F), y0, (u10 + eta * do * y0, F)]),
    ('= 1 + 0.1 * 0.00179 * 0.9997 ≈ 1.0002', [u11, eta, (do, F), h1, (u11 + eta * do * h1, F)]),
    ('= -2 + 0.1 * 0.00179 * 0.9526 ≈ -1.9998', [u12, eta, (do, F), h2, (u12 + eta * do * h2, F)]),
    ('= 3 + 0.1 * 0.000000537 * 1 ≈ 3.0000', [C, W10, eta, (dh1, F), x0, W10 + eta * dh1 * x0]),
    ('= -1 + 0.1 * 0.000000537 * 1 ≈ -0.99999', [C, W11, eta, (dh1, F), x1, W11 + eta * dh1 * x1]),
    ('= 2 + 0.1 * 0.000000537 * 3 ≈ 2.0000', [C, W12, eta, (dh1, F), x2, W12 + eta * dh1 * x2]),
    ('= 1 + 0.1 * (-0.00016) * 1 ≈ 0.9998', [C, W20, eta, (dh2, F), x0, W20 + eta * dh2 * x0]),
    ('= 2 + 0.1 * (-0.00016) * 1 ≈ 1.9998', [C, W21, eta, (dh2, F), x1, W21 + eta * dh2 * x1]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'studyx-rn.md'
report(doc, doc_rows(doc, specs, plain_names=True))
