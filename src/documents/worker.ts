import { workerData } from "piscina";
import { createGuard, type Guard } from "../guard.js";
import type { CheckContext } from "../policy/context.js";
import type { CheckResult } from "../policy/engine.js";
import type { PolicyPreset } from "../policy/preset.js";
import { checkFile, fileErrorOutput, type FileCheck, type FileCheckRequest } from "./scan.js";

/*
 * A pool thread: reads one file and decides on it, or decides on one long text, off the main
 * thread. Expected failures come back as values with their codes (a thrown error would lose its
 * class crossing threads).
 */

export type PoolTask = ({ kind: "file" } & FileCheckRequest) | { kind: "text"; text: string; context: CheckContext };
export type FileCheckOutcome = { ok: true; check: FileCheck } | { ok: false; error: { code: string; message: string } };

let guard: Guard | undefined;

export default async function poolTask(task: PoolTask): Promise<FileCheckOutcome | CheckResult> {
  guard ??= createGuard({ preset: (workerData as { preset?: PolicyPreset } | undefined)?.preset });
  if (task.kind === "text") return guard.check(task.text, task.context);
  try {
    return { ok: true, check: await checkFile(guard, task) };
  } catch (err) {
    return { ok: false, error: fileErrorOutput(task.path, err).error };
  }
}
