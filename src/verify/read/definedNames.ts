// Names a sentence defines as a derivative with an index (`delta_wi` … $\frac{\partial E}{\partial w_i}$): each name of that family (delta_w4) is read as the derivative at its index.
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { parseLatexMath } from './parseLatexMath.js';
import type { DocumentEquation } from './readEquations.js';

/** A name in code ending in an index letter, then a few words (no number, no other name in code, no sentence end), then one inline math span. */
const DEFINITION = /`([A-Za-z][A-Za-z0-9_]*?)([ijkn])`([^`$\d.;:!?]{1,60}?)\$([^$]{1,120})\$/g;
/** A derivative sign in the math: ∂, \partial, or d/d. */
const DERIVATIVE = /\\partial|∂|\\frac\{d\s*[A-Za-z]/;

/** `_i` or `_{i}` (after `before`, a pattern): the index letter as a whole subscript, not a brace that closes something else. */
const subscripted = (letter: string, before = ''): RegExp => new RegExp(`${before}_(?:\\{${letter}\\}|${letter}(?![A-Za-z0-9]))`, 'g');

interface Family {
  /** The code name before its index (delta_w). */
  stem: string;
  /** The math with the index letter as a subscript, to be replaced by a number. */
  latex: string;
  letter: string;
}

/**
 * Families a sentence defines: a code name `PREFIXvi` tied to a derivative written with v_i, where the name ends with
 * the spelling of that subscripted variable (`delta_wi` and ∂E/∂w_i, `grad_zj` and ∂L/∂z_j) and has a prefix before
 * it. A name that does not spell the variable (`oi` for the output of $f_i$) defines nothing.
 */
export function definedFamilies(text: string): Family[] {
  const families: Family[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const [, head, letter, gap, latex] = m as unknown as [string, string, string, string, string];
    if (gap.includes('\n\n') || !DERIVATIVE.test(latex)) continue;
    const vars = [...latex.matchAll(subscripted(letter, '([A-Za-z])'))].map((v) => v[1]!);
    if (vars.length === 0) continue;
    // the variable differentiated by: the last one written with the index (∂E/∂w_i)
    const variable = vars[vars.length - 1]!;
    if (!head.endsWith(variable) || head.length === variable.length) continue;
    families.push({ stem: head, latex, letter });
  }
  return families;
}

/** The derivative a family member stands for (delta_w4 → ∂E/∂w_4), parsed; undefined where it does not parse alone. */
function memberNode(family: Family, index: string): MathNode | undefined {
  const latex = family.latex.replace(subscripted(family.letter), `_{${index}}`);
  const parse = parseLatexMath(latex);
  if (parse.skipped || parse.chains.length !== 1 || parse.chains[0]!.sides.length !== 1) return undefined;
  return parse.chains[0]!.sides[0]!.node;
}

/** The equations with every name of a defined family (delta_{w4}, delta_w4) read as the derivative it stands for. */
export function withDefinedNames(equations: DocumentEquation[], text: string): DocumentEquation[] {
  const families = definedFamilies(text);
  if (families.length === 0) return equations;
  const member = (name: string): MathNode | undefined => {
    const spelled = name.replace(/[{}]/g, '');
    for (const f of families) {
      const m = new RegExp(`^${f.stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`).exec(spelled);
      if (m) return memberNode(f, m[1]!);
    }
    return undefined;
  };
  return equations.map((e) => {
    if (e.parse.skipped) return e;
    let changed = false;
    const chains = e.parse.chains.map((c) => ({
      ...c,
      sides: c.sides.map((s) => {
        let here = false;
        const node = s.node.transform((n) => {
          const replaced = n instanceof SymbolNode ? member(n.name) : undefined;
          if (replaced) here = true;
          return replaced ?? n;
        });
        changed ||= here;
        return here ? { ...s, node } : s;
      }),
    }));
    return changed ? { ...e, parse: { ...e.parse, chains } } : e;
  });
}
