import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scan } from "../../../src/surfaces/cli/commands/scan.js";
import { scanLine } from "../../../src/surfaces/cli/commands/scan-line.js";

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
    // Error lines carry the input's line number (blank lines counted), answered lines do not.
    expect(out.map((o) => o.line)).toEqual([1, 2, undefined, undefined]);
  });

  it("rejects a non-object context clearly", async () => {
    expect(scanLine('{"id":"c","text":"hi","context":"message"}')).toMatchObject({ id: "c", error: { code: "invalid_input" } });
  });

  it("names the bad context field", async () => {
    const out = scanLine('{"id":"d","text":"hi","context":{"surface":"chatroom"}}') as { error: { code: string; message: string } };
    expect(out.error.code).toBe("invalid_context");
    expect(out.error.message).toContain("context.surface");
    const plan = scanLine('{"id":"e","text":"hi","context":{"sender":{"role":"client","plan":"gold"}}}') as { error: { message: string } };
    expect(plan.error.message).toContain("context.sender.plan");
  });

  it("applies the hygiene rule: ids with a NUL or lone surrogate are invalid_string, texts are decided as given", async () => {
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

/*
 * The bin as people and pipelines run it (`node bin/contactguard.js`, which runs dist/: build it first
 * with `npm run build:lib`): exit codes, what goes to stdout and stderr, closed pipes.
 */
const bin = fileURLToPath(new URL("../../../bin/contactguard.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cg-cli-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a child to its end, feeding `input` on stdin (async: a blocking spawnSync would stall the test runner). */
function run(file: string, args: string[], input = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined); // a command that refuses its options before reading stdin
    child.stdin.end(input);
  });
}

const cli = (args: string[], input?: string) => run(process.execPath, [bin, ...args], input);

/** A real shell pipeline; `pipefail` makes its status the first failing command's, so contactguard's counts. */
const pipeline = (command: string) => run("bash", ["-c", `set -o pipefail; ${command}`]);

const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
const parse = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
const VIOLATION = { id: "v", text: "WhatsApp me on +91 98200 12345" };
const CLEAN = { id: "c", text: "Budget $3,000, start 2026-04-01" };
const STACK = /\n\s+at /;
/** Each test spawns node a few times; on a busy 2-core machine one start can take seconds. */
const SLOW = { timeout: 240_000 };

beforeAll(async () => {
  // A stale dist/ is rebuilt by the first run (said on stderr): let that happen here, not in a test that reads stderr.
  expect((await cli(["--version"])).code).toBe(0);
}, 300_000);

describe("the contactguard bin", SLOW, () => {
  it("scans stdin to stdout", async () => {
    const r = await cli(["scan"], '{"id":"1","text":"WhatsApp me on +91 98200 12345"}\n');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Array<{ type: string; value: string }> };
    expect(out.findings.some((f) => f.type === "phone" && f.value === "+919820012345")).toBe(true);
  });
  it("check explains findings for people", async () => {
    const r = await cli(["check", "mail me at kenji (at) sato-studio (dot) jp"]);
    expect(r.stdout).toContain("C2");
    expect(r.stdout).toContain("kenji@sato-studio.jp");
    expect(r.stdout).toContain("spelled_at_dot");
    expect(r.code).toBe(1);
  });
  it("rejects unknown commands with usage", async () => {
    const r = await cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage");
  });
  it("check reads stdin: 1 on a violation, 0 on clean text, 0 with --exit-zero", async () => {
    const r = await cli(["check"], "mail me at kenji (at) sato-studio (dot) jp");
    expect(r.stdout).toContain("kenji@sato-studio.jp");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect((await cli(["check"], "see you tomorrow")).code).toBe(0);
    expect((await cli(["check", "--exit-zero"], "mail me at kenji (at) sato-studio (dot) jp")).code).toBe(0);
  });
});

