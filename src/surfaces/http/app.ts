import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createError, errorBody } from "../../core/errors.js";
import type { Runtime } from "../../runtime/compose.js";
import { FileEnforcer } from "../../enforce/file-enforcer.js";
import { KeyResolver, ROLE_GRANTS, type Role } from "../../runtime/keys.js";
import { LOG_SERIALIZERS } from "./log.js";
import { errorHandler, frameworkErrorHandler, notFoundHandler } from "./error-handler.js";
import type { RouteDeps } from "./routes/deps.js";
import { healthRoutes } from "./routes/health.js";
import { checkRoutes } from "./routes/check.js";
import { decisionRoutes } from "./routes/decisions.js";
import { statsRoutes } from "./routes/stats.js";
import { accountRoutes } from "./routes/accounts.js";
import { appealRoutes } from "./routes/appeals.js";
import { reviewRoutes } from "./routes/review.js";
import { fileRoutes } from "./routes/files.js";
import { adminRoutes } from "./routes/admin.js";
import { detectRoutes } from "./routes/detect.js";
import { streamHookRoutes } from "./routes/stream-hook.js";
import { disputeRoutes } from "./routes/disputes.js";

declare module "fastify" {
  interface FastifyRequest {
    role?: Role;
    /** The API key's id: the owner that scopes idempotency keys. */
    keyId?: string;
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
  /** Where the log goes (default stdout); tests read it. */
  logStream?: NodeJS.WritableStream;
}

/** What an extension gets: the runtime the service runs on and its file enforcer. */
export interface ExtensionContext {
  runtime: Runtime;
  files: FileEnforcer;
}
export type AppExtension = (app: FastifyInstance, context: ExtensionContext) => Promise<void> | void;

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { repo, config, documents, enforcer: checker } = deps.runtime;
  const app = Fastify({
    // The log names requests, never their content: no bodies, and database errors without parameters (ledger/safe-error.ts).
    logger: config.logLevel === "silent" ? false : { level: config.logLevel, serializers: LOG_SERIALIZERS, ...(deps.logStream ? { stream: deps.logStream } : {}) },
    bodyLimit: config.bodyLimit,
    frameworkErrors: frameworkErrorHandler,
    genReqId: (req) => (typeof req.headers["x-request-id"] === "string" && req.headers["x-request-id"].length <= 128 ? req.headers["x-request-id"] : randomUUID()),
  });
  app.setValidatorCompiler(validatorCompiler);
  // Error bodies are held to ErrorBody (zod, as the validator), so an error reply never carries more
  // than {statusCode, code, message}. Success bodies go out as plain JSON: their schemas (responses.ts)
  // are the published contract, enforced by a test (test/surfaces/http/openapi.test.ts), never a reason
  // to fail or trim a good answer in production.
  app.setSerializerCompiler<Parameters<typeof serializerCompiler>[0]["schema"]>((route) => (Number(route.httpStatus) >= 400 ? serializerCompiler(route) : (data) => JSON.stringify(data)));
  const keys = new KeyResolver(repo);
  const files = new FileEnforcer(checker, documents, join(tmpdir(), `contactguard-uploads-${process.pid}`));

  // Errors: {statusCode, code, message} with a registry code; never a stack trace or SQL text.
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  await app.register(swagger, {
    openapi: {
      // 3.1: its schemas are JSON Schema 2020-12, what zod emits (nullable as `null` types, not `nullable`).
      openapi: "3.1.0",
      info: { title: "ContactGuard", version: "1", description: "Find and decide on contact information shared before a contract starts." },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  // Every /v1 request is counted before it is authenticated, so a flood of made-up keys is limited
  // before each costs a hash and a database query: a key already known valid (the resolver's cache,
  // no hashing) counts against itself, anything else — no key, an unknown one, a valid one not yet
  // seen — against the client's address. (The limiter is a route onRequest hook; auth runs after it,
  // in preParsing, before a body is read.)
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: "1 minute",
    keyGenerator: (req) => {
      const key = bearer(req);
      const known = key ? keys.peek(key) : undefined;
      return known ? `key:${known.id}` : `addr:${req.ip}`;
    },
    allowList: (req) => !req.url.startsWith("/v1/"),
    errorResponseBuilder: (_req, ctx) => errorBody("rate_limited", createError("rate_limited", { max: ctx.max, window: ctx.after }).message),
  });

  // Auth: API keys with roles. No key → 401, wrong role → 403.
  app.addHook("preParsing", async (req: FastifyRequest, _reply, payload) => {
    const roles = req.routeOptions.config?.roles;
    if (!roles) return payload;
    const key = bearer(req);
    if (!key) throw createError("unauthorized", { reason: "missing API key: send Authorization: Bearer KEY" });
    const identity = await keys.resolve(key);
    if (!identity) throw createError("unauthorized", { reason: "unknown or revoked API key" });
    const { role, id } = identity;
    if (!roles.some((r) => ROLE_GRANTS[role].includes(r))) throw createError("forbidden", { reason: `this key's role (${role}) may not ${req.method} ${req.routeOptions.url}` });
    req.role = role;
    req.keyId = id;
    return payload;
  });

  // One file per group of routes; the order is the order of /openapi.json.
  const routes: RouteDeps = { repo, checker, files, guard: deps.runtime.guard };
  for (const register of [healthRoutes, checkRoutes, detectRoutes, decisionRoutes, accountRoutes, appealRoutes, disputeRoutes, reviewRoutes, fileRoutes, statsRoutes]) await register(app, routes);
  adminRoutes(app, { repo, keys });
  await streamHookRoutes(app, routes, config);

  if (deps.extend) await deps.extend(app, { runtime: deps.runtime, files });
  app.addHook("onClose", async () => {
    await checker.drain();
  });
  return app;
}
