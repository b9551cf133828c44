// Each name rule of the resolve stage as a table: a document, a network, a name → the quantity it is bound to and by which rule, or no binding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork, parseNetwork } from '../../../src/api.js';
import type { DerivationDocument } from '../../../src/emit/document.js';
import { createNetworkView } from '../../../src/verify/network/networkView.js';
import { readDocument } from '../../../src/verify/read/readDocument.js';
import { RULE_SAYS, type RuleName } from '../../../src/verify/resolve/bindingTable.js';
import { resolveNames, RULES } from '../../../src/verify/resolve/resolveNames.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const oneNeuron = derive(loadNetwork('test/verify/public/one-neuron.yaml'));
const upperCase = derive(parseNetwork(`
inputs: { I1: 1, I2: 2 }
targets: { O1: 0.6 }
parameters: { w_H1_I1: 0.5, w_H1_I2: 0.4, w_O1_H1: -0.25 }
learning_rate: 0.2
layers:
  - neurons: { H1: { weights: { w_H1_I1: I1, w_H1_I2: I2 } } }
  - neurons: { O1: { weights: { w_O1_H1: H1 } } }
`, 'upper.yaml'));
const softmax = derive(loadNetwork('test/verify/public/mihirsai-softmax.yaml'));
const examRelu = derive(loadNetwork('test/verify/public/exam-relu.yaml'));
const adamStep = derive(loadNetwork('test/verify/public/adam-first-step.yaml'));
const batch = derive(loadNetwork('fixtures/batch-2-1.yaml'));
const NETS: Record<string, DerivationDocument> = { mazur, oneNeuron, upperCase, softmax, examRelu, adamStep, batch };
const ONE_NEURON_DOC = readFileSync('test/verify/public/one-neuron.md', 'utf8');

/** The binding of `name` after every rule ran over the document: "id (rule)", "constant (rule)", or "none". */
function bound(net: string, doc: string, name: string): string {
  const table = resolveNames(readDocument(doc), createNetworkView(NETS[net]!));
  const b = table.get(name);
  if (!b) return 'none';
  if ('refused' in b) return 'none';
  return 'id' in b ? `${b.id} (${b.rule})` : `constant ${b.constant.toFixed(4)} (${b.rule})`;
}

type Row = [RuleName | 'none', string, string, string, string];

