#!/usr/bin/env node
/**
 * The peer of `contactguard scan` for the whole-process bench: the script a platform engineer would write
 * with the baseline stack (bench/baseline.mjs: libphonenumber-js + linkify-it with fuzzy links and emails).
 * It speaks the same JSONL protocol: reads {"id","text","context"} lines on stdin, writes one
 * {"id","violation","decision","findings":[{type,start,end}]} line per input on stdout. It ignores the
 * context (the baseline has no policy) and buffers its output in blocks, as a careful script would.
 *
 *   node bench/scan/peer.mjs < corpus.jsonl > out.jsonl
 */
import { createInterface } from "node:readline";
import { baselineDetect } from "../baseline.mjs";

const BLOCK = 512;
let pending = [];
const flush = () => {
  if (pending.length) process.stdout.write(pending.join(""));
  pending = [];
};

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  let id = null;
  let out;
  try {
    const input = JSON.parse(line);
    id = input.id ?? null;
    const findings = baselineDetect(String(input.text ?? ""), "US").map(({ type, start, end }) => ({ type, start, end }));
    out = { id, violation: findings.length > 0, decision: findings.length > 0 ? "block" : "allow", findings };
  } catch (e) {
    out = { id, error: e instanceof Error ? e.message : String(e) };
  }
  pending.push(`${JSON.stringify(out)}\n`);
  if (pending.length >= BLOCK) flush();
}
flush();
