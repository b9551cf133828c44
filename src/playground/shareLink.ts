// The shareable link: the network text and the view settings, deflated and base64url-encoded into the page's #fragment.
export interface SharedState {
  text: string;
  fileName: string;
  view: 'article' | 'slides';
  decimals?: number;
  hand: boolean;
  highlight?: string;
}

const PREFIX = '#s=';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The fragment (#s=…) that restores this state; a fragment never reaches a server. */
export async function encodeState(state: SharedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The state in a fragment, or undefined when the fragment is not one of ours or is damaged. */
export async function decodeState(hash: string): Promise<SharedState | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const json = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw')))) as Partial<SharedState>;
    if (typeof json.text !== 'string') return undefined;
    return {
      text: json.text,
      fileName: typeof json.fileName === 'string' && /^[\w.-]{1,100}$/.test(json.fileName) ? json.fileName : 'network.yaml',
      view: json.view === 'slides' ? 'slides' : 'article',
      ...(Number.isInteger(json.decimals) && json.decimals! >= 0 && json.decimals! <= 15 ? { decimals: json.decimals } : {}),
      hand: json.hand === true,
      ...(typeof json.highlight === 'string' ? { highlight: json.highlight } : {}),
    };
  } catch {
    return undefined;
  }
}
