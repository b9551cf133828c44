"""Writes NAME-slips copies: each planted slip replaces one string on one line of the original (the line must hold it).
Usage: python3 plant.py  (reads the `planted` lists of manifest.json, run from anywhere)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
for e in json.loads((HERE / 'manifest.json').read_text()):
    if not e.get('slipsDoc'):
        continue
    lines = (HERE.parent / e['doc']).read_text().split('\n')
    for p in e['planted']:
        i = p['line'] - 1
        assert lines[i].count(p['old']) >= 1, (e['doc'], p)
        lines[i] = lines[i].replace(p['old'], p['new'], 1)
    (HERE.parent / e['slipsDoc']).write_text('\n'.join(lines))
    print('wrote', e['slipsDoc'])
