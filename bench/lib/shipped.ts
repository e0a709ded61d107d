/**
 * The built package (`dist/`), which is the code an installed user runs. The detection benches time it
 * rather than `src/` through tsx: tsx compiles with esbuild's `keepNames`, which wraps every function and
 * class it creates in a naming call, and that made closure-heavy paths up to 2.4× slower than the shipped
 * build on the 100 KB inputs (about 3 % on the corpora) — a cost no user pays.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Api from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY = join(ROOT, "dist", "index.js");

function newestIn(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestIn(p) : s.mtimeMs);
  }
  return newest;
}

if (!existsSync(ENTRY)) throw new Error("the bench times the built package: run `npm run build:lib` first (dist/index.js is missing)");
if (newestIn(join(ROOT, "src")) > statSync(ENTRY).mtimeMs) {
  throw new Error("dist/ is older than src/: run `npm run build:lib` first, so the bench times the code you changed");
}

export const shipped = (await import(ENTRY)) as typeof Api;
