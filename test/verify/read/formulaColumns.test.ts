// A table column headed by a formula of other columns (Error $(y - \hat{y})$) is checked row by row as that formula's arithmetic.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { formulaColumns } from '../../../src/verify/read/formulaColumns.js';
import { createLineIndex } from '../../../src/verify/read/lineIndex.js';
import { findTables } from '../../../src/verify/read/tables.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const table = (header: string, ...rows: string[]): string => [header, header.replace(/[^|]+/g, '---'), ...rows, ''].join('\n');
const worked = (text: string): string[] => findTables(text, 'md').flatMap((t) => formulaColumns(t, createLineIndex(text))).map((e) => e.equation.latex);

// one linear unit y = w x (x = 2, w = 0.5): the table's numbers are about no quantity of it, only their arithmetic is judged
const unit = linearUnit();

describe('formula columns of a table', () => {
  it('writes each row as the formula worked on the row\'s numbers, a negative one in parentheses', () => {
    const text = table('| Sample | True $t$ | Predicted $p$ | Error $(t - p)$ | Squared |', '| 1 | 1.0 | 0.8 | 0.2 | 0.04 |', '| 2 | 0.0 | -0.3 | 0.3 | 0.09 |');
    expect(worked(text)).toEqual(['(1.0 - 0.8) = 0.2', '(0.0 - (-0.3)) = 0.3']);
  });

  it('leaves a formula alone when one of its names heads no column', () => {
    expect(worked(table('| $t$ | $p$ | $t - p \\cdot k$ |', '| 1.0 | 0.5 | 0.5 |'))).toEqual([]);
  });

  it('finds a sign slip in a row, and passes the right rows', () => {
    const text = table('| Sample | True $t$ | Predicted $p$ | Error $(t - p)$ |', '| 1 | 1.0 | 0.8 | 0.2 |', '| 2 | 0.0 | 0.3 | 0.3 |', '| 3 | 0.0 | 0.1 | -0.1 |');
    const claims = verifyDocument(text, unit, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`);
    expect(claims).toEqual(['3: 0.2 exact', '4: 0.3 erratum', '5: -0.1 exact']);
  });
});
