"""Recomputes every number of adilce-toy.md with 40-digit decimals: yhat = w x (x = 2, w = 3, y = 10, eta = 0.1) with
its second forward pass; h = sigmoid(w1 x), yhat = w2 h (x = 1, w1 = 0.5, w2 = -1, y = 0.5, eta = 0.1) with the loss
after the step; the same with ReLU. Exponents and the constants of a formula's shape are not counted."""
import sys
from common import D, sigmoid, report

# model 1
x, w, y, eta = D(2), D(3), D(10), D('0.1')
yh = w * x
L = (y - yh) ** 2
g_y = -2 * (y - yh)
g_w = g_y * x
wn = w - eta * g_w
yh2 = wn * x
L2 = (y - yh2) ** 2
# model 2
x2, w1, w2, t = D(1), D('0.5'), D('-1.0'), D('0.5')
z1 = w1 * x2
h = sigmoid(z1)
o = w2 * h
L_2 = (t - o) ** 2
g_o = -2 * (t - o)
g_w2 = g_o * h
sp = h * (1 - h)
g_w1 = g_o * w2 * sp * x2
w2n, w1n = w2 - eta * g_w2, w1 - eta * g_w1
o_after = w2n * sigmoid(w1n * x2)
L_after = (t - o_after) ** 2
slip = 'follows from -1.394 (line 89)'
# model 3
hr = max(D(0), z1)
o3 = w2 * hr
L3 = (t - o3) ** 2
g3 = -2 * (t - o3) * w2 * 1 * x2
rows = [
    ('Input: \\(x', '«2»', x), ('Weight: \\(w', '«3»', w), ('Target output', '«10»', y),
    ('\\hat{y} = 3 \\cdot 2', '«3» \\cdot', w), ('\\hat{y} = 3 \\cdot 2', '\\cdot «2»', x), ('\\hat{y} = 3 \\cdot 2', '= «6»', yh),
    ('L = (10 - 6)', '(«10» -', y), ('L = (10 - 6)', '- «6»)', yh), ('L = (10 - 6)', '= «16»', L),
    ('-2(y - \\hat{y}) = -8', '= «-8»', g_y), ('= x = 2', '= «2»\\)', x), ('partial w} = -16', '«-16»', g_w),
    ('learning rate \\(\\eta', '«0.1»', eta),
    ('w_{\\text{new}} = 3', '= «3» -', w), ('w_{\\text{new}} = 3', '- «0.1»(', eta), ('w_{\\text{new}} = 3', '(«-16»)', g_w), ('w_{\\text{new}} = 3', '«4.6»', wn),
    ('\\hat{y} = 4.6', '= «4.6» \\cdot', wn), ('\\hat{y} = 4.6', '\\cdot «2»', x), ('\\hat{y} = 4.6', '= «9.2»,', yh2),
    ('\\hat{y} = 4.6', '(«10» -', y), ('\\hat{y} = 4.6', '- «9.2»)', yh2), ('\\hat{y} = 4.6', '«0.64»', L2),
    ('The numbers are', 'x=«1»', x2), ('The numbers are', 'w_1=«0.5»', w1), ('The numbers are', 'w_2=«-1.0»', w2), ('The numbers are', 'y=«0.5»', t),
    ('1. \\(z_1', '«0.5»', z1), ('2. \\(h', '\\sigma(«0.5»)', z1), ('2. \\(h', '«0.622»', h),
    ('3. \\(\\hat{y}', '«-1.0» \\cdot', w2), ('3. \\(\\hat{y}', '\\cdot «0.622»', h), ('3. \\(\\hat{y}', '= «-0.622»', o),
    ('4. \\(L', '(«0.5» -', t), ('4. \\(L', '(«-0.622»)', o), ('4. \\(L', '«1.259»', L_2, D('1.122') ** 2),
    ('-2(y - \\hat{y}) = -2.244', '«-2.244»', g_o, -2 * (D('0.5') + D('0.622'))),
    ('\\cdot h = -1.394', '«-1.394»', g_w2),
    ('with \\(\\sigma\'(z_1)', '«0.235»', sp), ('with \\(\\sigma\'(z_1)', '«0.527»', g_w1, D('-2.244') * D('-1.0') * D('0.235')),
    ('The step, with', '«0.1»', eta), ('\\(w_2 \\to', '«-0.861»', w2n, slip), ('\\(w_1 \\to', '«0.447»', w1n),
    ('The loss falls', '«1.259»', L_2, D('1.122') ** 2), ('The loss falls', '«1.052»', L_after),
    ('Same numbers', 'x=«1»', x2), ('Same numbers', 'w_1=«0.5»', w1), ('Same numbers', 'w_2=«-1.0»', w2), ('Same numbers', 'y=«0.5»', t),
    ('z_1 = 0.5 > 0', '= «0.5» >', z1), ('z_1 = 0.5 > 0', '> «0»', D(0)), ('z_1 = 0.5 > 0', 'h=«0.5»', hr),
    ('\\hat{y} = -0.5', '«-0.5»', o3), ('\\hat{y} = -0.5', '«1.0»', L3),
    ('(-2)(0.5', '(«-2»)', D(-2)), ('(-2)(0.5', '(«0.5» -', t), ('(-2)(0.5', '(«-0.5»))', o3), ('(-2)(0.5', '(«-1»)', w2),
    ('(-2)(0.5', '(-1) \\cdot «1» \\cdot', D(1)), ('(-2)(0.5', '\\cdot «1» = 2', x2), ('(-2)(0.5', '= «2»', g3),
    ('A negative', '= «0»', D(0)),
]
report(sys.argv[1] if len(sys.argv) > 1 else 'adilce-toy.md', rows)
