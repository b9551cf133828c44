// Statements whose numbers carry a physical unit (1/800 = 1.25 ms, 40 samples, 3.2 kHz) measure something else than a network: set aside.
import { documentOffset } from '../read/extractEquations.js';
import type { ReadDocument } from '../read/readDocument.js';
import { regionAside, type OtherExample } from './setAside.js';

/**
 * A unit right after a number: in the math as text or after a thin space (`40\text{ samples}`, `5\,\mathrm{ms}`; `2s` is a
 * product), or in the prose right after the math (`$= 1.25$ ms`).
 */
const UNITS = 'ms|µs|us|ns|s|sec|seconds?|min|minutes?|hours?|Hz|kHz|MHz|GHz|m|cm|mm|km|kg|g|mg|dB|V|mV|A|mA|W|kW|J|K|°C|samples?|bits?|bytes?|[kMG]B|px|pixels?|fps|bps';
/** After the math, in the prose: on the same line, and only units that are not also words or letters (ms, Hz, samples). */
const AFTER_MATH = 'ms|µs|ns|sec|seconds?|minutes?|hours?|Hz|kHz|MHz|GHz|cm|mm|km|kg|mg|dB|mV|mA|kW|samples?|bits?|bytes?|[kMG]B|px|pixels?|fps|bps';
const UNIT = new RegExp(`^(?:[ \\t]*\\$+[ \\t]*(${AFTER_MATH})|\\s*(?:\\\\[,;: ]|~)\\s*(?:\\\\(?:text|mathrm|textrm|mbox)\\s*\\{\\s*)?(${UNITS})|\\s*\\\\(?:text|mathrm|textrm|mbox|operatorname)\\s*\\{\\s*(${UNITS}))(?![\\p{L}\\p{N}_])`, 'u');

export function measuredInUnits(read: ReadDocument): OtherExample[] {
  const out: OtherExample[] = [];
  for (const e of read.equations) {
    if (e.parse.skipped) continue;
    const numbers = e.parse.chains.flatMap((c) => c.sides.flatMap((s) => s.numbers));
    const unit = numbers.map((n) => unitAfter(read.text, documentOffset(e.equation, n.end))).find((u) => u !== undefined);
    if (unit === undefined) continue;
    out.push(regionAside(e.equation, `a measurement in ${unit}, not a quantity of the network`, numbers.length));
  }
  return out;
}

/**
 * Every form of UNIT starts, after blanks, with $, ~, a spacing command (\, \; \: \ ) or \text, \textrm, \mathrm,
 * \mbox, \operatorname: most numbers (before + or \cdot) are told apart by that alone, with one sticky test and no slice.
 */
const MAY_HAVE_UNIT = /\s*(?:[$~]|\\[,;: tmo])/uy;

function unitAfter(text: string, at: number): string | undefined {
  MAY_HAVE_UNIT.lastIndex = at;
  if (!MAY_HAVE_UNIT.test(text)) return undefined;
  const m = UNIT.exec(text.slice(at, at + 40));
  return m?.[1] ?? m?.[2] ?? m?.[3];
}
