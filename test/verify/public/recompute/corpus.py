"""Builds ../corpus.json and the table of ../README.md: recomputes every document's numbers (the NAME.py scripts)
and runs `backprop-tex verify --format json` on each original and its -slips copy (run from the repository root
after `npm run build`: python3 test/verify/public/recompute/corpus.py; name documents after it to print only theirs
and write nothing)."""
import json
import re
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
PUB = HERE.parent
ROOT = PUB.parents[2]
MANIFEST = json.loads((HERE / 'manifest.json').read_text())


def recompute(name, doc):
    out = subprocess.run([sys.executable, str(HERE / f'{name}.py'), str(PUB / doc)], capture_output=True, text=True, check=True).stdout
    rows = [r.split('\t') for r in out.splitlines()[1:] if not r.startswith('#')]
    return [{'line': int(r[0]), 'printed': r[1], 'exact': r[2], 'status': r[3], 'note': r[4]} for r in rows]


def run_verify(doc, net):
    p = subprocess.run(['node', 'dist/cli/main.js', 'verify', f'test/verify/public/{doc}', '--net', f'test/verify/public/{net}', '--format', 'json'],
                       cwd=ROOT, capture_output=True, text=True)
    return p.returncode, json.loads(p.stdout)


def num(s):
    try:
        return D(str(s).replace('−', '-'))
    except Exception:
        return None


def magnitude(s):
    n = num(s)
    return None if n is None else abs(n)


def judged_numbers(report):
    """(line, value) of every claim that compared a printed number with the network."""
    return [(c['line'], num(c['printed'])) for c in report['claims']
            if c['verdict'] in ('exact', 'rounding-propagation', 'truncation', 'erratum') and num(c['printed']) is not None]


def why(report, line):
    """What verify did on a line where it reported no slip."""
    skipped = [k['reason'] for k in report['skipped'] if k['line'] <= line <= k['line'] + k.get('latex', '').count('\n')]
    if skipped:
        return f'its equation is skipped: {skipped[0]}'
    claims = [c for c in report['claims'] if c['line'] == line]
    if claims:
        return 'judged there: ' + ', '.join(sorted({f"{c['kind']} {c.get('printed', '')} {c['verdict']}".strip() for c in claims}))[:160]
    return 'nothing on that line is judged (numbers in prose, code or a table, or no name matched)'


def wrong_numbers(rows):
    """Every number the recompute finds wrong, unless the same number is printed right on its line: line, printed and
    root (it does not follow from another wrong value printed before it, so arithmetic on the page cannot excuse it)."""
    right = {(r['line'], num(r['printed'])) for r in rows if r['status'] != 'slip'}
    wrong = {}
    for r in rows:
        if r['status'] == 'slip' and (r['line'], num(r['printed'])) not in right:
            key = (r['line'], r['printed'])
            wrong[key] = wrong.get(key, False) or not r['note'].startswith(('follows from', 'repeats'))
    return [{'line': line, 'printed': printed, 'root': root} for (line, printed), root in sorted(wrong.items())]


def flagged_numbers(report):
    """(line, value) of every number some claim calls wrong (erratum or truncation)."""
    return {(c['line'], num(c.get('printed'))) for c in report['claims'] if c['verdict'] in ('erratum', 'truncation')}


def wrong_passed(report, wrong):
    """Claims that call a wrong number right (exact or rounding-propagation). A quantity claim compares it with the
    network; an arithmetic claim counts when the number is a root slip and no claim on its line flags it (a value that
    follows from a wrong operand may well be right arithmetic)."""
    keys = {(w['line'], num(w['printed'])) for w in wrong}
    roots = {(w['line'], num(w['printed'])) for w in wrong if w['root']}
    flagged = flagged_numbers(report)

    def counts(c):
        key = (c['line'], num(c.get('printed')))
        return key in keys if c['kind'] != 'arithmetic' else key in roots and key not in flagged
    return [{'line': c['line'], 'printed': c.get('printed'), 'verdict': c['verdict'], 'kind': c['kind'], 'subject': c.get('subject') or c.get('quantity')}
            for c in report['claims'] if c['verdict'] in ('exact', 'rounding-propagation') and counts(c)]


def planted_numbers(slips, rows):
    """The numbers the planted slips verify did not find print, each a root slip (a found slip's numbers are flagged),
    unless the same number is printed right on its line of the original (as wrong_numbers treats the original: a claim
    on that right number, elsewhere on the line, is not told apart from one on the planted number by line and value)."""
    right = {(r['line'], num(r['printed'])) for r in rows if r['status'] != 'slip'}
    return [{'line': p['line'], 'printed': n, 'root': True} for p in slips if not p['found'] for n in re.findall(r'-?\d+(?:\.\d+)?', p['printed'])
            if (p['line'], num(n)) not in right]


