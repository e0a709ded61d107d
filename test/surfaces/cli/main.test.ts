import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../../src/surfaces/cli/main.js";
import { optionsOf } from "../../../src/surfaces/cli/command.js";
import { EXIT_MEANINGS } from "../../../src/surfaces/cli/exit.js";
import { SPECS } from "../../../src/surfaces/cli/table.js";
import { commandUsage, shortUsage, USAGE } from "../../../src/surfaces/cli/usage.js";
import { builtinPreset } from "../../../src/policy/preset.js";

/*
 * The command table in process: each command's exit codes and messages for the cases that need no
 * service, database, NATS or stdin (cli.test.ts runs the bin for scan, pipes and stderr).
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

const dir = mkdtempSync(join(tmpdir(), "cg-cli-main-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const DEFAULT_PRESET = fileURLToPath(new URL("../../../presets/marketplace-default.json", import.meta.url));

/** Runs a command line in process and returns its exit code with what it printed. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  out = "";
  err = "";
  const code = await main(argv);
  return { code, out, err };
}

/** Words a command line needs before an option can be tried on it (its required positionals). */
const argsFor = (name: string): string[] => [...name.split(" "), ...(name === "keys revoke" ? ["key_1"] : name === "policy check" ? [DEFAULT_PRESET] : name === "scan-file" ? ["a.txt"] : [])];

describe("help, version and unknown commands", () => {
  it("no command, help, --help and -h print the overview and exit 0", async () => {
    for (const argv of [[], ["help"], ["--help"], ["-h"]]) {
      expect(await run(...argv)).toEqual({ code: 0, out: USAGE, err: "" });
    }
  });

  it("the overview lists every command and the exit codes", () => {
    for (const spec of SPECS) expect(USAGE).toContain(`  ${spec.name} `);
    for (const code of ["0", "1", "2", "3"]) expect(USAGE).toMatch(new RegExp(`\\n  ${code}  \\S`));
    expect(USAGE).toContain("--exit-zero");
  });

  it("version, --version and -V print the package version", async () => {
    const first = await run("--version");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(await run("version")).toEqual(first);
    expect(await run("-V")).toEqual(first);
  });

  it("an unknown command (even an Object.prototype name) exits 2 with the overview", async () => {
    for (const name of ["frobnicate", "constructor", "__proto__", ""]) {
      expect(await run(name)).toEqual({ code: 2, out: "", err: `contactguard: unknown command "${name}"\n\n${USAGE}` });
    }
  });

  it("a group without or with an unknown subcommand exits 2 naming the subcommands", async () => {
    const none = await run("policy");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^contactguard policy: missing subcommand \(check, show\)\n/);
    const unknown = await run("keys", "rotate");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^contactguard keys: unknown subcommand "rotate" \(create, list, revoke\)\n/);
    expect(unknown.err).toContain("Usage: contactguard keys revoke [options] ID");
  });
});

describe("every command, from its row of the table", () => {
  it("--help, -h and `help COMMAND` print the command's help, generated from its options table", async () => {
    for (const spec of SPECS) {
      const help = commandUsage(spec);
      expect(await run(...argsFor(spec.name), "--help"), spec.name).toEqual({ code: 0, out: help, err: "" });
      expect((await run(...spec.name.split(" "), "-h")).out, spec.name).toBe(help);
      expect((await run("help", ...spec.name.split(" "))).out, spec.name).toBe(help);
      // Every option of the table is in the help, and the exit codes are.
      for (const [name, option] of Object.entries(optionsOf(spec))) expect(help, `${spec.name} --${name}`).toContain(`--${name}${option.type === "string" ? ` ${option.value}` : ""}`);
      expect(help).toContain("Exit codes:");
    }
  });

  it("the parser accepts every option the help shows (a value given, then --help)", async () => {
    for (const spec of SPECS) {
      const given = Object.entries(spec.options).flatMap(([name, o]) => (o.type === "string" ? [`--${name}`, "v"] : [`--${name}`]));
      expect((await run(...argsFor(spec.name), ...given, "--help")).code, spec.name).toBe(0);
    }
  });

  it("an unknown option is a usage error: exit 2, one line naming it, then the command's usage", async () => {
    for (const spec of SPECS) {
      const r = await run(...argsFor(spec.name), "--frobnicate");
      expect(r.code, spec.name).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toBe(`contactguard ${spec.name}: unknown option --frobnicate\n\n${shortUsage(spec)}`);
    }
    expect((await run("check", "-x", "hi")).err).toMatch(/^contactguard check: unknown option -x\n/);
  });

  it("an option without its value is a usage error naming the option and its value", async () => {
    for (const spec of SPECS) {
      for (const [name, option] of Object.entries(spec.options)) {
        if (option.type !== "string") continue;
        const r = await run(...argsFor(spec.name), `--${name}`);
        expect(r.code, `${spec.name} --${name}`).toBe(2);
        expect(r.err.split("\n")[0]).toBe(`contactguard ${spec.name}: --${name} needs a value (${option.value})`);
      }
    }
    // Another option where the value should be: refused, not taken as the value.
    expect((await run("check", "--region", "--exit-zero", "hi")).err).toMatch(/^contactguard check: --region needs a value \(CC\)\n/);
  });

  it("a flag given a value is a usage error", async () => {
    const r = await run("check", "--exit-zero=yes", "hi");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^contactguard check: --exit-zero takes no value\n/);
  });

  it("a missing argument or an extra one is a usage error", async () => {
    for (const [argv, problem] of [
      [["scan-file"], "missing FILE"],
      [["policy", "check"], "missing FILE"],
      [["keys", "revoke"], "missing ID"],
      [["keys", "create"], "missing --role ROLE"],
      [["policy", "show", "a", "b"], 'unexpected argument "b"'],
      [["scan", "input.jsonl"], 'unexpected argument "input.jsonl"'],
      [["demo", "now"], 'unexpected argument "now"'],
    ] as const) {
      const r = await run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err.split("\n")[0]).toBe(`contactguard ${argv.slice(0, argv[0] === "policy" || argv[0] === "keys" ? 2 : 1).join(" ")}: ${problem}`);
      expect(r.err).toContain("Usage: contactguard");
    }
  });

  it("help for an unknown command exits 2", async () => {
    const r = await run("help", "nope");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^contactguard help: unknown command "nope"\n/);
  });
});

