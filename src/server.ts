/**
 * `contactguard/server`: the act stage and the HTTP service for applications that embed ContactGuard
 * (the reference marketplace in examples/ is built only on this and the main entry). Explicit named
 * exports, pinned by test/public-api.test.ts.
 */
export { compose, type Runtime, type ComposeOptions } from "./runtime/compose.js";
export { ServiceConfig, configFromEnv } from "./runtime/config.js";
export { createApiKey, type Role } from "./runtime/keys.js";
export type { FindingJson } from "./enforce/types.js";
export { createService, serve, type Service, type ServiceExtras, type ServeOptions } from "./surfaces/http/server.js";
export { buildApp, type AppDeps, type AppExtension, type ExtensionContext } from "./surfaces/http/app.js";
export { Enforcer, type CheckRequest, type CheckResponse } from "./enforce/enforcer.js";
export { FileEnforcer, FileCheckError, type FileCheckInput, type FileCheckResponse } from "./enforce/file-enforcer.js";
export { Repository, ConflictError, NotFoundError, type DecisionRecord, type Standing, type ViolationRecord, type AppealRecord, type DecisionFilter, type DisputeRecord, type DisputedDecision } from "./ledger/repository.js";
export { leakageStatsCsv } from "./ledger/leakage-stats-csv.js";
export { csvField, csvRow } from "./core/csv.js";
export type { LeakageStats, Breakdown as LeakageBreakdown, StatsFilter } from "./ledger/leakage-stats.js";
export { openDb, type Db, type Queryable, type DbOptions } from "./ledger/db.js";
export { migrate } from "./ledger/migrate.js";
export { MAX_FILE_BYTES } from "./documents/types.js";
