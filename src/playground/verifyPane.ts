// The verify pane: a pasted LaTeX or Markdown document, shown again with every number it prints marked with its verdict.
import { verify, type DerivationDocument, type LocatedClaim, type Verdict, type VerifyReport } from '../browser.js';
import { escapeHtml } from './derivationView.js';

/** Worst first: where two claims sit on the same number, the mark shows the worse verdict. */
const SEVERITY: Record<Verdict, number> = { erratum: 5, truncation: 4, 'rounding-propagation': 3, 'not-printed': 2, unresolved: 1, exact: 0 };

function describe(c: LocatedClaim): string {
  const expected = c.expected !== undefined && c.verdict !== 'exact' ? `, expected ${c.expected}` : '';
  return `${c.verdict}: ${c.subject ?? c.kind} printed ${c.printed}${expected}${c.detail ? ` (${c.detail})` : ''}`;
}

/** Where each claim's printed text sits in the document: its line and column, as long as the printed text if it is there. */
function spans(text: string, claims: readonly LocatedClaim[]): { from: number; to: number; claim: LocatedClaim }[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const byStart = new Map<number, { from: number; to: number; claim: LocatedClaim }>();
  for (const claim of claims) {
    const from = (lineStarts[claim.line - 1] ?? 0) + claim.column - 1;
    const number = /^[-−]?\d*\.?\d+/.exec(text.slice(from))?.[0];
    const to = from + (text.startsWith(claim.printed, from) ? claim.printed.length : number?.length ?? 1);
    const seen = byStart.get(from);
    if (!seen || SEVERITY[claim.verdict] > SEVERITY[seen.claim.verdict]) byStart.set(from, { from, to, claim });
  }
  return [...byStart.values()].sort((a, b) => a.from - b.from);
}

/** The document as HTML with a <mark> per claim (a claim inside an earlier mark is left to the summary). */
export function markVerdicts(text: string, report: VerifyReport): string {
  let html = '';
  let at = 0;
  for (const s of spans(text, report.claims)) {
    if (s.from < at) continue;
    html += `${escapeHtml(text.slice(at, s.from))}<mark class="${s.claim.verdict}" title="${escapeHtml(describe(s.claim))}">${escapeHtml(text.slice(s.from, s.to))}</mark>`;
    at = s.to;
  }
  return html + escapeHtml(text.slice(at));
}

export class VerifyPane {
  private doc: DerivationDocument | undefined;

  constructor(private readonly input: HTMLTextAreaElement, private readonly output: HTMLElement, private readonly summary: HTMLElement) {
    input.addEventListener('input', () => this.run());
  }

  /** Judges the pasted document again against a new derivation. */
  update(doc: DerivationDocument): void {
    this.doc = doc;
    if (this.input.value.trim()) this.run();
  }

  private run(): void {
    const text = this.input.value;
    if (!this.doc || !text.trim()) return void (this.output.innerHTML = '', (this.summary.textContent = ''));
    const report = verify(text, this.doc);
    const counts = Object.entries(report.counts).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`).join(', ');
    this.summary.textContent = `${report.equations} equations, ${report.claims.length} numbers judged${counts ? `: ${counts}` : ''}; ${report.skipped.length} skipped`;
    this.output.innerHTML = markVerdicts(text, report);
  }
}
