import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";
import { textPdf, TEXT_PDF } from "../../documents/fixtures/pdf.js";

/*
 * Issue 20, shadow mode on POST /v1/check/file: the multipart field `mode: shadow` and the preset's
 * `rollout: "shadow"`. As on POST /v1/check: the file is read and decided, the decision recorded
 * flagged `shadow`, the caller answered `allow` with `wouldDecide` (its findings keep their places in
 * the file), and no violation counts.
 */

const RATES = "Portfolio and rates\nCall me on 415-555-0132\n";
const ctx = (senderId: string) => ({ sender: { id: senderId, role: "freelancer", plan: "basic" }, recipient: { id: "cl-shadow-file", role: "client", plan: "basic" } });

type Part = { name: string; value: string | Buffer; filename?: string; type?: string };
function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----cg${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ""}\r\n`));
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A service on `backend`, with its keys and the file route and read helpers. */
function serviceOn(backend: (typeof BACKENDS)[number], policy?: Record<string, unknown>) {
  const s = {} as { service: Service; keys: Record<"platform" | "reviewer" | "admin", string>; cleanup: () => Promise<void>; dir?: string };
  beforeAll(async () => {
    let policyFile: string | undefined;
    if (policy) {
      s.dir = mkdtempSync(join(tmpdir(), "cg-shadow-file-"));
      policyFile = join(s.dir, "policy.json");
      writeFileSync(policyFile, JSON.stringify(policy));
    }
    ({ service: s.service, keys: s.keys, cleanup: s.cleanup } = await backend.open(policyFile ? { policyFile } : {}));
  }, 60_000);
  afterAll(async () => {
    await s.service?.close();
    await s.cleanup?.();
    if (s.dir) rmSync(s.dir, { recursive: true, force: true });
  });
  const auth = (k: string) => ({ authorization: `Bearer ${k}` });
  return {
    post: (parts: Part[]) => {
      const { body, contentType } = multipart(parts);
      return s.service.app.inject({ method: "POST", url: "/v1/check/file", headers: { ...auth(s.keys.platform), "content-type": contentType }, payload: body });
    },
    get: (url: string) => s.service.app.inject({ method: "GET", url, headers: auth(s.keys.reviewer) }),
  };
}

for (const backend of BACKENDS) {
  describe(`POST /v1/check/file in shadow mode on ${backend.name}`, () => {
    const { post, get } = serviceOn(backend);
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

    it("a PDF: answered allow with wouldDecide (findings located in the file), recorded as shadow, no strike; enforced, it strikes", async () => {
      const sender = `shf-pdf-${run}`;
      const pdf = await textPdf();
      const res = await post([
        { name: "mode", value: "shadow" },
        { name: "context", value: JSON.stringify(ctx(sender)) },
        { name: "file", value: pdf, filename: "portfolio.pdf", type: "application/pdf" },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ decision: "allow", violation: false, message: "", clauses: [], findings: [], shadow: true, recorded: true, file: { name: "portfolio.pdf", type: "pdf", pages: TEXT_PDF.pages.length } });
      expect(body).not.toHaveProperty("redactedText");
      expect(body.wouldDecide).toMatchObject({ decision: "block", violation: true });
      expect(body.wouldDecide.clauses).toContain("W2");
      const email = body.wouldDecide.findings.find((f: { type: string }) => f.type === "email");
      expect(email.location).toEqual({ kind: "page", page: 1, line: 2 });
      expect(body.standing).toMatchObject({ activeViolations: 0, totalViolations: 0 });

      const stored = (await get(`/v1/decisions/${body.decisionId}`)).json();
      expect(stored).toMatchObject({ shadow: true, surface: "attachment", decision: "block", violation: true, reviewStatus: null, context: { file: { name: "portfolio.pdf", type: "pdf" } } });
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 0, totalViolations: 0 });
      expect((await get(`/v1/accounts/${sender}/violations`)).json().violations).toEqual([]);

      // The control: the same file enforced is blocked and counts.
      const enforced = (await post([{ name: "context", value: JSON.stringify(ctx(sender)) }, { name: "file", value: pdf, filename: "portfolio.pdf", type: "application/pdf" }])).json();
      expect(enforced).toMatchObject({ decision: "block", violation: true });
      expect(enforced).not.toHaveProperty("shadow");
      expect(enforced).not.toHaveProperty("wouldDecide");
      expect((await get(`/v1/decisions/${enforced.decisionId}`)).json()).toMatchObject({ shadow: false });
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 1 });
    });

    it("a text file: a shadow retry with its idempotency key replays the shadow answer; the same key with enforce is 409", async () => {
      const sender = `shf-txt-${run}`;
      const key = `shadow-file-${run}`;
      const parts = (mode: string): Part[] => [
        { name: "mode", value: mode },
        { name: "idempotencyKey", value: key },
        { name: "context", value: JSON.stringify(ctx(sender)) },
        { name: "file", value: RATES, filename: "rates.txt", type: "text/plain" },
      ];
      const first = (await post(parts("shadow"))).json();
      expect(first).toMatchObject({ decision: "allow", shadow: true, recorded: true, wouldDecide: { violation: true } });
      expect(first.wouldDecide.redactedText).toContain("Call me on [phone hidden]");
      const phone = first.wouldDecide.findings.find((f: { type: string }) => f.type === "phone");
      expect(phone).toMatchObject({ location: { kind: "line", line: 2 } });
      const retry = (await post(parts("shadow"))).json();
      expect(retry).toMatchObject({ decision: "allow", shadow: true, recorded: false, decisionId: first.decisionId, wouldDecide: { violation: true } });
      const enforce = await post(parts("enforce"));
      expect(enforce.statusCode).toBe(409);
      expect(enforce.json().code).toBe("idempotency_conflict");
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 0 });
    });

    it("refuses a mode it does not know", async () => {
      const res = await post([{ name: "mode", value: "shadowy" }, { name: "file", value: RATES, filename: "rates.txt" }]);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: "invalid_request" });
      expect(res.json().message).toContain("shadow");
    });
  });

  describe(`POST /v1/check/file under the preset's rollout: shadow on ${backend.name}`, () => {
    const preset = JSON.parse(readFileSync(new URL("../../../presets/marketplace-default.json", import.meta.url), "utf8")) as Record<string, unknown>;
    const { post, get } = serviceOn(backend, { ...preset, rollout: "shadow" });
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

    it("every recorded file check is a shadow one; a preview stays a preview", async () => {
      const sender = `shf-roll-${run}`;
      const file: Part = { name: "file", value: RATES, filename: "rates.txt", type: "text/plain" };
      const res = await post([{ name: "context", value: JSON.stringify(ctx(sender)) }, file]);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ decision: "allow", violation: false, findings: [], shadow: true, recorded: true, wouldDecide: { violation: true } });
      expect((await get(`/v1/decisions/${res.json().decisionId}`)).json()).toMatchObject({ shadow: true, violation: true });
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 0, totalViolations: 0 });

      const preview = (await post([{ name: "mode", value: "preview" }, { name: "context", value: JSON.stringify(ctx(sender)) }, file])).json();
      expect(preview).toMatchObject({ violation: true, recorded: false, decisionId: null });
      expect(preview).not.toHaveProperty("shadow");
    });
  });
}
