import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hmacHex, operatorFor, redact, redactWith, RedactionSpec, type RedactableFinding, type RedactionSpecInput } from "../../src/policy/redact.js";

/*
 * The redaction operators (src/policy/redact.ts): each operator, overlapping and adjacent spans,
 * UTF-16 offsets around characters outside the BMP, and the property that a finding's original text
 * never survives mask, replace or hash.
 */

const LABELS = { phone: "[phone hidden]", email: "[email hidden]", messenger: "[contact hidden]" };
const KEY = "test-key";
const tools = { labels: LABELS, hash: (f: RedactableFinding) => hmacHex(KEY, f.value ?? "") };
const spec = (s: RedactionSpecInput) => RedactionSpec.parse(s);

/** A finding over the first occurrence of `part` in `text`. */
function at(text: string, part: string, type = "phone", value = part): RedactableFinding {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { type, start, end: start + part.length, value };
}

describe("redaction operators", () => {
  const text = "call 415 555 0199 now";
  const phone = at(text, "415 555 0199", "phone", "+14155550199");

  it("mask: every character, with the mask character", () => {
    expect(redactWith(text, [phone], spec({ default: { operator: "mask" } }), tools)).toBe("call ************ now");
    expect(redactWith(text, [phone], spec({ default: { operator: "mask", char: "•" } }), tools)).toBe("call •••••••••••• now");
  });

  it("mask keepLast: the last characters stay, never more than half the span", () => {
    expect(redactWith(text, [phone], spec({ default: { operator: "mask", keepLast: 4 } }), tools)).toBe("call ********0199 now");
    expect(redactWith(text, [phone], spec({ default: { operator: "mask", keepLast: 100 } }), tools)).toBe("call ******5 0199 now");
    const short = "id ab";
    expect(redactWith(short, [at(short, "ab", "social")], spec({ default: { operator: "mask", keepLast: 5 } }), tools)).toBe("id *b");
  });

  it("replace: the caller's label, else the preset's, else one named after the type", () => {
    expect(redactWith(text, [phone], spec({ default: { operator: "replace", label: "<PHONE>" } }), tools)).toBe("call <PHONE> now");
    expect(redactWith(text, [phone], spec({ default: { operator: "replace" } }), tools)).toBe("call [phone hidden] now");
    const url = "see https://x.io";
    expect(redactWith(url, [at(url, "https://x.io", "url")], spec({ default: { operator: "replace" } }), tools)).toBe("see [url hidden]");
  });

  it("hash: keyed HMAC-SHA256 of the value, 16 hex digits, the type named", () => {
    const out = redactWith(text, [phone], spec({ default: { operator: "hash" } }), tools);
    expect(out).toBe(`call [phone:${hmacHex(KEY, "+14155550199").slice(0, 16)}] now`);
    // Another key, another hash; the same value written another way, the same hash.
    expect(redactWith(text, [phone], spec({ default: { operator: "hash" } }), { ...tools, hash: (f) => hmacHex("other", f.value!) })).not.toBe(out);
    const other = "call (415) 555-0199 now";
    expect(redactWith(other, [at(other, "(415) 555-0199", "phone", "+14155550199")], spec({ default: { operator: "hash" } }), tools)).toBe(out);
  });

  it("hash without a key is refused rather than falling back to a plain hash", () => {
    expect(() => redactWith(text, [phone], spec({ default: { operator: "hash" } }), { labels: LABELS })).toThrow(/key/);
  });

  it("keep: left as written", () => {
    expect(redactWith(text, [phone], spec({ default: { operator: "keep" } }), tools)).toBe(text);
  });

  it("byType beats default; without either, the preset's labelled types are replaced and others kept", () => {
    const t = "mail a@b.io or 415 555 0199, see https://x.io";
    const fs = [at(t, "a@b.io", "email"), at(t, "415 555 0199"), at(t, "https://x.io", "url")];
    expect(redactWith(t, fs, spec({ default: { operator: "mask" }, byType: { email: { operator: "keep" } } }), tools)).toBe("mail a@b.io or ************, see ************");
    expect(redactWith(t, fs, spec({}), tools)).toBe("mail [email hidden] or [phone hidden], see https://x.io");
    expect(operatorFor("url", spec({}), LABELS)).toEqual({ operator: "keep" });
  });

  it("the empty spec with labels matches the preset's own redact on separate findings", () => {
    const t = "mail a@b.io or 415 555 0199";
    const fs = [at(t, "a@b.io", "email"), at(t, "415 555 0199")];
    const asFindings = fs.map((f) => ({ ...f, text: "", value: f.value!, confidence: 1, recognizer: "t", evidence: { disguises: [], contextWords: [] } })) as Parameters<typeof redact>[1];
    expect(redactWith(t, fs, spec({}), tools)).toBe(redact(t, asFindings, LABELS));
  });

  it("overlapping findings are one group over their union, under the first operator that is not keep", () => {
    const t = "whatsapp +91 98200 12345 ok";
    const messenger = at(t, "whatsapp +91 98200 12345", "messenger", "whatsapp:+919820012345");
    const inner = at(t, "+91 98200 12345", "phone", "+919820012345");
    expect(redactWith(t, [inner, messenger], spec({ default: { operator: "replace" } }), tools)).toBe("[contact hidden] ok");
    // The messenger is kept, the phone inside it is not: the group is masked whole.
    expect(redactWith(t, [messenger, inner], spec({ byType: { messenger: { operator: "keep" }, phone: { operator: "mask" } } }), tools)).toBe("************************ ok");
    // Partly overlapping: the union.
    const p = "abc 12345678 xyz";
    expect(redactWith(p, [{ type: "phone", start: 4, end: 10 }, { type: "phone", start: 8, end: 12 }], spec({ default: { operator: "mask" } }), tools)).toBe("abc ******** xyz");
  });

  it("adjacent findings stay separate", () => {
    const t = "a@b.io415 555 0199";
    const fs = [at(t, "a@b.io", "email"), at(t, "415 555 0199")];
    expect(redactWith(t, fs, spec({}), tools)).toBe("[email hidden][phone hidden]");
  });

  it("offsets are UTF-16; a character outside the BMP is one masked character and is never split", () => {
    const t = "📞 +1 415 555 0199 😀 ok";
    const f = at(t, "+1 415 555 0199", "phone", "+14155550199");
    expect(redactWith(t, [f], spec({ default: { operator: "mask", keepLast: 4 } }), tools)).toBe("📞 ***********0199 😀 ok");
    // A span of emoji: one mask character each, not two.
    const e = "x 😀😀 y";
    expect(redactWith(e, [at(e, "😀😀", "social")], spec({ default: { operator: "mask" } }), tools)).toBe("x ** y");
    // A span that ends inside a surrogate pair is widened to the whole character: no lone surrogate is left.
    const cut = redactWith(e, [{ type: "social", start: 2, end: 3 }], spec({ default: { operator: "mask" } }), tools);
    expect(cut).toBe("x *😀 y");
    expect(cut.isWellFormed()).toBe(true);
  });

  it("findings outside the text or empty are ignored", () => {
    expect(redactWith("abc", [{ type: "phone", start: 2, end: 9 }, { type: "phone", start: 1, end: 1 }], spec({ default: { operator: "mask" } }), tools)).toBe("abc");
  });

  it("the spec schema refuses unknown operators, types and bad options", () => {
    for (const bad of [
      { default: { operator: "shred" } },
      { byType: { fax: { operator: "keep" } } },
      { default: { operator: "mask", char: "" } },
      { default: { operator: "mask", char: "ab" } },
      { default: { operator: "mask", keepLast: 1.5 } },
      { default: { operator: "replace", label: "" } },
      { default: { operator: "hash", key: "mine" } },
      { other: 1 },
    ]) expect(RedactionSpec.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(RedactionSpec.safeParse({ default: { operator: "mask", char: "😀" } }).success).toBe(true);
  });
});

describe("property: mask, replace and hash never leave a finding's original text", () => {
  // Fillers from letters and spaces, findings from digits, "+", "@", "." and astral characters: the
  // original text of a finding cannot appear in the fillers, the mask character, the labels or the hash.
  const filler = fc.stringMatching(/^[a-z ]{0,12}$/);
  const detail = fc.array(fc.constantFrom("0", "1", "2", "5", "9", "+", "@", ".", "📞", "𝟗"), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(""));
  const operator = fc.oneof(
    fc.record({ operator: fc.constant("mask" as const), char: fc.constantFrom("*", "#", "█") }),
    fc.record({ operator: fc.constant("replace" as const), label: fc.constantFrom("[hidden]", "<x>", "redacted") }),
    fc.constant({ operator: "hash" as const }),
  );

  it("holds for any findings, any operator per type", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, detail, fc.constantFrom("phone", "email", "social")), { minLength: 1, maxLength: 6 }), filler, operator, operator, (parts, tail, a, b) => {
        let text = "";
        const findings: RedactableFinding[] = [];
        for (const [before, d, type] of parts) {
          text += before;
          findings.push({ type, start: text.length, end: text.length + d.length, value: d });
          text += d + " ";
        }
        text += tail;
        const hexOnly = { labels: {}, hash: (f: RedactableFinding) => hmacHex(KEY, f.value!).replace(/[0-9]/g, "x") };
        const out = redactWith(text, findings, RedactionSpec.parse({ default: a, byType: { phone: b } }), hexOnly);
        for (const f of findings) {
          const original = text.slice(f.start, f.end);
          if (!/[0-9+@.📞𝟗]/u.test(original)) continue;
          expect(out.includes(original), `${JSON.stringify(original)} in ${JSON.stringify(out)}`).toBe(false);
        }
        expect(out.isWellFormed()).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("holds for mask with keepLast on one finding: at least half of it is always masked", () => {
    // (With several findings, one's kept tail may spell a shorter one: keepLast is for one detail's last digits.)
    fc.assert(
      fc.property(filler, detail, filler, fc.integer({ min: 0, max: 30 }), (before, d, after, keepLast) => {
        const text = `${before}${d} ${after}`;
        const out = redactWith(text, [{ type: "phone", start: before.length, end: before.length + d.length, value: d }], RedactionSpec.parse({ default: { operator: "mask", keepLast } }), tools);
        expect(out.includes(d)).toBe(false);
        expect(out.isWellFormed()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
