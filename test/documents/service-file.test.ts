import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BACKENDS } from "../helpers/backends.js";
import type { Service } from "../../src/surfaces/http/server.js";
import { LONG_TEXT_CHARS } from "../../src/enforce/enforcer.js";
import { createGuard } from "../../src/guard.js";
import { textPdf, TEXT_PDF } from "./fixtures/pdf.js";
import { chatScreenshot } from "./fixtures/image.js";

/*
 * POST /v1/check/file against both stores: the same decision shape as /v1/check plus the file's
 * type and each finding's location, recorded in the ledger; unreadable files get their code and
 * an HTTP status; the upload is streamed and never outlives the request.
 */

const dir = mkdtempSync(join(tmpdir(), "cg-svcfile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function multipart(parts: Array<{ name: string; value: string | Buffer; filename?: string; type?: string }>): { body: Buffer; contentType: string } {
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

for (const backend of BACKENDS) {
  describe(`POST /v1/check/file (${backend.name})`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const opened = await backend.open();
      service = opened.service;
      keys = opened.keys;
      cleanup = opened.cleanup;
    });
    afterAll(async () => {
      await service.close();
      await cleanup();
    });

    const post = (parts: Parameters<typeof multipart>[0], key = keys.platform) => {
      const { body, contentType } = multipart(parts);
      return service.app.inject({ method: "POST", url: "/v1/check/file", headers: { authorization: `Bearer ${key}`, "content-type": contentType }, payload: body });
    };

    it("decides on a PDF, locates each finding by page and line, and records it", async () => {
      // Named "portfolio": one word is not evidence enough for the S5 portfolio allowance.
      const pdf = await textPdf();
      const context = { sender: { id: "fl-file-1", role: "freelancer" }, recipient: { id: "cl-1", role: "client" } };
      const res = await post([
        { name: "context", value: JSON.stringify(context) },
        { name: "file", value: pdf, filename: "portfolio.pdf", type: "application/pdf" },
      ]);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ violation: true, decision: "block", recorded: true, file: { name: "portfolio.pdf", type: "pdf", pages: TEXT_PDF.pages.length } });
      const email = body.findings.find((f: { type: string }) => f.type === "email");
      expect(email.location).toEqual({ kind: "page", page: 1, line: 2 });
      expect(body.clauses).toContain("W2");
      const stored = (await service.app.inject({ method: "GET", url: `/v1/decisions/${body.decisionId}`, headers: { authorization: `Bearer ${keys.reviewer}` } })).json();
      expect(stored).toMatchObject({ surface: "attachment", decision: "block", context: { file: { name: "portfolio.pdf", type: "pdf" } } });
      const standing = (await service.app.inject({ method: "GET", url: "/v1/accounts/fl-file-1/standing", headers: { authorization: `Bearer ${keys.reviewer}` } })).json();
      expect(standing.activeViolations).toBe(1);
    });

    it("previews without recording, and replays an idempotency key", async () => {
      const card = Buffer.from("BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nTEL:+44 20 7946 0958\nEND:VCARD\n");
      const preview = (await post([{ name: "mode", value: "preview" }, { name: "file", value: card, filename: "ann.vcf" }])).json();
      expect(preview).toMatchObject({ decisionId: null, recorded: false, decision: "block", file: { type: "vcard" } });
      const first = (await post([{ name: "idempotencyKey", value: "file-key-1" }, { name: "file", value: card, filename: "ann.vcf" }])).json();
      const again = (await post([{ name: "idempotencyKey", value: "file-key-1" }, { name: "file", value: card, filename: "ann.vcf" }])).json();
      expect(again.decisionId).toBe(first.decisionId);
      expect(again.recorded).toBe(false);
    });

    it("answers unreadable files with their code and status, and keeps no upload", async () => {
      const corrupt = await post([{ name: "file", value: Buffer.from("%PDF-1.7\n" + "garbage ".repeat(200)), filename: "broken.pdf" }]);
      expect(corrupt.statusCode).toBe(422);
      expect(corrupt.json().code).toMatch(/^(corrupt|truncated)$/);
      const mismatch = await post([{ name: "file", value: Buffer.from("plain words only"), filename: "scan.png" }]);
      expect(mismatch.statusCode).toBe(415);
      expect(mismatch.json().code).toBe("type_mismatch");
      const badContext = await post([{ name: "context", value: JSON.stringify({ surface: "nowhere" }) }, { name: "file", value: Buffer.from("hi"), filename: "a.txt" }]);
      expect(badContext.statusCode).toBe(400);
      expect(badContext.json()).toMatchObject({ code: "invalid_context" });
      expect(badContext.json().message).toContain("context.surface");
      const noFile = await post([{ name: "context", value: "{}" }]);
      expect(noFile.statusCode).toBe(400);
      const notJson = await post([{ name: "context", value: "{nope" }, { name: "file", value: Buffer.from("hi"), filename: "a.txt" }]);
      expect(notJson.json()).toMatchObject({ statusCode: 400, code: "invalid_request" });
      const uploads = readdirSync(tmpdir()).filter((d) => d.startsWith(`contactguard-uploads-${process.pid}`));
      for (const u of uploads) expect(readdirSync(join(tmpdir(), u))).toEqual([]);
    });

    it("decides a long text on the pool thread with the same answer as inline", async () => {
      const text = "Project notes. ".repeat(3000) + "Reach me on WhatsApp +91 98200 12345.";
      expect(text.length).toBeGreaterThan(LONG_TEXT_CHARS);
      const context = { surface: "message", sender: { id: "long-text-sender", role: "freelancer" } } as const;
      const res = await service.app.inject({ method: "POST", url: "/v1/check", headers: { authorization: `Bearer ${keys.platform}` }, payload: { text, context } });
      expect(res.statusCode).toBe(200);
      const inline = createGuard().check(text, context);
      const body = res.json();
      expect(body.decision).toBe(inline.decision);
      expect(body.findings.map((f: { type: string; start: number; end: number }) => [f.type, f.start, f.end])).toEqual(inline.findings.map((f) => [f.type, f.start, f.end]));
    });

    it("requires a platform key", async () => {
      const res = await post([{ name: "file", value: Buffer.from("hi"), filename: "a.txt" }], keys.reviewer);
      expect(res.statusCode).toBe(403);
    });
  });
}

