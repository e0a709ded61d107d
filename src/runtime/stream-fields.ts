import { z } from "zod";

/**
 * Where the Stream Chat hook finds the marketplace's facts in Stream's data. Stream keeps an app's
 * own fields as custom data on the channel and the user (flattened into the object in webhook
 * payloads); these are their names. Configured by STREAM_FIELD_MAP (a JSON object; keys left out keep
 * their defaults) and documented in the README's "Stream Chat" section.
 *
 * Kept apart from the hook itself (surfaces/http/hooks/stream-chat.ts) because the service configuration
 * (runtime/config.ts) parses it, and runtime must not import a surface (docs/architecture.md).
 */
export const StreamFieldMap = z
  .object({
    /** Channel field: the contract's state (`none | offered | active | closed`, or a word `contractStatusValues` maps). */
    contractStatus: z.string().min(1).default("contract_status"),
    /** Channel field: when the contract starts or started (ISO date-time); a time in the past counts as started (W1). */
    contractStartedAt: z.string().min(1).default("contract_started_at"),
    /** Channel field: `standard` or `test` (a paid test project). */
    contractKind: z.string().min(1).default("contract_kind"),
    /**
     * User field: `client` or `freelancer`. Not Stream's own `role` (that is the user's permission
     * role in Stream: `user`, `admin`…), hence a field of its own.
     */
    role: z.string().min(1).default("marketplace_role"),
    /** User field: the user's plan (`basic | plus | business | enterprise`; anything else is `basic`). */
    plan: z.string().min(1).default("plan"),
    /** The marketplace's own words for contract states, e.g. `{"hired": "active", "ended": "closed"}`. */
    contractStatusValues: z.record(z.string(), z.enum(["none", "offered", "active", "closed"])).default({}),
  })
  .strict();
export type StreamFieldMap = z.infer<typeof StreamFieldMap>;
