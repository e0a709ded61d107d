import { z } from "zod";
import { StreamFieldMap } from "./stream-fields.js";

/** Service settings, from the environment. Every one has a default so `npm start` needs none. */
export const ServiceConfig = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().default("0.0.0.0"),
  dataDir: z.string().default("./data"),
  databaseUrl: z.string().optional(),
  /** PostgreSQL schema for all tables (default: the connection's search_path, usually public). */
  dbSchema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier").optional(),
  /** Store message text in the decision log; otherwise only its SHA-256 and the redacted text. */
  storeText: z.boolean().default(false),
  /**
   * The key of the HMAC-SHA256 that stands in for finding values in the ledger when `storeText` is off
   * (repeats stay recognisable). Unset: one is generated once and kept in the database.
   */
  ledgerHashSecret: z.string().min(16, "must be at least 16 characters").optional(),
  bodyLimit: z.coerce.number().int().min(1024).default(1_048_576),
  rateLimitPerMinute: z.coerce.number().int().min(1).default(60_000),
  policyFile: z.string().optional(),
  /** Threads that read documents (default: cores − 1, at least 1). */
  documentThreads: z.coerce.number().int().min(1).max(64).optional(),
  /** Milliseconds one file may take to read (OCR included). */
  fileTimeBudgetMs: z.coerce.number().int().min(100).default(60_000),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * The Stream Chat app this service hooks into (POST /v1/integrations/stream/before-message-send):
   * its API key (checked against X-Api-Key) and secret (the HMAC key of X-Signature). Unset: the
   * route answers 503 `not_configured`.
   */
  streamApiKey: z.string().min(1).optional(),
  streamApiSecret: z.string().min(1).optional(),
  /** Where the Stream hook reads contract state, roles and plans in Stream's custom data (surfaces/http/hooks/stream-chat.ts). */
  streamFieldMap: StreamFieldMap.default(StreamFieldMap.parse({})),
});
export type ServiceConfig = z.infer<typeof ServiceConfig>;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return ServiceConfig.parse({
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL || undefined,
    dbSchema: env.DB_SCHEMA || undefined,
    storeText: env.STORE_TEXT === "1" || env.STORE_TEXT === "true",
    ledgerHashSecret: env.LEDGER_HASH_SECRET || undefined,
    bodyLimit: env.BODY_LIMIT,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    policyFile: env.POLICY_FILE || undefined,
    documentThreads: env.DOCUMENT_THREADS || undefined,
    fileTimeBudgetMs: env.FILE_TIME_BUDGET_MS || undefined,
    logLevel: env.LOG_LEVEL,
    streamApiKey: env.STREAM_API_KEY || undefined,
    streamApiSecret: env.STREAM_API_SECRET || undefined,
    // A JSON object of field names (README "Stream Chat"); keys it leaves out keep their defaults.
    streamFieldMap: env.STREAM_FIELD_MAP ? jsonSetting("STREAM_FIELD_MAP", env.STREAM_FIELD_MAP) : undefined,
  });
}

/** A setting holding JSON: a clear error naming the variable, not a bare SyntaxError. */
function jsonSetting(name: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new Error(`${name} is not valid JSON: ${(err as Error).message}`);
  }
}