describe("POST /v1/check/file over a real connection", () => {
  let service: Service;
  let platform: string;
  let cleanup: () => Promise<void>;
  let port: number;
  beforeAll(async () => {
    const opened = await BACKENDS[0]!.open();
    service = opened.service;
    platform = opened.keys.platform;
    cleanup = opened.cleanup;
    await service.app.listen({ port: 0, host: "127.0.0.1" });
    port = (service.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await service.close();
    await cleanup();
  });

  /** Sends a body of `length` bytes in 1 MB chunks and resolves with the status and how much was accepted before the answer. */
  function send(headers: Record<string, string>, chunks: AsyncIterable<Buffer> | Buffer): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ agent: false, host: "127.0.0.1", port, method: "POST", path: "/v1/check/file", headers: { authorization: `Bearer ${platform}`, ...headers } }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", (err) => (String(err).includes("EPIPE") || String(err).includes("ECONNRESET") ? undefined : reject(err)));
      if (Buffer.isBuffer(chunks)) req.end(chunks);
      else
        void (async () => {
          for await (const c of chunks) if (!req.write(c)) await new Promise((r) => req.once("drain", r));
          req.end();
        })().catch(() => undefined);
    });
  }

  it("refuses a 96 MB upload by its Content-Length before reading it", async () => {
    const { contentType } = multipart([]);
    const res = await send({ "content-type": contentType, "content-length": String(96 * 1024 * 1024) }, Buffer.alloc(0));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ code: "file_too_large" });
  });

  it("refuses a 96 MB upload sent without a length, keeping nothing of it", async () => {
    const boundary = "----cgbig";
    async function* body() {
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n%PDF-1.7\n`);
      const mb = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 96; i++) yield mb;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const res = await send({ "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" }, body());
    expect(res.body).toContain("file_too_large");
    expect(res.status).toBe(413);
  });

  it("keeps answering message checks while an image is OCR'd on the document pool", async () => {
    const { body, contentType } = multipart([{ name: "file", value: chatScreenshot().png, filename: "chat.png", type: "image/png" }]);
    const order: string[] = [];
    const file = send({ "content-type": contentType, "content-length": String(body.length) }, body).then((r) => {
      order.push("file");
      return r;
    });
    const texts = Array.from({ length: 20 }, (_, i) =>
      fetch(`http://127.0.0.1:${port}/v1/check`, {
        method: "POST",
        headers: { authorization: `Bearer ${platform}`, "content-type": "application/json" },
        body: JSON.stringify({ text: `hello ${i}, the budget is $300` }),
      }).then(async (r) => {
        order.push("text");
        return r.status;
      }),
    );
    expect(await Promise.all(texts)).toEqual(Array(20).fill(200));
    const fileRes = await file;
    expect(fileRes.status).toBe(200);
    expect(JSON.parse(fileRes.body).findings.some((f: { type: string }) => f.type === "phone")).toBe(true);
    // Every text check was answered before the OCR finished: the event loop was never held by it.
    expect(order.indexOf("file")).toBe(20);
  }, 60_000);
});
