import { readFileSync } from "node:fs";

/** `contactguard --version`: the package's version. */
export function versionCommand(): number {
  const pkg = JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
  return 0;
}
