"""Recomputes every number of adam-html.html (a course page's three Adam steps on f(θ) = θ², HTML with KaTeX) with
40-digit decimals: the exact run (ε = 1e-8 outside the root, as the network file says) and, for each printed value,
the same computation from the page's own rounded operands (`carried`). Left out: algorithm and step numbers
("Line 5", "Step 1", the <span class="num"> labels), powers (0.9^2, 9.8^2, 10^{-8}: the 10 of ε is a constant),
the constants 1 and 2 of the formulas."""
import sys
from common import D, report, doc_rows

a, b1, b2, eps = D('0.1'), D('0.9'), D('0.999'), D('1e-8')
# the exact run
th, m, v, E = D(5), D(0), D(0), []
for t in (1, 2, 3):
    g = 2 * th
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t)
    step = a * mh / (vh.sqrt() + eps)
    E.append(dict(th=th, g=g, m=m, v=v, mh=mh, vh=vh, r=vh.sqrt(), step=step, new=th - step, c1=1 - b1 ** t, c2=1 - b2 ** t))
    th = th - step
e1, e2, e3 = E
P = lambda s: D(s)   # a value the page prints, used as an operand of a later line
# the page's own chain, from its rounded operands
c_g3 = 2 * P('4.8001')
c_v3 = P('0.19574') + P('0.09216')
c_vh3 = P('0.28790') / P('0.002997')
c_r3 = P('96.06').sqrt()
c_step3 = a * P('9.786') / P('9.801')
c_r2 = P('98.02').sqrt()
c_step2 = a * P('9.895') / P('9.901')
W = lambda x, c: (x, c)
specs = [
    ('<p><strong>Given:</strong> $\\alpha = 0.001$', [D('0.001'), b1, b2, None]),
    ('$m_0 \\leftarrow 0$', [None, D(0)]), ('$v_0 \\leftarrow 0$', [None, D(0)]), ('$t \\leftarrow 0$', [None, D(0)]),
    ('Start at $\\theta_0 = 5$', [e1['th'], a, b1, b2, None]),
    ('Initialize: $m_0 = 0$', [D(0), D(0), D(0)]),
    ('Step 1 ($t = 1$)', [None, D(1)]),
    ('$g_1 = f\'(\\theta_0) = 2(5)', [None, None, e1['th'], e1['g']]),
    ('$m_1 = 0.9(0) + 0.1(10)', [None, b1, D(0), 1 - b1, e1['g'], b1 * 0, (1 - b1) * e1['g'], e1['m']]),
    ('$v_1 = 0.999(0) + 0.001(10^2)', [None, b2, D(0), 1 - b2, e1['g'], b2 * 0, (1 - b2) * e1['g'] ** 2, e1['v']]),
    ('$\\hat{m}_1 = \\frac{1}{1 - 0.9^1}', [None, e1['m'], None, b1, e1['m'], e1['c1'], e1['mh']]),
    ('$\\hat{v}_1 = \\frac{0.1}{1 - 0.999^1}', [None, e1['v'], None, b2, e1['v'], e1['c2'], e1['vh']]),
    ('$\\theta_1 = 5 - 0.1', [None, e1['th'], a, e1['mh'], e1['vh'], None, e1['th'], a, e1['mh'], e1['r'], e1['th'], e1['step'], e1['new']]),
    ('The step taken: $\\alpha', [a, e1['mh'], e1['r'], e1['step'], e1['g']]),
    ('Step 2 ($t = 2$)', [None, D(2)]),
    ('$g_2 = f\'(\\theta_1) = 2(4.9)', [None, None, e2['th'], e2['g']]),
    ('$m_2 = 0.9(1) + 0.1(9.8)', [None, b1, e1['m'], 1 - b1, e2['g'], b1 * e1['m'], (1 - b1) * e2['g'], e2['m']]),
    ('$v_2 = 0.999(0.1) + 0.001(9.8^2)', [None, b2, e1['v'], 1 - b2, e2['g'], b2 * e1['v'], (1 - b2) * e2['g'] ** 2, e2['v']]),
    ('$\\hat{m}_2 = \\frac{1.88}{1 - 0.9^2}', [None, e2['m'], None, b1, e2['m'], e2['c1'], e2['mh']]),
    ('Dividing by $0.19$', [e2['c1']]),
    ('$\\hat{v}_2 = \\frac{0.19594}{1 - 0.999^2}', [None, e2['v'], None, b2, e2['v'], e2['c2'], e2['vh']]),
    ('Because $\\beta_2^2 = 0.998$', [b2 ** 2]),
    ('$\\theta_2 = 4.9 - 0.1', [None, e2['th'], a, e2['mh'], e2['vh'], None, e2['th'], a, e2['mh'], W(e2['r'], c_r2),
                                e2['th'], W(e2['step'], c_step2), e2['new']]),
    ('Again a step of $\\approx 0.1$', [e2['step']]),
    ('Step 3 ($t = 3$)', [None, D(3)]),
    ('$g_3 = f\'(\\theta_2) = 2(4.8001)', [None, None, e3['th'], W(e3['g'], c_g3)]),
    ('$m_3 = 0.9(1.88) + 0.1(9.6002)', [None, b1, e2['m'], 1 - b1, W(e3['g'], c_g3), b1 * e2['m'], W((1 - b1) * e3['g'], (1 - b1) * c_g3), e3['m']]),
    ('$v_3 = 0.999(0.19594) + 0.001(9.6002^2)', [None, b2, e2['v'], 1 - b2, W(e3['g'], c_g3), b2 * e2['v'], (1 - b2) * e3['g'] ** 2, W(e3['v'], c_v3)]),
    ('$\\hat{m}_3 = \\frac{2.652}{1 - 0.9^3}', [None, e3['m'], None, b1, e3['m'], e3['c1'], e3['mh']]),
    ('The divisor is now $1 - 0.729', [None, b1 ** 3, e3['c1']]),
    ('$\\hat{v}_3 = \\frac{0.28790}{1 - 0.999^3}', [None, W(e3['v'], c_v3), None, b2, W(e3['v'], c_v3), e3['c2'], W(e3['vh'], c_vh3)]),
    ('$\\theta_3 = 4.8001 - 0.1', [None, e3['th'], a, e3['mh'], W(e3['vh'], c_vh3), e3['th'], a, e3['mh'], W(e3['r'], c_r3),
                                   e3['th'], W(e3['step'], c_step3), W(e3['new'], P('4.8001') - P('0.0998'))]),
    ('Each of the three steps is close to $\\alpha = 0.1$', [a, e3['mh'] / e3['r']]),
]
for e, t in ((e1, 1), (e2, 2), (e3, 3)):
    specs.append((f'<tr><td>{t}</td>', [D(t), e['th'], e['g'], e['m'], e['v'], e['mh'], e['vh'], e['step'], e['new']]))
doc = sys.argv[1] if len(sys.argv) > 1 else 'adam-html.html'
report(doc, doc_rows(doc, specs))
