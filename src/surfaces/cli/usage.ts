import { HELP_OPTION, optionsOf, type CommandSpec, type OptionSpec } from "./command.js";
import { EXIT_MEANINGS, EXIT_ZERO_NOTE } from "./exit.js";
import { SPECS } from "./table.js";

/*
 * The help texts, generated from the command table (table.ts) — the same table parseArgs reads — so
 * an option cannot be parsed without being documented, or documented without being parsed.
 */

const flag = (name: string, o: OptionSpec) => `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? ` ${o.value}` : ""}`;

/** `contactguard scan-file [options] FILE...` */
export function synopsis(spec: CommandSpec): string {
  const positionals = spec.positionals.map((p) => {
    const name = p.variadic ? `${p.name}...` : p.name;
    return p.required ? name : `[${name}]`;
  });
  const required = Object.entries(spec.options).filter(([, o]) => o.type === "string" && o.required);
  const parts = [`contactguard ${spec.name}`, ...required.map(([n, o]) => flag(n, o)), Object.keys(spec.options).length > required.length ? "[options]" : "", ...positionals];
  return parts.filter(Boolean).join(" ");
}

function table(rows: Array<[string, string]>, indent = "  "): string {
  const width = Math.min(28, Math.max(...rows.map(([left]) => left.length)));
  return rows
    .map(([left, right]) => {
      const lines = right.split("\n");
      const pad = left.length > width ? `\n${indent}${" ".repeat(width + 2)}` : " ".repeat(width + 2 - left.length);
      return `${indent}${left}${pad}${lines.join(`\n${indent}${" ".repeat(width + 2)}`)}`;
    })
    .join("\n");
}

const optionRows = (spec: CommandSpec) => table(Object.entries(optionsOf(spec)).map(([name, o]) => [flag(name, o), o.description]));

/** One command's help: synopsis, what it does, its options and its exit codes. */
export function commandUsage(spec: CommandSpec): string {
  const lines = [`Usage: ${synopsis(spec)}`, "", spec.summary.charAt(0).toUpperCase() + spec.summary.slice(1) + "."];
  if (spec.details) lines.push("", spec.details);
  lines.push("", "Options:", optionRows(spec));
  lines.push("", "Exit codes:", table(Object.entries(spec.exits).map(([code, meaning]) => [code, meaning])));
  return lines.join("\n") + "\n";
}

/** What follows a usage error: the synopsis and the options, and where the rest is. */
export function shortUsage(spec: CommandSpec): string {
  return `Usage: ${synopsis(spec)}\n\nOptions:\n${optionRows(spec)}\n\nRun 'contactguard ${spec.name} --help' for more.\n`;
}

/** The help of a group (`policy`, `keys`): each subcommand's (`short`: after a usage error). */
export function groupUsage(group: string, short = false): string {
  return SPECS.filter((s) => s.name.startsWith(`${group} `))
    .map(short ? shortUsage : commandUsage)
    .join("\n");
}

/** `contactguard --help`: every command, the global options and the exit codes. */
export const USAGE = `contactguard — find contact information shared or requested in marketplace text

Usage: contactguard COMMAND [options] [arguments]

Commands:
${table(SPECS.map((s) => [s.name, s.summary]))}

Global options:
${table([
  [flag("help", HELP_OPTION), "this overview; after a command, that command's help (also: contactguard help COMMAND)"],
  ["-V, --version", "print the package version"],
])}

Exit codes (the same for every command):
${table(Object.entries(EXIT_MEANINGS).map(([code, meaning]) => [code, meaning]))}
  ${EXIT_ZERO_NOTE}

Run 'contactguard help COMMAND' or 'contactguard COMMAND --help' for a command's options.
`;
