// Reads a class roster (CSV with an id column, optionally name) and writes the answer key as CSV and JSON.
// The CSV reader is by hand (RFC 4180 quotes, twenty lines): rosters are small and a parser dependency would be the only
// one for this; what it does not read (a quote inside an unquoted field) is refused with the line.
import { InputError } from '../util/errors.js';
import type { Student, Variant } from './variants.js';

/** Rows of fields; quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string, file: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c, line += c === '\n' ? 1 : 0;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '"') throw new InputError('a quote inside an unquoted field', { file, line, col: 1 });
    else if (c === ',') rows.at(-1)!.push(field), (field = '');
    else if (c === '\n') rows.at(-1)!.push(field.replace(/\r$/, '')), (field = ''), rows.push([]), line++;
    else field += c;
  }
  if (field !== '' || rows.at(-1)!.length > 0) rows.at(-1)!.push(field);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Students of a roster: the id column (id, student, student_id; else the first), a name column if there is one. */
export function parseRoster(text: string, file: string): Student[] {
  const [header, ...rows] = parseCsv(text, file);
  if (!header || rows.length === 0) throw new InputError('the roster has no students (a header line, then one line per student)', { file });
  const names = header.map((h) => h.trim().toLowerCase());
  const idCol = Math.max(0, names.findIndex((h) => ['id', 'student', 'student_id', 'studentid'].includes(h)));
  const nameCol = names.findIndex((h) => h === 'name' || h === 'full name');
  const seen = new Map<string, number>();
  return rows.map((row, i) => {
    const id = (row[idCol] ?? '').trim();
    const line = i + 2;
    if (!SAFE_ID.test(id)) throw new InputError(`student id '${id.slice(0, 40)}' must be letters, digits, . _ - (it names the student's files)`, { file, line, col: 1 });
    if (seen.has(id)) throw new InputError(`duplicate student id ${id} (also on line ${seen.get(id)})`, { file, line, col: 1 });
    seen.set(id, line);
    const name = nameCol >= 0 ? row[nameCol]?.trim() : undefined;
    return name ? { id, name } : { id };
  });
}

const csvField = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** key.csv: student, blank, quantity, value (exact, 12 significant digits), answer (as printed), tolerance. */
export function keyCsv(variants: readonly Variant[]): string {
  const lines = ['student,blank,quantity,value,answer,tolerance'];
  for (const v of variants) {
    for (const a of v.answers) lines.push([v.student.id, String(a.blank), a.quantity, String(Number(a.value.toPrecision(12))), a.answer, String(v.tolerance)].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function keyJson(variants: readonly Variant[]): string {
  const students = variants.map((v) => ({ student: v.student.id, ...(v.student.name ? { name: v.student.name } : {}), tolerance: v.tolerance, answers: v.answers.map((a) => ({ blank: a.blank, quantity: a.quantity, value: Number(a.value.toPrecision(12)), answer: a.answer })) }));
  return `${JSON.stringify({ generator: 'backprop-tex variants', students }, null, 2)}\n`;
}
