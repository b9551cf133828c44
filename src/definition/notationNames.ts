// The notation presets a network file may name (notation:), light to load: the schema, the plain reader, init and --help share it.
export const NOTATION_NAMES = ['mazur', 'layered', 'comp9444', 'tartu', 'plain', 'ng', 'row-major'] as const;
