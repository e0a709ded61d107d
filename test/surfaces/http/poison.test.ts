import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * Issue 16, defect 1: look-ups of one moment share one query and decisions of one moment share one
 * INSERT, and PostgreSQL refuses a NUL or a lone surrogate for the whole statement. One poison
 * request among 200 concurrent valid ones must fail no valid one, on both stores, whatever carries
 * the poison. Ids and keys are refused (400 invalid_string); texts are decided and stored repaired.
 */

const NUL = "\u0000";
const LONE = "\ud800";
const RUN = Math.random().toString(36).slice(2, 8);
const VALID = 200;

function multipart(parts: Array<{ name: string; value: string | Buffer; filename?: string }>): { body: Buffer; contentType: string } {
  const boundary = `----cg${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const party = (id: string, role: "client" | "freelancer") => ({ id, role, plan: "basic" });

/** A poison form: how the poison request is sent, and what it must get. */
interface PoisonForm {
  name: string;
  /** Valid traffic goes through the same route as the poison (a file is decided on the pool, later than a message). */
  route: "check" | "file";
  poison: (tag: string) => { text?: string; context?: Record<string, unknown>; idempotencyKey?: string; filename?: string };
  expect: { status: 200; violation?: boolean } | { status: 400; code: "invalid_string" };
}

const FORMS: PoisonForm[] = [
  { name: "a NUL in the recipient id", route: "check", poison: (t) => ({ text: "Budget is fine", context: { sender: party(`s-${t}`, "freelancer"), recipient: party(`r${NUL}${t}`, "client") } }), expect: { status: 400, code: "invalid_string" } },
  { name: "a lone surrogate in the sender id", route: "check", poison: (t) => ({ text: "Budget is fine", context: { sender: party(`s${LONE}${t}`, "freelancer") } }), expect: { status: 400, code: "invalid_string" } },
  { name: "a NUL in the idempotency key", route: "check", poison: (t) => ({ text: "Budget is fine", idempotencyKey: `k${NUL}${t}` }), expect: { status: 400, code: "invalid_string" } },
  { name: "a lone surrogate in a URL in the text", route: "check", poison: () => ({ text: `see https://example.com/a${LONE}b for the brief` }), expect: { status: 200 } },
  { name: "a NUL in the message text (with a phone number)", route: "check", poison: () => ({ text: `call me at (415) 555-0199${NUL} ok` }), expect: { status: 200, violation: true } },
  { name: "a NUL in a document name", route: "file", poison: (t) => ({ text: "Budget is fine", filename: `brief${NUL}${t}.txt` }), expect: { status: 400, code: "invalid_string" } },
];

for (const backend of BACKENDS) {
  describe(`one poison among ${VALID} concurrent requests (${backend.name})`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    const check = (body: Record<string, unknown>) =>
      service.app.inject({ method: "POST", url: "/v1/check", headers: { authorization: `Bearer ${keys.platform}` }, payload: body });
    const file = (r: { text?: string; context?: Record<string, unknown>; idempotencyKey?: string; filename?: string }) => {
      const { body, contentType } = multipart([
        ...(r.context ? [{ name: "context", value: JSON.stringify(r.context) }] : []),
        ...(r.idempotencyKey ? [{ name: "idempotencyKey", value: r.idempotencyKey }] : []),
        { name: "file", value: Buffer.from(r.text ?? "hello"), filename: r.filename ?? "notes.txt" },
      ]);
      return service.app.inject({ method: "POST", url: "/v1/check/file", headers: { authorization: `Bearer ${keys.platform}`, "content-type": contentType }, payload: body });
    };

    for (const form of FORMS) {
      it(`${form.name}: 0 valid requests fail`, async () => {
        const tag = `${RUN}-${form.name.replace(/\W+/g, "-")}`;
        // Valid traffic: senders, recipients and idempotency keys, so the look-ups and the INSERT are all shared.
        const valid = Array.from({ length: VALID }, (_, i) => ({
          text: i % 2 ? "Budget $3,000, start next week" : "Can you share the draft by Friday?",
          context: { sender: party(`fl-${tag}-${i}`, "freelancer"), recipient: party(`cl-${tag}-${i % 7}`, "client") },
          idempotencyKey: `ok-${tag}-${i}`,
          filename: `notes-${i}.txt`,
        }));
        const send = form.route === "check" ? (r: (typeof valid)[number] | ReturnType<PoisonForm["poison"]>) => check(r) : file;
        const before = await service.repo.countDecisions();
        const requests = valid.map((v) => send(v));
        requests.splice(VALID / 2, 0, send(form.poison(tag)));
        const replies = await Promise.all(requests);
        const poison = replies.splice(VALID / 2, 1)[0]!;

        const failed = replies.filter((r) => r.statusCode !== 200).map((r) => `${r.statusCode} ${r.body.slice(0, 120)}`);
        expect(failed).toEqual([]);
        for (const r of replies) expect(r.json()).toMatchObject({ recorded: true });

        expect(poison.statusCode, poison.body).toBe(form.expect.status);
        if (form.expect.status === 400) expect(poison.json()).toEqual({ statusCode: 400, code: form.expect.code, message: expect.any(String) });
        else {
          expect(poison.json()).toMatchObject({ recorded: true, ...(form.expect.violation ? { violation: true } : {}) });
        }
        await service.runtime.enforcer.drain();
        expect(await service.repo.countDecisions()).toBe(before + VALID + (form.expect.status === 200 ? 1 : 0));
      }, 180_000);
    }
  });
}