describe("check: 0 clean, 1 violation, 2 usage or input error, --exit-zero", () => {
  it("exit 1 on a violation, 0 on clean text; options anywhere among the words", async () => {
    const v = await run("check", "call", "me", "at", "020 7946 0958", "--region", "GB");
    expect(v.code).toBe(1);
    expect(v.out).toContain("phone");
    const clean = await run("check", "hello there");
    expect(clean.code).toBe(0);
    expect(clean.out).toContain("No contact information found.");
  });

  it("--exit-zero: a violation still printed, exit 0", async () => {
    const r = await run("check", "--exit-zero", "mail me at kenji@sato-studio.jp");
    expect(r.code).toBe(0);
    expect(r.out).toContain("kenji@sato-studio.jp");
    expect(r.out).toContain("(violation)");
  });

  it("--region must be a region libphonenumber knows; any case is taken", async () => {
    for (const bad of ["XX", "ZZ", "G", "GBR", "12"]) {
      const r = await run("check", "--region", bad, "call 020 7946 0958");
      expect(r.code, bad).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n")[0]).toBe(`contactguard check: --region ${JSON.stringify(bad)} is not a region libphonenumber knows (a two-letter code such as GB, US, IN)`);
    }
    const lower = await run("check", "--region", "gb", "call 020 7946 0958");
    expect(lower.code).toBe(1);
    expect(lower.out).toContain("+442079460958");
  });

  it("--context must be a JSON object the policy accepts", async () => {
    expect((await run("check", "--context", "{", "hi")).err).toMatch(/^contactguard check: --context is not valid JSON: /);
    expect((await run("check", "--context", "[1]", "hi")).err).toMatch(/^contactguard check: --context must be a JSON object\n/);
    const surface = await run("check", "--context", '{"surface":"chat"}', "hi");
    expect(surface.code).toBe(2);
    expect(surface.err).toMatch(/^contactguard check: context\.surface: /);
  });

  it("a text that starts with a dash goes after --", async () => {
    const r = await run("check", "--", "-- call 020 7946 0958", "--region", "GB");
    expect(r.code).toBe(1);
    expect(r.out).toContain("--region GB");
  });
});

describe("policy check and policy show", () => {
  it("policy check: 0 valid, 1 invalid (every problem listed), 2 unreadable", async () => {
    const ok = await run("policy", "check", DEFAULT_PRESET);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ok: marketplace-default /);
    const invalid = await run("policy", "check", file("invalid.json", JSON.stringify({ ...builtinPreset(), surfaces: { message: { action: "explode" } } })));
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^invalid policy preset:\n {2}surfaces/);
    const notJson = await run("policy", "check", file("not.json", "{"));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain("is not valid JSON");
    const missing = await run("policy", "check", "/nonexistent/preset.json");
    expect(missing).toEqual({ code: 2, out: "", err: "contactguard policy check: cannot read /nonexistent/preset.json: no such file\n" });
    expect((await run("policy", "check", dir)).err).toBe(`contactguard policy check: cannot read ${dir}: it is a directory\n`);
  });

  it("policy show: 0 with the preset, 2 for a name that is not built in", async () => {
    const ok = await run("policy", "show");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ id: "marketplace-default" });
    const unknown = await run("policy", "show", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.err.split("\n")[0]).toBe('contactguard policy show: no built-in preset "nope"');
  });
});

