// How --explain says which convention a layer rule read a page's names in: a or z the net input, the inputs' layer,
// the first weight matrix, its row order and its bias column.

/**
 * How names map to layers: the first weight matrix is W^{(1 + shift)}; rowIsTarget: W_{jk} feeds unit j from unit k;
 * biasColumn: a matrix that holds the biases too: Ng's Θ^{(l)} whose column 0 is the bias (Θ_{j0}, 'zero'), the same
 * counted from 1 (a printed [b W], 'first'), or the biases as its last column ([W b], 'last').
 */
export interface Reading { shift: 0 | 1; rowIsTarget: boolean; biasColumn?: 'zero' | 'first' | 'last' }

/** Units read with the inputs as layer `offset` (0 or 1), and a and z swapped (a the net input) or not. */
export interface UnitReading { offset: number; swap: boolean }

export function describeReading(u: UnitReading | undefined, r: Reading | undefined): string {
  const parts: string[] = [];
  if (u) parts.push(`${u.swap ? 'a the net input, z the output' : 'a the output, z the net input'}, the inputs layer ${u.offset === 0 ? 0 : 1}`);
  if (r) {
    parts.push(`the first weights W^{(${1 + r.shift})}`);
    parts.push(r.rowIsTarget ? 'w_{jk} into j from k' : 'w_{jk} from j into k');
    if (r.biasColumn) parts.push(r.biasColumn === 'zero' ? 'the bias as w_{j0}' : `the bias as the ${r.biasColumn} column`);
  }
  return parts.join('; ');
}
