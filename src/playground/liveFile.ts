// The file named to `backprop-tex serve FILE`: its text at load, then each saved version, pushed as server-sent events.
export interface LiveFile { name: string; text: string }

/** Asks the server which file it serves (none when the page is opened from disk or served without FILE). */
export async function openLiveFile(onChange: (file: LiveFile) => void, onError: (message: string) => void): Promise<LiveFile | undefined> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return undefined;
  const session = (await (await fetch('session.json', { cache: 'no-store' })).json()) as { file: LiveFile | null };
  if (!session.file) return undefined;
  const events = new EventSource('events');
  events.addEventListener('file', (e) => onChange(JSON.parse((e as MessageEvent<string>).data) as LiveFile));
  events.addEventListener('problem', (e) => onError((e as MessageEvent<string>).data));
  return session.file;
}
