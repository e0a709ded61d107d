import { readFileSync } from "node:fs";
import type { Command } from "../command.js";
import { EXIT } from "../exit.js";
import type { VERSION } from "../table.js";

/** `contactguard --version` (and `version`): the package's version. */
export const versionCommand: Command<typeof VERSION> = () => {
  const pkg = JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
  return EXIT.ok;
};
