/** What every CLI command gets: its arguments (global options already taken out) and how to print. */
export interface CommandContext {
  /** The arguments after the command name, without `--region`. */
  args: string[];
  /** `--region CC`, taken for every command because `check` uses it and `scan` warns about it. */
  region: string | undefined;
  /** stdout is a terminal and NO_COLOR is unset. */
  useColor: boolean;
}

/** A command returns its exit code: 0 ok, 1 a finding or invalid input file, 2 a usage error. */
export type Command = (context: CommandContext) => Promise<number> | number;

/** Removes `name VALUE` from `args` and returns VALUE (undefined when the option is absent). */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
