// Tables of the LaTeX math commands the document parser knows: relations, operators, functions, Greek letters, wrappers.

/** The relation between two adjacent sides of a chain. \rightarrow and → are '\to'; \gets and ← are '\leftarrow'. */
export type Relation = '=' | '\\approx' | '\\leftarrow' | '\\to' | '\\leq' | '\\geq' | '<' | '>' | '\\neq' | '\\sim';

export const RELATIONS: Readonly<Record<string, Relation>> = {
  '=': '=',
  '\\approx': '\\approx',
  '\\simeq': '\\approx',
  '\\leftarrow': '\\leftarrow',
  '\\gets': '\\leftarrow',
  '\\longleftarrow': '\\leftarrow',
  '\\to': '\\to',
  '\\rightarrow': '\\to',
  '\\longrightarrow': '\\to',
  '\\leq': '\\leq',
  '\\le': '\\leq',
  '\\geq': '\\geq',
  '\\ge': '\\geq',
  '<': '<',
  '>': '>',
  '\\neq': '\\neq',
  '\\ne': '\\neq',
  // Definitions are equalities: a := b, a \coloneqq b, a \triangleq b, a \equiv b.
  ':=': '=',
  '\\coloneqq': '=',
  '\\triangleq': '=',
  '\\equiv': '=',
  '\\doteq': '=',
  // Relations that state no value: what follows them is not the value of what precedes them.
  '\\ll': '<',
  '\\gg': '>',
  '\\propto': '\\sim',
  '\\sim': '\\sim',
  '\\in': '\\sim',
};

/** Top-level separators between statements of one equation ("a = 1, b = 2", "q = x + y \quad f = qz"). */
export const STATEMENT_SEPARATORS = new Set([',', ';', '\\quad', '\\qquad', '\\Rightarrow', '\\implies', '\\iff', '\\Longrightarrow', '\\therefore', '\\because', '\\hspace']);

/** Arrows that, at the start of a statement, mean "it follows that" and are dropped. */
export const LEADING_ARROWS = new Set(['\\to', '\\rightarrow', '\\Rightarrow', '\\implies', '\\longrightarrow', '\\therefore', '\\because']);

/** \\odot and \\circ are element-wise products: for scalars, products. */
export const MULTIPLY_OPS = new Set(['*', '\\cdot', '\\times', '\\ast', '\\odot', '\\circ']);
export const DIVIDE_OPS = new Set(['/', '\\div']);

/** Built-in function commands and the mathjs function each becomes (\ln and \log are both the natural log). */
export const FUNCTION_COMMANDS: Readonly<Record<string, string>> = {
  '\\tanh': 'tanh',
  '\\sinh': 'sinh',
  '\\cosh': 'cosh',
  '\\exp': 'exp',
  '\\ln': 'log',
  '\\log': 'log',
  '\\sin': 'sin',
  '\\cos': 'cos',
  '\\tan': 'tan',
  '\\max': 'max',
  '\\min': 'min',
  '\\arctan': 'atan',
};

/** Name bases that read as functions before a parenthesis: g(x), f_w(x), \sigma(z). Other names multiply: out(1 - out). */
// (sigmoide: the sigmoid as Italian, Spanish and Portuguese pages spell it)
export const FUNCTION_BASES = new Set(['f', 'g', 'sigma', 'phi', 'varphi', 'softmax', 'sigmoid', 'sigmoide', 'relu', 'ReLU', 'tanh', 'act']);

/** Letter commands: the Greek letters, and \ell (a loss ℓ). */
export const GREEK = new Set([
  'ell', 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa',
  'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega',
  'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Phi', 'Psi', 'Omega',
]);

/** Greek spellings that name the same letter. */
export const GREEK_ALIASES: Readonly<Record<string, string>> = { varepsilon: 'epsilon', vartheta: 'theta' };

/** Font and style wrappers around a name or expression; they do not change meaning. */
export const WRAPPERS = new Set(['\\mathit', '\\mathrm', '\\mathbf', '\\boldsymbol', '\\bm', '\\mathsf', '\\mathtt', '\\mathcal', '\\mathnormal', '\\pmb']);

/** Decorations around an expression that are dropped: \boxed{X} → X, \underbrace{X}_{note} → X. */
export const TRANSPARENT = new Set(['\\boxed', '\\underbrace', '\\overbrace', '\\cancel', '\\bcancel', '\\underline', '\\smash', '\\phantom']);

/** Accents that become part of the name: \hat{y} → yhat. */
export const ACCENTS: Readonly<Record<string, string>> = {
  '\\hat': 'hat',
  '\\widehat': 'hat',
  '\\bar': 'bar',
  '\\overline': 'bar',
  '\\tilde': 'tilde',
  '\\widetilde': 'tilde',
  '\\vec': 'vec',
  '\\overrightarrow': 'vec',
  '\\dot': 'dot',
};

/** Commands that read their argument as raw text. */
export const TEXT_COMMANDS = new Set(['\\text', '\\textrm', '\\textit', '\\textbf', '\\textsf', '\\texttt', '\\textnormal', '\\mbox', '\\operatorname', '\\mathop']);

/** Commands with no meaning for the maths (spacing, sizes, numbering). \quad is also a separator at the top level. */
export const IGNORED_COMMANDS = new Set([
  '\\,', '\\;', '\\:', '\\!', '\\ ', '\\>', '\\quad', '\\qquad', '\\enspace', '\\thinspace', '\\medspace', '\\thickspace',
  '\\displaystyle', '\\textstyle', '\\scriptstyle', '\\limits', '\\nolimits', '\\nonumber', '\\notag', '\\mathstrut',
  '\\big', '\\Big', '\\bigg', '\\Bigg', '\\bigl', '\\bigr', '\\Bigl', '\\Bigr', '\\biggl', '\\biggr', '\\Biggl', '\\Biggr',
  '\\checkmark', '\\pause', '\\onslide', '\\left', '\\right', '\\middle',
]);

/** Commands whose one braced argument is dropped along with them. */
export const IGNORED_WITH_ARGUMENT = new Set(['\\label', '\\color', '\\hspace', '\\vspace', '\\tag', '\\tag*']);

export const ELLIPSES = new Set(['\\dots', '\\ldots', '\\cdots', '\\dotsc', '\\dotsb', '\\vdots', '\\ddots']);
export const BLANKS = new Set(['\\square', '\\Box', '\\blacksquare']);

/** Boolean operators written as words (\text{ AND }) or symbols, with their mathjs operator. */
export const LOGIC_WORDS: Readonly<Record<string, string>> = {
  AND: 'and', OR: 'or', XOR: 'xor', NOT: 'not', NOR: 'nor', XNOR: 'xnor', NAND: 'nand',
  '\\land': 'and', '\\wedge': 'and', '\\lor': 'or', '\\vee': 'or', '\\oplus': 'xor', '\\neg': 'not', '\\lnot': 'not',
};

/** Words inside \text{} that join statements rather than name anything. */
export const PROSE_WORDS = new Set(['and', 'or', 'if', 'for', 'where', 'with', 'then', 'since', 'so', 'hence', 'thus', 'otherwise', 'ie', 'eg']);
