import { parseCommandArgs, RunError, UsageError, type Command, type CommandSpec } from "./command.js";
import { EXIT } from "./exit.js";
import { SPECS } from "./table.js";
import { commandUsage, groupUsage, shortUsage, USAGE } from "./usage.js";

/*
 * The command runner: finds the command's row in the table (table.ts), parses its arguments strictly
 * against that row, and only then loads the command's code — one file per command under commands/,
 * so `check` never loads the HTTP service, the document pool or the NATS client.
 */
const RUNS: Readonly<Record<string, () => Promise<Command<never>>>> = {
  scan: async () => (await import("./commands/scan.js")).scanCommand,
  "scan-file": async () => (await import("./commands/scan-file.js")).scanFileCommand,
  check: async () => (await import("./commands/check.js")).checkCommand,
  "policy check": async () => (await import("./commands/policy.js")).policyCheckCommand,
  "policy show": async () => (await import("./commands/policy.js")).policyShowCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
  worker: async () => (await import("./commands/worker.js")).workerCommand,
  "keys create": async () => (await import("./commands/keys.js")).keysCreateCommand,
  "keys list": async () => (await import("./commands/keys.js")).keysListCommand,
  "keys revoke": async () => (await import("./commands/keys.js")).keysRevokeCommand,
  demo: async () => (await import("./commands/demo.js")).demoCommand,
  help: async () => (await import("./commands/help.js")).helpCommand,
  version: async () => (await import("./commands/version.js")).versionCommand,
};

/** Commands with subcommands (`policy check`, `keys list`): the first word names the group. */
const GROUPS = new Set(SPECS.filter((s) => s.name.includes(" ")).map((s) => s.name.split(" ")[0]!));

const specNamed = (name: string): CommandSpec | undefined => SPECS.find((s) => s.name === name);

/** The command a command line names, and its arguments; or the exit code when there is nothing to run. */
function resolve(argv: string[]): { spec: CommandSpec; args: string[] } | number {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (first === "--version" || first === "-V") return { spec: specNamed("version")!, args: rest };
  if (GROUPS.has(first)) {
    const [sub, ...args] = rest;
    if (sub === "--help" || sub === "-h") {
      process.stdout.write(groupUsage(first));
      return EXIT.ok;
    }
    const spec = sub === undefined ? undefined : specNamed(`${first} ${sub}`);
    if (!spec) {
      const subs = SPECS.filter((s) => s.name.startsWith(`${first} `)).map((s) => s.name.split(" ")[1]);
      const problem = sub === undefined ? `missing subcommand (${subs.join(", ")})` : `unknown subcommand "${sub}" (${subs.join(", ")})`;
      process.stderr.write(`contactguard ${first}: ${problem}\n\n${groupUsage(first, true)}`);
      return EXIT.usage;
    }
    return { spec, args };
  }
  const spec = specNamed(first);
  if (!spec) {
    process.stderr.write(`contactguard: unknown command "${first}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  return { spec, args: rest };
}

/** Runs a command line; returns the exit code (exit.ts). Expected failures are one line on stderr, never a stack. */
export async function main(argv: string[]): Promise<number> {
  const target = resolve(argv);
  if (typeof target === "number") return target;
  const { spec, args } = target;
  try {
    const { values, positionals } = parseCommandArgs(spec, args);
    if (values.help) {
      process.stdout.write(commandUsage(spec));
      return EXIT.ok;
    }
    const command = (await RUNS[spec.name]!()) as Command;
    return await command({ values: values as never, positionals, useColor: process.stdout.isTTY === true && !process.env.NO_COLOR });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`contactguard ${spec.name}: ${err.message}\n${err.usage ? `\n${shortUsage(spec)}` : ""}`);
      return EXIT.usage;
    }
    if (err instanceof RunError) {
      process.stderr.write(`contactguard ${spec.name}: ${err.message}\n`);
      return EXIT.failed;
    }
    throw err;
  }
}

/**
 * Installs what a command-line process needs and no library caller wants: a reader that closed the
 * pipe (`contactguard demo | head -1`) ends the run quietly with exit 0 — there is no one left to tell —
 * and an unexpected error is one line on stderr (the stack with CONTACTGUARD_DEBUG=1), exit 3.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(EXIT.ok);
    process.stderr.write(`contactguard: cannot write the output: ${err.message}\n`);
    process.exit(EXIT.failed);
  });
  // stderr closed too: nothing can be said any more; the exit code still tells.
  process.stderr.on("error", () => undefined);
}

/** The bin's entry (bin/contactguard.js): runs `argv` and sets the exit code. */
export async function runCli(argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === "EPIPE") {
      process.exitCode = EXIT.ok;
      return;
    }
    const debug = Boolean(process.env.CONTACTGUARD_DEBUG);
    process.stderr.write(`contactguard: ${(err as Error)?.message ?? String(err)}${debug ? `\n${(err as Error)?.stack ?? ""}` : " (CONTACTGUARD_DEBUG=1 shows the stack)"}\n`);
    process.exitCode = EXIT.failed;
  }
}
