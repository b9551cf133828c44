// The playground page: the editor's text is parsed, derived and typeset on every change; the last good render stays on error.
import { derive, InputError, networkJsonSchema, NumericError, pageSections, parseNetwork, type DerivationDocument, type NetworkDefinition } from '../browser.js';
import { schemaCompletion } from './completion.js';
import { DerivationView, type ViewKind } from './derivationView.js';
import { createEditor } from './editor.js';
import { EXAMPLES } from './examples.js';
import { cliCommand, download, exportName, exportText, type ExportFormat } from './exports.js';
import { FigureView } from './figureView.js';
import { openLiveFile } from './liveFile.js';
import { decodeState, encodeState, type SharedState } from './shareLink.js';
import { Sliders, type FieldPath } from './sliders.js';
import { VerifyPane } from './verifyPane.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Settings { fileName: string; view: ViewKind; decimals?: number; hand: boolean; highlight?: string }

async function start(): Promise<void> {
  const shared = await decodeState(location.hash);
  const live = shared ? undefined : await openLiveFile((f) => { if (f.text !== editor.text()) editor.setText(f.text); note(`${f.name} saved ${new Date().toLocaleTimeString()}`); }, note);
  const first = shared ?? (live ? { text: live.text, fileName: live.name } : EXAMPLES[0]!);
  const settings: Settings = { fileName: first.fileName, view: shared?.view ?? 'article', hand: shared?.hand ?? false, ...(shared?.decimals !== undefined ? { decimals: shared.decimals } : {}), ...(shared?.highlight ? { highlight: shared.highlight } : {}) };
  let current: { def: NetworkDefinition; doc: DerivationDocument } | undefined;
  let schema: ReturnType<typeof networkJsonSchema> | undefined;

  const derivation = new DerivationView($('derivation'));
  const figure = new FigureView($('figure'), (param) => pick(param === settings.highlight ? undefined : param, true));
  const sliders = new Sliders($('sliders'), moveSlider);
  const verifyPane = new VerifyPane($('verify-input'), $('verify-output'), $('verify-summary'));
  const editor = createEditor($('editor'), first.text, update, schemaCompletion(() => (schema ??= networkJsonSchema()) as never));
  function note(message: string): void { $('live').textContent = message; }

  /** Parse, derive, typeset: the whole pipeline of `derive` on the editor's text. Times itself for the bench. */
  function update(): void {
    const t0 = performance.now();
    document.body.dataset.updateAt = t0.toFixed(1);
    try {
      const def = parseNetwork(editor.text(), settings.fileName);
      const doc = derive(def, { policy: { hand: settings.hand, ...(settings.decimals !== undefined ? { decimals: settings.decimals } : {}) } });
      current = { def, doc };
      derivation.render(pageSections(doc), settings.view);
      figure.render(def, doc.valuation.policy);
      sliders.update(def);
      verifyPane.update(doc);
      editor.showError(undefined);
      showStatus('');
    } catch (err) {
      const at = err instanceof InputError || err instanceof NumericError ? err.location : undefined;
      editor.showError(at?.line !== undefined ? { line: at.line, col: at.col ?? 1, message: (err as Error).message } : undefined);
      showStatus(err instanceof InputError || err instanceof NumericError ? err.format() : `internal error: ${String(err)}`);
      sliders.update(undefined);
    }
    // Layout is forced here (it would run before the next paint anyway) so that the time covers it.
    void document.body.offsetHeight;
    // Layout is forced here (it would run before the next paint anyway) so that the time covers it.
    void document.body.offsetHeight;
    document.body.dataset.renderMs = (performance.now() - t0).toFixed(3);
    document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
    scheduleLink();
  }

  function showStatus(error: string): void {
    $('status').textContent = error ? `${error} — showing the last valid version` : '';
    $('status').classList.toggle('error', error !== '');
    $('derivation').classList.toggle('stale', error !== '' && current !== undefined);
  }

  function pick(param: string | undefined, scroll: boolean): void {
    settings.highlight = param;
    figure.highlight(param);
    const block = param ? derivation.blockOf(param) : undefined;
    for (const el of document.querySelectorAll('.flash')) el.classList.remove('flash');
    if (block && scroll) {
      // Below the figure, which stays on top of the derivation's column on wide screens.
      block.style.scrollMarginTop = getComputedStyle($('figure')).position === 'sticky' ? `${$('figure').offsetHeight + 40}px` : '8px';
      block.scrollIntoView({ block: 'start', behavior: 'smooth' });
      block.classList.add('flash');
    }
    scheduleLink();
  }

  /** A slider rewrites its number where the file has it (or adds learning_rate at the end). */
  function moveSlider(path: FieldPath, value: string): void {
    if (!current) return;
    const text = editor.text();
    if (path[0] === 'learning_rate' && !/^learning_rate\s*:/m.test(text)) return editor.replace(text.length, text.length, `${text.endsWith('\n') ? '' : '\n'}learning_rate: ${value}\n`);
    const loc = current.def.locate(path);
    const from = editor.offsetOf(loc.line ?? 1, loc.col ?? 1);
    const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(from));
    if (number) editor.replace(from, from + number[0].length, value);
  }

  let linkTimer: ReturnType<typeof setTimeout> | undefined;
  function sharedState(): SharedState {
    return { text: editor.text(), fileName: settings.fileName, view: settings.view, hand: settings.hand, ...(settings.decimals !== undefined ? { decimals: settings.decimals } : {}), ...(settings.highlight ? { highlight: settings.highlight } : {}) };
  }
  /** The address bar always holds the link to what is on screen (a file served live keeps its plain address). */
  function scheduleLink(): void {
    if (live) return;
    clearTimeout(linkTimer);
    linkTimer = setTimeout(() => void encodeState(sharedState()).then((hash) => history.replaceState(null, '', hash)), 300);
  }

  wireControls({ settings, examples: EXAMPLES, update, editor, pick, sharedState, current: () => current, note });
  update();
  if (settings.highlight) pick(settings.highlight, false);
  document.body.dataset.ready = 'true';
}

