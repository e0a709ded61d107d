import { workerData } from "piscina";
import { createGuard, type Guard } from "../guard.js";
import type { PolicyPreset } from "../policy/preset.js";
import { checkFile, fileErrorOutput, type FileCheck, type FileCheckRequest } from "./scan.js";

/*
 * A document-pool thread: reads one file and decides on it, off the main thread. Expected failures
 * come back as values with their codes (a thrown error would lose its class crossing threads).
 */

export type FileCheckOutcome = { ok: true; check: FileCheck } | { ok: false; error: { code: string; message: string } };

let guard: Guard | undefined;

export default async function checkFileTask(request: FileCheckRequest): Promise<FileCheckOutcome> {
  guard ??= createGuard({ preset: (workerData as { preset?: PolicyPreset } | undefined)?.preset });
  try {
    return { ok: true, check: await checkFile(guard, request) };
  } catch (err) {
    return { ok: false, error: fileErrorOutput(request.path, err).error };
  }
}
