import { z } from "zod";
import { ContactGuardError, formatMessage, type ValidationIssue } from "../core/errors.js";
import { unsafeIdProblem } from "../core/strings.js";
import { Allowlist } from "./allowlist.js";
import { commonContext } from "./context-fast.js";

/**
 * Where and between whom a text is written. The policy decides under this context; the same
 * schema validates library calls, `scan` lines and HTTP bodies, so errors read the same everywhere.
 */
export const SURFACES = ["message", "job_post", "proposal", "invite", "profile", "portfolio", "interview", "attachment"] as const;
export const PLANS = ["basic", "plus", "business", "enterprise"] as const;
export const DOCUMENT_KINDS = ["resume", "nda", "business_license", "background_check", "brief", "portfolio", "other"] as const;

/** The marker a `SafeId` issue carries, so every surface answers it with `invalid_string`, not a schema error. */
export const INVALID_STRING_PARAMS = { code: "invalid_string" } as const;

/** Whether a zod issue is a `SafeId` refusal (a NUL or a lone surrogate in an id or key); only custom issues carry `params`. */
export const isInvalidStringIssue = (issue: object): boolean => ("params" in issue ? (issue.params as { code?: unknown } | undefined)?.code : undefined) === INVALID_STRING_PARAMS.code;

/**
 * An identifier or key: refused when it holds a NUL or a lone surrogate (src/core/strings.ts), because
 * no database stores one and repairing it would merge two ids. Shared by the context model and the
 * HTTP schemas, so every edge refuses the same strings with `invalid_string`.
 */
export const SafeId = z.string().refine((s) => unsafeIdProblem(s) === null, {
  error: (issue) => unsafeIdProblem(String(issue.input)) ?? "holds a character no database stores",
  params: INVALID_STRING_PARAMS,
});

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: "must be an ISO 8601 date-time" });

export const Party = z.object({
  id: SafeId.pipe(z.string().min(1)).optional(),
  role: z.enum(["client", "freelancer"]),
  plan: z.enum(PLANS).default("basic"),
});

export const Contract = z.object({
  status: z.enum(["none", "offered", "active", "closed"]),
  kind: z.enum(["standard", "test"]).optional(),
  startsAt: isoTime.optional(),
  acceptedAt: isoTime.optional(),
  endedAt: isoTime.optional(),
});

export const HistoryMessage = z.object({
  text: z.string(),
  senderId: SafeId.optional(),
  at: isoTime.optional(),
});

/** The sender's standing from the ledger (issue #4 fills it in; callers of the library may too). */
export const Standing = z.object({
  /** Violations still counting towards the ladder (not expired, not overturned). */
  activeViolations: z.number().int().min(0).default(0),
  /** ISO time until which the account may not send contact-bearing content at all. */
  restrictedUntil: isoTime.optional(),
  suspended: z.boolean().optional(),
});

export const CheckContext = z.object({
  surface: z.enum(SURFACES).default("message"),
  sender: Party.nullable().optional(),
  recipient: Party.nullable().optional(),
  contract: Contract.nullable().optional(),
  relationship: z.object({ preExisting: z.boolean().optional() }).nullable().optional(),
  exception: z
    .object({ kind: z.enum(["legal", "system_access", "accessibility"]), note: z.string().optional() })
    .nullable()
    .optional(),
  document: z.object({ kind: z.enum(DOCUMENT_KINDS), name: SafeId.optional() }).nullable().optional(),
  history: z.array(HistoryMessage).max(200).optional(),
  standing: Standing.nullable().optional(),
  /** Default region for numbers without a country code (ISO 3166-1 alpha-2). */
  region: z.string().regex(/^[A-Za-z]{2}$/, "must be a two-letter country code").optional(),
  now: isoTime.optional(),
  /**
   * The language the user reads the decision's message in, as a language tag ("es", "pt-BR"): the
   * surface's language. Messages come in it when the preset carries that translation, else in the
   * preset's own language (English by default). The text's own language does not matter.
   */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, "must be a language tag such as en, es or pt-BR")
    .optional(),
  /**
   * The conversation the text belongs to (a room, thread or channel id), for the leakage dashboard: the
   * share of conversations that tried to leave before a contract (issue 20). Not used to decide.
   */
  conversationId: SafeId.optional(),
  /**
   * Values allowed for this request only, on top of the preset's `allow` (a client's own company
   * domain in its job post): the same lists, matched the same way.
   */
  allow: Allowlist.optional(),
});

export type CheckContext = z.infer<typeof CheckContext>;
export type CheckContextInput = z.input<typeof CheckContext>;
export type Surface = (typeof SURFACES)[number];

/**
 * An invalid check context (400): the message names the first bad field; `issues` keeps them all. The
 * code is `invalid_context`, or `invalid_string` when that field is an id holding a NUL or a lone
 * surrogate (the one hygiene rule, src/core/strings.ts); callers branch on `instanceof` and pass `code` on.
 */
export class ContextError extends ContactGuardError<"invalid_context" | "invalid_string"> {
  constructor(
    readonly field: string,
    message: string,
    /** Every zod issue, with its path inside the context (empty when not raised by `parseContext`). */
    readonly issues: readonly ValidationIssue[] = [],
    code: "invalid_context" | "invalid_string" = "invalid_context",
  ) {
    super(code, formatMessage(code, { field, problem: message }), { details: { field, issues } });
    this.name = "ContextError";
  }
}

/** Validates a context; throws `ContextError` naming the first bad field and carrying every issue. */
export function parseContext(input: unknown): CheckContext {
  // The common shape is checked by hand (context-fast.ts says why); zod decides the rest.
  const common = commonContext(input);
  if (common) return common;
  const parsed = CheckContext.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = ["context", ...issue.path.map(String)].join(".");
  throw new ContextError(field, issue.message, parsed.error.issues, isInvalidStringIssue(issue) ? "invalid_string" : "invalid_context");
}
