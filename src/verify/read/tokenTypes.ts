// The tokens of one equation's LaTeX, as the tokenizer makes them and the parser reads them.

export type TokenKind = 'number' | 'letters' | 'command' | 'text' | 'open' | 'close' | 'lbrace' | 'rbrace' | 'char';

export interface Token {
  kind: TokenKind;
  /** number: the digits as printed; letters: the run; command: "\frac"; text: the raw argument of \text{};
   *  open/close: "(" "[" "\{" "|" "." (from \left( or a bare bracket); char: the character. */
  text: string;
  start: number;
  end: number;
  /** A number written right after letters with no space ("o1"): read as the subscript of the name. */
  glued?: boolean;
  /** For lbrace/open and rbrace/close: the index of the matching token. */
  match?: number;
  /** For text tokens: the command that opened it (\text, \operatorname...). */
  command?: string;
  /** For the d of dZ, dW, db (deeplearning.ai's names of gradients): the loss letter it differentiates. */
  differential?: string;
}

export interface Tokenized {
  tokens: Token[];
  /** The first bracket that has no partner, if any. */
  error?: { message: string; offset: number };
}
