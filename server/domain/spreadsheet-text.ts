/**
 * Text that a spreadsheet program could take for a formula (=, +, -, @, tab or line break
 * first) is exported with an apostrophe in front, as OWASP advises against formula injection:
 * it stays text when the cell is edited or the sheet is saved as CSV. exceljs cannot set
 * Excel's hidden quote prefix, so the apostrophe is part of the text, and the plan import takes
 * it off again. Text that already has apostrophes before such a character gets one more, so
 * the round trip gives back exactly what was written.
 */
// A line break too: the file format turns a carriage return into one.
const FORMULA_START = /^'*[=+\-@\t\r\n]/;

export const formulaSafeText = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export const fromFormulaSafeText = (text: string) =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
