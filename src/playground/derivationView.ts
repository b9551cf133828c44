// Typesets the derivation with KaTeX as an article (aligned blocks under section titles) or as slides (16:9 frames of ≤ 8 rows).
// After an edit the blocks on screen are typeset at once and the others in idle time (or as they scroll into view): a
// block's KaTeX HTML is about 20 kB, and creating the DOM of all of Mazur's blocks takes longer than the whole derivation.
import katex from 'katex';
import type { PageSection } from '../browser.js';

export type ViewKind = 'article' | 'slides';

/** Rows of one frame, as in the beamer deck (which fits 8 rows of align* on a 16:9 frame). */
const ROWS_PER_FRAME = 8;

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One typeset element: an article block or a slide. `head` is HTML before its math (a slide's title). */
interface Unit { head: string; tex: string; params: string[]; el?: HTMLElement; shown?: string }
interface Plan { signature: string; html: (units: Unit[]) => string; units: Unit[] }

export class DerivationView {
  private cache = new Map<string, string>();
  private units: Unit[] = [];
  private signature = '';
  private readonly visible = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private idle: number | undefined;

  constructor(private readonly root: HTMLElement) {
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) { this.visible.delete(e.target); continue; }
        this.visible.add(e.target);
        const unit = this.units.find((u) => u.el === e.target);
        if (unit && unit.shown !== unit.tex) this.paint(unit);
      }
    }, { rootMargin: '0px' });
  }

  render(sections: readonly PageSection[], kind: ViewKind): void {
    const plan = kind === 'article' ? articlePlan(sections) : slidePlan(sections);
    if (plan.signature !== this.signature) return this.rebuild(plan, kind);
    plan.units.forEach((u, i) => (this.units[i]!.tex = u.tex));
    for (const unit of this.units) if (unit.shown !== unit.tex && this.visible.has(unit.el!)) this.paint(unit);
    this.scheduleIdle();
  }

  /** The block (article) or first frame (slides) that derives ∂E/∂param, or undefined. */
  blockOf(param: string): HTMLElement | undefined {
    return this.units.find((u) => u.params.includes(param))?.el;
  }

  /** A new layout (another file, another view): everything is typeset now. */
  private rebuild(plan: Plan, kind: ViewKind): void {
    this.observer.disconnect();
    this.visible.clear();
    this.signature = plan.signature;
    this.units = plan.units;
    this.root.className = `derivation ${kind}`;
    this.root.innerHTML = plan.html(this.units.map((u) => ({ ...u, head: u.head + this.math(u.tex) })));
    const els = this.root.querySelectorAll<HTMLElement>('[data-unit]');
    this.units.forEach((u, i) => { u.el = els[i]; u.shown = u.tex; this.observer.observe(u.el!); });
    this.setPending();
  }

  private paint(unit: Unit): void {
    unit.el!.innerHTML = unit.head + this.math(unit.tex);
    unit.shown = unit.tex;
    this.setPending();
  }

  /** Typesets the blocks off screen a few at a time while the page is idle. */
  private scheduleIdle(): void {
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = requestIdleCallback((deadline) => {
      this.idle = undefined;
      for (const unit of this.units) {
        if (unit.shown === unit.tex) continue;
        if (deadline.timeRemaining() < 3) return this.scheduleIdle();
        this.paint(unit);
      }
    });
  }

  /** For tests and the bench: how many blocks wait, and when the last of them was typeset. */
  private setPending(): void {
    const pending = this.units.filter((u) => u.shown !== u.tex).length;
    document.body.dataset.pending = String(pending);
    if (pending === 0) document.body.dataset.settledAt = performance.now().toFixed(1);
  }

  private math(tex: string): string {
    let html = this.cache.get(tex);
    if (html === undefined) {
      if (this.cache.size > 2000) this.cache.clear();
      html = katex.renderToString(tex, { displayMode: true, throwOnError: true, output: 'html', strict: 'ignore' });
      this.cache.set(tex, html);
    }
    return html;
  }
}

/** Prose with $…$ math: the text escaped, the math typeset inline. */
const proseHtml = (tex: string): string => tex.split('$').map((part, i) => (i % 2 ? katex.renderToString(part, { throwOnError: true, output: 'html' }) : escapeHtml(part))).join('');

const aligned = (rows: readonly string[]): string => `\\begin{aligned}${rows.join(' \\\\\n')}\\end{aligned}`;

/** Section titles, then one block per equation group; units are the blocks. */
function articlePlan(sections: readonly PageSection[]): Plan {
  const units = sections.flatMap((s) => s.blocks.map((b): Unit => ({ head: '', tex: aligned(b.rows), params: b.params })));
  let k = 0;
  const html = (typeset: Unit[]): string => sections.map((s) => [
    `<h2>${escapeHtml(s.title)}</h2>`,
    ...(s.note ? [`<p class="note">${proseHtml(s.note)}</p>`] : []),
    ...s.blocks.map((b) => `<div class="eq" data-unit data-params="${escapeHtml(b.params.join(' '))}">${typeset[k++]!.head}</div>`),
  ].join('\n')).join('\n');
  return { signature: `article\n${sections.map((s) => `${s.title}:${s.blocks.map((b) => b.params.join(',')).join('|')}`).join('\n')}`, html, units };
}

/** One 16:9 frame per group of at most ROWS_PER_FRAME rows, titled like the beamer deck's frames. */
function slidePlan(sections: readonly PageSection[]): Plan {
  const units: Unit[] = [];
  for (const s of sections) {
    for (const b of s.blocks) {
      const subject = b.subject ? `: ${katex.renderToString(b.subject.tex, { throwOnError: true, output: 'html' })}` : '';
      frameRows(b.rows).forEach((rows, i) => units.push({ head: `<h3>${escapeHtml(s.title)}${subject}</h3>`, tex: aligned(rows), params: i === 0 ? b.params : [] }));
    }
  }
  const html = (typeset: Unit[]): string => typeset.map((u) => `<section class="frame" data-unit data-params="${escapeHtml(u.params.join(' '))}">${u.head}</section>`).join('\n');
  return { signature: `slides\n${units.map((u) => `${u.head}:${u.params.join(',')}`).join('\n')}`, html, units };
}

/** A block's equations grouped so that no frame has more than ROWS_PER_FRAME rows (an equation is never split). */
function frameRows(equations: readonly string[]): string[][] {
  const frames: string[][] = [];
  let current: string[] = [];
  let count = 0;
  for (const eq of equations) {
    const n = eq.split(' \\\\\n').length;
    if (count + n > ROWS_PER_FRAME && current.length) frames.push(current), (current = []), (count = 0);
    current.push(eq);
    count += n;
  }
  if (current.length) frames.push(current);
  return frames;
}
