// Parts of a document about another example (other given numbers, another function): found from the judged claims, so verify can set them aside instead of calling them errata.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { isAfterAStep, isGivenValue, isOptimizerSetting, type NetworkView } from '../network/networkView.js';
import { documentOffset } from '../read/extractEquations.js';
import type { ReadDocument } from '../read/readDocument.js';
import { nodeKey } from '../read/canonicalName.js';
import { paragraphs, sections, type Scope } from '../read/scopes.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { ProseClaim } from './claims/prose.js';
import { measuredInUnits } from './measuredInUnits.js';
import { foreignVectors } from './foreignVectors.js';
import { restatedGivens } from './restatedGivens.js';
import { otherShapes } from './otherShapes.js';
import { givenBlocks, leavesAgree } from './givenBlocks.js';
import { slipInGivens, type Located } from './givenSlips.js';
import { otherSettings } from './otherSettings.js';
import { otherConventions } from './otherConventions.js';
import { leafFormulas } from './leafFormulas.js';
import { supposedStatements } from './supposedStatements.js';
import { ANOTHER_EXAMPLE, conditions, type OtherExample } from './setAside.js';

export type { OtherExample } from './setAside.js';
import type { EquationClaim } from './judgeDocument.js';

/** What an example of its own shows: statements that write a quantity as a function, statements that only give a number. */
interface Evidence {
  /** Statements that write a quantity as a function, and words that name a network of another shape. */
  functions: readonly { offset: number; text: string; said: string }[];
  plain: ReadonlySet<EquationClaim | ProseClaim>;
}

/**
 * A section (or, inside a section that is about the network, a paragraph) is about another example when it gives
 * numbers or a function of its own — an input, target or parameter printed with another value in a statement that
 * only gives it (`x = 4`), or a network quantity written as a function of arguments (`f(x, y) = x y`, `L(3) = 1`) —
 * twice over, or once beside names the network does not have; when numbers or rules follow from them; and when its
 * computed quantities disagree with the network (none agree in a whole section, at most one per three wrong claims
 * in a paragraph). A paragraph of given numbers alone belongs to the example of the paragraph before it. A slip in
 * a part about the network leaves that part's computed quantities right, so it stays an erratum; so do inputs
 * printed wrong with nothing computed from them.
 */
export function findOtherExamples(read: ReadDocument, claims: readonly EquationClaim[], prose: readonly ProseClaim[], table: BindingTable, net: NetworkView): OtherExample[] {
  const located: Located[] = [
    ...claims.map((c) => ({ offset: documentOffset(read.equations[c.equation]!.equation, c.start), claim: c })),
    ...prose.map((c) => ({ offset: c.offset, claim: c })),
  ];
  const own: OtherExample[] = [...conditions(read, claims), ...measuredInUnits(read), ...foreignVectors(read, claims), ...restatedGivens(read, claims, net), ...otherConventions(read, claims), ...supposedStatements(read, claims)];
  // what follows sets aside only a part with a wrong number or formula in it (assess: no other example without one)
  if (!located.some((l) => l.claim.verdict === 'erratum' || l.claim.verdict === 'truncation')) return inOrder([...own, ...leafFormulas(read, claims, table, net)]);
  const evidence: Evidence = { functions: [...functionStatements(read, table), ...otherShapes(read.text, net)], plain: plainValues(read, claims) };
  const found: OtherExample[] = [...own, ...givenBlocks(read.text, located, evidence.plain, net), ...otherSettings(read.text, located, evidence.plain, net), ...leafFormulas(read, claims, table, net)];
  const all = sections(read.text);
  for (const section of all) {
    // A document without headings is one section: it is never set aside whole, only paragraph by paragraph.
    // (a given is a slip in the network's list only where this section's own working uses the network's value instead)
    const mine = located.filter((l) => l.offset >= section.start && l.offset < section.end);
    const whole = all.length > 1 ? assess(section, mine, evidence, net, 0) : undefined;
    if (whole?.other) {
      found.push({ ...section, reason: whole.reason, claims: whole.claims });
      continue;
    }
    // Paragraph by paragraph: an example's givens may stand in a paragraph of their own after its rule.
    let elsewhere: string | undefined;
    for (const paragraph of paragraphs(read.text, section)) {
      const part = assess(paragraph, mine, evidence, net, 1 / 3);
      if (part.other) (elsewhere = part.head), found.push({ ...paragraph, reason: part.reason, claims: part.claims });
      else if (part.givensOnly && elsewhere) found.push({ ...paragraph, reason: `${part.reason}, after ${elsewhere}`, claims: part.claims });
      else if (part.rightDerived > 0) elsewhere = undefined;
      else if (part.ownFunction) elsewhere = `${ANOTHER_EXAMPLE}: ${part.ownFunction}`;
    }
  }
  return inOrder(found);
}

