/**
 * The 100 KB hostile inputs of the worst-case bench (bench/detect/run.ts). Shared with the behaviour
 * snapshot (bench/equivalence/snapshot.ts), so a change that must not alter findings is also held to
 * what `detect` says on the inputs that stress its slow paths.
 */
import type { Corpus } from "./corpora.js";

/** Characters per input; every input is ASCII or BMP, so ≈ 100 KB. */
export const WORST_SIZE = 100_000;

export function repeatTo(unit: string, size = WORST_SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The longest job ad of the job-ads corpus, the realistic long input. */
export function longestAd(corpora: readonly Corpus[]): string | null {
  const ads = corpora.find((c) => c.name.startsWith("job ads"));
  return ads ? ads.texts.reduce((a, b) => (b.text.length > a.length ? b.text : a), "") : null;
}

export function worstInputs(longAd: string | null): Array<{ name: string; text: string }> {
  const zw = (s: string) => [...s].join("\u200b");
  const list: Array<{ name: string; text: string }> = [];
  if (longAd) {
    // Repeat the ad whole, so the contact values and their context stay intact.
    let s = "";
    while (s.length < WORST_SIZE) s += `${longAd}\n\n`;
    list.push({ name: "longest job ad, repeated to 100 KB", text: s.slice(0, WORST_SIZE) });
  }
  list.push(
    { name: '"1 " repeated', text: repeatTo("1 ") },
    { name: '"a@" repeated', text: repeatTo("a@") },
    { name: '"a.a.a." repeated', text: repeatTo("a.a.a.") },
    { name: "digits only (0123456789…)", text: repeatTo("0123456789") },
    { name: '"at dot at dot " repeated', text: repeatTo("at dot at dot ") },
    { name: "zero-width chars interleaved in a phone text", text: repeatTo(zw("call me at 415 555 0199 ")) },
    { name: "zero-width chars interleaved in digits", text: repeatTo(zw("4155550199")) },
    { name: '"whatsapp " repeated', text: repeatTo("whatsapp ") },
    { name: '"one two three " repeated (number words)', text: repeatTo("one two three four five ") },
    { name: '"+1 (" repeated', text: repeatTo("+1 (") },
    { name: '"1-" repeated', text: repeatTo("1-") },
    { name: '"x (at) y (dot) " repeated', text: repeatTo("x (at) y (dot) ") },
    { name: '"http://a.co/" repeated', text: repeatTo("http://a.co/") },
    { name: '"@a " repeated (handles)', text: repeatTo("@a ") },
    { name: "one 100 KB word (a…a)", text: repeatTo("a") },
    { name: '"l0O " look-alike digits repeated', text: repeatTo("4l5 O0l ") },
  );
  return list;
}
