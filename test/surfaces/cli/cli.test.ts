import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { scan, scanLine } from "../../../src/surfaces/cli/commands/scan.js";

async function runScan(input: string): Promise<unknown[]> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c.toString()));
  const done = scan(stdin, stdout);
  stdin.end(input);
  await done;
  return chunks.join("").trim().split("\n").map((l) => JSON.parse(l) as unknown);
}

describe("scan (JSON Lines)", () => {
  it("answers every line in order, with findings and the interim decision", async () => {
    const out = (await runScan(
      [
        JSON.stringify({ id: "a", text: "mail tacos.el.rey@gmail.com", context: { surface: "message" } }),
        JSON.stringify({ id: "b", text: "Budget $3,000, start 2026-04-01" }),
        JSON.stringify({ id: 3, text: "see github.com/kenji" }),
      ].join("\n"),
    )) as Array<Record<string, unknown>>;
    expect(out.map((o) => o.id)).toEqual(["a", "b", 3]);
    expect(out[0]).toMatchObject({ violation: true, decision: "warn", clauses: ["C2", "W1"], redactedText: "mail [email hidden]" });
    expect((out[0]!.findings as Array<Record<string, unknown>>)[0]).toMatchObject({ type: "email", start: 5, end: 27, value: "tacos.el.rey@gmail.com" });
    expect(out[1]).toMatchObject({ violation: false, decision: "allow", findings: [] });
    expect(out[2]).toMatchObject({ violation: false, findings: [{ type: "portfolio_link" }] });
  });

  it("reports bad lines with an error and carries on", async () => {
    const out = (await runScan(['{"id":"x","text":42}', "not json", '{"id":"y","text":"ok"}', "", '{"text":"no id"}'].join("\n"))) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: "x", error: { code: "invalid_input" } });
    expect((out[0]!.error as { message: string }).message).toContain("text");
    expect(out[1]).toMatchObject({ id: null, error: { code: "invalid_json" } });
    expect(out[2]).toMatchObject({ id: "y", violation: false });
    expect(out[3]).toMatchObject({ id: null, violation: false });
  });

  it("rejects a non-object context clearly", () => {
    expect(scanLine('{"id":"c","text":"hi","context":"message"}')).toMatchObject({ id: "c", error: { code: "invalid_input" } });
  });

  it("names the bad context field", () => {
    const out = scanLine('{"id":"d","text":"hi","context":{"surface":"chatroom"}}') as { error: { code: string; message: string } };
    expect(out.error.code).toBe("invalid_context");
    expect(out.error.message).toContain("context.surface");
    const plan = scanLine('{"id":"e","text":"hi","context":{"sender":{"role":"client","plan":"gold"}}}') as { error: { message: string } };
    expect(plan.error.message).toContain("context.sender.plan");
  });

  it("applies the hygiene rule: ids with a NUL or lone surrogate are invalid_string, texts are decided as given", () => {
    const badId = scanLine(JSON.stringify({ id: "line\u0000one", text: "hi" })) as { id: unknown; error: { code: string; message: string } };
    expect(badId.error.code).toBe("invalid_string");
    expect(badId.error.message).toContain("id");
    expect(badId.id).toBe("line\uFFFDone");
    const badSender = scanLine(JSON.stringify({ id: "s", text: "hi", context: { sender: { id: "fl\ud800", role: "freelancer" } } })) as { error: { code: string; message: string } };
    expect(badSender.error).toMatchObject({ code: "invalid_string", message: expect.stringContaining("context.sender.id") });
    // A NUL inside the text is no reason to skip the decision.
    expect(scanLine(JSON.stringify({ id: "t", text: "call me at (415) 555-0199\u0000" }))).toMatchObject({ id: "t", violation: true });
  });

  it("streams: a large input produces the same number of lines", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? "call (415) 555-0199" : "hello there" }));
    const out = (await runScan(lines.join("\n"))) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(2000);
    expect(out[1999]).toMatchObject({ id: 1999, violation: true });
  });
});

describe("the contactguard bin", () => {
  const bin = fileURLToPath(new URL("../../../bin/contactguard.js", import.meta.url));
  it("scans stdin to stdout", () => {
    const r = spawnSync(process.execPath, [bin, "scan"], { input: '{"id":"1","text":"WhatsApp me on +91 98200 12345"}\n', encoding: "utf8" });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Array<{ type: string; value: string }> };
    expect(out.findings.some((f) => f.type === "phone" && f.value === "+919820012345")).toBe(true);
  });
  it("check explains findings for people", () => {
    const r = spawnSync(process.execPath, [bin, "check", "mail me at kenji (at) sato-studio (dot) jp"], { encoding: "utf8" });
    expect(r.stdout).toContain("C2");
    expect(r.stdout).toContain("kenji@sato-studio.jp");
    expect(r.stdout).toContain("spelled_at_dot");
    expect(r.status).toBe(1);
  });
  it("rejects unknown commands with usage", () => {
    const r = spawnSync(process.execPath, [bin, "frobnicate"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage");
  });
});

describe("check reads stdin", () => {
  it("explains text piped on stdin", () => {
    const bin = fileURLToPath(new URL("../../../bin/contactguard.js", import.meta.url));
    const r = spawnSync(process.execPath, [bin, "check"], { input: "mail me at kenji (at) sato-studio (dot) jp", encoding: "utf8" });
    expect(r.stdout).toContain("kenji@sato-studio.jp");
    expect(r.status).toBe(1);
  });
});