/** The parts in document order, each once: a condition inside a part already set aside is not set aside again. */
function inOrder(parts: OtherExample[]): OtherExample[] {
  const out: OtherExample[] = [];
  for (const p of [...parts].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (!last || p.start >= last.end) out.push(p);
  }
  return out;
}

interface Assessment {
  /** About another example on its own evidence. */
  other: boolean;
  /** Nothing but inputs, targets or parameters printed with other values. */
  givensOnly: boolean;
  /** Computed quantities it prints as the network has them. */
  rightDerived: number;
  /** A network quantity it writes as a function of its own, or a network of another shape it names. */
  ownFunction?: string;
  /** What the example gives: "about another example: x = 4 (the network's is -2), …". */
  head: string;
  /** The head and how many of its numbers agree with the network. */
  reason: string;
  claims: number;
}

/**
 * What a scope's claims say about whose example it is. `rightPerWrong`: how many computed quantities that agree
 * with the network it may hold per wrong claim (none for a whole section, whose paragraphs are looked at otherwise).
 */
function assess(scope: Scope, located: readonly Located[], evidence: Evidence, net: NetworkView, rightPerWrong: number): Assessment {
  // The document's own arithmetic holds or fails whatever network it is about: it is no evidence either way.
  // So are the optimizer's starting state (m_0 = 0) and its constants where they agree: every example of the rule
  // starts from them; one that contradicts the network's is a given of another example, as an input is.
  const shared = (c: EquationClaim | ProseClaim): boolean => isOptimizerSetting(net, c.quantity ?? '') && !(c.verdict === 'erratum' || c.verdict === 'truncation');
  const inside = located.filter((l) => l.offset >= scope.start && l.offset < scope.end && l.claim.kind !== 'arithmetic' && !shared(l.claim)).map((l) => l.claim);
  const wrong = inside.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation');
  const right = inside.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding-propagation');
  // Weights and inputs that agree are shared by many examples; a computed quantity that agrees is this network's (its
  // number: a formula such as z = W x + b holds for every network of that build)
  const rightDerived = right.filter((c) => !isGivenValue(net, c.quantity) && c.kind !== 'formula').length;
  // what an example starts from: a leaf printed with its own value; a number the part printed for a name the network
  // does not have (p_1 ≈ 0.671, then −log(0.671)); in a whole section where nothing computed agrees, a computed
  // quantity given as a plain number ("Given: y = 0.7")
  // (a number computed for no name is a stranger's only in a whole section where nothing computed agrees: in a
  // derivation an unnamed product is often what the next line substitutes)
  const computed = rightPerWrong > 0 || rightDerived > 0 ? [] : located.filter((l) => l.offset >= scope.start && l.offset < scope.end && l.claim.kind === 'arithmetic' && !l.claim.quantity);
  const strangerValues = new Set([...inside.filter((c) => c.verdict === 'unresolved' && c.subject && c.kind === 'value'), ...computed.map((l) => l.claim)].map((c) => Number(c.printed)));
  const whole = rightPerWrong === 0 && rightDerived === 0;
  // (an updated weight is what a step gives, never what an example starts from; nor a computed value beside the network's own leaves)
  const given = (c: EquationClaim | ProseClaim): boolean => isGivenValue(net, c.quantity) || (whole && !isAfterAStep(c.quantity) && !leavesAgree(right, wrong, net));
  const borrowed = wrong.filter((c) => c.kind === 'operand' && strangerValues.has(Number(c.printed)));
  // (a target's value printed for its unit's output, o_1 = 0.01, is a label slip: another example's numbers are its own)
  const givens = wrong.filter((c) => ((evidence.plain.has(c) && given(c)) || borrowed.includes(c)) && c.slip !== 'wrong-label' && !slipInGivens(c, located));
  const own = evidence.functions.filter((f) => f.offset >= scope.start && f.offset < scope.end);
  const strangers = inside.some((c) => c.verdict === 'unresolved' && c.subject) ? 1 : 0;
  // "E.g. x = −2, y = 5, z = −4": a list of values only, beside names the network does not have, none of them the
  // network's: the values another example starts from, even where one names a computed quantity (z)
  const listed = inside.length >= 2 && strangers > 0 && right.length === 0 && inside.every((c) => evidence.plain.has(c));
  const starts = listed ? wrong : givens;
  const said = starts.slice(0, 3).map((c) => `${c.subject ?? '?'} = ${c.printed} (the network's is ${Number(net.exact(c.quantity!).toPrecision(6))})`);
  if (said.length === 0 && own.length > 0) said.push(own[0]!.said);
  const head = `${ANOTHER_EXAMPLE}: ${said.join(', ')}`;
  const reason = `${head}; ${right.length} of ${right.length + wrong.length} of its numbers and formulas agree with the network`;
  const followers = wrong.length - givens.length;
  // One input printed wrong, alone, is a slip; two given numbers of its own, or a function of its own, or an input
  // beside names the network does not have, make another example, when numbers or rules follow from them.
  // a whole section of its own givens beside names the network lacks (Given: h = 0.6, δ_1 = 0.1) shows it without more
  const shown = givens.length + borrowed.length + 2 * own.length + strangers >= 2 && givens.length + own.length > 0 && (followers > 0 || own.length > 0 || (whole && strangers > 0 && givens.length >= 2));
  const other = wrong.length > 0 && rightDerived <= rightPerWrong * wrong.length && (shown || listed);
  const givensOnly = givens.length > 0 && followers === 0 && own.length === 0;
  return { other, givensOnly, rightDerived, ownFunction: own[0]?.said, head, reason, claims: right.length + wrong.length };
}


