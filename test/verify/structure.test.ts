// verify is three stages with data flowing one way: read (knows no network) → resolve → judge, beside network/ and report/; no import cycles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src/verify');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each file's imports, as paths relative to src/verify (or '../x' for imports from outside verify). */
const graph = new Map(files(ROOT).map((f) => {
  const text = readFileSync(f, 'utf8');
  const targets = [...text.matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)\.js'/gm)].map((m) => relative(ROOT, resolve(dirname(f), `${m[1]}.ts`)));
  return [relative(ROOT, f), targets] as const;
}));
const stageOf = (path: string): string => (path.startsWith('..') ? 'outside' : path.includes('/') ? path.split('/')[0]! : 'top');

/** Which stages each stage may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  read: ['outside'],
  network: ['outside'],
  resolve: ['read', 'network', 'outside'],
  judge: ['read', 'network', 'resolve', 'outside'],
  report: ['read', 'judge', 'top', 'outside'],
  top: ['read', 'network', 'resolve', 'judge', 'outside'],
};

describe('the structure of src/verify', () => {
  it('reads the import graph (a check on the checker)', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('read/parseExpression.ts')).toContain('read/parsePrimary.ts');
    expect(graph.get('judge/judgeChain.ts')).toContain('resolve/evaluateSide.ts');
  });

  it('imports run one way between its stages; read/ uses nothing of a network', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = stageOf(file);
      for (const t of targets) {
        const to = stageOf(t);
        if (to !== from && !ALLOWED[from]!.includes(to)) wrong.push(`${file} → ${t}`);
        if (from === 'read' && to === 'outside' && !t.startsWith('../util/')) wrong.push(`${file} → ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no circular imports between its files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) if (graph.has(t)) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('keeps files under about 200 lines', () => {
    const long = [...graph.keys()].filter((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').length > 210);
    expect(long).toEqual([]);
  });
});
