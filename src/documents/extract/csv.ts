import { parse } from "csv-parse/sync";
import { type Extraction, type Extractor, type Segment } from "../types.js";
import { lineSegments, readWholeText } from "./text.js";

/*
 * CSV: one segment per non-empty cell, located by row and column, so a reviewer finds the phone
 * number in row 14, column "Phone". csv-parse guesses nothing, so the delimiter is taken from the
 * first line; a file that does not parse as CSV is still read, line by line.
 */

const DELIMITERS = [",", ";", "\t", "|"] as const;

function delimiterOf(firstLine: string): string {
  let best: string = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}

export const extractCsv: Extractor = async (file, limits): Promise<Extraction> => {
  const source = await readWholeText(file, limits);
  const firstLine = source.slice(0, Math.max(0, source.indexOf("\n")) || source.length);
  let rows: string[][];
  try {
    rows = parse(source, { delimiter: delimiterOf(firstLine), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch {
    return { type: "csv", segments: lineSegments(source), warnings: ["the file is not well-formed CSV; it was read line by line"] };
  }
  const segments: Segment[] = [];
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.trim() !== "") segments.push({ text: cell, location: { kind: "cell", row: r + 1, column: c + 1 } });
    }),
  );
  return { type: "csv", segments };
};
