import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * The import rules of docs/architecture.md, checked over the real sources: the pipeline
 * normalize → detect → decide → act → surfaces may only be imported downwards, surfaces never import
 * each other's internals, and the reference marketplace is built on the package's public entries only.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Each layer of src/ and the layers it may import. Order: lower floors first. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  locale: ["core"],
  normalize: ["core", "locale"],
  recognizers: ["core", "locale", "normalize"],
  detect: ["core", "locale", "normalize", "recognizers"],
  policy: ["core", "locale", "normalize", "recognizers", "detect"],
  guard: ["core", "normalize", "detect", "policy"],
  documents: ["core", "locale", "normalize", "recognizers", "detect", "policy", "guard"],
  ledger: ["core"],
  enforce: ["core", "policy", "guard", "documents", "ledger"],
  runtime: ["core", "policy", "guard", "documents", "ledger", "enforce"],
  "surfaces/http": ["core", "detect", "policy", "guard", "documents", "ledger", "enforce", "runtime"],
  "surfaces/stream": ["core", "detect", "policy", "guard", "documents", "ledger", "enforce", "runtime"],
  "surfaces/cli": ["core", "detect", "policy", "guard", "documents", "ledger", "enforce", "runtime"],
  entry: ["*"],
};

/**
 * The CLI is the launcher of the other surfaces: `contactguard serve` and `contactguard worker` start
 * them through their one start function each, and import nothing else of theirs.
 */
const LAUNCHES = new Set(["src/surfaces/http/server.ts", "src/surfaces/stream/run.ts"]);

/** What examples/ may import of the package: its public entries (package.json "exports"). */
const PUBLIC_ENTRIES = Object.keys((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports).map((k) =>
  k === "." ? "contactguard" : `contactguard/${k.slice(2)}`,
);

function layerOf(file: string): string {
  const rel = relative(join(ROOT, "src"), file).replace(/\\/g, "/");
  if (rel === "index.ts" || rel === "server.ts" || rel === "clauses.ts") return "entry";
  if (rel === "guard.ts") return "guard";
  const [top, sub] = rel.split("/");
  return top === "surfaces" ? `surfaces/${sub}` : top!;
}

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) yield p;
  }
}

/** Static and dynamic import specifiers (type-only imports count too: they are a dependency of the design). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1] ?? m[2]!);
  return out;
}

const resolveTs = (from: string, spec: string) => resolve(dirname(from), spec).replace(/\.js$/, ".ts");

/** The rule broken by `file` importing `spec`, or null. */
function violation(file: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const from = layerOf(file);
  const target = resolveTs(file, spec);
  const to = layerOf(target);
  if (to === from || MAY_IMPORT[from]!.includes("*") || MAY_IMPORT[from]!.includes(to)) return null;
  if (from === "surfaces/cli" && LAUNCHES.has(relative(ROOT, target))) return null;
  return `${relative(ROOT, file)} (${from}) → ${relative(ROOT, target)} (${to})`;
}

describe("import rules (docs/architecture.md)", () => {
  const srcFiles = [...sources(join(ROOT, "src"))];

  it("finds the sources and classifies every file of src/ into a known layer", () => {
    expect(srcFiles.length).toBeGreaterThan(80);
    const unknown = srcFiles.map((f) => [relative(ROOT, f), layerOf(f)]).filter(([, l]) => !(l! in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it("src/ imports only downwards, and surfaces never import each other", () => {
    const violations = srcFiles.flatMap((file) => importsOf(file).map((spec) => violation(file, spec)).filter((v): v is string => v !== null));
    expect(violations).toEqual([]);
  });

  it("the rules can fail: upward and sideways imports are reported", () => {
    const at = (p: string) => join(ROOT, p);
    expect(violation(at("src/detect/detect.ts"), "../policy/engine.js")).toMatch(/\(detect\) → src\/policy\/engine.ts \(policy\)/);
    expect(violation(at("src/policy/engine.ts"), "../enforce/enforcer.js")).not.toBeNull();
    expect(violation(at("src/ledger/repository.ts"), "../policy/preset.js")).not.toBeNull();
    expect(violation(at("src/surfaces/http/app.ts"), "../stream/worker.js")).not.toBeNull();
    expect(violation(at("src/surfaces/cli/commands/serve.ts"), "../../http/app.js")).not.toBeNull();
    expect(violation(at("src/surfaces/cli/commands/serve.ts"), "../../http/server.js")).toBeNull();
    expect(violation(at("src/recognizers/phone/index.ts"), "../../normalize/view.js")).toBeNull();
  });

  it("examples/ imports the package only through its public entries, never src/ by path", () => {
    const violations: string[] = [];
    for (const file of sources(join(ROOT, "examples"))) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith(".")) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(join(ROOT, "examples") + "/")) violations.push(`${relative(ROOT, file)} → ${spec}`);
        } else if (spec.startsWith("contactguard") && !PUBLIC_ENTRIES.includes(spec)) violations.push(`${relative(ROOT, file)} → ${spec} (not in package.json exports)`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the library does not depend on the example", () => {
    const upward = srcFiles.flatMap((f) => importsOf(f).filter((s) => s.includes("examples/")).map((s) => `${relative(ROOT, f)} → ${s}`));
    expect(upward).toEqual([]);
  });
});
