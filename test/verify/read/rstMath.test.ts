// reStructuredText's math (Sphinx): the `.. math::` directive, on its line or as an indented block, and the :math:`…` role are read as math; other directives and literal text are not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { extractEquations, type DocumentFormat } from '../../../src/verify/read/extractEquations.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const latexOf = (doc: string, format: DocumentFormat = 'text'): string[] =>
  extractEquations(doc, { format }).equations.map((e) => `${e.line}: ${e.latex.replace(/\s+/g, ' ').trim()}`);

describe('reStructuredText math', () => {
  it.each<[string, string, string[]]>([
    ['math on the directive line', 'Intro\n\n.. math::   f(x) = 0.5\n\nMore text = 3.\n', ['3: f(x) = 0.5']],
    ['an indented block past its option line', '.. math::\n   :label: eq1\n\n   E = 0.25\n\nafter\n', ['4: E = 0.25']],
    ['aligned rows of one block', '.. math::\n\n    & a = 1 \\\\\n    & b = 2\n', ['3: a = 1', '4: b = 2']],
    ['two equations a blank line apart', '.. math::\n\n   a = 1\n\n   b = 2\n\nText.\n', ['3: a = 1', '5: b = 2']],
    ['a block nested in a list item, ended by a dedent', '* item\n\n  .. math::\n\n     \\delta_k = y_k - t_k = 0.25\n\n  back in the item\n', ['5: \\delta_k = y_k - t_k = 0.25']],
    ['the inline role', 'Input data: :math:`i_1=0.05, i_2=0.10`; and :math:`o_1`.', ['1: i_1=0.05, i_2=0.10', '1: o_1']],
  ])('reads %s', (_, doc, found) => {
    expect(latexOf(doc)).toEqual(found);
  });

  it.each<[string, string]>([
    ['another directive', '.. figure:: pics/net.png\n    :width: 80%\n'],
    ['a code directive', '.. code-block:: python\n\n    w = 0.5 * x\n'],
    ['literal text in double backquotes', 'the ``Input`` layer and ``x = 1``\n'],
    ['a comment naming the directive', '.. the math:: directive is read\n'],
  ])('does not read %s as math', (_, doc) => {
    expect(latexOf(doc)).toEqual([]);
  });

  it('finds a wrong formula in a .. math:: block against the network (Sphinx page, one sigmoid neuron)', () => {
    // es-neurona's neuron: a = sigmoid(w_1 x_1 + w_2 x_2 + b), target 0.8, half squared error
    const unit = derive(parseNetwork(readFileSync('test/verify/public/es-neurona.yaml', 'utf8'), 'es-neurona.yaml'));
    const page = (latex: string): string => `Unit\n====\n\n:math:\`L = \\frac{1}{2}(a - y)^2\`\n\n.. math::\n\n    ${latex}\n`;
    const claims = (latex: string): string[] => verifyDocument(page(latex), unit, { format: 'text' }).claims.map((c) => `${c.line}: ${c.kind} ${c.verdict}`);
    expect(claims('\\frac{\\partial L}{\\partial b} = (a - y) a (1 - a) \\cdot x_2')).toContain('8: formula erratum');
    expect(claims('\\frac{\\partial L}{\\partial b} = (a - y) a (1 - a)')).toContain('8: formula exact');
  });
});
