/** The real corpora the detection benches time, one text per item, with the region each was written in. */
import { exists, loadCraigslist, loadPresidioSynth, loadSmsCollection } from "./data.js";
import { fillRow, loadEmscad } from "./emscad.js";

export interface Text {
  text: string;
  region: string;
}

export interface Corpus {
  name: string;
  texts: Text[];
  bytes: number;
}

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

export function loadCorpora(dir: string): Corpus[] {
  const out: Corpus[] = [];
  const make = (name: string, texts: Text[]) => out.push({ name, texts, bytes: texts.reduce((s, t) => s + utf8(t.text), 0) });
  if (exists(dir, "emscad-subset", "emscad_token_spans.jsonl")) {
    // One text per job ad: every field, tokens replaced by plain generated values, joined by blank lines.
    make(
      "job ads (EMSCAD, values put back)",
      loadEmscad(dir).map((row) => ({ text: fillRow(row, "plain").map((f) => f.text).join("\n\n"), region: row.region })),
    );
  }
  if (exists(dir, "craigslist-listings")) make("craigslist listings", loadCraigslist(dir).map((l) => ({ text: l.text, region: "US" })));
  if (exists(dir, "sms-spam-collection", "SMSSpamCollection.tsv")) {
    make("SMS ham", loadSmsCollection(dir).filter((m) => m.label === "ham").map((m) => ({ text: m.text, region: "GB" })));
  }
  if (exists(dir, "presidio-research-synth")) make("presidio synth sentences", loadPresidioSynth(dir).map((r) => ({ text: r.text, region: "US" })));
  return out;
}
