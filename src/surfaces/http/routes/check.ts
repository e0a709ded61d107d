import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ContextError } from "../../../policy/context.js";
import { BatchBody, CheckBody, errorResponses, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** POST /v1/check and /v1/check/batch: detect, decide and record (platform keys). */
export function checkRoutes(app: FastifyInstance, { checker }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post("/v1/check", { config: { roles: ["platform"] }, schema: { tags: ["check"], body: CheckBody, response: errorResponses(KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "invalid_context") } }, async (req) =>
    checker.check({ ...req.body, owner: req.keyId }, req.id),
  );
  // A batch answers 200 with an item's invalid_context in its place, so the batch itself never answers it.
  r.post("/v1/check/batch", { config: { roles: ["platform"] }, schema: { tags: ["check"], body: BatchBody, response: errorResponses(KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS) } }, async (req) => {
    const results = await Promise.all(
      req.body.items.map(async (item, i) => {
        try {
          return await checker.check({ ...item, owner: req.keyId }, `${req.id}:${i}`);
        } catch (err) {
          // One item's bad context is that item's error; the rest of the batch is still decided.
          if (err instanceof ContextError) return { error: { code: err.code, message: err.message } };
          throw err;
        }
      }),
    );
    return { results };
  });
}
