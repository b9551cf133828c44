"""Recomputes every number of vi-cnn.md (a Vietnamese page's tiny convolution: the filter [0.5, -0.5] slid over the
image [10, 10, 0], Y_pred the sum of the feature map, L = (Y_pred - 10)^2, one step with eta = 0.01) with 40-digit
decimals. The filter is shared by both positions, so dY/dW_trai = x1 + x2 = 20 and dY/dW_phai = x2 + x3 = 10; the page
keeps only the second position (a term missing from each gradient). Left out: the repository name, the sizes 2x1 and
3x1, pixel and position numbers, step and part numbers in headings, the 2 of 2 x (Y - 10)."""
import sys
from common import D, report, doc_rows

x1, x2, x3, wl, wr, t, eta = D(10), D(10), D(0), D('0.5'), D('-0.5'), D(10), D('0.01')
f1, f2 = wl * x1 + wr * x2, wl * x2 + wr * x3
Y = f1 + f2
L = (Y - t) ** 2
dLdY = 2 * (Y - t)
dYdwl, dYdwr = x1 + x2, x2 + x3          # both positions
gl, gr = dLdY * dYdwl, dLdY * dYdwr
wl_new, wr_new = wl - eta * gl, wr - eta * gr
F = 'follows from the gradient with a term missing'
C = None
specs = [
    ('Nguồn:', [C]), ('Một bộ lọc 2x1', [C] * 4),
    ('**Ảnh vào', [x1, x2, x3]),
    ('**Nhãn', [t]),                      # the page's label 1; its loss uses 10
    ('**Mạng:**', [C, C]), ('### Phần 1', [C]), ('**Bước 1', [C]),
    ('khởi tạo là', [wl, wr, x1, x2, x3]),
    ('**Vị trí 1', [C, C, C, x1, x2, wl, wr]),
    ('$$(10 \\times 0.5) + (10', [x1, wl, x2, wr, x1 * wl, x2 * wr, f1]),
    ('**Vị trí 2', [C, C, C, x2, x3, wl, wr]),
    ('$$(10 \\times 0.5) + (0', [x2, wl, x3, wr, x2 * wl, x3 * wr, f2]),
    ('**Bản đồ đặc trưng', [f1, f2]),
    ('**Bước 2', [C]),
    ('$$Y_{pred} = 0 + 5', [f1, f2, Y]),
    ('### Phần 2', [C]),
    ('giá trị mong muốn', [t, Y]),
    ('$$L = (5 - 10)', [Y, t, Y - t, L]),
    ('Sai số 25', [L]),
    ('### Phần 3', [C]), ('**Đoạn 1', [C]),
    ('Với $L = (Y - 10)', [t, C, t]),
    ('\\partial Y_{pred}} = 2', [C, Y, t, dLdY]),
    ('**Đoạn 2', [C]),
    ('cho ra 5', [f2]),
    ('$$5 = (10', [f2, x2, wl, x3, wr]),
    ('(0.5) nhân', [wl, C, x2, dYdwl]),
    ('(-0.5) nhân', [wr, C, x3, dYdwr]),
    ('1.  **Cho', [C]),
    ('\\text{Grad}_1', [dLdY, (dYdwl, 'the page keeps one of the two positions'), gl]),
    ('2.  **Cho', [C]),
    ('\\text{Grad}_2', [dLdY, (dYdwr, 'the page keeps one of the two positions'), gr]),
    ('### Phần 4', [C]),
    ('tốc độ học', [eta]),
    ('(cũ 0.5)', [wl]),
    ('= 0.5 - (0.01', [wl, eta, (gl, F), wl, (eta * gl, F), (wl_new, F)]),
    ('(cũ -0.5)', [wr]),
    ('= -0.5 - (0.01', [wr, eta, (gr, F), (wr_new, F)]),
    ('**Bộ lọc mới', [(wl_new, F), (wr_new, F)]),
]
doc = sys.argv[1] if len(sys.argv) > 1 else 'vi-cnn.md'
report(doc, doc_rows(doc, specs))
