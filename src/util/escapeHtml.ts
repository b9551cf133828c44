// Escapes user text for HTML text and attribute values, so no name or title from a file can open a tag or a script.
import { INVISIBLE } from './escapeLatex.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Safe inside element text and inside a double- or single-quoted attribute value (numbers are printed as given). */
export function escapeHtml(text: string | number): string {
  return String(text).replace(INVISIBLE, '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}
