// Completion from the network file's JSON Schema: field names at the cursor's place in the YAML, and enum values after `key:`.
// Written here because the cursor's path is found from indentation alone (a few lines); a JSON-Schema-for-YAML package
// would bring its own validator, and the page already validates with the project's own loader.
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
}

interface LineShape { dash?: number; key?: string; keyAt: number }

/** Where a line's key starts, its name, and where its list dash is. Blank and comment lines have no shape. */
function shapeOf(line: string): LineShape | undefined {
  const m = /^(\s*)(-\s+)?(?:([\w$-]+)\s*:)?/.exec(line)!;
  if (!m[2] && !m[3]) return line.trim() && !line.trim().startsWith('#') ? { keyAt: m[1]!.length } : undefined;
  return { ...(m[2] ? { dash: m[1]!.length } : {}), ...(m[3] ? { key: m[3] } : {}), keyAt: m[1]!.length + (m[2]?.length ?? 0) };
}

/** The keys (and `[]` for list items) that enclose a line, outermost first, read from the indentation above it. */
export function enclosingPath(lines: readonly string[], index: number): string[] {
  const here = shapeOf(lines[index]!) ?? { keyAt: lines[index]!.length };
  const path: string[] = [];
  let limit = here.keyAt;
  if (here.dash !== undefined) path.unshift('[]'), (limit = here.dash);
  for (let i = index - 1; i >= 0 && limit > 0; i--) {
    const s = shapeOf(lines[i]!);
    if (!s) continue;
    if (s.key !== undefined && s.keyAt < limit) path.unshift(s.key), (limit = s.keyAt);
    if (s.dash !== undefined && s.dash < limit) path.unshift('[]'), (limit = s.dash);
  }
  return path;
}

/** The schema of what sits at a path; anyOf branches are merged so that every branch's fields are offered. */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    const branches: SchemaNode[] = node.anyOf ? [node, ...node.anyOf] : [node];
    node = branches.map((b) => (step === '[]' ? b.items : b.properties?.[step] ?? (typeof b.additionalProperties === 'object' ? b.additionalProperties : undefined))).find(Boolean);
  }
  return node;
}

function fieldsOf(node: SchemaNode): Completion[] {
  const branches = node.anyOf ? [node, ...node.anyOf] : [node];
  return branches.flatMap((b) => Object.entries(b.properties ?? {})).filter(([k]) => k !== '$schema')
    .map(([k, v]) => ({ label: k, type: 'property', apply: `${k}: `, ...(v.description ? { info: v.description } : {}) }));
}

function valuesOf(node: SchemaNode): Completion[] {
  const branches = node.anyOf ? [node, ...node.anyOf] : [node];
  return branches.flatMap((b) => (b.enum ?? []).map((v) => ({ label: String(v), type: 'enum' })));
}

export function schemaCompletion(schema: () => SchemaNode): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    const lines = ctx.state.doc.sliceString(0, line.to).split('\n');
    const value = /^\s*(?:-\s+)?([\w$-]+):\s*([\w-]*)$/.exec(before);
    if (value) {
      const node = schemaAt(schema(), [...enclosingPath(lines, lines.length - 1), value[1]!]);
      const options = node ? valuesOf(node) : [];
      return options.length ? { from: ctx.pos - value[2]!.length, options } : null;
    }
    const key = /^\s*(?:-\s+)?([\w$-]*)$/.exec(before);
    if (!key || (!ctx.explicit && key[1] === '')) return null;
    const node = schemaAt(schema(), enclosingPath(lines, lines.length - 1));
    const options = node ? fieldsOf(node) : [];
    return options.length ? { from: ctx.pos - key[1]!.length, options } : null;
  };
}
