"""Recomputes the numbers of optimizer-momentum.md and optimizer-adam.md (the optimizer's state by hand), independently of
backprop-tex: plain float arithmetic of the two update rules, printed at the pages' decimals."""
import math

# momentum.yaml: y = w1·x1 + w2·x2 (linear), x = (1, 2), target 1, E = ½(y − t)², η = 0.1, v = μv + g, w = w − ηv
w, x, t, eta, mu = [0.5, -0.25], [1.0, 2.0], 1.0, 0.1, 0.9
v = [0.0, 0.0]
for step in (1, 2):
    y = sum(a * b for a, b in zip(w, x))
    g = [(y - t) * xi for xi in x]
    v = [mu * vi + gi for vi, gi in zip(v, g)]
    w = [wi - eta * vi for wi, vi in zip(w, v)]
    print(f'momentum step {step}: y={y:.4f} g={g} v={[round(a, 4) for a in v]} w={[round(a, 4) for a in w]}')

# adam.yaml: o = θ·x, x = 1, target 0, E = (o − 0)² = θ², g = 2θ, θ0 = 1, α = 0.01, β1 = 0.9, β2 = 0.999, ε = 1e-8
th, a, b1, b2, eps = 1.0, 0.01, 0.9, 0.999, 1e-8
m = vv = 0.0
for step in (1, 2, 3):
    g = 2 * th
    m = b1 * m + (1 - b1) * g
    vv = b2 * vv + (1 - b2) * g * g
    mh, vh = m / (1 - b1 ** step), vv / (1 - b2 ** step)
    th = th - a * mh / (math.sqrt(vh) + eps)
    print(f'adam t={step}: g={g:.6f} m={m:.6f} v={vv:.8f} mhat={mh:.6f} vhat={vh:.6f} theta={th:.6f}')
