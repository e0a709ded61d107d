import { parseArgs } from "node:util";
import type { Exit } from "./exit.js";

/*
 * A command is declared as data — its name, positionals and options table — and that one table feeds
 * both `node:util` parseArgs (strict) and the generated usage text (usage.ts), so help and parser
 * cannot drift apart.
 */

/** One option of a command's table: parseArgs' own fields plus what its help line says. */
export type OptionSpec =
  | { readonly type: "string"; readonly value: string; readonly short?: string; readonly required?: boolean; readonly description: string }
  | { readonly type: "boolean"; readonly short?: string; readonly description: string };

export interface PositionalSpec {
  /** How the usage text names it (FILE, TEXT, ID …). */
  readonly name: string;
  readonly required?: boolean;
  /** Takes every remaining positional (FILE..., TEXT...). */
  readonly variadic?: boolean;
}

export interface CommandSpec {
  /** What the user types: `scan`, `policy check`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** More lines for the command's own help (environment, input and output format). */
  readonly details?: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** What each exit code means for this command (the shared meanings are in exit.ts). */
  readonly exits: Partial<Readonly<Record<Exit, string>>>;
}

/** The parsed values of a command's options table, typed from the table. */
export type Values<S extends CommandSpec> = {
  [K in keyof S["options"]]?: S["options"][K] extends { type: "boolean" } ? boolean : string;
};

/** What every command gets: its parsed options and positionals, and how to print. */
export interface CommandInput<S extends CommandSpec = CommandSpec> {
  readonly values: Values<S>;
  readonly positionals: string[];
  /** stdout is a terminal and NO_COLOR is unset. */
  readonly useColor: boolean;
}

/** A command returns its exit code (exit.ts). */
export type Command<S extends CommandSpec = CommandSpec> = (input: CommandInput<S>) => Promise<number> | number;

/** The `--help`/`-h` every command takes (added to each table by `optionsOf`). */
export const HELP_OPTION = { type: "boolean", short: "h", description: "show this help and exit" } as const satisfies OptionSpec;

/** The options table parseArgs gets: the command's own plus --help. */
export function optionsOf(spec: CommandSpec): Record<string, OptionSpec> {
  return { ...spec.options, help: HELP_OPTION };
}

/**
 * A usage error (exit 2): a one-line problem, printed with the usage of the command it concerns.
 * `usage: false` for an invalid value whose message says all (a policy file's problems).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage = true,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * An expected failure of the run itself (exit 3): a service, database or NATS that refused or could not
 * be reached. Printed as one line, no stack.
 */
export class RunError extends Error {
  override name = "RunError";
}

/** The table as parseArgs takes it: type and short letter only (the rest is for the help). */
function parserOptions(spec: CommandSpec): Record<string, { type: "string" | "boolean"; short?: string }> {
  return Object.fromEntries(Object.entries(optionsOf(spec)).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
}

/** A one-line reason a strict parse refused `args`, in the command's own words (node's are long). */
function explain(spec: CommandSpec, args: string[], err: Error): string {
  const options = optionsOf(spec);
  const { tokens } = parseArgs({ args, options: parserOptions(spec), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    // parseArgs names a known short option (-h) by its long name.
    const known = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!known) return `unknown option ${token.rawName}`;
    if (known.type === "string" && (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))) return `${token.rawName} needs a value (${known.value})`;
    if (known.type === "boolean" && token.value !== undefined) return `${token.rawName} takes no value`;
  }
  return err.message.split("\n")[0]!;
}

/** Parses `args` against the command's table (strict: unknown options and missing values are usage errors). */
export function parseCommandArgs(spec: CommandSpec, args: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: parserOptions(spec), strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(explain(spec, args, err as Error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { values, positionals: parsed.positionals };
  const positionals = parsed.positionals;
  const variadic = spec.positionals.some((p) => p.variadic);
  const missing = spec.positionals.slice(positionals.length).find((p) => p.required);
  if (missing) throw new UsageError(`missing ${missing.name}`);
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.type === "string" && option.required && values[name] === undefined) throw new UsageError(`missing --${name} ${option.value}`);
  }
  if (!variadic && positionals.length > spec.positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[spec.positionals.length])}`);
  return { values, positionals };
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
