import type { PolicyPreset } from "contactguard";
import type { Enforcer } from "contactguard/server";
import type { FileEnforcer } from "contactguard/server";
import type { MarketplaceRepository } from "./repository.js";
import type { Repository } from "contactguard/server";

/** What the marketplace's routes share: the guard's checker and ledger, its own store, and where files go. */
export interface MarketDeps {
  checker: Enforcer;
  /** Reads attachments (PDF, Word, images …) on the document pool and decides on their contents. */
  files: FileEnforcer;
  repo: Repository;
  market: MarketplaceRepository;
  /** The enforcement ladder (X2), shown on account pages. */
  ladder: PolicyPreset["ladder"];
  /** Attachments are streamed here (DATA_DIR/files). */
  filesDir: string;
  now(): Date;
}
