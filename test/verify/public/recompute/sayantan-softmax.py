"""Recomputes every number of sayantan-softmax.md with 40-digit decimals: the side example -log(0.6), the softmax of
z = [2.0, 1.0, 0.1] with the first class right, the per-class gradients and dL/dx = W^T (yhat - y). Indices (k = 0)
and the sums' bounds are not counted."""
import sys
from common import D, exp, ln, report, numbers_row as R

z = [D('2.0'), D('1.0'), D('0.1')]
e = [exp(v) for v in z]
p = [v / sum(e) for v in e]
y = [D(1), D(0), D(0)]
g = [p[k] - y[k] for k in range(3)]
W = [[D('0.2'), D('0.5')], [D('-0.3'), D('0.8')], [D('0.1'), D('-0.6')]]
dx = [sum(W[k][i] * g[k] for k in range(3)) for i in range(2)]
side = [D('0.1'), D('0.2'), D('0.6'), D('0.1')]
pr = [D('-0.341'), D('0.242'), D('0.099')]
rows = []
rows += R('A side example with four classes: for $\\hat{y} = [0.1, 0.2, 0.6, 0.1]$ and the right class the third one,', *side)
rows += R('L = -\\log(0.6) \\approx 0.51', side[2], -ln(side[2]))
rows += R('z = [2.0, 1.0, 0.1]', *z)
rows += R('softmax(z) = [0.659, 0.242, 0.099]', *p)
rows += R('The first class is the right one, label `[1, 0, 0]`.', *y)
rows += R('L = -\\log(\\hat{y}_{\\text{true}}) = -\\log(0.659) \\approx 0.417', p[0], -ln(p[0]))
rows += [r for r in R('  $\\hat{y}_0 - y_0 = 0.659 - 1 = -0.341$', D(0), D(0), p[0], y[0], g[0]) if '«0»' not in r[1]]
rows += [r for r in R('  $\\hat{y}_1 - y_1 = 0.242 - 0 = 0.242$', D(1), D(1), p[1], y[1], g[1]) if not r[1].startswith('  $\\hat{y}_«')
         and '- y_«1»' not in r[1]]
rows += [r for r in R('  $\\hat{y}_2 - y_2 = 0.099 - 0 = 0.099$', D(2), D(2), p[2], y[2], g[2]) if not r[1].startswith('  $\\hat{y}_«')
         and '- y_«2»' not in r[1]]
rows += R('  [0.2, 0.5],', *W[0]) + R('  [-0.3, 0.8],', *W[1]) + R('  [0.1, -0.6]', *W[2])
rows += R('dz = [ -0.341, 0.242, 0.099 ]', *g)
rows += R('    (0.2)(-0.341) + (-0.3)(0.242) + (0.1)(0.099),', W[0][0], g[0], W[1][0], g[1], W[2][0], g[2])
rows += R('    (0.5)(-0.341) + (0.8)(0.242) + (-0.6)(0.099)', W[0][1], g[0], W[1][1], g[1], W[2][1], g[2])
rows += R('= [ -0.068, -0.014 ]', *dx)
report(sys.argv[1] if len(sys.argv) > 1 else 'sayantan-softmax.md', rows)
