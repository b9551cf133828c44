// Files that would give a silent wrong answer or a message in the YAML library's words: one line of ours, at a fixed position.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bptex-refusals-'));
const GRAPH = 'inputs: { x: 1 }\nparameters: { w: 3 }\ngraph:\n';
const PIECEWISE = 'a condition or comparison (x > 0 ? … : …) has no derivative where it switches: write one formula (for max(0, x) write relu(x) or max(0, x)) (graph.y)';
const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
const block = (n: number): string => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ` 1\n`;

/** [what, file name, text, expected message after 'file:'] */
const CASES: [string, string, string, string][] = [
  ['ids that print alike', 'alike.yaml', 'inputs: { x: 1 }\nparameters: { w1: 0.5, w_1: 0.3 }\ngraph:\n  y: w1 * x + w_1 * x\n', "2:29: 'w_1' prints as w_{1}, like 'w1' at 2:19: rename one of them (parameters.w_1)"],
  ['names: that print alike', 'names.yaml', 'names: { a: "A", b: "A" }\ninputs: { x: 1 }\nparameters: { a: 1, b: 2 }\ngraph:\n  y: a * b * x\n', "3:24: 'b' prints as \\mathit{A}, like 'a' at 3:18: rename one of them (parameters.b)"],
  ['a layer without neurons', 'empty-layer.yaml', 'inputs: { i1: 1 }\ntargets: { o1: 0.5 }\nparameters: { w1: 0.5 }\nlayers:\n  - activation: sigmoid\n    neurons: {}\n', '6:14: a layer needs at least one neuron (layers[0].neurons)'],
  ['a graph without nodes', 'empty-graph.yaml', 'inputs: { x: 1 }\nparameters: { w: 1 }\ngraph: {}\n', '3:8: a graph needs at least one node (graph)'],
  ['a JSON key given twice', 'twice.json', '{"inputs": {"x": 1}, "parameters": {"w": 1, "w": 2}, "graph": {"y": "w * x"}}', "1:45: the key 'w' is given twice in one mapping (first at 1:37): keep one"],
  ['a JSON key given twice, once escaped', 'escaped.json', '{"inputs": {"x": 1},\n "parameters": {"w": 1, "\\u0077": 2}, "graph": {"y": "w * x"}}', "2:25: the key 'w' is given twice in one mapping (first at 2:17): keep one"],
  ['a YAML key given twice', 'twice.yaml', `${GRAPH}  y: w * x\n  y: w\n`, "5:3: the key 'y' is given twice in one mapping: keep one"],
  ['two YAML documents', 'docs.yaml', 'inputs: { x: 1 }\n---\nparameters: { w: 3 }\n', "2:1: a network file is one YAML document: a line '---' (or '...') starts a second one here"],
  ['a tab as indentation', 'tab.yaml', 'inputs: { x: 1 }\nparameters:\n\tw: 3\n', '3:1: a tab indents this line: indent with spaces'],
  ['an unclosed {', 'open.yaml', 'inputs: { x: 1 }\nparameters: { w: 3\ngraph:\n  y: w*x\n', '3:1: a { or [ opened above is not closed before this line (or this line is not indented under it)'],
  ['an unclosed quote', 'quote.yaml', `${GRAPH}  y: "w * x\n`, '5:1: a quoted string is not closed'],
  ['65 levels of [ in YAML', 'deep.yaml', `${GRAPH}  y: w\ntitle: ${deep(70)}\n`, '5:72: the file nests deeper than 64 levels (a network file needs about 6)'],
  ['65 levels of [ in JSON', 'deep.json', `{"inputs": ${deep(100)}}`, '1:75: the file nests deeper than 64 levels (a network file needs about 6)'],
  ['65 levels of indented blocks', 'blocks.yaml', `${GRAPH}  y: w\nmeta:\n${block(70).replace(/^/gm, '  ')}`, '69:129: the file nests deeper than 64 levels (a network file needs about 6)'],
  ['a bracket inside a quoted title does not count', 'quoted.yaml', `title: "${'['.repeat(80)}"\n${GRAPH}  y: w * x\n  y2: y\n`, 'ok'],
  ['a conditional', 'cond.yaml', `${GRAPH}  y: "x > 0 ? w : w * x"\n`, `4:6: ${PIECEWISE}`],
  ['a comparison', 'cmp.yaml', `${GRAPH}  y: "w * (x > 0)"\n`, `4:6: ${PIECEWISE}`],
];

describe('refused at a fixed position, in our words', () => {
  it.each(CASES)('%s', async (_what, name, text, expected) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = await runCli(['derive', file, '--format', 'txt', '--out', '-']);
    if (expected === 'ok') return expect([r.status, r.stderr]).toEqual([0, '']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `${file}:${expected}\n`]);
  });
});
