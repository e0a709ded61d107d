import { readFileSync } from "node:fs";
import { z } from "zod";
import { CONTACT_TYPES } from "../core/types.js";
import { ContactGuardError, formatMessage, type ValidationIssue } from "../core/errors.js";
import { SURFACES } from "./context.js";
import { DEFAULT_FOUND, DEFAULT_PROJECT_PAGE } from "./messages.js";
import { Strictness } from "./strictness.js";
import { Allowlist } from "./allowlist.js";

/**
 * A policy preset: everything the engine decides that a marketplace may want to change, as data.
 * The engine holds only the clause logic of POLICY.md (when is it forbidden, what is exempt);
 * which action a surface takes, the words users read and the ladder live here.
 */
export const DECISIONS = ["allow", "notice", "warn", "block", "redact", "review"] as const;
export type Decision = (typeof DECISIONS)[number];

const Action = z.enum(["warn", "block", "redact", "review"]);

const SurfaceRule = z.object({
  /** What a violation on this surface does the first time (no active violations on record). */
  action: Action,
  /** What it does when the sender already has active violations (X2). */
  repeatAction: Action.optional(),
  /** Override of the violation message for this surface (X1 for job posts). */
  message: z.string().min(1).optional(),
  /** Clauses this surface's decision adds (X1). */
  clauses: z.array(z.string()).default([]),
});

const TypeRule = z.object({
  /** A name for the rule, so a translation can give its message in another language (`translations.<lang>.typeRules`). */
  id: z.string().regex(/^[a-z][a-zA-Z0-9_-]*$/, "must be a name such as offPlatform").optional(),
  types: z.array(z.enum(CONTACT_TYPES)).min(1),
  surfaces: z.array(z.enum(SURFACES)).optional(),
  action: Action.optional(),
  message: z.string().min(1).optional(),
  clauses: z.array(z.string()).default([]),
});

export const LadderStep = z.object({
  /** The step applies from this many violations within `windowDays`. */
  atViolation: z.number().int().min(1),
  penalty: z.enum(["warning", "badge_loss", "restriction", "suspension"]),
  /** Length of a restriction. */
  days: z.number().int().min(1).optional(),
  message: z.string().min(1),
});

/** A BCP 47 language tag: "en", "pt-BR", "zh-Hant". */
const LanguageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en, es or pt-BR");

/** Every word of the user-facing messages, in the preset's language. */
const Messages = z.object({
  violation: z.string().min(1),
  contactRequest: z.string().min(1),
  redacted: z.string().min(1),
  review: z.string().min(1),
  restricted: z.string().min(1),
  closedContract: z.string().min(1),
  portfolio: z.string().min(1),
  exception: z.string().min(1),
  exceptionChannel: z.string().min(1),
  /** The reminder with a site's own contact page shared as the work itself (S2): allowed, contact stays here. */
  projectPage: z.string().min(1).default(DEFAULT_PROJECT_PAGE),
  /**
   * The sentence added to every message that has findings: `{found}` is the list of what was found,
   * in plain words (`findingNames`), `{clauses}` the decision's clause IDs.
   */
  found: z
    .string()
    .min(1)
    .refine((t) => t.includes("{found}"), { message: "must contain {found}" })
    .default(DEFAULT_FOUND),
  /** Each finding type in plain words ("an email address"); types left out read as in DEFAULT_FINDING_NAMES. */
  findingNames: z.partialRecord(z.enum(CONTACT_TYPES), z.string().min(1)).default({}),
});

/**
 * The messages in another language. Whatever a translation leaves out is read in the preset's own
 * language. `surfaces` are the surfaces' own messages (X1's job-post text), `typeRules` the type
 * rules' messages by the rule's `id`.
 */
