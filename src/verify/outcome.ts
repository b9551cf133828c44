// The exit status of a verify run and, when nothing could be judged, the one line that says why.
import type { VerifyReport } from './verifyDocument.js';
import { comparesWithNetwork } from './judge/otherNames.js';

/** 0: judged, nothing wrong; 1: an erratum (or, strict, a truncation); 3: nothing could be judged (or less than the asked coverage). */
export interface Outcome {
  exitCode: 0 | 1 | 3;
  /** For 3: why, in one line. */
  why?: string;
  /** For 0 with less than half the document's numbers judged: that "clean" covers only part of it. */
  note?: string;
}

/** Below this share of its numbers judged, a clean report says how little it covers. */
const LOW_COVERAGE = 50;

/**
 * A value cut off instead of rounded (0.672 for 0.6726) is reported, but is no error unless `strict` says so: it is
 * within the last printed digit, and many pages cut on purpose. A lecturer proofing an exam sheet asks for --strict.
 */
export function outcomeOf(report: VerifyReport, minCoverage?: number, strict = false): Outcome {
  if (report.errors.roots > 0) return { exitCode: 1, ...otherNetwork(report) };
  if (report.coverage.judged === 0) return { exitCode: 3, why: nothingJudged(report) };
  const cuts = report.counts.truncation;
  if (strict && cuts > 0) return { exitCode: 1, note: `${truncations(cuts)}, which --strict counts as errors` };
  const outcome = coverageOutcome(report, minCoverage);
  if (cuts === 0 || outcome.exitCode !== 0) return outcome;
  const said = `${truncations(cuts)} (listed above; --strict makes that exit 1)`;
  return { exitCode: 0, note: outcome.note ? `${outcome.note}; ${said}` : `no erratum; ${said}` };
}

function truncations(n: number): string {
  return `${n} truncation${n === 1 ? '' : 's'} (a value cut off instead of rounded, or carried from one)`;
}

function coverageOutcome(report: VerifyReport, minCoverage: number | undefined): Outcome {
  const { seen, judged } = report.coverage.numbers;
  const percent = seen === 0 ? 100 : (100 * judged) / seen;
  if (minCoverage !== undefined && percent < minCoverage) {
    return { exitCode: 3, why: `only ${percent.toFixed(0)}% of the document's numbers were judged (${judged} of ${seen}), below --min-coverage ${minCoverage}` };
  }
  if (minCoverage === undefined && percent < LOW_COVERAGE) {
    return { exitCode: 0, note: `no erratum, but only ${percent.toFixed(0)}% of its numbers were judged (${judged} of ${seen}; the rest are listed under coverage); --min-coverage P makes that exit 3` };
  }
  // exit 0 speaks for the numbers judged only: a CI log must not read it as "the whole page is right"
  if (judged < seen) return { exitCode: 0, note: `no erratum among the ${judged} numbers judged; ${seen - judged} of its ${seen} numbers were not judged (listed under coverage)` };
  return { exitCode: 0 };
}

/** At least this many mistakes before a run of them is put down to the network given rather than the page. */
const MANY_ROOTS = 3;

/**
 * A document checked against a network it does not work (--net of another file): most numbers compared come out
 * wrong or are set aside as another example. Said in one line beside the errata, which stand as judged.
 */
function otherNetwork(report: VerifyReport): Pick<Outcome, 'note'> {
  // (a page's own arithmetic holds or fails whatever the network: only what is compared with the network counts)
  const network = report.claims.filter(comparesWithNetwork);
  const right = network.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding-propagation').length;
  const wrong = network.filter((c) => c.verdict === 'erratum').length;
  const aside = report.coverage.notJudged.filter((n) => n.aside).reduce((sum, n) => sum + n.count, 0);
  if (report.errors.roots < MANY_ROOTS || wrong + aside <= 2 * right) return {};
  const away = aside > 0 ? ` and ${aside} were set aside as another example` : '';
  return { note: `${wrong} of the ${right + wrong} numbers and formulas judged disagree with the network${away}: is it the network this document works? (--net)` };
}

function nothingJudged(report: VerifyReport): string {
  const aside = report.coverage.notJudged.find((n) => n.aside);
  if (aside && report.parsed > 0) return `every part with numbers verify could compare is about another example (the first at ${aside.first.line}:${aside.first.column}: ${aside.reason})`;
  if (report.equations === 0) {
    const code = report.coverage.notJudged.filter((n) => n.reason === 'in code').reduce((sum, n) => sum + n.count, 0);
    const seen = report.coverage.numbers.seen;
    const where = code === 0 ? '' : code === seen
      ? `; its ${code} number${code === 1 ? ' is' : 's are'} all in code, which verify does not judge`
      : `; ${code} of its ${seen} numbers are in code, which verify does not judge, and the other ${seen - code} outside math`;
    return `no math of a kind verify reads was found ($…$, $$…$$, \\(…\\), \\[…\\], math environments, \`\`\`math, .. math::)${where}`;
  }
  if (report.parsed === 0) {
    const first = report.skipped[0];
    return `every equation was skipped${first ? ` (the first at ${first.line}:${first.column}: ${first.reason})` : ''}`;
  }
  const unknown = report.names.filter((n) => n.quantity === undefined && n.means === undefined);
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 5).map((n) => (n.closest?.length ? `${n.name} (closest: ${n.closest.join(', ')})` : n.name));
    return `no name in the document matched the network: ${listed.join('; ')}${unknown.length > 5 ? `; ${unknown.length - 5} more` : ''} — pin one with --name doc=network`;
  }
  return 'no statement compares a number or a formula with a quantity of the network';
}
