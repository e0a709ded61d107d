import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { commonLine, ScanLine, scanLine, scanLineJson } from "../../../src/surfaces/cli/commands/scan-line.js";
import { scan } from "../../../src/surfaces/cli/commands/scan.js";

/*
 * `scan` checks the common line by hand before zod (scan-line.ts, commonLine): whatever it accepts, zod
 * must accept with the same text and context, and whatever zod refuses, it must leave to zod.
 */

const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(1e400),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom("surface", "region", "a", "__proto__"), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxKeys: 3 }),
);
/** A line's JSON: mostly the protocol's shape with odd values in it, sometimes any JSON at all. */
const lineJson = fc.oneof(
  fc
    .record(
      { id: fc.oneof(fc.string(), fc.integer(), value), text: fc.oneof(fc.string(), value), context: fc.oneof(value, fc.constant({ surface: "message" })), extra: value },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('{"id":1,"text":"x","context":{"__proto__":{"surface":"job_post"}}}', '{"id":1e400,"text":"x"}', '{"text":"x","context":[]}'),
);

describe("scan's hand check of the common line", () => {
  it("accepts only what zod accepts, with zod's data", () => {
    fc.assert(
      fc.property(lineJson, (json) => {
        const raw: unknown = JSON.parse(json);
        const fast = commonLine(raw);
        const zod = ScanLine.safeParse(raw);
        if (fast) {
          expect(zod.success).toBe(true);
          expect(fast.text).toBe(zod.data!.text);
          expect(JSON.stringify(fast.context)).toBe(JSON.stringify(zod.data!.context));
          expect(fast.context ?? null).toEqual(zod.data!.context ?? null);
        } else if (zod.success) {
          // Left to zod although zod takes it: allowed, but only for the odd cases.
          expect(json.includes("__proto__") || json.includes("1e+400") || json.includes("null") || typeof raw !== "object").toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same output line as the object the library gets", () => {
    fc.assert(
      fc.property(lineJson, (json) => {
        const fast = scanLineJson(json);
        const slow = scanLine(json);
        expect(fast.error ?? JSON.parse(fast.json!)).toEqual(slow);
        if (!fast.error) expect(fast.json).toBe(JSON.stringify(slow));
      }),
      { numRuns: 300 },
    );
  });
});

describe("scan's output blocks", () => {
  it("answers a line while the input is still open (a caller waiting for each answer)", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const done = scan(stdin, stdout);
    const first = new Promise<string>((resolve) => stdout.once("data", (c: Buffer) => resolve(c.toString())));
    stdin.write(`${JSON.stringify({ id: "a", text: "call 415 555 0199" })}\n`);
    expect(JSON.parse(await first)).toMatchObject({ id: "a", violation: true });
    stdin.end(`${JSON.stringify({ id: "b", text: "hello" })}\r\n{"id":"c","text":`);
    await done;
  });

  it("keeps the order and numbers error lines across blocks and chunks", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (c: Buffer) => chunks.push(c));
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 997 === 5 ? "not json" : JSON.stringify({ id: i, text: `hello ${"x".repeat(i % 50)}` })));
    const input = Buffer.from(lines.join("\r\n"), "utf8");
    const done = scan(stdin, stdout);
    for (let i = 0; i < input.length; i += 7777) stdin.write(input.subarray(i, i + 7777));
    stdin.end();
    const summary = await done;
    const out = Buffer.concat(chunks).toString("utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { id: unknown; line?: number });
    expect(out).toHaveLength(3000);
    expect(summary).toMatchObject({ answered: 3000, errors: 4, firstErrorLine: 6 });
    out.forEach((o, i) => expect(o.line ?? o.id).toBe(i % 997 === 5 ? i + 1 : i));
  });
});
