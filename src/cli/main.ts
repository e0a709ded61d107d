import { readFileSync } from "node:fs";
import { detect } from "../detect/detect.js";
import { renderCheck } from "./check.js";
import { scan } from "./scan.js";

const USAGE = `contactguard — find contact information shared or requested in marketplace text

Usage:
  contactguard scan [--region CC]          JSON Lines on stdin → one result per line on stdout
  contactguard check [--region CC] "TEXT"  show findings in TEXT (or stdin) for people
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
      await scan(process.stdin, process.stdout, region ? { defaultRegion: region } : {});
      return 0;
    }
    case "check": {
      const text = args.length ? args.join(" ") : await readStdin();
      const findings = detect(text, region ? { defaultRegion: region } : {});
      process.stdout.write(renderCheck(text, findings, useColor));
      return findings.some((f) => f.type !== "url" && f.type !== "portfolio_link") ? 1 : 0;
    }
    case "demo": {
      for (const text of DEMO) process.stdout.write(renderCheck(text, detect(text), useColor) + "\n");
      return 0;
    }
    case "--version":
    case "version": {
      const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
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
