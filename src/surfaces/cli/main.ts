import { readFileSync } from "node:fs";
import { ContextError, parseContext } from "../../policy/context.js";
import { renderCheck } from "./commands/check.js";
import { scan } from "./commands/scan.js";
import { createGuard } from "../../guard.js";
import { loadPresetFile } from "../../policy/preset.js";
import { policyCommand } from "./commands/policy.js";

const USAGE = `contactguard — find contact information shared or requested in marketplace text

Usage:
  contactguard scan [--policy FILE]        JSON Lines on stdin → one decision per line on stdout
  contactguard scan-file FILE... [--context JSON] [--policy FILE] [--no-ocr] [--time-budget SECONDS]
                                           read documents and images (PDF, DOCX, DOC, RTF, text, HTML,
                                           CSV, vCard, PNG, JPEG, WebP) → one JSON line per file
  contactguard policy check FILE           validate a policy preset file
  contactguard policy show [NAME]          print a built-in preset (default marketplace-default)
  contactguard check [--region CC] [--context JSON] "TEXT"
                                           show findings and the decision for TEXT (or stdin), for people
  contactguard serve                       start the HTTP service (PORT, DATA_DIR, DATABASE_URL, STORE_TEXT)
  contactguard worker --nats URL [--prefix NAME] [--batch N]
                                           a stream worker: checks from NATS JetStream, same policy and
                                           ledger (DATABASE_URL), results and dead letters back to NATS
  contactguard keys create --role ROLE     create an API key (platform, reviewer, admin); printed last
  contactguard demo                        check a few sample messages
  contactguard --version | --help
`;

const DEMO = [
  "Need a logo for my food truck. Send ideas to tacos.el.rey@gmail.com",
  "WhatsApp me on +91 98200 12345 and we can skip the fees",
  "my number is eight zero zero, two two two, nine eight seven six",
  "k e n j i (at) s a t o - s t u d i o (dot) j p",
  "Budget $3,000, start 2026-04-01, Node 20.11.1 — see github.com/kenji for samples",
];

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/** `--context JSON`, validated as a check context for an attachment (errors name the field). */
function parseContextOption(json: string | undefined): object | Error {
  if (json === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return new Error(`--context is not valid JSON: ${(err as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return new Error("--context must be a JSON object");
  try {
    parseContext({ surface: "attachment", ...value });
  } catch (err) {
    if (err instanceof ContextError) return err;
    throw err;
  }
  return value;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const command = args.shift();
  const region = takeOption(args, "--region");
  const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;
  switch (command) {
    case "scan": {
      const presetPath = takeOption(args, "--policy");
      const guard = createGuard(presetPath ? { preset: loadPresetFile(presetPath) } : {});
      if (region) process.stderr.write("contactguard: --region applies to check; set context.region per scan line\n");
      await scan(process.stdin, process.stdout, { guard });
      return 0;
    }
    case "scan-file": {
      const contextJson = takeOption(args, "--context");
      const presetPath = takeOption(args, "--policy");
      const budget = takeOption(args, "--time-budget");
      const threads = takeOption(args, "--threads");
      const noOcr = args.includes("--no-ocr");
      const paths = args.filter((a) => a !== "--no-ocr");
      if (paths.length === 0) {
        process.stderr.write(`contactguard: scan-file needs at least one FILE\n\n${USAGE}`);
        return 2;
      }
      const context = parseContextOption(contextJson);
      if (context instanceof Error) {
        process.stderr.write(`contactguard: ${context.message}\n`);
        return 2;
      }
      if (budget !== undefined && !(Number(budget) > 0)) {
        process.stderr.write("contactguard: --time-budget must be a number of seconds greater than 0\n");
        return 2;
      }
      const { scanFiles } = await import("./commands/scan-file.js");
      await scanFiles(paths, process.stdout, {
        context,
        ...(presetPath ? { preset: loadPresetFile(presetPath) } : {}),
        ...(budget ? { timeBudgetMs: Number(budget) * 1000 } : {}),
        ...(threads ? { threads: Math.max(1, Number(threads) | 0) } : {}),
        ocr: !noOcr,
      });
      return 0;
    }
    case "check": {
      const contextJson = takeOption(args, "--context");
      let context: unknown = {};
      if (contextJson) {
        try {
          context = JSON.parse(contextJson);
        } catch (err) {
          process.stderr.write(`contactguard: --context is not valid JSON: ${(err as Error).message}\n`);
          return 2;
        }
      }
      const input = args.length ? args.join(" ") : await readStdin();
      let result;
      try {
        result = createGuard().check(input, { ...(context as object), ...(region ? { region } : {}) });
      } catch (err) {
        if (err instanceof ContextError) {
          process.stderr.write(`contactguard: ${err.message}\n`);
          return 2;
        }
        throw err;
      }
      process.stdout.write(renderCheck(input, result, useColor));
      return result.violation ? 1 : 0;
    }
    case "policy":
      return policyCommand(args);
    case "serve": {
      const { serve } = await import("../http/server.js");
      await serve();
      return await new Promise<number>(() => undefined);
    }
    case "worker": {
      const natsUrl = takeOption(args, "--nats") ?? process.env.NATS_URL;
      if (!natsUrl) {
        process.stderr.write("contactguard worker: --nats URL (or NATS_URL) is required, e.g. --nats nats://127.0.0.1:4222\n");
        return 2;
      }
      const prefix = takeOption(args, "--prefix") ?? process.env.NATS_PREFIX;
      const batch = takeOption(args, "--batch");
      const name = takeOption(args, "--name");
      const { runWorker } = await import("../stream/run.js");
      return runWorker({ natsUrl, ...(prefix ? { prefix } : {}), ...(batch ? { batch: Math.max(1, Number(batch) | 0) } : {}), ...(name ? { name } : {}) });
    }
    case "keys": {
      const { keysCommand } = await import("./commands/keys.js");
      return keysCommand(args);
    }
    case "demo": {
      const guard = createGuard();
      for (const text of DEMO) process.stdout.write(renderCheck(text, guard.check(text, { surface: "message" }), useColor) + "\n");
      return 0;
    }
    case "--version":
    case "version": {
      const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    case undefined:
    case "--help":
    case "help":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`contactguard: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
