// The slip explainers as one ordered table: for a printed number that is not exact, the first explainer with an answer names the slip.
import type { NetworkView } from '../../network/networkView.js';
import type { Arithmetic } from '../memory.js';
import type { Verdict } from '../verdict.js';
import { arithmeticSlip } from './arithmeticSlip.js';
import { createEarlyExplainer } from './earlySlip.js';
import { createLabelExplainer } from './labelSlip.js';
import type { Slip } from './slip.js';
import { digitSlip, signSlip, tailSlip } from './digitSlip.js';
import { learningRateSlip, missingTermSlip } from './termSlip.js';
import { logBaseSlip } from './logBaseSlip.js';
import { printedDecimals } from '../verdict.js';

/** What an explainer may use: the printed text, the quantity it stands for, the verdict, and the arithmetic that produced it. */
export interface SlipEvidence {
  printed: string;
  subjectId: string;
  verdict: Verdict;
  /** The side of bare numbers written for this quantity (on the same line, or last); none for substituted operands and prose. */
  arithmetic?: Arithmetic;
  /** The values the document's own earlier arithmetic gave the quantity: a mistyped copy of one is a digit slip too. */
  own?: readonly number[];
  /** The hand calculation's rounded values the document shows the working of (shownHand), when the caller knows them. */
  hand?: readonly number[];
  /** The number the document printed last for a quantity (an updated weight it gave), when the caller knows its memory. */
  pagePrinted?: (id: string) => string | undefined;
}

interface Explainer {
  /** The explainer's name in the table (the slips it can name). */
  name: string;
  /** 'erratum': only wrong numbers; 'inexact': also rounding-propagation and truncation. */
  when: 'erratum' | 'inexact';
  explain(e: SlipEvidence): Slip | undefined;
}

export type ExplainSlip = (e: SlipEvidence) => Slip | undefined;

/**
 * In order: the opposite sign, another quantity's value (swapped index, wrong label, stale value), η printed wrong or
 * an update another learning rate gives (a wrong learning rate), mistyped digits (of the right value or of what the
 * document's own arithmetic gives), that arithmetic, a missing term, then weights updated too early or a wrong round
 * count, and last a long number's miscopied tail. A value that is another quantity's is named so even when its arithmetic is also off: the label is the root.
 */
export function createExplainers(net: NetworkView, candidateIds: readonly string[]): ExplainSlip {
  const label = createLabelExplainer(net, candidateIds);
  const early = createEarlyExplainer(net);
  const rightValues = (e: SlipEvidence): number[] => {
    const hand = net.hand(e.subjectId, printedDecimals(e.printed));
    return [net.exact(e.subjectId), ...(e.hand ?? hand.rounded), ...hand.truncated, ...(e.own ?? [])].filter(Number.isFinite);
  };
  const table: readonly Explainer[] = [
    // the right value with the other sign is a sign slip, even when another quantity happens to have that value too
    { name: 'sign', when: 'erratum', explain: (e) => signSlip(e.printed, rightValues(e)) },
    { name: 'swapped-index / wrong-label / stale-value', when: 'erratum', explain: (e) => label(e.printed, e.subjectId) },
    // η printed wrong is a wrong learning rate, whatever its digits look like (0.03 for 0.3), unless it is −η
    { name: 'wrong-learning-rate (η)', when: 'erratum', explain: (e) => (e.subjectId === 'eta' ? learningRateSlip(net, e.printed, e.subjectId) : undefined) },
    // an update that w − η′·∂E/∂w gives to every printed digit is a wrong η, not a digit pattern (0.3959 for 0.3589)
    { name: 'wrong-learning-rate', when: 'erratum', explain: (e) => learningRateSlip(net, e.printed, e.subjectId) },
    // a loss that −log₁₀ gives to every printed digit is the wrong logarithm, not a slip of the document's arithmetic
    { name: 'another-quantity (log base)', when: 'erratum', explain: (e) => logBaseSlip(net, e.printed, e.subjectId) },
    { name: 'digits', when: 'erratum', explain: (e) => digitSlip(e.printed, [...rightValues(e), ...(e.arithmetic ? [e.arithmetic.value] : [])]) },
    { name: 'arithmetic', when: 'inexact', explain: (e) => arithmeticSlip(e.printed, e.arithmetic) },
    { name: 'missing-term', when: 'erratum', explain: (e) => missingTermSlip(net, e.printed, e.subjectId) },
    { name: 'updated-too-early / iteration-count', when: 'erratum', explain: (e) => early(e.printed, e.subjectId, e.pagePrinted) },
    // last: a long number right in its first five digits only (0.291027924, Mazur's error after the step, is updated too early)
    { name: 'miscopied-digits', when: 'erratum', explain: (e) => tailSlip(e.printed, rightValues(e)) },
  ];
  return (e) => {
    if (e.verdict === 'exact') return undefined;
    for (const x of table) {
      if (x.when === 'erratum' && e.verdict !== 'erratum') continue;
      const slip = x.explain(e);
      if (slip) return slip;
    }
    return undefined;
  };
}
