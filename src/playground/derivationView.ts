// Typesets the derivation with KaTeX as an article (sections of aligned blocks) or as slides (16:9 frames of at most 8 rows).
import katex from 'katex';
import type { PageSection } from '../browser.js';

export type ViewKind = 'article' | 'slides';

/** Rows of one frame, as in the beamer deck (which fits 8 rows of align* on a 16:9 frame). */
const ROWS_PER_FRAME = 8;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** KaTeX output by TeX source: after an edit only the blocks whose TeX changed are typeset again. */
export class DerivationView {
  private cache = new Map<string, string>();
  private next = new Map<string, string>();

  constructor(private readonly root: HTMLElement) {}

  render(sections: readonly PageSection[], kind: ViewKind): void {
    this.next = new Map();
    const html = kind === 'article' ? this.article(sections) : this.slides(sections);
    this.cache = this.next;
    this.root.className = `derivation ${kind}`;
    this.root.innerHTML = html;
  }

  /** The block (article) or first frame (slides) that derives ∂E/∂param, or undefined. */
  blockOf(param: string): HTMLElement | undefined {
    return [...this.root.querySelectorAll<HTMLElement>('[data-params]')].find((el) => el.dataset.params!.split(' ').includes(param));
  }

  private math(tex: string): string {
    let html = this.cache.get(tex) ?? this.next.get(tex);
    if (html === undefined) html = katex.renderToString(tex, { displayMode: true, throwOnError: true, output: 'html', strict: 'ignore' });
    this.next.set(tex, html);
    return html;
  }

  private article(sections: readonly PageSection[]): string {
    return sections.map((s) => [
      `<h2>${escapeHtml(s.title)}</h2>`,
      ...s.blocks.map((b) => `<div class="eq" data-params="${escapeHtml(b.params.join(' '))}">${this.math(`\\begin{aligned}${b.rows.join(' \\\\\n')}\\end{aligned}`)}</div>`),
    ].join('\n')).join('\n');
  }

  private slides(sections: readonly PageSection[]): string {
    const frames: string[] = [];
    for (const s of sections) {
      for (const b of s.blocks) {
        const subject = b.subject ? `: ${katex.renderToString(b.subject.tex, { throwOnError: true, output: 'html' })}` : '';
        frameRows(b.rows).forEach((rows, i) => {
          const params = i === 0 ? b.params.join(' ') : '';
          frames.push(`<section class="frame" data-params="${escapeHtml(params)}"><h3>${escapeHtml(s.title)}${subject}</h3>${this.math(`\\begin{aligned}${rows.join(' \\\\\n')}\\end{aligned}`)}</section>`);
        });
      }
    }
    return frames.join('\n');
  }
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