/** Value claims of statements that only give a number (`x = 4`, `z = -4`): what an example starts from. */
function plainValues(read: ReadDocument, claims: readonly EquationClaim[]): Set<EquationClaim> {
  const out = new Set<EquationClaim>();
  for (const c of claims) {
    if (c.kind !== 'value') continue;
    const e = read.equations[c.equation]!;
    if (e.parse.skipped) continue;
    const chain = e.parse.chains.find((k) => c.start >= k.start && c.start <= k.end);
    if (chain?.sides.length === 2 && chain.sides[1]!.numbers.length === 1 && isNumber(chain.sides[1]!.node)) out.add(c);
  }
  return out;
}

function isNumber(node: MathNode): boolean {
  return withoutMinus(node) instanceof ConstantNode;
}

/** −x → x; anything else as it is. */
function withoutMinus(node: MathNode): MathNode {
  return node instanceof OperatorNode && node.fn === 'unaryMinus' ? node.args[0]! : node;
}

/** Statements that write a network quantity as a function of arguments: `f(x, y) = …`, `L(3) = 1`, `E(w) = …`. */
function functionStatements(read: ReadDocument, table: BindingTable): { offset: number; text: string; said: string }[] {
  const out: { offset: number; text: string; said: string }[] = [];
  for (const e of read.equations) {
    if (e.parse.skipped) continue;
    for (const chain of e.parse.chains) {
      const first = chain.sides[0]?.node;
      if (chain.sides.length < 2 || !isQuantityCall(first, table)) continue;
      const text = chain.sides[0]!.source.trim();
      out.push({ offset: documentOffset(e.equation, chain.start), text, said: `${text} written as a function of its own` });
    }
  }
  return out;
}

function isQuantityCall(node: MathNode | undefined, table: BindingTable): boolean {
  const call = asCall(node);
  if (!call) return false;
  const key = nodeKey(call);
  const binding = key === null ? undefined : table.get(key);
  return binding !== undefined && 'id' in binding;
}

/**
 * The name of `f(x, y)` or `L(3)`: a call, or a name times one parenthesized number or name (the reader takes
 * `L(3)` for a product). `out(1 − out)` is a product: its parenthesis holds a formula.
 */
function asCall(node: MathNode | undefined): SymbolNode | undefined {
  if (node instanceof FunctionNode && node.fn instanceof SymbolNode && node.args.length > 0) return node.fn;
  if (!(node instanceof OperatorNode) || node.fn !== 'multiply' || !node.implicit || node.args.length !== 2) return undefined;
  const [name, arg] = node.args;
  if (!(name instanceof SymbolNode) || !(arg instanceof ParenthesisNode)) return undefined;
  const inner = withoutMinus(arg.content);
  return inner instanceof ConstantNode || inner instanceof SymbolNode ? name : undefined;
}
