// The playground page's entry: the first text comes from a shared link, the file `serve` follows, or the first example.
import { wireControls } from './controls.js';
import { EXAMPLES } from './examples.js';
import { openLiveFile } from './liveFile.js';
import { Playground } from './page.js';
import { decodeState } from './shareLink.js';

async function start(): Promise<void> {
  const shared = await decodeState(location.hash);
  let page: Playground | undefined;
  const live = shared ? undefined : await openLiveFile((f) => {
    if (page) page.settings.fileName = f.name;
    if (page && f.text !== page.editor.text()) page.editor.setText(f.text);
    page?.note(`${f.name} saved at ${new Date().toLocaleTimeString()}`);
  }, (message) => page?.note(message));
  const first = shared ?? (live ? { text: live.text, fileName: live.name } : EXAMPLES[0]!);
  const { view = 'article', hand = false, decimals, highlight } = shared ?? {};
  page = new Playground(first.text, { fileName: first.fileName, view, hand, ...(decimals !== undefined ? { decimals } : {}), ...(highlight ? { highlight } : {}) }, live !== undefined);
  wireControls(page);
  page.update();
  if (highlight) page.pick(highlight, false);
  if (live) page.note(`following ${live.name}`);
  document.body.dataset.ready = 'true';
}

void start();
