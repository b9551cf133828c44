// Finds the code blocks of a Markdown file that are marked runnable (```sh runnable, ```mjs runnable, ```yaml file=NAME) and their expected output.
export interface CodeBlock {
  /** The first word of the info string: sh, mjs, yaml, text… */
  lang: string;
  runnable: boolean;
  /** `file=NAME`: the block is written to NAME in the working folder. */
  file?: string;
  /** `exit=N`: the exit status the block must end with (default 0). */
  exit: number;
  code: string;
  line: number;
  /** The ```text output block right after it, if any: text its output must contain. */
  output?: string;
}

const FENCE = /^(`{3,})(.*)$/;

export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: (CodeBlock & { isOutput: boolean })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const words = open[2]!.trim().split(/\s+/);
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && lines[i]!.trim() !== open[1]) body.push(lines[i]!);
    const attr = (key: string) => words.find((w) => w.startsWith(`${key}=`))?.slice(key.length + 1);
    blocks.push({
      lang: words[0] ?? '',
      runnable: words.includes('runnable'),
      file: attr('file'),
      exit: Number(attr('exit') ?? 0),
      code: `${body.join('\n')}\n`,
      line: start + 1,
      isOutput: words[0] === 'text' && words.includes('output'),
    });
  }
  blocks.forEach((b, k) => {
    const next = blocks[k + 1];
    if (b.runnable && next?.isOutput) b.output = next.code;
  });
  return blocks.filter((b) => !b.isOutput).map(({ isOutput: _drop, ...b }) => b);
}

/** Trailing spaces and blank lines at the ends do not count when comparing output. */
export function normalizeOutput(text: string): string {
  return text.replace(/[ \t]+$/gm, '').replace(/\r\n/g, '\n').trim();
}
