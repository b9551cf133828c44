// Child process for row (f): an 8-8-8-8 net derived, compiled and evaluated from its file text in a fresh process.
import { generateNetworkSpec } from './generateNetwork.js';
import { parseDefinition } from '../src/definition/loadDefinition.js';
import { deriveGraph } from '../src/derive/deriveGraph.js';
import { compileDerivation, runProgram } from '../src/evaluate/evaluateDerivation.js';
import { compileNetwork } from '../src/graph/compileNetwork.js';
import { createPlainGradient, plainNetFromSpec } from './baselines.js';

// The file text exists before the clock starts; module loading is not timed (row (g) times whole processes).
const text = JSON.stringify(generateNetworkSpec({ shape: [8, 8, 8, 8], activation: 'sigmoid', seed: 1 }));
const t0 = performance.now();
createPlainGradient(plainNetFromSpec(JSON.parse(text))).run();
const t1 = performance.now();
const derivation = deriveGraph(compileNetwork(parseDefinition(text, '8-8-8-8.json')));
const loss = runProgram(compileDerivation(derivation)).get(`v$${derivation.graph.root}`);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ ours: t2 - t1, baseline: t1 - t0, loss }));
