// The shape of one name rule of the resolve stage, and what every rule may look at.
import type { NetworkView } from '../network/networkView.js';
import type { ReadDocument } from '../read/readDocument.js';
import type { BindingTable, RuleName } from './bindingTable.js';
import { keyOfLatex } from './latexKey.js';

/** What a rule sees: the network, the document as read, and the canonical key of a node's printed name. */
export interface RuleContext {
  net: NetworkView;
  read: ReadDocument;
  /** The canonical key of how the notation prints a node (out_h1, E_total), or null. */
  nodeKey(node: string): string | null;
  /** Names pinned by the user (--name a_1=out_h1, a names: map, a comment in the document), as key → quantity id. */
  pins: ReadonlyMap<string, string>;
}

/**
 * One rule: binds the names it has an opinion on and leaves every other name alone. Rules run in the order of
 * RULES (resolveNames.ts); a name keeps the first binding it gets, so an earlier rule wins.
 */
export interface NameRule {
  /** The rule's name, as bindings and `--explain` give it (the inference step runs several: see RULE_SAYS). */
  name: RuleName | 'inference';
  apply(table: BindingTable, ctx: RuleContext): void;
}

export function createRuleContext(net: NetworkView, read: ReadDocument, pins: ReadonlyMap<string, string> = new Map()): RuleContext {
  const keys = new Map<string, string | null>();
  return {
    net,
    read,
    pins,
    nodeKey: (node) => {
      if (!keys.has(node)) keys.set(node, keyOfLatex(net.doc.notation.node(node).tex));
      return keys.get(node)!;
    },
  };
}