describe("scan-file: 0 clean, 1 violation, 2 unreadable or bad options, --exit-zero", () => {
  const clean = file("clean.txt", "Budget $3,000, start 2026-04-01. Looking forward to it.\n");
  const contact = file("contact.txt", "Call me on +44 20 7946 0958 to skip the fees.\n");
  const missing = join(dir, "missing.txt");
  const lines = (s: string) => s.trim().split("\n").map((l) => JSON.parse(l) as { file: string; violation?: boolean; error?: { code: string } });

  it("exit 0 when no file holds a violation, 1 when one does", async () => {
    const ok = await run("scan-file", "--threads", "1", clean);
    expect(ok.code).toBe(0);
    expect(lines(ok.out)).toMatchObject([{ file: clean, violation: false }]);
    expect(ok.err).toBe("");
    const found = await run("scan-file", "--threads", "1", clean, contact);
    expect(found.code).toBe(1);
    expect(lines(found.out)).toMatchObject([{ file: clean, violation: false }, { file: contact, violation: true }]);
    expect(found.err).toBe("");
  }, 60_000);

  it("exit 2 when a file cannot be read: its error line on stdout, one line on stderr, the others still read", async () => {
    const r = await run("scan-file", "--threads", "1", contact, missing);
    expect(r.code).toBe(2);
    expect(lines(r.out)).toMatchObject([{ file: contact, violation: true }, { file: missing, error: { code: "unreadable" } }]);
    expect(r.err).toMatch(new RegExp(`^contactguard scan-file: cannot read ${missing}: [^\\n]+\\n$`));
  }, 60_000);

  it("--exit-zero: exit 0 with violations and unreadable files, still reported", async () => {
    const r = await run("scan-file", "--threads", "1", "--exit-zero", contact, missing);
    expect(r.code).toBe(0);
    expect(lines(r.out)).toHaveLength(2);
  }, 60_000);

  it("refuses bad values before reading anything: --policy, --region, --context, numbers", async () => {
    const bad = file("bad-preset.json", JSON.stringify({ id: "x" }));
    for (const [argv, first] of [
      [["--policy", "/nonexistent.json"], "contactguard scan-file: --policy: cannot read /nonexistent.json: no such file"],
      [["--policy", bad], `contactguard scan-file: --policy ${bad} is not a valid policy preset:`],
      [["--region", "XX"], 'contactguard scan-file: --region "XX" is not a region libphonenumber knows (a two-letter code such as GB, US, IN)'],
      [["--context", "[1]"], "contactguard scan-file: --context must be a JSON object"],
      [["--time-budget", "0"], 'contactguard scan-file: --time-budget must be a number greater than 0, not "0"'],
      [["--time-budget", "soon"], 'contactguard scan-file: --time-budget must be a number greater than 0, not "soon"'],
      [["--threads", "1.5"], 'contactguard scan-file: --threads must be a whole number ≥ 1, not "1.5"'],
    ] as const) {
      const r = await run("scan-file", ...argv, contact);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n")[0]).toBe(first);
    }
    expect((await run("scan-file", "--context", '{"surface":"chat"}', contact)).err).toMatch(/^contactguard scan-file: context\.surface: /);
  });
});

describe("serve, worker, keys, demo: usage and input errors exit 2 before anything starts", () => {
  it("keys: an unknown role, or --url without an admin key", async () => {
    expect((await run("keys", "create", "--role", "root")).err.split("\n")[0]).toBe("contactguard keys create: --role must be one of platform, reviewer, admin");
    vi.stubEnv("CONTACTGUARD_ADMIN_KEY", "");
    const noKey = await run("keys", "list", "--url", "http://127.0.0.1:1");
    expect(noKey.code).toBe(2);
    expect(noKey.err.split("\n")[0]).toBe("contactguard keys list: --url needs an admin key: --key KEY or CONTACTGUARD_ADMIN_KEY");
  });

  it("worker: no NATS URL, a bad --batch, no DATABASE_URL", async () => {
    vi.stubEnv("NATS_URL", "");
    const noNats = await run("worker");
    expect(noNats.code).toBe(2);
    expect(noNats.err).toContain("--nats URL (or NATS_URL) is required");
    expect((await run("worker", "--nats", "nats://127.0.0.1:4222", "--batch", "0")).err.split("\n")[0]).toBe('contactguard worker: --batch must be a whole number ≥ 1, not "0"');
    vi.stubEnv("DATABASE_URL", "");
    const noDb = await run("worker", "--nats", "nats://127.0.0.1:4222");
    expect(noDb.code).toBe(2);
    expect(noDb.err).toContain("set DATABASE_URL");
  });

  it("serve: an invalid environment is an input error, in one line", async () => {
    vi.stubEnv("PORT", "eighty");
    const r = await run("serve");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^contactguard serve: invalid configuration: port: [^\n]+\n$/);
  });

  it("demo: exit 0", async () => {
    const r = await run("demo");
    expect(r.code).toBe(0);
    expect(r.out).toContain("tacos.el.rey@gmail.com");
  });
});

describe("the README's CLI part", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
  it("has a row for every exit code the CLI documents, and the flags it names exist", () => {
    for (const code of Object.keys(EXIT_MEANINGS)) expect(readme).toMatch(new RegExp(`\\n\\| ${code} \\| \\S`));
    const flags = new Set(SPECS.flatMap((s) => Object.keys(optionsOf(s)).map((n) => `--${n}`)));
    for (const flag of ["--exit-zero", "--fail-on-violation", "--region", "--policy", "--time-budget", "--help"]) expect(flags.has(flag), flag).toBe(true);
  });
});
