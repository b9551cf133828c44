"""Recomputes every number of smaxx73-gd.md with 40-digit decimals: the MSE of four predictions, four gradient-descent
steps on (3 - 2w)^2 (eta = 0.1) and on w^2 - 4w + 5 (eta = 0.3). Step numbers and sample numbers are not counted."""
import sys
from common import D, report, numbers_row as R

y = [D('1.0'), D('0.0'), D('1.0'), D('0.0')]
p = [D('0.8'), D('0.3'), D('0.9'), D('0.1')]
err = [y[i] - p[i] for i in range(4)]
sq = [e * e for e in err]
mse = sum(sq) / 4
rows = []
for i, (a, b) in enumerate(zip(y, p)):
    cells = ['1.0' if a == 1 else '0.0', str(b), str(err[i]).replace('-0.', '-0.'), str(sq[i])]
rows += R('| 1      | 1.0      | 0.8                 | 0.2                  | 0.04          |', D(1), y[0], p[0], err[0], sq[0])
rows += R('| 2      | 0.0      | 0.3                 | -0.3                 | 0.09          |', D(2), y[1], p[1], err[1], sq[1])
rows += R('| 3      | 1.0      | 0.9                 | 0.1                  | 0.01          |', D(3), y[2], p[2], err[2], sq[2])
rows += R('| 4      | 0.0      | 0.1                 | -0.1                 | 0.01          |', D(4), y[3], p[3], err[3], sq[3])
rows += R('\\text{MSE} = \\frac{0.04 + 0.09 + 0.01 + 0.01}{4} = \\frac{0.15}{4} = 0.0375', *sq, D(4), sum(sq), D(4), mse)


def steps(L, dL, w0, eta, lines):
    out, w = [], w0
    for k, (text, consts) in enumerate(lines):
        g = dL(w)
        wn = w - eta * g
        out += R(text, D(k), w, L(w), g, w, eta, g, wn)
        w = wn
    return out


line = [('| 0    | 0.000 | 9.000 | -12.000 | $0 - 0.1 \\times (-12) = 1.200$ |', 0),
        ('| 1    | 1.200 | 0.360 | -2.400  | $1.2 - 0.1 \\times (-2.4) = 1.440$ |', 0),
        ('| 2    | 1.440 | 0.014 | -0.480  | $1.44 - 0.1 \\times (-0.48) = 1.488$ |', 0),
        ('| 3    | 1.488 | 0.001 | -0.096  | $1.488 - 0.1 \\times (-0.096) = 1.498$ |', 0)]
rows += R('applied to $L(w) = (3 - 2w)^2$, whose slope is $\\frac{dL}{dw} = -4(3 - 2w)$, from $w_0 = 0$ with $\\eta = 0.1$:',
          D(3), D(2), D(2), D(-4), D(3), D(2), D(0), D(0), D('0.1'))
rows += steps(lambda w: (3 - 2 * w) ** 2, lambda w: -4 * (3 - 2 * w), D(0), D('0.1'), line)
rows += R('The steps close in on **1.5**, where $3 - 2w = 0$.', D('1.5'), D(3), D(2), D(0))
rows += R('Now $L(w) = w^2 - 4w + 5$ with $\\frac{dL}{dw} = 2w - 4$, from $w_0 = 0$ with $\\eta = 0.3$, four steps:',
          D(2), D(4), D(5), D(2), D(4), D(0), D(0), D('0.3'))
par = [('| 0    | 0.000 | 5.000 | -4.000 | $0 - 0.3(-4) = 1.200$ |', 0), ('| 1    | 1.200 | 1.640 | -1.600 | $1.2 - 0.3(-1.6) = 1.680$ |', 0),
       ('| 2    | 1.680 | 1.102 | -0.640 | $1.68 - 0.3(-0.64) = 1.872$ |', 0), ('| 3    | 1.872 | 1.016 | -0.256 | $1.872 - 0.3(-0.256) = 1.949$ |', 0)]
rows += steps(lambda w: w * w - 4 * w + 5, lambda w: 2 * w - 4, D(0), D('0.3'), par)
rows += R('The minimum: $\\frac{dL}{dw} = 0 \\Rightarrow 2w - 4 = 0 \\Rightarrow w = 2$', D(0), D(2), D(4), D(0), D(2))
# table step and sample numbers, the exponents and the formula's constants are not numbers of the example
skip_first = lambda r: r[1].startswith('| «')
rows = [r for r in rows if not skip_first(r)]
rows = [r for r in rows if not any(s in r[1] for s in ('«3» - 2w)^2', '(3 - «2»w)^2', '(3 - 2w)^«2»', '«-4»(3', '-4(«3»', '(3 - «2»w)$', 'w_«0»',
                                                       'w^«2»', '- «4»w +', '+ «5»$', '= «2»w - 4$', '2w - «4»$', '$«3» - 2w', '3 - «2»w = 0',
                                                       '«2»w - 4 = 0', '2w - «4» = 0'))]
report(sys.argv[1] if len(sys.argv) > 1 else 'smaxx73-gd.md', rows)
