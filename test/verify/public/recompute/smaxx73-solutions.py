"""Recomputes every number of smaxx73-solutions.tex with 40-digit decimals: the warm-up parabola L(w) = w^2 - 6w + 10
(eta = 0.2), the chain-rule exercise y = (2x + 1)^3 at x = 1, one sigmoid unit (L = e^2, eta = 1) and the delta
exercise (delta^(2) = -0.20 sent back through W^(2) = [0.6, -0.4] to sigmoid units at z = 0.6, -0.3)."""
import sys
from common import D, sigmoid, report

# warm-up: dL/dw = 2w - 6, L(3) = 1
Lp = lambda w: w * w - 6 * w + 10
w0, eta0 = D(0), D('0.2')
w1 = w0 - eta0 * (2 * w0 - 6)
w2 = w1 - eta0 * (2 * w1 - 6)
# chain rule at x = 1
u = 2 * D(1) + 1
# one unit
w, b, x, y, eta = D('0.8'), D('-0.3'), D('1.5'), D(1), D('1.0')
z = w * x + b
yh = sigmoid(z)
e = yh - y
L = e * e
dLde = 2 * e
dLdz = dLde * yh * (1 - yh)
dLdw, dLdb = dLdz * x, dLdz
c_dz = 'follows from -0.1189 (line 61)'
# delta exercise
d2, W2, z1 = D('-0.20'), [D('0.6'), D('-0.4')], [D('0.6'), D('-0.3')]
back = [W2[0] * d2, W2[1] * d2]
a1 = [sigmoid(v) for v in z1]
s1 = [a * (1 - a) for a in a1]
d1 = [back[j] * s1[j] for j in range(2)]
doc = sys.argv[1] if len(sys.argv) > 1 else 'smaxx73-solutions.tex'
report(doc, [
    ('lowest at', '2w - «6»', D(6)), ('lowest at', 'w^* = «3»', D(3)), ('lowest at', 'L(«3»)', D(3)), ('lowest at', 'L(3) = «1»', Lp(D(3))),
    ('0 & $0.000$', '«0.000»', w0), ('0 & $0.000$', '«10.000»', Lp(w0)), ('0 & $0.000$', '«-6.000»', 2 * w0 - 6),
    ('0 & $0.000$', '«0» - 0.2', w0), ('0 & $0.000$', '- «0.2» \\times', eta0), ('0 & $0.000$', '(«-6»)', 2 * w0 - 6), ('0 & $0.000$', '«1.200»', w1),
    ('1 & $1.200$', '«1.200»', w1), ('1 & $1.200$', '«4.840»', Lp(w1)), ('1 & $1.200$', '«-3.600»', 2 * w1 - 6),
    ('1 & $1.200$', '«1.2» - 0.2', w1), ('1 & $1.200$', '- «0.2» \\times', eta0), ('1 & $1.200$', '(«-3.6»)', 2 * w1 - 6), ('1 & $1.200$', '«1.920»', w2),
    ('With $u', 'u = «2»x', D(2)), ('With $u', '+ «1»$', D(1)), ('With $u', 'u^«3»', D(3)),
    ('3(2x+1)^2', '«3»u^2', D(3)), ('3(2x+1)^2', 'u^«2»', D(2)), ('3(2x+1)^2', '= «3»(2x', D(3)), ('3(2x+1)^2', '(«2»x+1)^2 \\cdot', D(2)),
    ('3(2x+1)^2', '(2x+«1»)^2 \\cdot', D(1)), ('3(2x+1)^2', '\\cdot «2» =', D(2)), ('3(2x+1)^2', '= «6»(2x', D(6)),
    ('3(2x+1)^2', '6(«2»x+1)', D(2)), ('3(2x+1)^2', '6(2x+«1»)', D(1)),
    ('At $x = 1$', 'x = «1»', D(1)), ('At $x = 1$', 'u = «3»', u),
    ('bigg|_{x=1}', 'x=«1»', D(1)), ('bigg|_{x=1}', '«6» \\times', 6 * D(1)), ('bigg|_{x=1}', '\\times «3»^2', u), ('bigg|_{x=1}', '«54»', 6 * u * u),
    ('One sigmoid unit with', 'w = «0.8»', w), ('One sigmoid unit with', 'b = «-0.3»', b), ('One sigmoid unit with', 'x = «1.5»', x),
    ('One sigmoid unit with', 'y = «1»', y),
    ('1 & $z = wx', '«0.8» \\times', w), ('1 & $z = wx', '\\times «1.5»', x), ('1 & $z = wx', '- «0.3»', -b),
    ('1 & $z = wx', '«0.9»', z),
    ('2 & $\\hat{y}', '\\sigma(«0.9»)', z), ('2 & $\\hat{y}', '-«0.9»', z), ('2 & $\\hat{y}', '«0.7109»', yh),
    ('3 & $e =', '«0.7109» - 1', yh), ('3 & $e =', '0.7109 - «1»', y), ('3 & $e =', '«-0.2891»', e),
    ('4 & $L = e^2', 'e^«2»', D(2)), ('4 & $L = e^2', '(«-0.2891»)', e), ('4 & $L = e^2', '«0.0836»', L),
    ('In short', 'z = «0.9»', z), ('In short', '«0.7109»', yh), ('In short', '«0.0836»', L),
    ('From the forward pass', 'e \\approx «-0.2891»', e), ('From the forward pass', '«0.7109»', yh), ('From the forward pass', 'z = «0.9»', z),
    ('From the forward pass', 'x = «1.5»', x),
    ('1 & $\\dfrac{\\partial L}{\\partial e}', '= «2»e', D(2)),
    ('$2 \\times (-0.2891)', '«2» \\times', D(2)), ('$2 \\times (-0.2891)', '(«-0.2891»)', e), ('$2 \\times (-0.2891)', '«-0.5782»', dLde, 2 * D('-0.2891')),
    ('2 & $\\dfrac{\\partial L}{\\partial \\hat{y}}', '\\cdot «1»', D(1)),
    ('$\\approx -0.5782$', '«-0.5782»', dLde, 2 * D('-0.2891')),
    ('3 & $\\dfrac{\\partial L}{\\partial z}', '(«1»-\\sigma', D(1)),
    ('$-0.5782 \\times', '«-0.5782»', dLde, 2 * D('-0.2891')), ('$-0.5782 \\times', '«0.7109»', yh), ('$-0.5782 \\times', '«0.2891»', 1 - yh),
    ('$-0.5782 \\times', '«-0.1189»', dLdz, D('-0.5782') * D('0.7109') * D('0.2891')),
    
    ('$-0.1189 \\times 1.5', '«-0.1189»', dLdz, c_dz), ('$-0.1189 \\times 1.5', '«1.5»', x), ('$-0.1189 \\times 1.5', '«-0.1784»', dLdw, c_dz),
    ('5 & $\\dfrac{\\partial L}{\\partial b}', '\\cdot «1»', D(1)),
    ('$\\approx -0.1189$', '«-0.1189»', dLdb, c_dz),
    ('towards $1$', '«1»', y),
    ('One step with', '«1.0»', eta),
    ('w &\\leftarrow', '«0.8» -', w), ('w &\\leftarrow', '- «1.0» \\times', eta), ('w &\\leftarrow', '(«-0.1784»)', dLdw, c_dz),
    ('w &\\leftarrow', '«0.9784»', w - eta * dLdw, c_dz),
    ('b &\\leftarrow', '«-0.3» -', b), ('b &\\leftarrow', '- «1.0» \\times', eta), ('b &\\leftarrow', '(«-0.1189»)', dLdb, c_dz),
    ('b &\\leftarrow', '«-0.1811»', b - eta * dLdb, c_dz),
    ('Result:', '«0.9784»', w - eta * dLdw, c_dz), ('Result:', '«-0.1811»', b - eta * dLdb, c_dz),
    ('Given $\\delta', '«-0.20»', d2),
    ('$W^{(2)} = [0.6', '[«0.6»,', W2[0]), ('$W^{(2)} = [0.6', '{«-0.4»}', W2[1]),
    ('$z^{(1)} = [0.6', '[«0.6»,', z1[0]), ('$z^{(1)} = [0.6', '{«-0.3»}', z1[1]),
    ('= \\begin{bmatrix} 0.6 \\\\ -0.4', '«0.6» \\\\', W2[0]), ('= \\begin{bmatrix} 0.6 \\\\ -0.4', '«-0.4» \\end', W2[1]),
    ('\\times (-0.20)', '(«-0.20»)', d2),
    ('-0.120 \\\\ 0.080', '«-0.120» \\\\', back[0]), ('-0.120 \\\\ 0.080', '«0.080» \\end', back[1]),
    ('\\sigma(0.6)  &', '\\sigma(«0.6»)', z1[0]), ('\\sigma(0.6)  &', '«0.6457»,', a1[0]), ("\\sigma(0.6)  &", "\\sigma'(«0.6»)", z1[0]),
    ('\\sigma(0.6)  &', '= «0.6457» \\times', a1[0]), ('\\sigma(0.6)  &', '«0.3543»', 1 - a1[0]), ('\\sigma(0.6)  &', '«0.2288»', s1[0]),
    ('\\sigma(-0.3) &', '\\sigma(«-0.3»)', z1[1]), ('\\sigma(-0.3) &', '«0.4256»,', a1[1]), ("\\sigma(-0.3) &", "\\sigma'(«-0.3»)", z1[1]),
    ('\\sigma(-0.3) &', '= «0.4256» \\times', a1[1]), ('\\sigma(-0.3) &', '«0.5744»', 1 - a1[1]), ('\\sigma(-0.3) &', '«0.2445»', s1[1]),
    ("\\sigma'(z^{(1)}) \\approx", '«0.2288» \\\\', s1[0]), ("\\sigma'(z^{(1)}) \\approx", '«0.2445» \\end', s1[1]),
    ('= \\begin{bmatrix} -0.120', '«-0.120» \\\\', back[0]), ('= \\begin{bmatrix} -0.120', '«0.080» \\end', back[1]),
    ('\\begin{bmatrix} 0.2288 \\\\ 0.2445', '«0.2288» \\\\', s1[0]), ('\\begin{bmatrix} 0.2288 \\\\ 0.2445', '«0.2445» \\end', s1[1]),
    ('Answer:', '«-0.0275» \\\\', d1[0]), ('Answer:', '«0.0196» \\end', d1[1]),
])
