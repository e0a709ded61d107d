/*
 * The exit codes, the same for every command (documented in `contactguard --help`, each command's
 * help and the README). Scripts branch on them, so a code never changes meaning.
 */
export const EXIT = {
  /** The run worked and found no violation. */
  ok: 0,
  /** A violation was found (check, scan-file; scan with --fail-on-violation), or `policy check` found the file invalid. */
  found: 1,
  /** Usage or input error: unknown command or option, missing or invalid argument or value, unreadable input. */
  usage: 2,
  /** The run itself failed: a service, the database or NATS refused or could not be reached, or an unexpected error. */
  failed: 3,
} as const;

export type Exit = (typeof EXIT)[keyof typeof EXIT];

/** The shared meaning of each code, for the overview help and the README. */
export const EXIT_MEANINGS: Readonly<Record<Exit, string>> = {
  0: "the run worked and found no violation",
  1: "a violation was found (check, scan-file; scan with --fail-on-violation); policy check: the file is invalid",
  2: "usage or input error: unknown command or option, missing or invalid argument or value (--region XX, a --policy file\nthat is missing or invalid), an unreadable file, scan lines that could not be decided",
  3: "the run failed: a service, the database or NATS refused or could not be reached, or an unexpected error",
};

/** `--exit-zero` (check, scan, scan-file): exit 0 whenever the run itself worked, for pipelines. */
export const EXIT_ZERO_NOTE = "--exit-zero (check, scan, scan-file) exits 0 whenever the run itself worked: findings and bad input\n  lines or files are still reported in the output, usage errors (2) and failures (3) are not hidden.";
