import type { PolicyPreset } from "contactguard";
import type { Enforcer } from "contactguard/server";
import type { FileEnforcer } from "contactguard/server";
import type { MarketplaceRepository } from "./repository.js";
import type { Repository } from "contactguard/server";
import type { SessionSigner } from "./session.js";
import type { PolicyWords } from "./verdict.js";

/** What the marketplace's routes share: the guard's checker and ledger, its own store, and where files go. */
export interface MarketDeps {
  checker: Enforcer;
  /** Reads attachments (PDF, Word, images …) on the document pool and decides on their contents. */
  files: FileEnforcer;
  repo: Repository;
  market: MarketplaceRepository;
  /** Signs the demo session cookie; a cookie it did not sign names nobody. */
  sessions: SessionSigner;
  /** The enforcement ladder (X2), shown on account pages. */
  ladder: PolicyPreset["ladder"];
  /** The masks the policy put in redacted texts (`[phone hidden]`): the console maps finding spans through them. */
  redaction: PolicyPreset["redaction"];
  /** The preset's words that belong to one moment (before or after sending), swapped by verdict.ts wordsFor. */
  words: PolicyWords;
  /** Attachments are streamed here (DATA_DIR/files). */
  filesDir: string;
  now(): Date;
}
