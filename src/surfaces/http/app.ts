import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContextError } from "../../policy/context.js";
import { ConflictError, NotFoundError, type Repository } from "../../ledger/repository.js";
import type { Runtime } from "../../runtime/compose.js";
import { FileEnforcer } from "../../enforce/file-enforcer.js";
import { fileRoute } from "./file-route.js";
import type { ServiceConfig } from "../../runtime/config.js";
import { KeyResolver, ROLE_GRANTS, type Role } from "../../runtime/keys.js";
import { AppealBody, AppealResolveBody, BatchBody, CheckBody, DecisionQuery, IdParam, ReviewResolveBody } from "./schemas.js";

declare module "fastify" {
  interface FastifyRequest {
    role?: Role;
  }
  interface FastifyContextConfig {
    /** Roles allowed on the route; routes without it are public (health, docs). */
    roles?: Role[];
  }
}

export interface AppDeps {
  /** The composed runtime (`runtime/compose.ts`); the app uses it and never closes it. */
  runtime: Runtime;
  /** Extra routes (the reference marketplace in examples/) registered on the same instance. */
  extend?: AppExtension;
}

/** What an extension gets: the runtime the service runs on and its file enforcer. */
export interface ExtensionContext {
  runtime: Runtime;
  files: FileEnforcer;
}
export type AppExtension = (app: FastifyInstance, context: ExtensionContext) => Promise<void> | void;

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { repo, config, documents, enforcer: checker } = deps.runtime;
  const app = Fastify({
    logger: config.logLevel === "silent" ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    genReqId: (req) => (typeof req.headers["x-request-id"] === "string" && req.headers["x-request-id"].length <= 128 ? req.headers["x-request-id"] : randomUUID()),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const keys = new KeyResolver(repo);
  const files = new FileEnforcer(checker, documents, join(tmpdir(), `contactguard-uploads-${process.pid}`));

  // Errors: {statusCode, code, message}; never a stack trace or SQL text.
  app.setErrorHandler((err: unknown, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issue = err.validation[0];
      const where = (err as { validationContext?: string }).validationContext ?? "body";
      const path = issue?.instancePath?.replace(/^\//, "").replace(/\//g, ".") ?? "";
      return reply.code(400).send({ statusCode: 400, code: "invalid_request", message: `${where}${path ? "." + path : ""}: ${issue?.message ?? "invalid"}` });
    }
    if (err instanceof ContextError) return reply.code(400).send({ statusCode: 400, code: "invalid_context", message: err.message });
    if (err instanceof HttpError) return reply.code(err.statusCode).send({ statusCode: err.statusCode, code: err.code, message: err.message });
    if (err instanceof NotFoundError) return reply.code(404).send({ statusCode: 404, code: "not_found", message: err.message });
    if (err instanceof ConflictError) return reply.code(409).send({ statusCode: 409, code: "conflict", message: err.message });
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      const code = e.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? "body_too_large" : e.statusCode === 429 ? "rate_limited" : "bad_request";
      return reply.code(e.statusCode).send({ statusCode: e.statusCode, code, message: e.message ?? "bad request" });
    }
    req.log.error({ err }, "request failed");
    return reply.code(500).send({ statusCode: 500, code: "internal_error", message: "internal error; see the service log for request " + req.id });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ statusCode: 404, code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` }));

  await app.register(swagger, {
    openapi: {
      info: { title: "ContactGuard", version: "1", description: "Find and decide on contact information shared before a contract starts." },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: "1 minute",
    keyGenerator: (req) => bearer(req) ?? req.ip,
    allowList: (req) => !req.url.startsWith("/v1/"),
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, code: "rate_limited", message: `rate limit of ${ctx.max} requests per ${ctx.after} exceeded` }),
  });

  // Auth: API keys with roles. No key → 401, wrong role → 403.
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    const roles = req.routeOptions.config?.roles;
    if (!roles) return;
    const key = bearer(req);
    if (!key) throw new HttpError(401, "unauthorized", "missing API key: send Authorization: Bearer KEY");
    const role = await keys.resolve(key);
    if (!role) throw new HttpError(401, "unauthorized", "unknown or revoked API key");
    if (!roles.some((r) => ROLE_GRANTS[role].includes(r))) throw new HttpError(403, "forbidden", `this key's role (${role}) may not ${req.method} ${req.routeOptions.url}`);
    req.role = role;
    void reply;
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  r.get("/healthz", { schema: { tags: ["health"] } }, async () => ({ status: "ok" }));
  r.get("/readyz", { schema: { tags: ["health"] } }, async (_req, reply) => {
    try {
      await repo.ping();
      return { status: "ready", database: repo.db.kind };
    } catch {
      return reply.code(503).send({ statusCode: 503, code: "not_ready", message: "database unreachable" });
    }
  });

  r.post("/v1/check", { config: { roles: ["platform"] }, schema: { tags: ["check"], body: CheckBody } }, async (req) =>
    checker.check(req.body, req.id),
  );
  r.post("/v1/check/batch", { config: { roles: ["platform"] }, schema: { tags: ["check"], body: BatchBody } }, async (req) => {
    const results = await Promise.all(
      req.body.items.map(async (item, i) => {
        try {
          return await checker.check(item, `${req.id}:${i}`);
        } catch (err) {
          if (err instanceof ContextError) return { error: { code: "invalid_context", message: err.message } };
          throw err;
        }
      }),
    );
    return { results };
  });

  r.get("/v1/decisions", { config: { roles: ["reviewer"] }, schema: { tags: ["decisions"], querystring: DecisionQuery } }, async (req) =>
    repo.listDecisions(req.query),
  );
  r.get("/v1/decisions/:id", { config: { roles: ["reviewer"] }, schema: { tags: ["decisions"], params: IdParam } }, async (req) => repo.getDecision(req.params.id));
  r.get("/v1/stats/decisions-per-day", { config: { roles: ["reviewer"] }, schema: { tags: ["decisions"] } }, async () => ({ days: await repo.decisionsPerDay(30) }));
  r.get("/v1/accounts/:id/standing", { config: { roles: ["reviewer", "platform"] }, schema: { tags: ["accounts"], params: IdParam } }, async (req) => repo.standing(req.params.id));
  r.get("/v1/accounts/:id/violations", { config: { roles: ["reviewer"] }, schema: { tags: ["accounts"], params: IdParam } }, async (req) => ({
    standing: await repo.standing(req.params.id),
    violations: await repo.listViolations(req.params.id),
  }));
  r.post("/v1/violations/:id/appeal", { config: { roles: ["platform", "reviewer"] }, schema: { tags: ["appeals"], params: IdParam, body: AppealBody } }, async (req, reply) =>
    reply.code(201).send(await repo.createAppeal(req.params.id, req.body.reason)),
  );
  r.get("/v1/appeals", { config: { roles: ["reviewer"] }, schema: { tags: ["appeals"] } }, async () => ({ items: await repo.listAppeals() }));
  r.post("/v1/appeals/:id/resolve", { config: { roles: ["reviewer"] }, schema: { tags: ["appeals"], params: IdParam, body: AppealResolveBody } }, async (req) => {
    const out = await repo.resolveAppeal(req.params.id, req.body.outcome, req.role ?? "reviewer", req.body.note, new Date());
    checker.remember(out.standing);
    return out;
  });
  r.get("/v1/review-queue", { config: { roles: ["reviewer"] }, schema: { tags: ["review"] } }, async () => ({ items: await repo.reviewQueue() }));
  r.post("/v1/review-queue/:id/resolve", { config: { roles: ["reviewer"] }, schema: { tags: ["review"], params: IdParam, body: ReviewResolveBody } }, async (req) =>
    repo.resolveReview(req.params.id, req.body.outcome, req.role ?? "reviewer", new Date()),
  );

  await fileRoute(app, files);

  if (deps.extend) await deps.extend(app, { runtime: deps.runtime, files });
  app.addHook("onClose", async () => {
    await checker.drain();
  });
  return app;
}
