// A program block that prints names (print(h, loss), print(w.grad)) followed by its output: each printed value is the named quantity's, a tensor entry by entry; a name assigned twice before the print is read as nothing.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// h_k = 2 u_k for u = (1, 2, 3) → h = (2, 4, 6); loss = (h1 + h2 + h3) / 3 = 4; ∂loss/∂u_k = 2/3
const net = derive(parseNetwork(`
inputs: { u1: 1, u2: 2, u3: 3 }
parameters: {}
graph:
  h1: 2 * u1
  h2: 2 * u2
  h3: 2 * u3
  loss: (h1 + h2 + h3) / 3
output: loss
`, 'triple.yaml'));

const verdicts = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.verdict !== 'unresolved').map((c) => `${c.printed} ${c.verdict}`);

/** A Python cell and the output indented under it, as a notebook exported to Markdown shows them. */
const cell = (code: string, output: string): string => `\`\`\`python\n${code}\n\`\`\`\n${output.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
const setup = 'u = torch.tensor([1., 2., 3.], requires_grad=True)\nh = 2 * u\nloss = h.mean()';

describe('the output printed under a program', () => {
  it('judges the tensors print(h, loss) shows, entry by entry', () => {
    expect(verdicts(cell(`${setup}\nprint(h, loss)`, 'tensor([2., 4., 6.], grad_fn=<MulBackward0>) tensor(4., grad_fn=<MeanBackward0>)'))).toEqual(['2. exact', '4. exact', '6. exact', '4. exact']);
  });

  it('reads u.grad after loss.backward() as the loss\'s gradient, and finds a wrong entry', () => {
    const doc = cell(setup, '') + '\n' + cell('loss.backward()\nprint(u.grad)', 'tensor([0.6667, 0.7667, 0.6667])');
    expect(verdicts(doc)).toEqual(['0.6667 exact', '0.7667 erratum', '0.6667 exact']);
  });

  it('reads nothing where a printed name was assigned twice (a second example)', () => {
    expect(verdicts(cell(`${setup}\nh = 3 * u\nprint(h)`, 'tensor([3., 6., 9.])'))).toEqual([]);
  });

  it('reads nothing where the output does not show one value per printed name', () => {
    expect(verdicts(cell(`${setup}\nprint(h, loss)`, 'tensor([2., 4., 6.])'))).toEqual([]);
  });
});

describe('the output printed after a change in place', () => {
  it('reads nothing printed after an optimizer step or an in-place update', () => {
    expect(verdicts(cell(`${setup}\nloss.backward()\nopt.step()\nprint(u.grad)`, 'tensor([0.6667, 0.6667, 0.6667])'))).toEqual([]);
    expect(verdicts(cell(`${setup}\nu.data -= 0.1 * u\nprint(h)`, 'tensor([2., 4., 6.])'))).toEqual([]);
  });

  it('reads no gradient of a backward pass run in a loop', () => {
    expect(verdicts(cell(`${setup}\nfor k in range(2):\n    loss.backward(retain_graph=True)\nprint(u.grad)`, 'tensor([1.3333, 1.3333, 1.3333])'))).toEqual([]);
  });
});

/** A notebook's code cell and its output as notebook.ts lays them out: the output in its own fence right after. */
const fencedCell = (code: string, output: string): string => `\`\`\`python\n${code}\n\`\`\`\n\n\`\`\`\n${output}\n\`\`\`\n`;

describe('the output a notebook prints, fenced under its cell', () => {
  it('reads the fenced output of a cell that prints names, and numpy\'s one-entry array as the name\'s value', () => {
    const doc = fencedCell('import numpy as np\nh1 = 2 * u1\nloss = (h1 + h2 + h3) / 3', '') + '\n' + fencedCell('print(loss)', '[4.5]');
    expect(verdicts(doc)).toEqual(['4.5 erratum']);
    expect(verdicts(fencedCell('import numpy as np\nloss = (h1 + h2 + h3) / 3\nprint(loss)', '4.'))).toEqual(['4. exact']);
  });

  it('reads nothing printed after a cell that changes an entry in place, even a cell of assignments alone', () => {
    const doc = fencedCell('import numpy as np\nh1 = 2 * u1\nloss = (h1 + h2 + h3) / 3', '') + '\n' + fencedCell('h1 = h1', '') + '\n' +
      fencedCell('loss = loss', '').replace('loss = loss', 'u[0] = u[0] - 0.1') + '\n' + fencedCell('print(loss)', '[4.]');
    expect(verdicts(doc)).toEqual([]);
  });
});
