import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { createError } from "./core/errors.js";
import { isContactType, type Finding } from "./core/types.js";
import { detect, withPhoneInfo, type TunedDetectOptions } from "./detect/detect.js";
import { DetectionOptions } from "./detect/options.js";
import { hmacHex, redactWith, RedactionSpec, type RedactableFinding, type RedactionSpecInput } from "./policy/redact.js";
import { parseContext, type CheckContext, type CheckContextInput } from "./policy/context.js";
import { findSplitContacts } from "./policy/conversation.js";
import { decide, type CheckResult, type PolicyFinding } from "./policy/engine.js";
import { builtinPreset, type PolicyPreset } from "./policy/preset.js";
import { detectionTuning } from "./policy/tuning.js";

export interface GuardOptions {
  /** A preset object, or the name of a built-in preset. Default `marketplace-default`. */
  preset?: PolicyPreset | string;
  /**
   * The key of the `hash` redaction operator (HMAC-SHA256). Default: a random key made once per guard,
   * so hashes repeat within the guard's life only; pass your own to keep them stable across restarts.
   */
  redactionKey?: string | Uint8Array;
}

export interface CheckOptions {
  /**
   * Findings the caller knows from the text's structure rather than its words (a vCard's TEL
   * property, say). They join the detected ones; a detected finding over the same span wins.
   */
  findings?: readonly Finding[];
  /**
   * Operators for the returned `redactedText` (mask, replace, hash, keep per type), in place of the
   * preset's labels. Only the text handed back changes: which findings are redacted is the policy's.
   */
  redaction?: RedactionSpecInput;
}

/** Options of `guard.detect`: which findings, how sure, the region of national numbers, and redaction. */
export interface DetectCallOptions {
  /** Only these finding types (default all). Filtered after overlaps are resolved: a subset of what no filter gives. */
  entities?: readonly Finding["type"][];
  /** 0–1; default the preset's `detection.minConfidence`. */
  minConfidence?: number;
  /** ISO 3166-1 alpha-2 region for numbers without a country code; one libphonenumber-js does not know is refused. */
  region?: string;
  /** When given, the result has `redactedText`: every returned finding under its operator. */
  redaction?: RedactionSpecInput;
}

export interface DetectResult {
  findings: Finding[];
  redactedText?: string;
}

export interface Guard {
  readonly preset: PolicyPreset;
  /** Detects and decides. Throws `ContextError` on an invalid context and `TypeError` on a non-string text. */
  check(text: string, context?: CheckContextInput | CheckContext, options?: CheckOptions): CheckResult;
  /** Decides again on an earlier result's findings under a changed context (e.g. fresh standing): no re-detection. */
  redecide(text: string, earlier: CheckResult, context: CheckContextInput | CheckContext): CheckResult;
  /**
   * Detection without policy (like Presidio's analyzer): the findings, under the preset's detection
   * settings unless the options say otherwise. Throws `ContactGuardError` (`invalid_request`) on bad options.
   */
  detect(text: string, options?: DetectCallOptions): DetectResult;
}

/** Validates caller options with `schema`; the error names the first bad field, as the HTTP API does. */
function parseOptions<S extends z.ZodType>(schema: S, input: unknown, prefix: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw createError("invalid_request", { field: [prefix, ...issue.path.map(String)].filter(Boolean).join("."), problem: issue.message }, { details: { issues: parsed.error.issues } });
}

/**
 * The one call a platform makes: `createGuard().check(text, context)` runs
 * normalize → detect → decide and returns the decision with its clauses, message and spans.
 */