const Translation = z
  .object({
    messages: Messages.partial().extend({ findingNames: z.partialRecord(z.enum(CONTACT_TYPES), z.string().min(1)).optional() }).optional(),
    surfaces: z.partialRecord(z.enum(SURFACES), z.string().min(1)).optional(),
    typeRules: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();

export const PolicyPreset = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    switches: z
      .object({
        /** The older seed exempts the Business plan too (E1); the newer one does not. */
        businessPlanExempt: z.boolean().default(false),
        /** Infer E3 system-access purpose from the text, not only from a declared exception. */
        inferSystemAccess: z.boolean().default(true),
      })
      .default({ businessPlanExempt: false, inferSystemAccess: true }),
    detection: z
      .object({
        minConfidence: z.number().min(0).max(1).default(0.5),
        /** Findings below this confidence send a blocking decision to human review instead. */
        reviewBelow: z.number().min(0).max(1).default(0),
        defaultRegion: z.string().regex(/^[A-Z]{2}$/).default("US"),
      })
      .default({ minConfidence: 0.5, reviewBelow: 0, defaultRegion: "US" }),
    /**
     * How strict detection is per finding type (src/policy/strictness.ts): `relaxed`, `standard` (the
     * default: `detection.minConfidence`, every disguise family) or `strict`.
     */
    strictness: Strictness,
    /** Values that are never findings, matched on normalized values (src/policy/allowlist.ts). */
    allow: Allowlist.default({ domains: [], emails: [], handles: [], phones: [] }),
    conversation: z
      .object({
        /** How many of the sender's own earlier messages in the room are joined with the current one (others' replies in between are skipped). */
        windowMessages: z.number().int().min(0).max(20).default(4),
        /** Only the sender's messages from the last this many minutes. */
        windowMinutes: z.number().int().min(1).default(30),
        /** At most this many characters of earlier messages in all. */
        windowChars: z.number().int().min(0).max(10_000).default(600),
      })
      .default({ windowMessages: 4, windowMinutes: 30, windowChars: 600 }),
    surfaces: z.record(z.enum(SURFACES), SurfaceRule).refine((r) => SURFACES.every((s) => s in r), {
      message: `must define every surface: ${SURFACES.join(", ")}`,
    }),
    typeRules: z.array(TypeRule).default([]),
    /** The language of the surfaces' messages, which users read (the recipient-facing language). */
    language: LanguageTag.default("en"),
    messages: Messages,
    /** The messages in other languages, by language tag; a check asks for one with `context.language`. */
    translations: z.record(LanguageTag, Translation).default({}),
    /**
     * `shadow`: every check that would be enforced is decided and recorded as a shadow decision and
     * answered `allow` with `wouldDecide` (issue 20), so an operator can read what the policy would do
     * before switching it on. `enforce` (default): decisions take effect.
     */
    rollout: z.enum(["shadow", "enforce"]).default("enforce"),
    /** Masks per finding type; types without one (requests, proposals) are left as written. */
    redaction: z.partialRecord(z.enum(CONTACT_TYPES), z.string().min(1)),
    ladder: z.object({
      windowDays: z.number().int().min(1),
      warningExpiresDays: z.number().int().min(1),
      /**
       * A held (`review`) decision is a strike only when a reviewer rejects it (`rejected`), or after this many
       * days without a review (applied when the account's standing is next read or written).
       */
      reviewTimeoutDays: z.number().int().min(1).default(7),
      steps: z.array(LadderStep).min(1),
    }),
  })
  .strict()
  .superRefine((preset, ctx) => {
    // A translation names only what the preset has: a surface with its own message, a type rule by its id.
    const ruleIds = new Set(preset.typeRules.flatMap((r) => (r.id && r.message ? [r.id] : [])));
    for (const [language, t] of Object.entries(preset.translations)) {
      for (const surface of Object.keys(t.surfaces ?? {}) as Array<keyof typeof preset.surfaces>) {
        if (!preset.surfaces[surface]?.message) {
          ctx.addIssue({ code: "custom", path: ["translations", language, "surfaces", surface], message: `the surface ${surface} has no message of its own to translate` });
        }
      }
      for (const id of Object.keys(t.typeRules ?? {})) {
        if (!ruleIds.has(id)) ctx.addIssue({ code: "custom", path: ["translations", language, "typeRules", id], message: `no type rule with id "${id}" and a message` });
      }
    }
  });

export type PolicyPreset = z.infer<typeof PolicyPreset>;

/**
 * An unusable preset (`invalid_preset`). `problems` are the message's lines; `issues` are zod's issues,
 * structured (path, code, message), empty when the file could not be read or parsed as JSON.
 */
export class PresetError extends ContactGuardError<"invalid_preset"> {
  constructor(
    readonly problems: readonly string[],
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super("invalid_preset", formatMessage("invalid_preset", { problems: problems.join("\n  ") }), { details: { issues } });
    this.name = "PresetError";
  }
}

export function parsePreset(input: unknown): PolicyPreset {
  const parsed = PolicyPreset.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new PresetError(
    parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    parsed.error.issues,
  );
}

export function loadPresetFile(path: string): PolicyPreset {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new PresetError([`cannot read ${path}: ${(err as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new PresetError([`${path} is not valid JSON: ${(err as Error).message}`]);
  }
  return parsePreset(json);
}

const presetDir = new URL("../../presets/", import.meta.url);
const cache = new Map<string, PolicyPreset>();

/** A preset shipped with the package, by name (`marketplace-default`). */
export function builtinPreset(name = "marketplace-default"): PolicyPreset {
  if (!/^[a-z0-9-]+$/.test(name)) throw new PresetError([`unknown preset "${name}"`]);
  let preset = cache.get(name);
  if (!preset) {
    preset = loadPresetFile(new URL(`${name}.json`, presetDir).pathname);
    cache.set(name, preset);
  }
  return preset;
}
