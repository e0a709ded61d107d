import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Repository } from "../../../ledger/repository.js";
import { createApiKey, ROLES, type KeyResolver } from "../../../runtime/keys.js";
import * as E from "../examples.js";
import { ApiKey, ApiKeyList, CreatedKey } from "../responses.js";
import { answers, example, IdParam, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";

export const KeyCreateBody = z.object({
  role: z.enum(ROLES).describe("What the key may do: platform (check), reviewer (decisions, review, appeals), admin (everything, keys included)."),
  name: z.string().min(1).max(200).optional().describe("A label for the key list (who holds it)."),
});

/**
 * API keys through the running service (admin keys): the way to mint or revoke a key while a service
 * holds the data directory, since a second process may not open it. A revoke takes effect at once.
 */
export function adminRoutes(app: FastifyInstance, { repo, keys }: { repo: Repository; keys: KeyResolver }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/admin/keys",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["admin"],
        summary: "Mint an API key",
        description: "The key itself is in this answer only: the ledger keeps its hash.",
        body: example(KeyCreateBody, E.keyCreateRequest),
        response: answers({ 201: example(CreatedKey.describe("The new key."), E.createdKey) }, KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS),
      },
    },
    async (req, reply) => {
      const { id, key } = await createApiKey(repo, req.body.role, req.body.name);
      // The key itself is in this answer only: the ledger keeps its hash.
      return reply.code(201).send({ id, role: req.body.role, name: req.body.name ?? null, key });
    },
  );
  r.get(
    "/v1/admin/keys",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["admin"],
        summary: "List the API keys",
        description: "Every key, revoked ones included, newest first: ids, roles, names and times, never the keys or their hashes.",
        response: answers({ 200: example(ApiKeyList.describe("The keys."), E.keyList) }, KEYED_ROUTE_ERRORS),
      },
    },
    async () => ({ items: await repo.listKeys() }),
  );
  r.delete(
    "/v1/admin/keys/:id",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["admin"],
        summary: "Revoke an API key",
        description: "Refused from the next request on. A second revoke keeps the first time.",
        params: IdParam,
        response: answers({ 200: example(ApiKey.describe("The revoked key."), E.revokedKey) }, KEYED_ROUTE_ERRORS, "invalid_request", "not_found"),
      },
    },
    async (req) => keys.revoke(req.params.id),
  );
}
