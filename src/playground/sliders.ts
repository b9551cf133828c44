// Sliders for the inputs, the parameters and η: moving one rewrites that number in the editor, so the file stays the one truth.
import type { NetworkDefinition } from '../browser.js';

export type FieldPath = [string] | [string, string];

interface Field { path: FieldPath; label: string; value: number }

function fieldsOf(def: NetworkDefinition): { title: string; fields: Field[] }[] {
  const { spec } = def;
  const group = (title: string, key: string, values: Record<string, number>): { title: string; fields: Field[] } =>
    ({ title, fields: Object.entries(values).map(([k, v]) => ({ path: [key, k] as FieldPath, label: k, value: v })) });
  return [
    group('Inputs', 'inputs', spec.inputs),
    group('Parameters', 'parameters', spec.parameters),
    { title: 'Learning rate', fields: [{ path: ['learning_rate'] as FieldPath, label: 'η', value: spec.learning_rate ?? 0.5 }] },
  ].filter((g) => g.fields.length > 0);
}

/** A range wide enough to move a value both ways: ±1, or ±2|v| rounded up to a whole number. */
function rangeOf(v: number): { min: number; max: number; step: number } {
  const span = Math.max(1, Math.ceil(2 * Math.abs(v)));
  return { min: -span, max: span, step: span / 200 };
}

/** A slider's value as a short decimal for the file (0.425, not 0.42500000000000004). */
export function formatSliderValue(x: number): string {
  return String(Number(x.toFixed(4)));
}

export class Sliders {
  private key = '';

  constructor(private readonly root: HTMLElement, private readonly onMove: (path: FieldPath, value: string) => void) {
    root.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== 'range') return;
      const value = formatSliderValue(Number(input.value));
      input.nextElementSibling!.textContent = value;
      onMove(JSON.parse(input.dataset.path!) as FieldPath, value);
    });
  }

  /** Shows the file's numbers; the sliders are rebuilt only when the set of names changes. Undefined: the file is invalid. */
  update(def: NetworkDefinition | undefined): void {
    this.root.classList.toggle('disabled', def === undefined);
    for (const input of this.root.querySelectorAll('input')) input.disabled = def === undefined;
    if (!def) return;
    const groups = fieldsOf(def);
    const key = JSON.stringify(groups.map((g) => g.fields.map((f) => f.path)));
    if (key !== this.key) this.build(groups), (this.key = key);
    for (const g of groups) {
      for (const f of g.fields) {
        const input = this.root.querySelector<HTMLInputElement>(`input[data-path='${JSON.stringify(f.path)}']`)!;
        if (document.activeElement === input) continue;
        input.value = String(f.value);
        input.nextElementSibling!.textContent = formatSliderValue(f.value);
      }
    }
  }

  private build(groups: { title: string; fields: Field[] }[]): void {
    this.root.replaceChildren(...groups.map((g) => {
      const box = document.createElement('fieldset');
      box.append(Object.assign(document.createElement('legend'), { textContent: g.title }));
      for (const f of g.fields) {
        const label = document.createElement('label');
        const input = Object.assign(document.createElement('input'), { type: 'range', ...rangeOf(f.value) });
        input.dataset.path = JSON.stringify(f.path);
        label.append(Object.assign(document.createElement('span'), { textContent: f.label }), input, document.createElement('output'));
        box.append(label);
      }
      return box;
    }));
  }
}
