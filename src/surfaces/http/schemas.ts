import { z } from "zod";

/** Request and response schemas of the HTTP API (validated by Fastify, published at /openapi.json). */
export const ErrorBody = z.object({ statusCode: z.number(), code: z.string(), message: z.string() });

export const CheckBody = z.object({
  text: z.string().max(1_000_000).describe("The text to check: a message, post, proposal, profile field…"),
  context: z.record(z.string(), z.unknown()).optional().describe("Where and between whom (see the README's context model)."),
  idempotencyKey: z.string().min(1).max(200).optional().describe("A retry with the same key never records twice."),
  mode: z.enum(["enforce", "preview"]).default("enforce").describe("`preview` decides without recording (pre-send nudge)."),
});

export const BatchBody = z.object({
  items: z.array(CheckBody).min(1).max(1000),
});

export const DecisionQuery = z.object({
  accountId: z.string().optional(),
  surface: z.string().optional(),
  decision: z.enum(["allow", "notice", "warn", "block", "redact", "review"]).optional(),
  cursor: z.string().regex(/^\d+$/, "must be a cursor returned by a previous page").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const IdParam = z.object({ id: z.string().min(1).max(200) });

export const AppealBody = z.object({ reason: z.string().min(1).max(5000) });
export const AppealResolveBody = z.object({
  outcome: z.enum(["upheld", "overturned"]),
  note: z.string().max(5000).optional(),
});
export const ReviewResolveBody = z.object({ outcome: z.enum(["allowed", "rejected"]) });
