// The network file's editor: CodeMirror 6 with YAML highlighting, the project's own errors as diagnostics, and schema completion.
import { autocompletion, type CompletionSource } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';

export interface NetworkEditor {
  view: EditorView;
  text(): string;
  /** Replaces the whole text (a file pushed by `serve`, an example, a shared link). */
  setText(text: string): void;
  /** Replaces the characters [from, to) (a slider's number). */
  replace(from: number, to: number, insert: string): void;
  /** Offset of a 1-based line and column, clamped to the document. */
  offsetOf(line: number, col: number): number;
  /** Marks an error at a 1-based line and column (to the end of that line), or clears the marks. */
  showError(at: { line: number; col: number; message: string } | undefined): void;
}

export function createEditor(parent: HTMLElement, initial: string, onChange: () => void, complete: CompletionSource): NetworkEditor {
  const view = new EditorView({
    parent,
    doc: initial,
    extensions: [
      basicSetup,
      yaml(),
      autocompletion({ override: [complete] }),
      EditorView.lineWrapping,
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(); }),
    ],
  });
  const offsetOf = (line: number, col: number): number => {
    const doc = view.state.doc;
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    return Math.min(l.from + Math.max(0, col - 1), l.to);
  };
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    replace: (from, to, insert) => view.dispatch({ changes: { from, to, insert } }),
    offsetOf,
    showError: (at) => {
      const diagnostics: Diagnostic[] = [];
      if (at) {
        const from = offsetOf(at.line, at.col);
        const to = view.state.doc.lineAt(from).to;
        diagnostics.push({ from, to: Math.max(to, from), severity: 'error', message: at.message, source: 'backprop-tex' });
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
  };
}
