import { createInterface } from "node:readline";
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { detect } from "../detect/detect.js";
import { interimResult } from "../detect/result.js";

/** One line of `scan` input. `context` is validated by the policy engine; here it only has to be an object. */
export const ScanLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string({ error: "\"text\" must be a string" }),
  context: z.record(z.string(), z.unknown()).nullable().optional(),
});

export interface ScanOptions {
  defaultRegion?: string;
}

type ErrorLine = { id: string | number | null; error: { code: string; message: string } };

function errorLine(id: ErrorLine["id"], code: string, message: string): ErrorLine {
  return { id, error: { code, message } };
}

/** Handles one input line; never throws. */
export function scanLine(line: string, options: ScanOptions = {}): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return errorLine(null, "invalid_json", `line is not valid JSON: ${(err as Error).message}`);
  }
  const id = raw && typeof raw === "object" && "id" in raw && (typeof raw.id === "string" || typeof raw.id === "number") ? raw.id : null;
  const parsed = ScanLine.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "line";
    return errorLine(id, "invalid_input", `${field}: ${issue?.message ?? "invalid"}`);
  }
  try {
    const findings = detect(parsed.data.text, options.defaultRegion ? { defaultRegion: options.defaultRegion } : {});
    return interimResult(id, findings);
  } catch (err) {
    return errorLine(id, "internal_error", (err as Error).message);
  }
}

/** JSON Lines in, JSON Lines out, in order, one line at a time (constant memory on any input). */
export async function scan(input: Readable, output: Writable, options: ScanOptions = {}): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const out = JSON.stringify(scanLine(line, options)) + "\n";
    count++;
    if (!output.write(out)) await once(output, "drain");
  }
  return count;
}