interface Controls {
  settings: Settings;
  examples: typeof EXAMPLES;
  update(): void;
  editor: { setText(text: string): void };
  pick(param: string | undefined, scroll: boolean): void;
  sharedState(): SharedState;
  current(): { def: NetworkDefinition; doc: DerivationDocument } | undefined;
  note(message: string): void;
}

/** The header's view, number and example controls, the export buttons and the link button. */
function wireControls(c: Controls): void {
  const s = c.settings;
  const example = $<HTMLSelectElement>('example');
  example.append(...c.examples.map((e, i) => new Option(e.label, String(i), false, e.fileName === s.fileName)));
  example.addEventListener('change', () => {
    const e = c.examples[Number(example.value)]!;
    s.fileName = e.fileName;
    s.highlight = undefined;
    c.editor.setText(e.text);
    c.pick(undefined, false);
    $('cli').textContent = cliCommand(s, 'tex');
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('#view button')) {
    b.setAttribute('aria-pressed', String(b.dataset.view === s.view));
    b.addEventListener('click', () => {
      s.view = b.dataset.view as ViewKind;
      for (const o of document.querySelectorAll('#view button')) o.setAttribute('aria-pressed', String(o === b));
      c.update();
      c.pick(s.highlight, false);
    });
  }
  const decimals = $<HTMLSelectElement>('decimals');
  decimals.value = s.decimals === undefined ? '' : String(s.decimals);
  const hand = $<HTMLInputElement>('hand');
  hand.checked = s.hand;
  const numbersChanged = (): void => {
    if (decimals.value === '') delete s.decimals;
    else s.decimals = Number(decimals.value);
    s.hand = hand.checked;
    $('cli').textContent = cliCommand(s, 'tex');
    c.update();
  };
  decimals.addEventListener('change', numbersChanged);
  hand.addEventListener('change', numbersChanged);
  $('cli').textContent = cliCommand(s, 'tex');
  for (const b of document.querySelectorAll<HTMLButtonElement>('#exports button')) {
    const format = b.dataset.format as ExportFormat;
    b.addEventListener('mouseenter', () => ($('cli').textContent = cliCommand(s, format)));
    b.addEventListener('click', () => {
      const now = c.current();
      if (now) download(exportName(s.fileName, format), exportText(now.def, now.doc, format));
    });
  }
  $('share').addEventListener('click', () => void encodeState(c.sharedState()).then(async (hash) => {
    const url = `${location.href.split('#')[0]}${hash}`;
    history.replaceState(null, '', hash);
    try {
      await navigator.clipboard.writeText(url);
      c.note('link copied');
    } catch {
      c.note('the link is in the address bar');
    }
  }));
}

void start();