describe("scan's exit codes", SLOW, () => {
  it("0 when every line was answered, violations or not (the verdicts are in the lines; ../shared/eval/score.mjs relies on it)", async () => {
    const r = await cli(["scan"], jsonl([VIOLATION, CLEAN]));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(parse(r.stdout)).toMatchObject([{ id: "v", violation: true }, { id: "c", violation: false }]);
  });

  it("--fail-on-violation: 1 when a line is a violation, 0 when none is", async () => {
    expect((await cli(["scan", "--fail-on-violation"], jsonl([CLEAN, VIOLATION]))).code).toBe(1);
    expect((await cli(["scan", "--fail-on-violation"], jsonl([CLEAN, CLEAN]))).code).toBe(0);
  });

  it("lines that could not be decided: each an error line with its line number, the rest answered, one summary line on stderr; 0, or 2 with --fail-on-violation", async () => {
    const input = [JSON.stringify(CLEAN), "", "not json", JSON.stringify(VIOLATION), '{"id":"x","text":42}', JSON.stringify({ id: "ctx", text: "hi", context: { surface: "chatroom" } })].join("\n") + "\n";
    const r = await cli(["scan"], input);
    expect(r.code).toBe(0);
    expect((await cli(["scan", "--fail-on-violation"], input)).code).toBe(2);
    const out = parse(r.stdout);
    expect(out).toMatchObject([
      { id: "c", violation: false },
      { id: null, line: 3, error: { code: "invalid_json" } },
      { id: "v", violation: true },
      { id: "x", line: 5, error: { code: "invalid_input" } },
      { id: "ctx", line: 6, error: { code: "invalid_context" } },
    ]);
    expect(out[0]).not.toHaveProperty("line");
    expect(r.stderr).toBe("contactguard scan: 3 of 5 lines could not be decided (error lines; the first is line 3)\n");
  });

  it("--exit-zero: 0 with bad lines and violations, even with --fail-on-violation", async () => {
    const input = "not json\n" + jsonl([VIOLATION]);
    const r = await cli(["scan", "--exit-zero", "--fail-on-violation"], input);
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toMatchObject([{ line: 1, error: { code: "invalid_json" } }, { id: "v", violation: true }]);
  });

  it("2 for a --policy file that is missing or invalid, --region XX, an unknown option: before reading a line", async () => {
    const bad = join(dir, "bad-preset.json");
    writeFileSync(bad, JSON.stringify({ id: "x", surfaces: {} }));
    for (const args of [["--policy", join(dir, "missing.json")], ["--policy", bad], ["--region", "XX"], ["--frobnicate"], ["--policy"]]) {
      const r = await cli(["scan", ...args], jsonl([VIOLATION]));
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^contactguard scan: /);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect((await cli(["scan", "--policy", join(dir, "missing.json")])).stderr).toBe(`contactguard scan: --policy: cannot read ${join(dir, "missing.json")}: no such file\n`);
  });

  it("--region is the region of lines whose context has none", async () => {
    const rows = [{ id: "in", text: "call me on 98200 12345" }, { id: "own", text: "call me on 98200 12345", context: { region: "GB" } }];
    const phone = (line: Record<string, unknown>) => (line.findings as Array<{ type: string; value: string }>).find((f) => f.type === "phone")?.value;
    const out = parse((await cli(["scan", "--region", "in"], jsonl(rows))).stdout);
    expect(out.map(phone)).toEqual(["+919820012345", "+449820012345"]);
    // Without it, the line is read as the context (or the default) says.
    expect(phone(parse((await cli(["scan"], jsonl(rows.slice(0, 1)))).stdout)[0]!)).not.toBe("+919820012345");
  });
});

describe("stderr is for people: nothing extra when it is not a terminal", SLOW, () => {
  it("scan over many lines: no progress on a piped stderr", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: i, text: i % 2 ? "call (415) 555-0199" : "hello there" }));
    const r = await cli(["scan"], jsonl(rows));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toHaveLength(3000);
  });

  it("scan-file over several files: no progress on a piped stderr", async () => {
    const files = Array.from({ length: 4 }, (_, i) => {
      const path = join(dir, `note-${i}.txt`);
      writeFileSync(path, i === 3 ? "reach me at jane.doe@example.com\n" : "See the brief attached.\n");
      return path;
    });
    const r = await cli(["scan-file", "--threads", "1", ...files]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(parse(r.stdout).map((l) => l.file)).toEqual(files);
  });
});

describe("expected conditions are one line, never a stack", SLOW, () => {
  it("a missing file, a missing --policy, an invalid --region, a bad worker option", async () => {
    const missing = join(dir, "nope.pdf");
    const cases: Array<[string[], number, RegExp]> = [
      [["scan-file", missing], 2, new RegExp(`^contactguard scan-file: cannot read ${missing}: [^\\n]+\\n$`)],
      [["policy", "check", missing], 2, new RegExp(`^contactguard policy check: cannot read ${missing}: no such file\\n$`)],
      [["check", "--policy", missing, "hi"], 2, /^contactguard check: unknown option --policy\n/],
      [["worker", "--batch", "many", "--nats", "nats://127.0.0.1:4222"], 2, /^contactguard worker: --batch must be a whole number/],
    ];
    for (const [args, code, stderr] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(code);
      expect(r.stderr).toMatch(stderr);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe("closed pipes end quietly with exit 0", SLOW, () => {
  const big = join(dir, "big.jsonl");
  beforeAll(() => {
    // Far more output than a pipe holds (64 KiB): the reader is gone long before the writer is done.
    writeFileSync(big, jsonl(Array.from({ length: 20_000 }, (_, i) => ({ id: i, text: "call me at (415) 555-0199 or mail jane.doe@example.com" }))));
  });

  it("contactguard demo | head -1", async () => {
    const r = await pipeline(`${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} demo | head -1`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("contactguard demo | head -c 0 (the reader is gone before the first write)", async () => {
    const r = await pipeline(`${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} demo | head -c 0`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("contactguard scan < big | head -1", async () => {
    const r = await pipeline(`${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} scan < ${JSON.stringify(big)} | head -1`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 0, violation: true });
  });

  it("contactguard scan --fail-on-violation < big | head -1: still 0, the reader left", async () => {
    const r = await pipeline(`${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} scan --fail-on-violation < ${JSON.stringify(big)} | head -1`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
