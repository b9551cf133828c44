// The YAML library's parse errors in the tool's words, one per error code (its own messages give API advice).

/** What a YAML parse error means to someone writing a network file; `text` and `offset` show the offending token. */
export function describeYamlError(error: { code: string; message: string }, text: string, offset: number): string {
  const token = /^[^\s:,{}[\]#]{1,40}/.exec(text.slice(offset))?.[0];
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `the key ${token ? `'${token}' ` : ''}is given twice in one mapping: keep one`;
    case 'MULTIPLE_DOCS':
      return "a network file is one YAML document: a line '---' (or '...') starts a second one here";
    case 'TAB_AS_INDENT':
      return 'a tab indents this line: indent with spaces';
    case 'BAD_INDENT':
      return /flow/i.test(error.message)
        ? 'a { or [ opened above is not closed before this line (or this line is not indented under it)'
        : 'this line is not indented like the lines of the same level around it';
    case 'MISSING_CHAR':
      return missingCharacter(error.message);
    case 'BAD_SCALAR_START':
      return `a plain value cannot start with ${token ? `'${token[0]}'` : 'this character'}: put the value in quotes`;
    case 'BAD_DQ_ESCAPE':
      return 'an unknown escape (\\…) in a double-quoted string: write \\\\ for a backslash';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key runs over more than one line: is a colon, a quote or a bracket missing above?';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BLOCK_IN_FLOW':
    case 'NON_STRING_KEY':
      return 'a key must be a name: a mapping or list cannot be a key, nor an indented block sit inside { } or [ ]';
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return 'YAML tags (!name) have no meaning in a network file: remove it';
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
      return 'a YAML anchor (&name) or alias (*name) is malformed here';
    case 'BAD_DIRECTIVE':
      return 'YAML directives (%…) have no meaning in a network file: remove the line';
    case 'UNEXPECTED_TOKEN':
      return `${token ? `'${token}'` : 'this character'} does not belong here: is a comma, a colon or a bracket misplaced?`;
    default:
      return 'this is not valid YAML';
  }
}

function missingCharacter(message: string): string {
  if (/quote/i.test(message)) return 'a quoted string is not closed';
  if (/Missing , or :/.test(message)) return 'a comma or a colon is missing between the items of a { } or [ ]';
  if (/Missing ,/.test(message)) return 'a comma is missing between the items of a { } or [ ]';
  if (/space after :/i.test(message)) return 'write a space after the colon';
  if (/followed by map values/.test(message)) return "this line has a key without ': value'";
  if (/without - indicator/.test(message)) return "this list item has no '- ' in front";
  if (/Comments must be separated/.test(message)) return "write a space before the '#' of a comment";
  return 'a character is missing here (a colon, a comma, a quote or a closing bracket)';
}
