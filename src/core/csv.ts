/*
 * CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote
 * or a line break (quotes doubled). A field a spreadsheet would run as a formula (starting with =, +,
 * -, @, a tab or a CR) gets a leading apostrophe: exports hold ids and texts users chose. Shared by the
 * stats export and the reference marketplace's decision-log export (exported from "contactguard/server").
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = (fields: readonly unknown[]): string => `${fields.map(csvField).join(",")}\r\n`;