def summarize(code, report, slips, slip_lines_ok):
    errata = [c for c in report['claims'] if c['verdict'] == 'erratum']
    flagged = {c['line'] for c in errata} | {c['line'] for c in report['claims'] if c['verdict'] == 'truncation'}
    found = []
    for s in slips:
        # by size: a source note may give a slip's number without the sign the page prints (0.0819 for −0.0819)
        wanted = {abs(num(n)) for n in re.findall(r'-?\d+(?:\.\d+)?', s['printed'])}
        on_line = [c for c in report['claims'] if c['line'] == s['line'] and c['verdict'] in ('erratum', 'truncation')
                   and (not wanted or magnitude(c.get('printed')) in wanted or c['kind'] == 'formula')]
        kinds = sorted({c.get('slip') or c['verdict'] for c in on_line})
        entry = {k: v for k, v in s.items() if k not in ('old', 'new')}
        found.append({**entry, 'found': bool(on_line), 'verifyKinds': kinds} | ({} if on_line else {'why': why(report, s['line'])}))
    false_alarms = sorted({c['line'] for c in errata if c['line'] not in slip_lines_ok})
    alarm_details = [f"{c['line']}: {c['kind']} of {c.get('subject') or c.get('quantity')}, printed {c.get('printed')}, expected {c.get('expected')}"
                     for c in errata if c['line'] in false_alarms][:6]
    false_truncations = sorted({c['line'] for c in report['claims'] if c['verdict'] == 'truncation' and c['line'] not in slip_lines_ok})
    side = set(false_alarms) | set(false_truncations)
    on_network = sum(1 for c in report['claims'] if c['verdict'] in ('exact', 'rounding-propagation', 'truncation', 'erratum')
                     and num(c.get('printed')) is not None and c['line'] not in side)
    return {
        'judgedOnNetwork': on_network,
        'exit': code, 'equations': report['equations'], 'parsed': report['parsed'], 'skipped': len(report['skipped']),
        'numbersSeen': report['coverage']['numbers']['seen'], 'numbersJudged': report['coverage']['numbers']['judged'],
        'counts': report['counts'], 'errors': report['errors'],
        'errataLines': sorted({c['line'] for c in errata}), 'flaggedLines': sorted(flagged),
        'rootErrata': [{'line': c['line'], 'kind': c['kind'], 'slip': c.get('slip')} for c in errata if c.get('causedBy') is None],
        'slips': found, 'falseAlarmLines': false_alarms, 'falseAlarms': alarm_details, 'falseTruncationLines': false_truncations,
    }


def build(entry):
    name, net = entry['name'], entry['net']
    rows = recompute(name, entry['doc'])
    real = [{'line': s['line'], 'kind': s['kind'], 'printed': s['printed'], 'right': s['right']} for s in entry.get('sourceSlips', [])]
    # a wrong formula prints no number of its own: its line is wrong all the same
    slip_lines = {r['line'] for r in rows if r['status'] == 'slip'} | {s['line'] for s in real}
    code, rep = run_verify(entry['doc'], net)
    judged = judged_numbers(rep)
    wrong = wrong_numbers(rows)
    missed = [r for r in rows if (r['line'], num(r['printed'])) not in judged]
    doc = {k: entry[k] for k in ('name', 'doc', 'net', 'style', 'source')}
    doc['numbersPrinted'] = len(rows)
    doc['numbersRight'] = sum(r['status'] != 'slip' for r in rows)
    doc['sourceSlips'] = real
    doc['slipLines'] = sorted(slip_lines)
    doc['numbersNotJudged'] = [{'line': r['line'], 'printed': r['printed']} for r in missed]
    doc['wrongNumbers'] = wrong
    doc['verify'] = summarize(code, rep, real, slip_lines)
    doc['verify']['wrongPassed'] = wrong_passed(rep, wrong)
    if entry.get('slipsDoc'):
        planted = entry['planted']
        ok = slip_lines | {p['line'] for p in planted} | set(entry.get('plantedConsequenceLines', []))
        code2, rep2 = run_verify(entry['slipsDoc'], net)
        doc['slipsCopy'] = {'doc': entry['slipsDoc'], 'planted': planted, 'verify': summarize(code2, rep2, real + planted, ok)}
        doc['slipsCopy']['verify']['wrongPassed'] = wrong_passed(rep2, planted_numbers(doc['slipsCopy']['verify']['slips'][len(real):], rows))
    return doc


def table(docs):
    """The README's table: one row per document, from what corpus.json records."""
    out = ['| Document | Source | Style | Numbers printed | Judged | Slips found (source; planted) | False alarms (lines) | Slips missed (line kind) |',
           '|---|---|---|---|---|---|---|---|']
    for d in docs:
        v, c = d['verify'], d['slipsCopy']['verify']
        planted = c['slips'][len(v['slips']):]
        found = lambda xs: f"{sum(x['found'] for x in xs)}/{len(xs)}"
        missed = [f"{x['line']} {x['kind']}" for x in v['slips'] + planted if not x['found']]
        alarms = sorted(set(v['falseAlarmLines']) | set(c['falseAlarmLines']))
        out.append(f"| [{d['name']}]({d['doc']}) | {d['source']} | {d['style']} | {d['numbersPrinted']} | {v['numbersJudged']} "
                   f"| {found(v['slips'])}; {found(planted)} | {', '.join(map(str, alarms)) or '0'} | {'; '.join(missed) or '—'} |")
    return '\n'.join(out)


def main():
    only = set(sys.argv[1:])
    docs = [build(e) for e in MANIFEST if not only or e['name'] in only]
    if only:
        # a subset is for looking: printed, never written over the whole corpus
        print(json.dumps(docs, indent=1, ensure_ascii=False))
        return
    (PUB / 'corpus.json').write_text(json.dumps(docs, indent=1, ensure_ascii=False) + '\n')
    readme = PUB / 'README.md'
    text = readme.read_text() if readme.exists() else ''
    start, end = '<!-- corpus table -->', '<!-- end corpus table -->'
    if start in text:
        text = text.split(start)[0] + start + '\n' + table(docs) + '\n' + end + text.split(end)[1]
        readme.write_text(text)
    for d in docs:
        v = d['verify']
        print(d['name'], d['numbersPrinted'], v['numbersJudged'], v['errataLines'], v['falseAlarmLines'], [s['line'] for s in v['slips'] if not s['found']],
              d.get('slipsCopy', {}).get('verify', {}).get('falseAlarmLines'), [s['line'] for s in d.get('slipsCopy', {}).get('verify', {}).get('slips', []) if not s['found']])


main()
