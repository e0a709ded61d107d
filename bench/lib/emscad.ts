/**
 * EMSCAD job ads with their anonymisation tokens (#EMAIL_…#, #PHONE_…#, #URL_…#) replaced by
 * generated values, so each inserted value is a ground-truth span inside real job-ad context.
 */
import type { CountryCode } from "libphonenumber-js/max";
import { codePointToUtf16, parseCsv, readJsonl, readText } from "./data.js";
import { Rng } from "./prng.js";
import { disguisedEmail, disguisedPhone, plainEmail, plainPhone, plainUrl, regionOf } from "./values.js";

/** The free-text columns that are scanned (each one separately, as a platform would scan a field). */
export const EMSCAD_TEXT_FIELDS = [
  "title", "location", "department", "salary_range", "company_profile", "description", "requirements", "benefits",
] as const;

export type TokenType = "EMAIL" | "PHONE" | "URL";

export interface EmscadRow {
  key: string;
  fraudulent: boolean;
  region: CountryCode;
  fields: Record<string, string>;
  /** Token spans in UTF-16 offsets of their field, sorted. */
  spans: Array<{ field: string; type: TokenType; start: number; end: number }>;
}

const FILES = [
  { file: "emscad_rows_1_500.csv", idColumn: "job_id" },
  { file: "emscad_fraudulent_847.csv", idColumn: "job_id_in_source_repo" },
] as const;

export function loadEmscad(dir: string): EmscadRow[] {
  const byKey = new Map<string, Record<string, string>>();
  for (const { file, idColumn } of FILES) {
    for (const r of parseCsv(readText(dir, "emscad-subset", file))) byKey.set(`${file}#${r[idColumn] ?? ""}`, r);
  }
  const rows: EmscadRow[] = [];
  const tokenShape = /^#(EMAIL|PHONE|URL)_[0-9a-f]+#$/;
  for (const line of readJsonl<{ file: string; id: string; fraudulent: string; spans: Array<{ field: string; type: TokenType; start: number; end: number }> }>(
    dir,
    "emscad-subset",
    "emscad_token_spans.jsonl",
  )) {
    const key = `${line.file}#${line.id}`;
    const rec = byKey.get(key);
    if (!rec) continue;
    const fields: Record<string, string> = {};
    for (const f of EMSCAD_TEXT_FIELDS) fields[f] = rec[f] ?? "";
    const spans: EmscadRow["spans"] = [];
    for (const s of line.spans) {
      const text = rec[s.field] ?? "";
      const toU = codePointToUtf16(text);
      const start = toU(s.start);
      const end = toU(s.end);
      if (!tokenShape.test(text.slice(start, end))) {
        throw new Error(`emscad: token span ${key} ${s.field} ${s.start}-${s.end} does not hold a token`);
      }
      if (!(s.field in fields)) fields[s.field] = text;
      spans.push({ field: s.field, type: s.type, start, end });
    }
    // A few tokens in the source were truncated ("#EMAIL_<59 hex>#PHONE_…#") and are missing from the
    // span list; they are found here so they do not stay in the text as junk.
    for (const [field, text] of Object.entries(fields)) {
      for (const m of text.matchAll(/#(EMAIL|PHONE|URL)_[0-9a-f]{8,}/g)) {
        const start = m.index;
        let end = start + m[0].length;
        if (text[end] === "#" && !spans.some((s) => s.field === field && s.start === end)) end++;
        if (spans.some((s) => s.field === field && s.start < end && start < s.end)) continue;
        spans.push({ field, type: m[1] as TokenType, start, end });
      }
    }
    spans.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : a.start - b.start));
    rows.push({ key, fraudulent: line.fraudulent === "1", region: regionOf(rec.location ?? ""), fields, spans });
  }
  return rows;
}

export type FillMode = "masked" | "plain" | "disguised";

export interface InsertedSpan {
  cat: "phone" | "email" | "url";
  start: number;
  end: number;
  value: string;
  form: "plain" | "disguised";
  kind: string;
}

export interface FilledField {
  rowKey: string;
  field: string;
  region: CountryCode;
  text: string;
  inserted: InsertedSpan[];
  /** The character after each inserted value is a letter or digit (the source lost a line break). */
  gluedAfter: boolean[];
}

function valueFor(type: TokenType, mode: FillMode, rng: Rng, region: CountryCode): { value: string; form: "plain" | "disguised"; kind: string } {
  if (type === "URL") return { value: plainUrl(rng), form: "plain", kind: "url" };
  if (type === "EMAIL") return mode === "disguised" ? disguisedEmail(rng) : { value: plainEmail(rng), form: "plain", kind: "email:plain" };
  return mode === "disguised" ? disguisedPhone(rng, region) : plainPhone(rng, region);
}

/**
 * Every text field of `row` with its tokens replaced: by "" (`masked`), by plain values (`plain`),
 * or by disguised emails/phones and plain URLs (`disguised`). Offsets of the inserted values are
 * recomputed in the new text.
 */
export function fillRow(row: EmscadRow, mode: FillMode): FilledField[] {
  const out: FilledField[] = [];
  for (const field of Object.keys(row.fields)) {
    const src = row.fields[field] ?? "";
    const spans = row.spans.filter((s) => s.field === field);
    let text = "";
    let last = 0;
    const inserted: InsertedSpan[] = [];
    for (const s of spans) {
      text += src.slice(last, s.start);
      last = s.end;
      if (mode === "masked") continue;
      const rng = new Rng(`emscad|${mode}|${row.key}|${field}|${s.start}`);
      const g = valueFor(s.type, mode, rng, row.region);
      const start = text.length;
      text += g.value;
      inserted.push({ cat: s.type === "EMAIL" ? "email" : s.type === "PHONE" ? "phone" : "url", start, end: text.length, value: g.value, form: g.form, kind: g.kind });
    }
    text += src.slice(last);
    if (text === "") continue;
    const gluedAfter = inserted.map((ins) => /[\p{L}\p{N}]/u.test(text[ins.end] ?? ""));
    out.push({ rowKey: row.key, field, region: row.region, text, inserted, gluedAfter });
  }
  return out;
}
