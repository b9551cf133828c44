// The playground's state and its one loop: the editor's text is parsed, derived and typeset on every change;
// an invalid text keeps the last good render on screen and marks the error at its line and column.
import { derive, InputError, networkJsonSchema, NumericError, pageSections, parseNetwork, type DerivationDocument, type NetworkDefinition } from '../browser.js';
import { schemaCompletion } from './completion.js';
import { DerivationView, type ViewKind } from './derivationView.js';
import { createEditor, type NetworkEditor } from './editor.js';
import { FigureView } from './figureView.js';
import { encodeState, type SharedState } from './shareLink.js';
import { Sliders, type FieldPath } from './sliders.js';
import { VerifyPane } from './verifyPane.js';

export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What the view shows besides the file; all of it goes into a shared link. */
export interface Settings { fileName: string; view: ViewKind; decimals?: number; hand: boolean; highlight?: string }

export class Playground {
  current: { def: NetworkDefinition; doc: DerivationDocument } | undefined;
  readonly editor: NetworkEditor;
  private readonly derivation = new DerivationView($('derivation'));
  private readonly figure = new FigureView($('figure'), (param) => this.pick(param === this.settings.highlight ? undefined : param, true));
  private readonly sliders = new Sliders($('sliders'), (path, value) => this.moveSlider(path, value));
  private readonly verifyPane = new VerifyPane($('verify-input'), $('verify-output'), $('verify-summary'));
  private linkTimer: ReturnType<typeof setTimeout> | undefined;

  /** followsFile: the page shows a file served by `serve FILE`, whose plain address already reopens it. */
  constructor(text: string, readonly settings: Settings, private readonly followsFile: boolean) {
    let schema: ReturnType<typeof networkJsonSchema> | undefined;
    this.editor = createEditor($('editor'), text, () => this.update(), schemaCompletion(() => (schema ??= networkJsonSchema()) as never));
  }

  /** Parse, derive, typeset: what `derive` does, on the editor's text. Times itself for the bench. */
  update(): void {
    const t0 = performance.now();
    document.body.dataset.updateAt = t0.toFixed(1);
    try {
      const def = parseNetwork(this.editor.text(), this.settings.fileName);
      const { hand, decimals } = this.settings;
      const doc = derive(def, { policy: { hand, ...(decimals !== undefined ? { decimals } : {}) } });
      this.current = { def, doc };
      this.derivation.render(pageSections(doc), this.settings.view);
      this.figure.render(def, doc.valuation.policy);
      this.sliders.update(def);
      this.verifyPane.update(doc);
      this.editor.showError(undefined);
      this.showStatus('');
    } catch (err) {
      const located = err instanceof InputError || err instanceof NumericError ? err : undefined;
      const at = located?.location;
      this.editor.showError(at?.line !== undefined ? { line: at.line, col: at.col ?? 1, message: located!.message } : undefined);
      this.showStatus(located ? located.format() : `internal error: ${String(err)}`);
      this.sliders.update(undefined);
    }
    // Layout is forced here (it would run before the next paint anyway) so that the time covers it.
    void document.body.offsetHeight;
    document.body.dataset.renderMs = (performance.now() - t0).toFixed(3);
    document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
    this.scheduleLink();
  }

  /** Highlights a parameter's chain-rule path in the figure and (scroll) brings its derivation into view. */
  pick(param: string | undefined, scroll: boolean): void {
    this.settings.highlight = param;
    this.figure.highlight(param);
    for (const el of document.querySelectorAll('.flash')) el.classList.remove('flash');
    const block = param ? this.derivation.blockOf(param) : undefined;
    if (block && scroll) {
      // Below the figure, which stays on top of the derivation's column on wide screens, with room for a section title.
      block.style.scrollMarginTop = getComputedStyle($('figure')).position === 'sticky' ? `${$('figure').offsetHeight + 40}px` : '8px';
      block.scrollIntoView({ block: 'start', behavior: 'smooth' });
      block.classList.add('flash');
    }
    this.scheduleLink();
  }

  note(message: string): void {
    $('live').textContent = message;
  }

  sharedState(): SharedState {
    const { fileName, view, hand, decimals, highlight } = this.settings;
    return { text: this.editor.text(), fileName, view, hand, ...(decimals !== undefined ? { decimals } : {}), ...(highlight ? { highlight } : {}) };
  }

  private showStatus(error: string): void {
    $('status').textContent = error ? `${error} — showing the last valid version` : '';
    $('status').classList.toggle('error', error !== '');
    $('derivation').classList.toggle('stale', error !== '' && this.current !== undefined);
  }

  /** A slider rewrites its number where the file has it (or adds learning_rate at the end). */
  private moveSlider(path: FieldPath, value: string): void {
    if (!this.current) return;
    const text = this.editor.text();
    if (path[0] === 'learning_rate' && !/^learning_rate\s*:/m.test(text)) {
      return this.editor.replace(text.length, text.length, `${text.endsWith('\n') ? '' : '\n'}learning_rate: ${value}\n`);
    }
    const loc = this.current.def.locate(path);
    const from = this.editor.offsetOf(loc.line ?? 1, loc.col ?? 1);
    const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(from));
    if (number) this.editor.replace(from, from + number[0].length, value);
  }

  /** The address bar always holds the link to what is on screen. */
  private scheduleLink(): void {
    if (this.followsFile) return;
    clearTimeout(this.linkTimer);
    this.linkTimer = setTimeout(() => void encodeState(this.sharedState()).then((hash) => history.replaceState(null, '', hash)), 300);
  }
}
