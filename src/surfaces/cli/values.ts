import { closeSync, fstatSync, openSync } from "node:fs";
import { UsageError } from "./command.js";
import type { PolicyPreset } from "../../policy/preset.js";

/*
 * Option values checked before a command runs: a refused value is a usage error (exit 2) that names
 * the option and says what it accepts, never a stack trace or a silently ignored value.
 */

/** `--region CC`: a region libphonenumber-js knows (full metadata, as the phone recognizer uses); given in any case. */
export async function regionValue(value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const { isSupportedCountry } = await import("libphonenumber-js/max");
  const region = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(region) || !isSupportedCountry(region)) throw new UsageError(`--region ${JSON.stringify(value)} is not a region libphonenumber knows (a two-letter code such as GB, US, IN)`);
  return region;
}

/** Refuses a path that is not a readable file, in one line (`what` names the option it came from). */
export function readableFile(path: string, what?: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    if (fstatSync(fd).isDirectory()) throw new Error("it is a directory");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === "ENOENT" ? "no such file" : e.code === "EACCES" ? "permission denied" : e.code === "EISDIR" ? "it is a directory" : e.message;
    throw new UsageError(`${what ? `${what}: ` : ""}cannot read ${path}: ${reason}`, false);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `--policy FILE`: the preset, loaded and validated now; a missing or invalid file is refused with its problems. */
export async function policyValue(path: string | undefined): Promise<PolicyPreset | undefined> {
  if (path === undefined) return undefined;
  readableFile(path, "--policy");
  const { loadPresetFile, PresetError } = await import("../../policy/preset.js");
  try {
    return loadPresetFile(path);
  } catch (err) {
    // Every problem on a line of its own: the usage text would bury them.
    if (err instanceof PresetError) throw new UsageError(`--policy ${path} is not a valid policy preset:\n  ${err.problems.join("\n  ")}`, false);
    throw err;
  }
}

/** A number option (`--time-budget 2.5`): finite and greater than 0; `integer` also asks for a whole number. */
export function numberValue(name: string, value: string | undefined, { integer = false } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} must be ${integer ? "a whole number ≥ 1" : "a number greater than 0"}, not ${JSON.stringify(value)}`);
  }
  return n;
}

/** `--context JSON`: a JSON object (the policy engine validates its fields). */
export function contextValue(json: string | undefined): Record<string, unknown> {
  if (json === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new UsageError(`--context is not valid JSON: ${(err as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new UsageError("--context must be a JSON object");
  return value as Record<string, unknown>;
}
