import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/surfaces/cli/main.js";
import { USAGE } from "../../../src/surfaces/cli/usage.js";

/*
 * The command table in process: each row's exit code and output for the cases that need no
 * service, database or NATS (the bin tests in cli.test.ts cover scan and check end to end).
 */

let out: string;
let err: string;
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("the CLI's command table", () => {
  it("no command, help and --help print the usage and exit 0", async () => {
    for (const argv of [[], ["help"], ["--help"]]) {
      out = "";
      expect(await main(argv)).toBe(0);
      expect(out).toBe(USAGE);
    }
  });

  it("version and --version print the package version", async () => {
    expect(await main(["--version"])).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const first = out;
    out = "";
    expect(await main(["version"])).toBe(0);
    expect(out).toBe(first);
  });

  it("an unknown command (even an Object.prototype name) exits 2 with the usage", async () => {
    for (const name of ["frobnicate", "constructor", "__proto__", ""]) {
      err = "";
      expect(await main([name])).toBe(2);
      expect(err).toBe(`contactguard: unknown command "${name}"\n\n${USAGE}`);
    }
  });

  it("usage errors exit 2 with the same messages as before", async () => {
    expect(await main(["scan-file"])).toBe(2);
    expect(err).toBe(`contactguard: scan-file needs at least one FILE\n\n${USAGE}`);
    err = "";
    expect(await main(["scan-file", "--context", "[1]", "a.pdf"])).toBe(2);
    expect(err).toBe("contactguard: --context must be a JSON object\n");
    err = "";
    expect(await main(["scan-file", "--context", '{"surface":"chat"}', "a.pdf"])).toBe(2);
    expect(err).toMatch(/^contactguard: context\.surface: /);
    err = "";
    expect(await main(["scan-file", "--time-budget", "0", "a.pdf"])).toBe(2);
    expect(err).toBe("contactguard: --time-budget must be a number of seconds greater than 0\n");
    err = "";
    expect(await main(["check", "--context", "{", "hi"])).toBe(2);
    expect(err).toMatch(/^contactguard: --context is not valid JSON: /);
    err = "";
    expect(await main(["policy"])).toBe(2);
    expect(err).toBe("usage: contactguard policy check FILE | contactguard policy show [NAME]\n");
    err = "";
    expect(await main(["keys", "create", "--role", "root"])).toBe(2);
    expect(err).toBe("contactguard: --role must be one of platform, reviewer, admin\n");
    err = "";
    vi.stubEnv("NATS_URL", "");
    expect(await main(["worker"])).toBe(2);
    expect(err).toContain("--nats URL (or NATS_URL) is required");
  });

  it("policy check exits 1 on an invalid preset, with the preset error's message", async () => {
    expect(await main(["policy", "check", "/nonexistent/preset.json"])).toBe(1);
    expect(err).toMatch(/^invalid policy preset:\n {2}cannot read \/nonexistent\/preset\.json: /);
  });

  it("check exits 1 on a violation, 0 on clean text, and takes --region from anywhere", async () => {
    expect(await main(["check", "call", "me", "at", "020 7946 0958", "--region", "GB"])).toBe(1);
    expect(out).toContain("phone");
    out = "";
    expect(await main(["check", "hello there"])).toBe(0);
    expect(out).toContain("No contact information found.");
  });
});
