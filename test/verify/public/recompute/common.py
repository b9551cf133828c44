"""Shared helpers for the recompute scripts: 40-digit Decimal arithmetic and a TSV judge of printed numbers.

Each script lists (anchor, printed, exact[, carried]) rows in document order; the anchor is a piece of text on
the line that prints the number (`@@text`: the whole line); printed may carry context with the number in «…». A number is `right` when it equals the exact value, `rounded` when it is the
exact value (or the value carried from the document's own rounded operands) rounded to the printed digits,
and `slip` otherwise (a fourth string field names the earlier slip a value follows from). Output: one TSV row per number (line, printed, exact, status, note) and a summary line.
"""
import json
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40


def exp(x):
    return D(x).exp()


def ln(x):
    return D(x).ln()


def sigmoid(x):
    return 1 / (1 + exp(-D(x)))


def tanh(x):
    e2 = exp(2 * D(x))
    return (e2 - 1) / (e2 + 1)


def half_ulp(printed):
    s = printed.lstrip('+-')
    decimals = len(s.split('.')[1]) if '.' in s else 0
    return D(5) * D(10) ** (-(decimals + 1))


def status(printed, exact, carried=None):
    p = D(printed.replace('−', '-'))
    if p == exact:
        return 'right', ''
    tol = half_ulp(printed) * D('1.0000001')
    if abs(p - exact) <= tol:
        return 'rounded', ''
    if carried is not None and abs(p - carried) <= tol:
        return 'rounded', 'carried from rounded operands'
    return 'slip', ''


def fmt(x):
    return format(x.quantize(D(10) ** -12) if abs(x) < 10 ** 6 else x, 'f').rstrip('0').rstrip('.') or '0'


def numbers_row(text, *values, carried=None):
    """Rows for every number of one line `text`, in order, each judged against the matching value."""
    import re
    spans = [m.span() for m in re.finditer(r'-?\d+(?:\.\d+)?', text)]
    assert len(spans) == len(values), (text, values)
    rows = []
    for (a, b), v in zip(spans, values):
        row = ('@@' + text.strip(), text[:a] + '«' + text[a:b] + '»' + text[b:]) + ((v,) if carried is None else (v, carried))
        rows.append(row)
    return rows


def read_lines(doc):
    """The document's lines; in a notebook each line of a cell's source is one line of the .ipynb file, decoded."""
    lines = open(doc, encoding='utf8').read().split('\n')
    if not doc.endswith('.ipynb'):
        return lines
    out = []
    for line in lines:
        t = line.strip().rstrip(',')
        try:
            out.append(json.loads(t) if t.startswith('"') else line)
        except ValueError:
            out.append(line)
    return out


def report(doc, rows):
    """Find each row's line in `doc` (document order) and print the TSV; returns the rows with their status."""
    lines = read_lines(doc)
    at, out = 0, []
    for row in rows:
        anchor, printed, exact = row[0], row[1], D(row[2])
        extra = row[3] if len(row) > 3 else None
        carried = D(extra) if extra is not None and not isinstance(extra, str) else None
        follows = extra if isinstance(extra, str) else ''
        context = printed.replace('«', '').replace('»', '')
        number = printed.split('«')[1].split('»')[0] if '«' in printed else printed
        hit = (lambda t: t.strip() == anchor[2:]) if anchor.startswith('@@') else (lambda t: anchor in t)
        if anchor.startswith('#L'):   # a line given by its number (documents with many identical lines)
            i = int(anchor[2:]) - 1
            assert context in lines[i], (doc, anchor, context)
        else:
            i = next((k for k in range(at, len(lines)) if hit(lines[k]) and context in lines[k]), None)
        if i is None:
            sys.exit(f'{doc}: no line with {anchor!r} and {context!r} after line {at + 1}')
        at = i
        printed = number
        st, note = status(printed, exact, carried)
        if st == 'slip' and follows:
            note = follows
        out.append((i + 1, printed, fmt(exact), st, note))
    print('line\tprinted\texact\tstatus\tnote')
    for r in out:
        print('\t'.join(str(c) for c in r))
    counts = {s: sum(1 for r in out if r[3] == s) for s in ('right', 'rounded', 'slip')}
    print(f'# {len(out)} numbers: {counts["right"]} right, {counts["rounded"]} rounded, {counts["slip"]} slip')
    return out


def index_masked(text, plain_names=False):
    """`text` with every subscript, layer or example superscript and power written as spaces (same length), so that
    only printed numbers are left: `z_1^{[1](2)}`, `x^2`, `W^{(1)}` lose their digits, `e^{-0.539}` keeps its number."""
    import re
    def blank(m):
        body = m.group(0)
        return body if (body.startswith('^') and '.' in body) else ' ' * len(body)
    text = re.sub(r'[_^](\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z0-9])', blank, text)
    # in plain text and code, a name's digits follow its letters: z1, W2, δ2
    return re.sub(r'(?<=[A-Za-zδσφ])\d+', lambda m: ' ' * len(m.group(0)), text) if plain_names else text


def line_rows(anchor, text, values, plain_names=False):
    """Rows for every number printed on the line `text` (found by `anchor`), indices and powers left out; `values`
    lists one entry per number in order: an exact value, (exact, carried) or (exact, 'follows from …'), or None for a
    constant of a formula (the 1 of 1/(1 + e^{-z})) that is not counted. A negative value printed after a minus sign
    (`0.48 - 0.08`) is compared by its size; a number without its leading zero (`-.019`) is one number."""
    import re
    masked = index_masked(text, plain_names)
    spans = [m.span() for m in re.finditer(r'-?(?:\d+(?:\.\d+)?|\.\d+)', masked)]
    assert len(spans) == len(values), (text, len(spans), len(values))
    rows = []
    for (a, b), v in zip(spans, values):
        if v is None:
            continue
        exact, extra = (v if isinstance(v, tuple) else (v, None))
        if text[a] != '-' and exact < 0 and text[:a].rstrip().endswith('-'):
            # a negative term printed after a minus, `0.48 - 0.08`: the number printed is its size
            exact = -exact
            extra = -extra if extra is not None and not isinstance(extra, str) else extra
        rows.append((anchor, text[:a] + '«' + text[a:b] + '»' + text[b:], exact) + (() if extra is None else (extra,)))
    return rows


def doc_rows(doc, specs, plain_names=False):
    """Rows for a list of (anchor, values) specs: each anchor is a piece of text of one line (`@@…`: the whole line,
    stripped), looked up in document order like `report` does, or the line's number."""
    lines = read_lines(doc)
    at, rows = 0, []
    for anchor, values in specs:
        if isinstance(anchor, int):   # a line number
            i, anchor = anchor - 1, f'#L{anchor}'
        else:
            hit = (lambda t: t.strip() == anchor[2:]) if anchor.startswith('@@') else (lambda t: anchor in t)
            i = next((k for k in range(at, len(lines)) if hit(lines[k])), None)
        if i is None:
            sys.exit(f'{doc}: no line with {anchor!r} after line {at + 1}')
        at = i
        rows += line_rows(anchor, lines[i], values, plain_names)
    return rows
