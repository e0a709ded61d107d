import { ZodError } from "zod";
import { RunError, UsageError } from "./command.js";

/*
 * Kept out of command.ts, which every command loads: zod is 95 files, and `scan < /dev/null` (start-up,
 * issue 21), `--help` and `check` need none of it. Only the commands that read a configuration load this.
 */

/**
 * An error from the environment a command runs in, as the CLI reports it: an invalid configuration
 * (the environment variables) is an input error, a refused or unreachable service, database or port is
 * a failure of the run (RunError, one line); anything else stays unexpected.
 */
export function asExpected(err: unknown): unknown {
  if (err instanceof ZodError) return new UsageError(`invalid configuration: ${err.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`, false);
  // A system error (EADDRINUSE, ECONNREFUSED) or a ContactGuardError (data_dir_locked) has a code; a bug has none.
  if (err instanceof Error && (err as NodeJS.ErrnoException).code !== undefined) return new RunError(err.message);
  return err;
}
