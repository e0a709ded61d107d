import { UsageError, type Command } from "../command.js";
import { EXIT } from "../exit.js";
import { SPECS, type HELP } from "../table.js";
import { commandUsage, groupUsage, USAGE } from "../usage.js";

/** `contactguard help [COMMAND]`: the overview, a command's help, or a group's (`help keys`). */
export const helpCommand: Command<typeof HELP> = ({ positionals }) => {
  const name = positionals.join(" ");
  if (!name) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  const spec = SPECS.find((s) => s.name === name);
  if (spec) {
    process.stdout.write(commandUsage(spec));
    return EXIT.ok;
  }
  if (SPECS.some((s) => s.name.startsWith(`${name} `))) {
    process.stdout.write(groupUsage(name));
    return EXIT.ok;
  }
  throw new UsageError(`unknown command "${name}"`);
};
