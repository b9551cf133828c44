// The header's example, view and number controls, the export buttons and the link button.
import { EXAMPLES } from './examples.js';
import type { ViewKind } from './derivationView.js';
import { cliCommand, download, exportName, exportText, type ExportFormat } from './exports.js';
import { $, type Playground } from './page.js';
import { encodeState } from './shareLink.js';

export function wireControls(p: Playground): void {
  wireExamples(p);
  wireView(p);
  wireNumbers(p);
  wireExports(p);
  wireShare(p);
}

function showCli(p: Playground, format: ExportFormat = 'tex'): void {
  $('cli').textContent = cliCommand(p.settings, format);
}

function wireExamples(p: Playground): void {
  const example = $<HTMLSelectElement>('example');
  // A served file or a shared link that is no example is named first, so the menu never claims another file is shown.
  if (!EXAMPLES.some((e) => e.fileName === p.settings.fileName)) example.append(new Option(p.settings.fileName, '', false, true));
  example.append(...EXAMPLES.map((e, i) => new Option(e.label, String(i), false, e.fileName === p.settings.fileName)));
  example.addEventListener('change', () => {
    const e = EXAMPLES[Number(example.value)];
    if (!e) return;
    p.settings.fileName = e.fileName;
    p.editor.setText(e.text);
    p.pick(undefined, false);
    showCli(p);
  });
}

function wireView(p: Playground): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('#view button')];
  for (const b of buttons) {
    b.setAttribute('aria-pressed', String(b.dataset.view === p.settings.view));
    b.addEventListener('click', () => {
      p.settings.view = b.dataset.view as ViewKind;
      for (const o of buttons) o.setAttribute('aria-pressed', String(o === b));
      p.update();
      p.pick(p.settings.highlight, false);
    });
  }
}

function wireNumbers(p: Playground): void {
  const decimals = $<HTMLSelectElement>('decimals');
  const hand = $<HTMLInputElement>('hand');
  decimals.value = p.settings.decimals === undefined ? '' : String(p.settings.decimals);
  hand.checked = p.settings.hand;
  const changed = (): void => {
    if (decimals.value === '') delete p.settings.decimals;
    else p.settings.decimals = Number(decimals.value);
    p.settings.hand = hand.checked;
    showCli(p);
    p.update();
  };
  decimals.addEventListener('change', changed);
  hand.addEventListener('change', changed);
  showCli(p);
}

function wireExports(p: Playground): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('#exports button')) {
    const format = b.dataset.format as ExportFormat;
    b.addEventListener('mouseenter', () => showCli(p, format));
    b.addEventListener('click', () => {
      if (p.current) download(exportName(p.settings.fileName, format), exportText(p.current.def, p.current.doc, format));
    });
  }
}

function wireShare(p: Playground): void {
  $('share').addEventListener('click', () => void encodeState(p.sharedState()).then(async (hash) => {
    history.replaceState(null, '', hash);
    try {
      await navigator.clipboard.writeText(location.href);
      p.note('link copied');
    } catch {
      p.note('the link is in the address bar');
    }
  }));
}
