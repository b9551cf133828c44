// The names a sheet writes for the network's quantities (so answers read in the sheet's notation), and f(x) read as the node f.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { VerifyReport } from '../verify/verifyDocument.js';

/** A one-letter node written as a function of one input, f(x): the node itself. */
const CALL = /(?<![\\\w])([A-Za-z])\(([A-Za-z])\)/g;

/** The sheet with every f(x) (f a node, x an input) written as f and spaces, the same length, so verify reads it as f. */
export function readCalls(text: string, doc: DerivationDocument): string {
  return text.replace(CALL, (whole, f: string, x: string) => (isCall(f, x, doc) ? f.padEnd(whole.length, ' ') : whole));
}

function isCall(f: string, x: string, doc: DerivationDocument): boolean {
  const nodes = doc.derivation.graph.nodes;
  return nodes.get(f) !== undefined && nodes.get(f)!.kind !== 'input' && nodes.get(x)?.kind === 'input';
}

/** Quantity id → the sheet's LaTeX for it: the subjects of its claims, its plain names (w_5 → w_{5}), its calls (f(x)). */
export function sheetNames(text: string, report: VerifyReport, doc: DerivationDocument): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of report.names) {
    const tex = n.quantity?.startsWith('v$') ? plainNameTex(n.name) : undefined;
    if (tex && !names.has(n.quantity!)) names.set(n.quantity!, tex);
  }
  for (const c of report.claims) {
    if (c.quantity && c.quantity !== 'eta' && c.subject && !/[∂\s]/.test(c.subject) && !names.has(c.quantity)) names.set(c.quantity, c.subject);
  }
  for (const m of text.matchAll(CALL)) if (isCall(m[1]!, m[2]!, doc)) names.set(`v$${m[1]}`, m[0]);
  return names;
}

/** A plain key (w_5, out_h1, x) as LaTeX; undefined for anything else. */
function plainNameTex(key: string): string | undefined {
  if (/^[A-Za-z]+$/.test(key)) return key;
  const m = /^([A-Za-z]+)_([A-Za-z0-9]+)$/.exec(key);
  return m ? `${m[1]}_{${m[2]}}` : undefined;
}