export function createGuard(options: GuardOptions = {}): Guard {
  const preset = typeof options.preset === "object" ? options.preset : builtinPreset(options.preset);
  let key = options.redactionKey;
  const hashOf = (f: RedactableFinding) => hmacHex((key ??= randomBytes(32)), f.value ?? "");
  const redactionTools = { labels: preset.redaction, hash: hashOf };
  // The preset's strictness per finding type, as detection's floor and per-type filter (made once).
  const tuning = detectionTuning(preset);
  return {
    preset,
    check(text, contextInput, options = {}) {
      if (typeof text !== "string") throw new TypeError("text must be a string");
      const context = parseContext(contextInput);
      // Checked before anything runs: a bad spec is refused whether or not this text needs redacting.
      const spec = options.redaction === undefined ? undefined : parseOptions(RedactionSpec, options.redaction, "redaction");
      const now = context.now ? new Date(context.now) : new Date();
      const detectOptions: TunedDetectOptions = {
        // The sender's region when the platform knows it; the preset's is a fallback the text's language may overrule.
        ...(context.region ? { defaultRegion: context.region.toUpperCase() } : {}),
        fallbackRegion: preset.detection.defaultRegion,
        ...tuning,
      };
      const findings: Finding[] = detect(text, detectOptions);
      // A declared phone (a vCard's TEL) says its country and type like a detected one.
      const declared = (options.findings ?? []).map(withPhoneInfo);
      const split = findSplitContacts(text, context, preset.conversation, now, (t) => detect(t, detectOptions));
      const merged: Array<Finding | PolicyFinding> = [...findings];
      for (const s of declared) {
        // Structure adds only what the words missed: any detected finding over the same span stands.
        if (!findings.some((f) => f.start < s.end && s.start < f.end)) merged.push(s);
      }
      for (const s of split) {
        // A detail found in this message alone already stands; the conversation adds only what spans messages.
        if (!findings.some((f) => f.type === s.type && f.start < s.end && s.start < f.end)) merged.push(s);
      }
      merged.sort((a, b) => a.start - b.start);
      const result = decide(text, merged, context, preset, now);
      if (!spec || result.redactedText === undefined) return result;
      // The same findings the preset's labels hid (the violating contact details), under the caller's operators.
      const violating = result.findings.filter((f) => isContactType(f.type) && !f.allowedBy);
      return { ...result, redactedText: redactWith(text, violating, spec, redactionTools) };
    },
    redecide(text, earlier, contextInput) {
      const context = parseContext(contextInput);
      const now = context.now ? new Date(context.now) : new Date();
      const findings = earlier.findings.map(({ clause: _clause, allowedBy: _allowedBy, ...f }) => f);
      return decide(text, findings, context, preset, now);
    },
    detect(text, callOptions = {}) {
      if (typeof text !== "string") throw new TypeError("text must be a string");
      const { redaction, ...rest } = callOptions;
      const parsed = parseOptions(DetectionOptions, rest, "");
      const spec = redaction === undefined ? undefined : parseOptions(RedactionSpec, redaction, "redaction");
      // The same settings `check` detects with, so a finding here is one `check` would decide on.
      const all = detect(text, {
        ...(parsed.region ? { defaultRegion: parsed.region } : {}),
        fallbackRegion: preset.detection.defaultRegion,
        // A caller's own minConfidence replaces the preset's strictness; without one, the preset's applies.
        ...(parsed.minConfidence !== undefined ? { minConfidence: parsed.minConfidence } : tuning),
      });
      // Filtered after overlaps are resolved (not by skipping recognizers): a number inside a link stays
      // out whether or not links were asked for, so a filtered answer is a subset of the full one.
      const wanted = parsed.entities ? new Set<string>(parsed.entities) : null;
      const findings = wanted ? all.filter((f) => wanted.has(f.type)) : all;
      return spec ? { findings, redactedText: redactWith(text, findings, spec, redactionTools) } : { findings };
    },
  };
}

let defaultGuard: Guard | undefined;
/** `createGuard()` with the default preset, created on first use. */
export function check(text: string, context?: CheckContextInput): CheckResult {
  defaultGuard ??= createGuard();
  return defaultGuard.check(text, context);
}
