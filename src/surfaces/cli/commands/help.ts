import { USAGE } from "../usage.js";

/** `contactguard --help` (and no command at all). */
export function helpCommand(): number {
  process.stdout.write(USAGE);
  return 0;
}
