"""Recomputes every number of cs231n-circuits.md with 40-digit decimals: the product example (x = 4, y = -3), the sum
and max gates, f = (x + y) z at (-2, 5, -4) and the sigmoid neuron at w = [2, -3, -3], x = [-1, -2]. Constants of a
formula's shape (the 1 of 1 + e^{-x}, exponents) are not counted."""
import sys
from common import D, sigmoid, report, numbers_row as R

x, y = D(4), D(-3)
X, Y, Z = D(-2), D(5), D(-4)
q = X + Y
f = q * Z
w, xs = [D(2), D(-3), D(-3)], [D(-1), D(-2)]
dot = w[0] * xs[0] + w[1] * xs[1] + w[2]
out = sigmoid(dot)
ddot = out * (1 - out)
rows = []
rows += [('Take \\\\(x = 4', 'x = «4»', x), ('Take \\\\(x = 4', 'y = «-3»', y), ('Take \\\\(x = 4', 'f(x,y) = «-12»', x * y),
         ('Take \\\\(x = 4', 'partial x} = «-3»', y), ('Take \\\\(x = 4', 'partial y} = «4»', x), ('Take \\\\(x = 4', '\\\\(«4»h', x)]
rows += [('f(x,y) = x + y', 'partial x} = «1»', D(1)), ('f(x,y) = x + y', 'partial y} = «1»', D(1))]
rows += [('With \\\\(x = 4', 'x = «4»', D(4)), ('With \\\\(x = 4', 'y = «2»', D(2)), ('With \\\\(x = 4', 'maximum is «4»', D(4))]
rows += [('Now \\\\(f(x,y,z)', 'partial x} = «1»,', D(1)), ('Now \\\\(f(x,y,z)', 'partial y} = «1» ', D(1))]
L = 'The page runs it with'
rows += [(L, 'x = «-2»', X), (L, 'y = «5»', Y), (L, 'z = «-4»', Z), (L, 'q = «3» and', q), (L, 'f = «-12»', f),
         (L, 'is q = «3»', q), (L, 'z = «-4», and', Z), (L, '«1» · (-4)', D(1)), (L, '1 · («-4»)', Z), (L, '= «-4».', Z)]
L = "The page's figure uses"
rows += [(L, 'w = [«2», -3, -3]', w[0]), (L, '[2, «-3», -3]', w[1]), (L, '[2, -3, «-3»]', w[2]), (L, 'x = [«-1», -2]', xs[0]),
         (L, '[-1, «-2»]', xs[1]), (L, 'is «1.00»', dot), (L, 'output «0.73»', out), (L, '«0.39» for', w[0] * ddot),
         (L, '«-0.59» for', w[1] * ddot), (L, 'weights «-0.20»', xs[0] * ddot), (L, '«-0.39» and', xs[1] * ddot), (L, 'and «0.20».', ddot)]
L = 'At the input 1.0'
rows += [(L, 'input «1.0»', dot), (L, 'output is «0.73»', out), (L, '(«1» - 0.73)', D(1)), (L, '(1 - «0.73»)', out),
         (L, '* «0.73»', out), (L, 'about «0.2».', ddot, (1 - D('0.73')) * D('0.73'))]
report(sys.argv[1] if len(sys.argv) > 1 else 'cs231n-circuits.md', rows)
