import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createError } from "../../../core/errors.js";
import type { ServiceConfig } from "../../../runtime/config.js";
import { answerFor, contextFromStream, signatureMatches, type BeforeMessageSend } from "../hooks/stream-chat.js";
import { answers, example } from "../schemas.js";
import { beforeMessageSendAnswer, BeforeMessageSendAnswer, BeforeMessageSendBody, beforeMessageSendRequest, StreamHookHeaders } from "../stream-hook-schemas.js";
import type { RouteDeps } from "./deps.js";

/** Whose idempotency keys the hook's retries are: never met by an API key's (those are key ids). */
export const STREAM_HOOK_OWNER = "stream-hook";

declare module "fastify" {
  interface FastifyRequest {
    /** Set on the Stream hook's route once X-Signature matched the raw body. */
    streamVerified?: boolean;
  }
}

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === "string" ? v : undefined;
};

/**
 * The request is Stream's: the service is configured for it, X-Api-Key (when sent) is the app's, and
 * X-Signature is the HMAC of exactly these bytes. Checked on the raw body before it is parsed, so an
 * unsigned request costs no JSON parse and never reaches the engine.
 */
function verify(req: FastifyRequest, raw: Buffer, config: ServiceConfig): void {
  if (!config.streamApiSecret || !config.streamApiKey) throw createError("not_configured", { reason: "the Stream Chat hook is not configured: set STREAM_API_KEY and STREAM_API_SECRET" });
  const signature = header(req, "x-signature");
  if (!signature) throw createError("unauthorized", { reason: "missing X-Signature: the Stream Chat hook only answers requests signed with the app secret" });
  if (!signatureMatches(raw, signature, config.streamApiSecret)) throw createError("unauthorized", { reason: "X-Signature does not match the body (HMAC-SHA256 with the app secret)" });
  const apiKey = header(req, "x-api-key");
  if (apiKey !== undefined && apiKey !== config.streamApiKey) throw createError("forbidden", { reason: "X-Api-Key is not this service's Stream app (STREAM_API_KEY)" });
  req.streamVerified = true;
}

/**
 * The JSON Stream signed: Stream may gzip webhook bodies, and signs the uncompressed bytes (as the
 * stream-chat SDK's own verifier reads them: gzip recognised by its magic bytes, not a header).
 * Inflated no further than BODY_LIMIT, so a small bomb cannot grow past what a plain body may be.
 */
function inflated(raw: Buffer, limit: number): Buffer {
  if (raw.length < 2 || raw[0] !== 0x1f || raw[1] !== 0x8b) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: limit });
  } catch (err) {
    throw (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
      ? createError("body_too_large", { reason: `the inflated body is larger than ${limit} bytes` })
      : createError("bad_request", { reason: "the body starts as gzip but does not inflate" });
  }
}

/**
 * POST /v1/integrations/stream/before-message-send: Stream Chat's Before Message Send webhook
 * (surfaces/http/hooks/stream-chat.ts). Its own plugin scope, for one reason: its JSON parser keeps the raw
 * bytes the signature covers, and every other route keeps the service's parser. It has no `roles` (the
 * signature is its authentication); the rate limiter counts it like any /v1 request without a key.
 */
export async function streamHookRoutes(app: FastifyInstance, { checker }: RouteDeps, config: ServiceConfig): Promise<void> {
  await app.register(async (scope) => {
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, raw, done) => {
      try {
        const bytes = inflated(raw as Buffer, config.bodyLimit);
        verify(req, bytes, config);
        done(null, JSON.parse(bytes.toString("utf8")));
      } catch (err) {
        done(err instanceof SyntaxError ? createError("bad_request", { reason: `the body is not valid JSON: ${err.message}` }) : (err as Error), undefined);
      }
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/v1/integrations/stream/before-message-send",
      {
        schema: {
          tags: ["integrations"],
          summary: "Stream Chat's Before Message Send hook: check a chat message before Stream stores it",
          description:
            "Speaks Stream Chat's Before Message Send webhook (https://getstream.io/chat/docs/javascript/before_message_send_webhook/): point the app's `before_message_send_hook_url` here. Authenticated by `X-Signature` (HMAC-SHA256 of the raw body with STREAM_API_SECRET), not an API key: missing or wrong is 401 `unauthorized`, an `X-Api-Key` other than STREAM_API_KEY is 403, a service without both settings 503 `not_configured`. The message is checked as a `message` between the sender (`user`) and the channel's other member, with the contract, roles and plans read from Stream custom data (STREAM_FIELD_MAP, README \"Stream Chat\") and the channel's `cid` as `context.conversationId`, and recorded. The answer is Stream's (always 200): `{}` sends the message as is (allow, notice), `{message}` with the redacted text rewrites it (warn, redact), `{message}` with `type: \"error\"` and the policy's message discards it (block, review); under the preset's `rollout: shadow` every message is answered `{}` and recorded as a shadow decision. A retry with the same `X-Webhook-Id` gets the same answer and is recorded once. Stream gives each attempt 1,500 ms.",
          security: [],
          headers: StreamHookHeaders,
          body: example(BeforeMessageSendBody, beforeMessageSendRequest),
          response: answers({ 200: example(BeforeMessageSendAnswer, beforeMessageSendAnswer) }, "unauthorized", "forbidden", "rate_limited", "internal_error", "not_configured", "bad_request", "invalid_request", "body_too_large", "invalid_context", "invalid_string"),
        },
        // A request without a JSON body never reaches the parser: refused here, before its schema is checked.
        preValidation: async (req) => {
          if (!req.streamVerified) verify(req, Buffer.alloc(0), config);
        },
      },
      async (req) => {
        const payload = req.body as BeforeMessageSend;
        const webhookId = header(req, "x-webhook-id");
        const res = await checker.check(
          {
            text: payload.message.text ?? "",
            context: contextFromStream(payload, config.streamFieldMap),
            // X-Webhook-Id is the same on every retry of one call: the enforcer replays the first decision.
            ...(webhookId ? { idempotencyKey: `stream:${createHash("sha256").update(webhookId).digest("hex")}`, owner: STREAM_HOOK_OWNER } : {}),
          },
          req.id,
        );
        return answerFor(payload.message, res);
      },
    );
  });
}
