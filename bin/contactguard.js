#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the `prepare` script).
import { existsSync, readdirSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) latest = Math.max(latest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return latest;
}

/*
 * In a source checkout (an installed package ships no tsconfig.build.json), a dist/ older than src/ or
 * presets/ is stale: after a `git pull` it would run old code against new presets and fail in ways that
 * say nothing about why. Rebuild it first, saying so on stderr (stdout stays the command's).
 */
const tsconfig = join(root, "tsconfig.build.json");
const built = join(root, "dist/surfaces/cli/main.js");
if (existsSync(tsconfig)) {
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt < Math.max(newest(join(root, "src")), newest(join(root, "presets")))) {
    process.stderr.write("contactguard: dist/ is older than src/; rebuilding (npm run build:lib)…\n");
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    try {
      execFileSync(process.execPath, [tsc, "-p", tsconfig], { cwd: root, stdio: ["ignore", "inherit", "inherit"].map((s, i) => (i === 1 ? process.stderr : s)) });
    } catch {
      // tsc still writes what it can compile; its errors are on stderr above. Run with that.
      process.stderr.write("contactguard: the rebuild reported errors; running the build as it is\n");
    }
  }
}

const { runCli } = await import("../dist/surfaces/cli/main.js");

// Exit codes, a closed stdout (exit 0, quietly) and unexpected errors (one line) are handled there.
await runCli(process.argv.slice(2));