describe('the name rules, one table each', () => {
  it.each<Row>([
    ['engine-name', 'mazur', '', 'out_h1', 'v$out_h1 (engine-name)'],
    ['engine-name', 'mazur', '', '∂E_total/∂w_5', 'g$w5 (engine-name)'],
    ['engine-name', 'mazur', '', 'delta_o1', 'd$net_o1 (engine-name)'],
    ['engine-name', 'mazur', '', 'w_5_plus', 'u$w5 (engine-name)'],
    ['engine-name', 'mazur', '', 'out_o1_plus', 'after$out_o1 (engine-name)'],
    ['engine-name', 'mazur', '', 'eta', 'eta (engine-name)'],
    ['none', 'mazur', '', 'z_h1', 'none'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it('leaves y alone unresolved, with its reason, where its printed values fit neither reading', () => {
    const table = resolveNames(readDocument('$y_1 = 0.75$'), createNetworkView(mazur));
    expect(table.get('y_1')).toMatchObject({ rule: 'customary-word', refused: expect.stringContaining('y is read as the target only where its printed values mostly fit') });
  });

  it.each<Row>([
    ['euler-constant', 'mazur', '', 'e', 'constant 2.7183 (euler-constant)'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    // a^{(3)} exists only if the inputs are layer 1
    ['layer-index', 'mazur', '$a^{(3)}_1 = 0.7514$ and $a^{(1)}_2 = 0.1$', 'a_1^(3)', 'v$out_o1 (layer-index)'],
    ['layer-index', 'mazur', '$a^{(3)}_1 = 0.7514$ and $a^{(1)}_2 = 0.1$', 'a_2^(1)', 'v$i2 (layer-index)'],
    // with inputs as layer 0, a^{(1)} is the hidden layer: the printed 0.5933 says which
    ['layer-index', 'mazur', '$a^{(1)}_1 = 0.5933$, $z^{(2)}_2 = 1.2249$', 'a_1^(1)', 'v$out_h1 (layer-index)'],
    ['layer-index', 'mazur', '$a^{(1)}_1 = 0.5933$, $z^{(2)}_2 = 1.2249$', 'z_2^(2)', 'v$net_o2 (layer-index)'],
    ['layer-index', 'mazur', '$\\delta^{(3)}_1 = 0.1385$', 'delta_1^(3)', 'd$net_o1 (layer-index)'],
    // both readings possible and no value to decide: neither
    ['none', 'mazur', '$a^{(1)}_1$ and $a^{(2)}_1$', 'a_1^(1)', 'none'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    ['unit-name', 'mazur', '', 'o_1', 'v$out_o1 (unit-name)'],
    ['unit-name', 'mazur', '', 'h_2', 'v$out_h2 (unit-name)'],
    // a document that writes o_1^{+} uses o_1 for a name of its own
    ['none', 'mazur', '$o_1^{+} = 0.3$', 'o_1', 'none'],
    // a page that defines the bare name by a formula of names says what it means (h1 the weighted sum, out_h1 = σ(h1))
    ['defined-by-formula', 'mazur', '$h_1 = w_1 i_1 + w_2 i_2 + b_1$', 'h_1', 'v$net_h1 (defined-by-formula)'],
    ['defined-by-formula', 'oneNeuron', '$o = w_{11} x_1 + w_{12} x_2 + b$', 'o', 'v$net_o (defined-by-formula)'],
    // a function of numbers, one product, or a sum that names the output of a linear unit: the custom stands
    ['unit-name', 'mazur', '$o_1 = w_5 \\cdot 0.59$', 'o_1', 'v$out_o1 (unit-name)'],
    ['unit-name', 'adamStep', '$o = \\theta x + x$', 'o', 'v$out_o (unit-name)'],
    ['unit-name', 'mazur', '$o_1 = \\sigma(1.1059)$', 'o_1', 'v$out_o1 (unit-name)'],
    // beside a hatted name the bare letter is the truth, not the output
    ['none', 'mazur', '$\\hat{o}_1 = 0.75$ and $o_1 = 0.01$', 'o_1', 'none'],
    ['unit-name', 'mazur', '$\\hat{y}_1 = 0.75$ and $o_1 = 0.75$', 'o_1', 'v$out_o1 (unit-name)'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    ['loss-letter', 'mazur', '$E = 0.29$', 'E', 'v$E_total (loss-letter)'],
    ['loss-letter', 'mazur', '$E = 0.29$', '∂E/∂w_5', 'g$w5 (loss-letter)'],
    // a lower-case l (or ℓ) differentiated, on a page that writes the loss as a word: the loss
    ['loss-letter', 'mazur', '$\\text{Loss} = 0.29$, $\\frac{\\partial l}{\\partial w_5} = 0.0822$', '∂l/∂w_5', 'g$w5 (loss-letter)'],
    ['loss-letter', 'mazur', '$\\frac{\\partial \\ell}{\\partial w_5} = 0.0822$', '∂ell/∂w_5', 'g$w5 (loss-letter)'],
    // but not where the page sets l to a whole number (a layer's index), nor a bare l never differentiated
    ['none', 'mazur', '$l = 1$, $\\frac{\\partial l}{\\partial w_5} = 0.0822$', '∂l/∂w_5', 'none'],
    ['none', 'mazur', '$l = 0.29$', 'l', 'none'],
    // a document that writes E_{total} means something else by a bare E
    ['none', 'mazur', '$E_{total} = 0.29$', 'E', 'none'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    ['case-fold', 'upperCase', '', 'out_o1', 'v$out_O1 (case-fold)'],
    ['case-fold', 'upperCase', '', 'net_h1', 'v$net_H1 (case-fold)'],
    ['engine-name', 'upperCase', '', 'out_O1', 'v$out_O1 (engine-name)'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    ['customary-letter', 'mazur', '', 'alpha', 'eta (customary-letter)'],
    ['none', 'mazur', '$\\eta = 0.5$', 'alpha', 'none'],
    ['customary-letter', 'mazur', '', 't_2', 'v$target_o2 (customary-letter)'],
    // one output: t alone is its target, unless the page counts steps with it (t = 1, then t = 2)
    ['customary-letter', 'oneNeuron', '$t = 1$', 't', 'v$target_o (customary-letter)'],
    ['none', 'oneNeuron', '$t = 1$, then $t = 2$', 't', 'none'],
    // under an optimizer that counts steps, a t set to other than the target's value is the counter
    ['none', 'adamStep', '$m_1 = 0.4$. At $t=1$ the correction is exact.', 't', 'none'],
    ['customary-letter', 'adamStep', '$t = 0$', 't', 'v$target_o (customary-letter)'],
  ])('%s on %s: %j reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    ['defined-by-formula', 'oneNeuron', ONE_NEURON_DOC, 'z', 'v$net_o (defined-by-formula)'],
    ['defined-by-formula', 'oneNeuron', ONE_NEURON_DOC, 'y_pred', 'v$out_o (defined-by-formula)'],
    ['defined-by-formula', 'oneNeuron', ONE_NEURON_DOC, 'L', 'v$E_total (defined-by-formula)'],
    ['formula-leaves', 'oneNeuron', ONE_NEURON_DOC, 'y', 'v$target_o (formula-leaves)'],
    ['derivative-of-names', 'oneNeuron', ONE_NEURON_DOC, '∂L/∂z', 'g$net_o (derivative-of-names)'],
    ['derivative-of-names', 'oneNeuron', ONE_NEURON_DOC, '∂L/∂w_11', 'g$w11 (derivative-of-names)'],
    ['derivative-of-names', 'oneNeuron', ONE_NEURON_DOC, '∂y_pred/∂z', 'pd$out_o$net_o (derivative-of-names)'],
    // a constant formula identifies nothing
    ['none', 'oneNeuron', '$$k = 2 \\cdot 3$$', 'k', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    ['indexed-sibling', 'mazur', '$$z_1 = w_1 i_1 + w_2 i_2 + b_1$$\n\n$$z_2 = 0.3925$$', 'z_2', 'v$net_h2 (indexed-sibling)'],
    ['indexed-sibling', 'mazur', '$$s_{h1} = \\frac{1}{1+e^{-net_{h1}}}$$\n\n$$s_{h2} = 0.5969$$', 's_h2', 'v$out_h2 (indexed-sibling)'],
    // a sibling the document defines by its own formula keeps that definition
    ['none', 'mazur', '$$z_1 = w_1 i_1 + w_2 i_2 + b_1$$\n\n$$z_2 = y_2 - t_2$$', 'z_2', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it.each<Row>([
    // ŷ_1 defined as the net and, by a second formula, as the output: read as neither
    ['two-meanings', 'mazur', '$$\\hat{y}_1 = w_5 out_{h1} + w_6 out_{h2} + b_2$$\n\n$$\\hat{y}_1 = \\frac{1}{1 + e^{-\\hat{y}_1}}$$', 'yhat_1', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
    const table = resolveNames(readDocument(doc), createNetworkView(NETS[net]!));
    expect(table.get(name)).toMatchObject({ rule: 'two-meanings', refused: 'yhat_1 stands for two quantities in this document: net_o1 and out_o1' });
  });

  it.each<Row>([
    ['update-mark', 'mazur', '$$w_5^{*} = w_5 - \\eta \\frac{\\partial E_{total}}{\\partial w_5}$$\n\n$$w_6^{*} = w_6 - \\eta \\frac{\\partial E_{total}}{\\partial w_6}$$', 'w_1_star', 'u$w1 (update-mark)'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  // x = 2 → ReLU unit a1 (w1 = 0.5, b1 = −0.5) → sigmoid unit a2 (w2 = 1, b2 = 0)
  it.each<Row>([
    ['substituted-definition', 'examRelu', '$z_1 = 0.5 \\times 2 + (-0.5) = 0.5$', 'z_1', 'v$net_a1 (substituted-definition)'],
    ['substituted-definition', 'examRelu', '$z_2 = 1 \\times 0.5 + 0 = 0.5$', 'z_2', 'v$net_a2 (substituted-definition)'],
    // numbers that are no node's inputs: left alone
    ['substituted-definition', 'examRelu', '$z_3 = 0.3 \\times 2 + 0.1 = 0.7$', 'z_3', 'none'],
    // a parameter's name marked for the step before a − η·g: its update, though the weight printed is another's
    ['substituted-definition', 'mazur', '$w_5^{*} = 0.45 - 0.5 \\times 0.0822 = 0.4089$', 'w_5_star', 'u$w5 (substituted-definition)'],
    ['substituted-definition', 'mazur', '$\\tilde{w}_5 = 0.45 - 0.5 \\times 0.0822 = 0.4089$', 'wtilde_5', 'u$w5 (substituted-definition)'],
    ['substituted-definition', 'mazur', '$w_5^{(t+1)} = 0.45 - 0.5 \\times 0.0822 = 0.4089$', 'w_5^(t+1)', 'u$w5 (substituted-definition)'],
    // no factor prints η, or a second step's mark: the numbers alone decide
    ['none', 'mazur', '$w_5^{*} = 0.45 - 0.3 \\times 0.0822 = 0.4253$', 'w_5_star', 'none'],
    ['none', 'mazur', '$w_5^{(2)} = 0.45 - 0.5 \\times 0.0822 = 0.4089$', 'w_5^(2)', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  // logits [-0.8, 1.1, 0.1], outputs [0.0986, 0.6593, 0.2421] of one softmax layer
  it.each<Row>([
    // a page counting from 0 where the network counts from 1: x_0, x_1 are inputs x1, x2 (and x_1 is not x1)
    ['index-base', 'softmax', '$x_0 = 1.0, x_1 = 2.0$', 'x_1', 'v$x2 (index-base)'],
    ['index-base', 'softmax', '$x_0 = 1.0, x_1 = 2.0$', 'x_0', 'v$x1 (index-base)'],
    // Ng's x_0 = 1 beside x_1, x_2 (an index past the network's inputs once shifted): the network's own names
    ['engine-name', 'softmax', '$x_0 = 1, x_1 = 1.0, x_2 = 2.0$', 'x_1', 'v$x1 (engine-name)'],
    ['customary-word', 'softmax', '$$\\text{logits} = [-0.8, 1.1, 0.1]$$', 'logits_3', 'v$net_o3 (customary-word)'],
    ['customary-word', 'softmax', '$$y_{\\text{pred}} = \\begin{bmatrix} 0.099 & 0.659 & 0.242 \\end{bmatrix}$$', 'y_2^(pred)', 'v$out_o2 (customary-word)'],
    // the outputs in another order: the word is bound, so its swapped entries are found
    ['customary-word', 'softmax', '$$y_{\\text{pred}} = [0.099, 0.242, 0.659]$$', 'y_2^(pred)', 'v$out_o2 (customary-word)'],
    // a word with one meaning is bound whatever numbers follow it: wrong ones are then errata, never "no quantity"
    ['customary-word', 'softmax', '$$\\text{probs} = [0.7, 0.2, 0.1]$$', 'probs_1', 'v$out_o1 (customary-word)'],
    // a page that counts from 0 (logits_0 … logits_2 for three units) names the first unit logits_0, the second logits_1
    ['customary-word', 'softmax', '$\\text{logits}_0 = -0.8$, $\\text{logits}_1 = 1.1$, $\\text{logits}_2 = 0.1$', 'logits_1', 'v$net_o2 (customary-word)'],
    ['customary-word', 'softmax', '$\\text{logits}_0 = -0.8$, $\\text{logits}_2 = 0.1$', 'logits_0', 'v$net_o1 (customary-word)'],
    // an index past the last unit (logits_3 of three) keeps the count from 1, and a page without an index 0 counts from 1
    ['customary-word', 'softmax', '$\\text{logits}_0 = 5$, $\\text{logits}_3 = 0.1$', 'logits_3', 'v$net_o3 (customary-word)'],
    ['customary-word', 'softmax', '$\\text{logits}_1 = -0.8$, $\\text{logits}_2 = 1.1$', 'logits_2', 'v$net_o2 (customary-word)'],
    ['customary-word', 'mazur', '$\\text{Loss} = 0.5$', 'Loss', 'v$E_total (customary-word)'],
    ['customary-word', 'mazur', '$\\text{Loss} = 0.298371109$', 'Loss', 'v$E_total (customary-word)'],
    // y with a word for true (German echt) or y alone, where the output has another name: the target, when its values agree
    ['customary-word', 'oneNeuron', '$y_{echt} = 1$', 'y_echt', 'v$target_o (customary-word)'],
    ['customary-word', 'mazur', '$y_1 = 0.01$, $y_2 = 0.99$', 'y_2', 'v$target_o2 (customary-word)'],
    ['customary-word', 'mazur', '$y_1 = 0.75$', 'y_1', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  // letters before units' names, read by the values printed for them (Russell and Norvig's in_j, Err_k, Δ_k)
  it.each<Row>([
    ['unit-family', 'mazur', '$in_{o1} = 1.105906$, $in_{o2} = 1.224921$', 'in_o2', 'v$net_o2 (unit-family)'],
    ['unit-family', 'mazur', '$Err_{o1} = -0.741365$, $Err_{o2} = 0.217072$', 'Err_o1', 'neg$g$out_o1 (unit-family)'],
    ['unit-family', 'mazur', '$\\Delta_{o1} = -0.138499$, $\\Delta_{o2} = 0.038098$', 'Delta_o2', 'neg$d$net_o2 (unit-family)'],
    ['unit-family', 'mazur', '$e_{o1} = 0.741365$, $e_{o2} = -0.217072$', 'e_o1', 'g$out_o1 (unit-family)'],
    // one printed value is not enough, and a value that is neither the reading's nor a slip of it rules the reading out
    ['none', 'mazur', '$Err_{o1} = -0.741365$', 'Err_o1', 'none'],
    ['none', 'mazur', '$Err_{o1} = -0.741365$, $Err_{o2} = 0.5$', 'Err_o1', 'none'],
    // a page's own labels for units (examples A and B, by z_A and y_B read as example 1's and 2's), and their loss terms
    ['unit-family', 'batch', '$z_A = 0.5 \\cdot 1 + (-0.5) \\cdot 0 + 0.1 = 0.6$, $y_A = \\sigma(z_A) = 0.645656$; $z_B = 0.5 \\cdot 0 + (-0.5) \\cdot 1 + 0.1 = -0.4$, $y_B = \\sigma(z_B) = 0.401312$; $E_A = 0.062780$, $E_B = 0.080526$', 'E_B', 'v$E_o1_e2 (unit-family)'],
    // ∂E_A/∂z_A is E_A's own derivative: the mean's share of it (½ · its own) is no reading of it
    ['none', 'batch', '$z_A = 0.5 \\cdot 1 + (-0.5) \\cdot 0 + 0.1 = 0.6$, $y_A = \\sigma(z_A) = 0.645656$; $z_B = 0.5 \\cdot 0 + (-0.5) \\cdot 1 + 0.1 = -0.4$, $y_B = \\sigma(z_B) = 0.401312$; $E_A = 0.062780$, $E_B = 0.080526$, $\\frac{dE_A}{dz_A} = -0.081068$', '∂E_A/∂z_A', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  // in a batch, a letter with matrix indices and a layer tag, read by the values printed for it in every example
  it.each<Row>([
    ['batch-family', 'batch', '$$D^{(o)} = \\begin{bmatrix}0.2288\\\\0.2403\\end{bmatrix}$$', 'D_2^(o)', 'pd$out_o1_e2$net_o1_e2 (batch-family)'],
    ['batch-family', 'batch', '$$\\delta^{(o)} = \\begin{bmatrix}-0.0405 & 0.0482\\end{bmatrix}$$', 'delta_1^(o)', 'd$net_o1_e1 (batch-family)'],
    // the same numbers with the sign flipped: the page's δ is −∂E/∂net
    ['batch-family', 'batch', '$$\\delta^{(o)} = \\begin{bmatrix}0.0405 & -0.0482\\end{bmatrix}$$', 'delta_2^(o)', 'neg$d$net_o1_e2 (batch-family)'],
    // one printed value is not enough; a value neither the reading's nor a slip of it rules the reading out
    ['none', 'batch', '$$D^{(o)}_1 = 0.2288$$', 'D_1^(o)', 'none'],
    ['none', 'batch', '$$D^{(o)} = \\begin{bmatrix}0.2288\\\\0.9\\end{bmatrix}$$', 'D_1^(o)', 'none'],
    // a network of one example has no batch
    ['none', 'mazur', '$$D^{(o)} = \\begin{bmatrix}0.186816\\\\0.175510\\end{bmatrix}$$', 'D_1^(o)', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  // a word for new or old in the document's language, on a name the network knows
  it.each<Row>([
    ['update-word', 'mazur', '$w_{5,neu} = 0.36$ and $w_5^{nuevo}$', 'w_5_nuevo', 'u$w5 (update-word)'],
    ['update-word', 'mazur', '$w_5^{viejo} = 0.4$', 'w_5_viejo', 'v$w5 (update-word)'],
    ['update-word', 'mazur', '$out_{o1}^{neu} = 0.7$', 'out_o1_neu', 'after$out_o1 (update-word)'],
    ['none', 'mazur', '$x_{neu} = 0.7$', 'x_neu', 'none'],
    // a prime on a parameter marks it updated, whatever value is printed; on a unit's value it does not
    ['update-word', 'mazur', "$w_5' = 0.4089$", 'w_5_prime', 'u$w5 (update-word)'],
    ['none', 'mazur', "$out_{h1}' = 0.2413$", 'out_h1_prime', 'none'],
  ])('%s on %s reads %s as %s', (_rule, net, doc, name, expected) => {
    expect(bound(net, doc, name)).toBe(expected);
  });

  it('lists every rule with what it reads a name as, in the order they run', () => {
    expect(RULES.map((r) => r.name)).toEqual(['pinned', 'layer-index', 'layer-matrix', 'batch-matrix', 'index-base', 'engine-name', 'glued-name', 'layer-tag', 'convention', 'euler-constant', 'unit-name', 'letter-index', 'unit-pair', 'layer-role', 'loss-term', 'listed-weights', 'loss-letter', 'case-fold', 'split-name', 'optimizer-constant', 'customary-letter', 'role-word', 'update-word', 'layer-subscript', 'customary-word', 'substituted-definition', 'printed-family', 'unit-family', 'error-word', 'derivative-of-names', 'iteration', 'optimizer-state', 'optimizer-state', 'substituted-definition', 'inference', 'customary-word', 'gradient-word', 'layer-matrix', 'update-word', 'training-word', 'document-count', 'inference', 'unit-family', 'batch-family', 'derivative-of-names', 'split-name', 'change-of']);
    for (const text of Object.values(RULE_SAYS)) expect(text.length).toBeGreaterThan(20);
  });
});

describe('docs/verify.md', () => {
  it('lists every name rule in the order they run', () => {
    const doc = readFileSync('docs/verify.md', 'utf8');
    const table = doc.slice(doc.indexOf('| Rule |'), doc.indexOf('\n\n', doc.indexOf('| Rule |')));
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(RULE_SAYS));
  });
});
