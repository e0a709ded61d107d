import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceConfig } from "../../src/runtime/config.js";
import { marketplace } from "../../examples/marketplace/server/index.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";
import { signIn } from "./harness.js";
import { chatScreenshot } from "../documents/fixtures/image.js";
import { textPdf } from "../documents/fixtures/pdf.js";
import { docxFromXml } from "../documents/fixtures/word.js";

/** A DOCX with only a project description in it. */
const sampleDocxWithout = async () =>
  docxFromXml('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Brand refresh: three logo concepts, due in two weeks.</w:t></w:r></w:p></w:body></w:document>');

/*
 * The marketplace's browser API over HTTP (no browser): who may do what, and how each decision
 * is delivered. The same service and store as the browser tests; requests carry the signed demo
 * session cookie the user switcher sets (an unknown user gets a hand-written one, which names nobody).
 */

const PHONE = "call me at (415) 555-0199";

describe("marketplace API", () => {
  let service: Service;
  let dataDir: string;
  const config = () => ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 });
  /** Signed cookies per user, for the current service (each store has its own signing key). */
  let cookies = new Map<string, string>();
  const cookieOf = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, (await signIn(service, user)) ?? `cg_demo_user=${user}`);
    return cookies.get(user)!;
  };
  const call = async (user: string | null, method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) => {
    const res = await service.app.inject({ method, url: `/app/api${url}`, headers: user ? { cookie: await cookieOf(user) } : {}, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  };
  const room = async (user: string, id = "demo") => (await call(user, "GET", `/rooms/${id}`)).body;

  /** A new, empty store: the ladder remembers violations, so tests about a first offence start clean. */
  const fresh = async () => {
    await service?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    dataDir = mkdtempSync(join(tmpdir(), "cg-mp-api-"));
    service = await createService(config(), { extend: marketplace() });
    cookies = new Map();
  };
  beforeAll(fresh);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("checks who is acting on every route", async () => {
    expect((await call(null, "GET", "/rooms")).status).toBe(401);
    expect((await call("nobody", "GET", "/rooms")).status).toBe(401);
    expect((await call("demo-enterprise", "GET", "/rooms/demo")).status).toBe(403);
    expect((await call("demo-enterprise", "POST", "/rooms/demo/messages", { text: "hi" })).status).toBe(403);
    expect((await call("demo-reviewer", "POST", "/rooms/demo/messages", { text: "hi" })).status).toBe(403);
    expect((await call("demo-freelancer", "GET", "/console/review-queue")).status).toBe(403);
    expect((await call("demo-client", "GET", "/console/decisions")).status).toBe(403);
    expect((await call("demo-freelancer", "POST", "/jobs", { title: "t", description: "d" })).status).toBe(403);
    expect((await call("demo-freelancer", "POST", "/rooms/demo/contract", { title: "Logo" })).status).toBe(403);
    expect((await call("demo-reviewer", "GET", "/console/review-queue")).status).toBe(200);
  });

  it("a first violation is delivered masked; a repeat with a low-confidence number is held for review", async () => {
    const first = await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: PHONE, clientKey: "k1" });
    expect(first.status).toBe(201);
    expect(first.body.message).toMatchObject({ body: "call me at [phone hidden]", status: "delivered", decision: "warn" });
    // A retried send is one message and one decision.
    const retry = await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: PHONE, clientKey: "k1" });
    expect(retry.body.message.id).toBe(first.body.message.id);
    expect((await service.repo.standing("demo-freelancer")).activeViolations).toBe(1);

    const held = await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: "4155550199" });
    expect(held.body.message).toMatchObject({ status: "held", decision: "review" });
    expect((await room("demo-freelancer")).messages.map((m: { id: string }) => m.id)).toContain(held.body.message.id);
    expect((await room("demo-client")).messages.map((m: { id: string }) => m.id)).not.toContain(held.body.message.id);

    const queue = (await call("demo-reviewer", "GET", "/console/review-queue")).body.items as Array<{ kind: string; decision: { id: string }; message: { body: string } }>;
    const item = queue.find((i) => i.kind === "held_message")!;
    expect(item.message.body).toBe("4155550199");
    expect((await call("demo-reviewer", "POST", `/console/review-queue/${item.decision.id}/resolve`, { outcome: "allowed" })).status).toBe(200);
    const seen = (await room("demo-client")).messages.find((m: { id: string }) => m.id === held.body.message.id);
    expect(seen).toMatchObject({ body: "4155550199", status: "delivered" });
  });

  it("a reported message goes to the review queue; rejecting it removes it from the room", async () => {
    const sent = await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: "let's take this outside the platform and skip the fees" });
    expect(sent.status).toBe(201);
    const id = sent.body.message.id as string;
    expect((await call("demo-freelancer", "POST", `/messages/${id}/report`, { reason: "mine" })).status).toBe(400);
    expect((await call("demo-client", "POST", `/messages/${id}/report`, { reason: "wants to be paid outside" })).status).toBe(201);
    const queue = (await call("demo-reviewer", "GET", "/console/review-queue")).body.items as Array<{ kind: string; decision: { id: string }; message: { id: string } }>;
    const item = queue.find((i) => i.kind === "report" && i.message.id === id)!;
    expect(item).toBeTruthy();
    await call("demo-reviewer", "POST", `/console/review-queue/${item.decision.id}/resolve`, { outcome: "rejected" });
    for (const user of ["demo-client", "demo-freelancer"]) {
      expect((await room(user)).messages.find((m: { id: string }) => m.id === id)).toMatchObject({ status: "removed", body: "" });
    }
  });

  it("an edit is checked again: only the author edits, and contact details added by an edit are masked", async () => {
    const sent = await call("demo-client", "POST", "/rooms/demo/messages", { text: "Can you start next week?" });
    const id = sent.body.message.id as string;
    expect((await call("demo-freelancer", "PATCH", `/messages/${id}`, { text: "hijack" })).status).toBe(403);
    const edited = await call("demo-client", "PATCH", `/messages/${id}`, { text: "Can you start next week? email me: dana@tacos.example.com" });
    expect(edited.status).toBe(200);
    expect(edited.body.message).toMatchObject({ body: "Can you start next week? email me: [email hidden]", decision: "warn" });
    expect(edited.body.message.editedAt).toBeTruthy();
    expect((await service.repo.standing("demo-client")).activeViolations).toBe(1);
  });

  it("the words fit the moment: a preview says what will happen, a sent message what did (never 'remove' what was masked)", async () => {
    await fresh();
    const first = (await call("demo-freelancer", "POST", "/rooms/demo/preview", { text: PHONE })).body;
    expect(first).toMatchObject({ decision: "warn", outcome: expect.stringContaining("will be delivered with the phone number hidden") });
    expect(first.message).toContain("Please remove it");

    const sent = (await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: PHONE, clientKey: "words-1" })).body;
    expect(sent.verdict.outcome).toContain("Delivered with the phone number hidden");
    for (const words of [sent.verdict.message, sent.message.notice]) {
      expect(words).toContain("delivered with contact information hidden");
      expect(words).not.toMatch(/remove/i);
    }
    // A retried send replays the recorded decision (its findings carry a hash, not the text): told the same.
    const retried = await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: PHONE, clientKey: "words-1" });
    expect(retried.status).toBe(201);
    expect(retried.body.verdict.outcome).toBe(sent.verdict.outcome);

    // A repeat is redacted and a bare number reviewed: the preset words those for after sending, the preview does not.
    const repeat = (await call("demo-freelancer", "POST", "/rooms/demo/preview", { text: PHONE })).body;
    expect(repeat).toMatchObject({ decision: "redact", outcome: expect.stringContaining("will be delivered with the phone number hidden") });
    expect(repeat.message).not.toContain("was delivered");
    const held = (await call("demo-freelancer", "POST", "/rooms/demo/preview", { text: "4155550199" })).body;
    expect(held).toMatchObject({ decision: "review", outcome: expect.stringContaining("will be held for review") });
    expect(held.message).not.toContain("is being held");
    // Sent, it is held, and then it says so.
    const heldSent = (await call("demo-freelancer", "POST", "/rooms/demo/messages", { text: "4155550199" })).body;
    expect(heldSent.message.notice).toContain("is being held");
    expect(heldSent.verdict.outcome).toContain("Held for review");
  });

  it("forms preview before submit: field spans, the surface's rules, nothing recorded, and who may ask", async () => {
    await fresh();
    const before = await service.repo.countDecisions();
    const job = await call("demo-client", "POST", "/forms/preview", { surface: "job_post", fields: { title: "Logo", description: "Send ideas to tacos.el.rey@gmail.com" } });
    expect(job.status).toBe(200);
    expect(job.body).toMatchObject({ decision: "block", accepted: false, findings: [{ field: "description", text: "tacos.el.rey@gmail.com" }] });
    expect(job.body.message).toMatch(/^We can't post your job yet/);
    const clean = await call("demo-client", "POST", "/forms/preview", { surface: "job_post", fields: { title: "Logo", description: "A bold logo for a taco truck." } });
    expect(clean.body).toMatchObject({ decision: "allow", accepted: true, findings: [] });
    const portfolio = await call("demo-freelancer", "POST", "/forms/preview", { surface: "portfolio", fields: { title: "Menus", description: "Reach me at kenji@example.com" } });
    expect(portfolio.body).toMatchObject({ decision: "notice", accepted: true });
    expect(await service.repo.countDecisions()).toBe(before);

    expect((await call("demo-freelancer", "POST", "/forms/preview", { surface: "job_post", fields: { title: "t", description: "d" } })).status).toBe(403);
    expect((await call(null, "POST", "/forms/preview", { surface: "job_post", fields: { title: "t", description: "d" } })).status).toBe(401);
    expect((await call("demo-client", "POST", "/forms/preview", { surface: "job_post", fields: { title: "t", body: "d" } })).status).toBe(400);
    expect((await call("demo-client", "POST", "/forms/preview", { surface: "message", fields: { text: "d" } })).status).toBe(400);
    expect((await call("demo-freelancer", "POST", "/forms/preview", { surface: "proposal", jobId: "no-such-job", fields: { coverLetter: "hi" } })).status).toBe(404);
  });

  it("forms use their surface: proposals blocked with field spans, portfolios noticed (S5), Enterprise exempt (E1)", async () => {
    await fresh();
    const job = await call("demo-enterprise", "POST", "/jobs", { title: "Brand refresh", description: "Questions? procurement@acme.example.com" });
    expect(job.status).toBe(201);
    const proposal = await call("demo-freelancer", "POST", `/jobs/${job.body.job.id}/proposals`, { coverLetter: "Happy to help, text me on 415 555 0199" });
    expect(proposal.status).toBe(201); // Enterprise on either side (E1)

    const basicJob = await call("demo-client", "POST", "/jobs", { title: "Menu design", description: "A one-page menu for a food truck." });
    expect(basicJob.status).toBe(201);
    const refused = await call("demo-freelancer", "POST", `/jobs/${basicJob.body.job.id}/proposals`, { coverLetter: "Happy to help, text me on 415 555 0199" });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "policy_refused", decision: "block" });
    expect(refused.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ field: "coverLetter", text: "415 555 0199", clause: "C1" })]));

    const item = await call("demo-freelancer", "POST", "/portfolio", { title: "Menu for Tacos El Rey", description: "The printed menu, with the truck's number (512) 555-0142 on the back." });
    expect(item.status).toBe(201);
    expect(item.body.item.notice).toContain("contact must stay on the platform");
    const profile = await call("demo-freelancer", "PUT", "/profile", { headline: "Designer", bio: "Reach me on WhatsApp +91 98200 12345" });
    expect(profile.status).toBe(422);
  });

  it("contracts: only the freelancer accepts, either party closes, and a closed contract allows with a notice", async () => {
    await fresh();
    const room = await call("demo-freelancer", "POST", "/rooms", { withUserId: "demo-client" });
    expect(room.status).toBe(200);
    // A declined offer never made a contract: still before a contract (W1).
    const declined = await call("demo-client", "POST", `/rooms/${room.body.id}/contract`, { title: "Too early", startsAt: "2099-01-01" });
    expect((await call("demo-freelancer", "POST", `/contracts/${declined.body.contract.id}/close`)).body.contract.status).toBe("declined");
    expect((await call("demo-freelancer", "POST", `/rooms/${room.body.id}/preview`, { text: PHONE })).body).toMatchObject({ decision: "warn", violation: true });
    const offer = await call("demo-client", "POST", `/rooms/${room.body.id}/contract`, { title: "Test logo", kind: "test" });
    expect(offer.body.contract).toMatchObject({ status: "offered", kind: "test", started: false });
    expect((await call("demo-client", "POST", `/contracts/${offer.body.contract.id}/accept`)).status).toBe(403);
    expect((await call("demo-freelancer", "POST", `/contracts/${offer.body.contract.id}/accept`)).body.contract).toMatchObject({ status: "active", started: true });
    expect((await call("demo-client", "POST", `/contracts/${offer.body.contract.id}/close`)).body.contract.status).toBe("closed");
    const preview = await call("demo-freelancer", "POST", `/rooms/${room.body.id}/preview`, { text: PHONE });
    expect(preview.body).toMatchObject({ decision: "notice", violation: false, findings: [] });
    expect((await call("demo-enterprise", "GET", `/contracts/${offer.body.contract.id}`)).status).toBe(403);
  });

  it("the demo seed is idempotent and the marketplace survives a restart", async () => {
    await call("demo-client", "POST", "/rooms/demo/messages", { text: "Still there after a restart?" });
    await service.close();
    service = await createService(config(), { extend: marketplace() });
    const users = (await call(null, "GET", "/users")).body.users as Array<{ id: string }>;
    expect(users.map((u) => u.id).sort()).toEqual(["demo-client", "demo-enterprise", "demo-freelancer", "demo-reviewer"]);
    expect((await room("demo-client")).messages.map((m: { body: string }) => m.body)).toContain("Still there after a restart?");
    expect(((await call("demo-freelancer", "GET", "/rooms")).body.rooms as unknown[]).length).toBe(2);
  });

  it("attachments are judged by their contents: a PDF with a phone number is refused, a renamed image too, a ZIP by its name", async () => {
    await fresh();
    const upload = async (name: string, bytes: Buffer, type = "application/octet-stream") => {
      const boundary = "----cgmp";
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await service.app.inject({
        method: "POST",
        url: "/app/api/rooms/demo/attachments",
        headers: { cookie: await cookieOf("demo-freelancer"), "content-type": `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      return { status: res.statusCode, body: res.json() as Record<string, any> };
    };
    const withPhone = await upload("listing.pdf", await textPdf(), "application/pdf");
    expect(withPhone.status).toBe(422);
    expect(withPhone.body).toMatchObject({ code: "policy_refused", decision: "block" });
    expect(withPhone.body.findings.map((f: { type: string }) => f.type)).toContain("phone");
    const renamed = await upload("cv.pdf", chatScreenshot().png, "application/pdf");
    expect(renamed).toMatchObject({ status: 415, body: { code: "type_mismatch" } });
    const zip = await upload("site-backup.zip", Buffer.from("PK\x05\x06" + "\0".repeat(18), "latin1"), "application/zip");
    expect(zip.status).toBe(201);
    const clean = await upload("brief.docx", await sampleDocxWithout(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(clean.status).toBe(201);
    const files = (await room("demo-client")).attachments.map((a: { filename: string }) => a.filename);
    expect(files).toEqual(expect.arrayContaining(["site-backup.zip", "brief.docx"]));
    expect(files).not.toContain("listing.pdf");
  }, 60_000);
});
