// Names the user pins to quantities (--name a_1=out_h1, or % backprop-tex: a_1 = out_h1 in the document), as canonical keys and quantity ids.
import { qid } from '../../derive/quantityRef.js';
import { InputError } from '../../util/errors.js';
import type { NetworkView } from '../network/networkView.js';
import { BindingTable } from './bindingTable.js';
import { keyOfLatex } from './latexKey.js';
import { engineName } from './rules/engineName.js';
import { createRuleContext } from './nameRule.js';
import type { ReadDocument } from '../read/readDocument.js';

export interface Pin {
  /** The document's name, in LaTeX or plain (a_1, \hat{y}_1, y1). */
  name: string;
  /** The network's quantity: a node id (out_h1), or a name as backprop-tex prints it (\delta_{o1}, w_5^{+}). */
  quantity: string;
  /** Where the pin was given, for the error message of one that names no quantity. */
  source: string;
}

/** key → quantity id for every pin; throws an InputError for a pin whose quantity the network does not have. */
export function resolvePins(pins: readonly Pin[], read: ReadDocument, net: NetworkView): Map<string, string> {
  const out = new Map<string, string>();
  if (pins.length === 0) return out;
  const engine = new BindingTable();
  engineName.apply(engine, createRuleContext(net, read));
  for (const p of pins) {
    const key = keyOfLatex(p.name);
    if (key === null) throw new InputError(`'${p.name}' is not a name verify can read (pin ${p.name}=${p.quantity})`, { file: p.source });
    const id = net.graph.nodes.has(p.quantity) ? qid.value(p.quantity) : engine.idOf(keyOfLatex(p.quantity) ?? '');
    if (id === undefined) {
      const sample = [...net.graph.nodes.keys()].slice(0, 8).join(', ');
      throw new InputError(`the network has no quantity '${p.quantity}' (pin ${p.name}=${p.quantity}; its nodes include ${sample})`, { file: p.source });
    }
    out.set(key, id);
  }
  return out;
}
