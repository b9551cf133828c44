// A progress bar on stderr for long runs: drawn only when stderr is a terminal, so CI logs stay clean.
interface Progress {
  update(epoch: number): void;
  done(): void;
}

const NONE: Progress = { update: () => {}, done: () => {} };

export function createProgress(total: number, quiet: boolean, stream: { isTTY?: boolean; write(text: string): unknown }): Progress {
  if (quiet || !stream.isTTY || total < 1000) return NONE;
  const width = 30;
  let drawn = -1;
  const draw = (epoch: number): void => {
    const filled = Math.round((epoch / total) * width);
    if (filled === drawn && epoch !== total) return;
    drawn = filled;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] epoch ${epoch}/${total}`);
  };
  return {
    update: draw,
    done: () => {
      if (drawn >= 0) stream.write('\r\x1b[K');
    },
  };
}
