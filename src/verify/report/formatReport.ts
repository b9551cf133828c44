// Prints a verify report as text (one `file:line:col: verdict: …` line per finding) or as JSON.
import type { LocatedClaim, VerifyReport } from '../verifyDocument.js';
import { VERDICTS } from '../judge/verdict.js';
import { parseQuantityId } from '../../derive/quantityRef.js';

export type ReportFormat = 'txt' | 'json' | 'jsonl';

export interface ReportSource {
  document: string;
  network: string;
}

export interface ReportOptions {
  /** List every name the document writes with the quantity it was read as and the rule that chose it. */
  explain?: boolean;
}

export function formatReport(report: VerifyReport, source: ReportSource, format: ReportFormat, options: ReportOptions = {}): string {
  const data = { ...source, ...report, claims: report.claims.map(({ mathEnd: _, ...c }) => c) };
  switch (format) {
    case 'json':
      return `${JSON.stringify(data, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify(data)}\n`;
    case 'txt':
      return formatText(report, source) + (options.explain ? formatNames(report) : '');
    default: {
      const never: never = format;
      throw new Error(`unknown report format ${String(never)}`);
    }
  }
}

/**
 * The summary, then every claim that is not exact in document order (each root erratum followed by the errata that
 * only follow from it, indented), then every skipped piece of math.
 */
function formatText(report: VerifyReport, source: ReportSource): string {
  const counts = VERDICTS.map((v) => `${report.counts[v]} ${v}`).join(', ');
  const { roots, consequences } = report.errors;
  const errors = roots === 0 ? 'no error' : `${roots} error${roots === 1 ? '' : 's'}${consequences > 0 ? ` (and ${consequences} ${consequences === 1 ? 'erratum that follows' : 'errata that follow'} from ${roots === 1 ? 'it' : 'them'})` : ''}`;
  const lines = [
    `backprop-tex verify: ${source.document} against ${source.network}`,
    `${report.equations} equations, ${report.parsed} parsed, ${report.skipped.length} skipped; ${report.claims.length} claims: ${counts}; ${errors}`,
  ];
  const at = (c: { line: number; column: number }): string => `${source.document}:${c.line}:${c.column}`;
  const following = new Map<number, LocatedClaim[]>();
  for (const c of report.claims) if (c.causedBy !== undefined) (following.get(c.causedBy) ?? following.set(c.causedBy, []).get(c.causedBy)!).push(c);
  for (const c of report.claims) {
    if (c.verdict === 'exact' || c.causedBy !== undefined) continue;
    lines.push(`${at(c)}: ${describeClaim(c)}`);
    for (const f of following.get(c.id) ?? []) lines.push(`  ${at(f)}: follows from it: ${describeClaim(f)}`);
  }
  for (const s of report.skipped) lines.push(`${at(s)}: skipped: ${s.reason}`);
  lines.push(coverageLine(report));
  return `${lines.join('\n')}\n`;
}

/** "coverage: 120 of 128 numbers judged (94%); not judged: 5 in code (first at 12:3), …". */
function coverageLine(report: VerifyReport): string {
  const { seen, judged } = report.coverage.numbers;
  const percent = seen === 0 ? '' : ` (${Math.floor((100 * judged) / seen)}%)`;
  // (a part with formulas but no number in it is listed by its reason alone)
  const rest = report.coverage.notJudged.map((u) => `${u.count === 0 ? '' : `${u.count} `}${u.reason} (first at ${u.first.line}:${u.first.column})`);
  return `coverage: ${judged} of ${seen} numbers judged${percent}${rest.length ? `; not judged: ${rest.join('; ')}` : ''}`;
}

/** The table of names: as the document writes them, what each was read as, and by which rule. */
function formatNames(report: VerifyReport): string {
  const rows = report.names.map((n) => {
    const means = n.means ?? (n.refused ? `nothing: ${n.refused}` : `nothing${n.closest?.length ? ` (closest: ${n.closest.join(', ')})` : ''}`);
    return `  ${n.name} → ${means}${n.rule ? `  [${n.rule}${n.reading ? `: ${n.reading}` : ''}]` : ''}`;
  });
  return `names (as read → the network's quantity [rule]):\n${rows.join('\n')}\n`;
}

/** "erratum: δ_o1 printed 0.1389, expected 0.1385" — the verdict first, then what was printed and what we get. */
export function describeClaim(c: LocatedClaim): string {
  const what = c.kind === 'prose' ? 'value in the text of' : c.kind === 'formula' ? 'formula' : c.kind === 'operand' ? 'substituted value of' : c.kind === 'arithmetic' ? 'result of the arithmetic' : 'value of';
  const ref = c.quantity === undefined ? undefined : parseQuantityId(c.quantity);
  // the optimizer's state names its own step (m_2): its replay's rounds are no part of what the page said
  const rounds = ref?.kind === 'trained' && parseQuantityId(ref.quantity)?.kind !== 'optimizerState' ? ref.rounds : undefined;
  const after = rounds !== undefined && c.kind !== 'prose' ? ` after ${rounds} round${rounds === 1 ? '' : 's'}` : '';
  const subject = c.subject ? ` ${c.subject}${after}` : '';
  const printed = c.kind === 'formula' ? ` ${c.printed}` : ` printed ${c.printed}`;
  const expected = c.expected !== undefined && c.verdict !== 'exact' ? `, expected ${c.expected}` : '';
  const slip = c.slip ? `${c.slip.replaceAll('-', ' ')}: ` : '';
  const detail = c.detail ? ` (${slip}${c.detail})` : '';
  return `${c.verdict}: ${what}${subject}${c.kind === 'formula' ? ':' : ','}${printed}${expected}${detail}`;
}
