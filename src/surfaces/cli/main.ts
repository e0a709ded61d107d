import { takeOption, type Command } from "./command.js";
import { USAGE } from "./usage.js";

/*
 * The command table: one file per command under commands/, each loaded only when it runs (so `check`
 * never loads the HTTP service, the document pool or the NATS client). Aliases are rows of their own.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  scan: async () => (await import("./commands/scan.js")).scanCommand,
  "scan-file": async () => (await import("./commands/scan-file.js")).scanFileCommand,
  check: async () => (await import("./commands/check.js")).checkCommand,
  policy: async () => (await import("./commands/policy.js")).policyCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
  worker: async () => (await import("./commands/worker.js")).workerCommand,
  keys: async () => (await import("./commands/keys.js")).keysCommand,
  demo: async () => (await import("./commands/demo.js")).demoCommand,
  "--version": async () => (await import("./commands/version.js")).versionCommand,
  version: async () => (await import("./commands/version.js")).versionCommand,
  "--help": async () => (await import("./commands/help.js")).helpCommand,
  help: async () => (await import("./commands/help.js")).helpCommand,
};

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const name = args.shift() ?? "help";
  const region = takeOption(args, "--region");
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`contactguard: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command({ args, region, useColor: process.stdout.isTTY === true && !process.env.NO_COLOR });
}
