import type { DetectOptions, Finding } from "./core/types.js";
import { detect } from "./detect/detect.js";
import { parseContext, type CheckContext, type CheckContextInput } from "./policy/context.js";
import { findSplitContacts } from "./policy/conversation.js";
import { decide, type CheckResult, type PolicyFinding } from "./policy/engine.js";
import { builtinPreset, type PolicyPreset } from "./policy/preset.js";

export interface GuardOptions {
  /** A preset object, or the name of a built-in preset. Default `marketplace-default`. */
  preset?: PolicyPreset | string;
}

export interface CheckOptions {
  /**
   * Findings the caller knows from the text's structure rather than its words (a vCard's TEL
   * property, say). They join the detected ones; a detected finding over the same span wins.
   */
  findings?: readonly Finding[];
}

export interface Guard {
  readonly preset: PolicyPreset;
  /** Detects and decides. Throws `ContextError` on an invalid context and `TypeError` on a non-string text. */
  check(text: string, context?: CheckContextInput | CheckContext, options?: CheckOptions): CheckResult;
  /** Decides again on an earlier result's findings under a changed context (e.g. fresh standing): no re-detection. */
  redecide(text: string, earlier: CheckResult, context: CheckContextInput | CheckContext): CheckResult;
}

/**
 * The one call a platform makes: `createGuard().check(text, context)` runs
 * normalize → detect → decide and returns the decision with its clauses, message and spans.
 */
export function createGuard(options: GuardOptions = {}): Guard {
  const preset = typeof options.preset === "object" ? options.preset : builtinPreset(options.preset);
  return {
    preset,
    check(text, contextInput, options = {}) {
      if (typeof text !== "string") throw new TypeError("text must be a string");
      const context = parseContext(contextInput);
      const now = context.now ? new Date(context.now) : new Date();
      const detectOptions: DetectOptions = {
        // The sender's region when the platform knows it; the preset's is a fallback the text's language may overrule.
        ...(context.region ? { defaultRegion: context.region.toUpperCase() } : {}),
        fallbackRegion: preset.detection.defaultRegion,
        minConfidence: preset.detection.minConfidence,
      };
      const findings: Finding[] = detect(text, detectOptions);
      const split = findSplitContacts(text, context, preset.conversation, now, (t) => detect(t, detectOptions));
      const merged: Array<Finding | PolicyFinding> = [...findings];
      for (const s of options.findings ?? []) {
        // Structure adds only what the words missed: any detected finding over the same span stands.
        if (!findings.some((f) => f.start < s.end && s.start < f.end)) merged.push(s);
      }
      for (const s of split) {
        // A detail found in this message alone already stands; the conversation adds only what spans messages.
        if (!findings.some((f) => f.type === s.type && f.start < s.end && s.start < f.end)) merged.push(s);
      }
      merged.sort((a, b) => a.start - b.start);
      return decide(text, merged, context, preset, now);
    },
    redecide(text, earlier, contextInput) {
      const context = parseContext(contextInput);
      const now = context.now ? new Date(context.now) : new Date();
      const findings = earlier.findings.map(({ clause: _clause, allowedBy: _allowedBy, ...f }) => f);
      return decide(text, findings, context, preset, now);
    },
  };
}

let defaultGuard: Guard | undefined;
/** `createGuard()` with the default preset, created on first use. */
export function check(text: string, context?: CheckContextInput): CheckResult {
  defaultGuard ??= createGuard();
  return defaultGuard.check(text, context);
}
