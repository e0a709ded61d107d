import type { PolicyPreset } from "../policy/preset.js";
import type { Checker } from "../service/checker.js";
import type { FileChecker } from "../service/file-checker.js";
import type { MarketplaceRepository } from "../store/marketplace-repository.js";
import type { Repository } from "../store/repository.js";

/** What the marketplace's routes share: the guard's checker and ledger, its own store, and where files go. */
export interface MarketDeps {
  checker: Checker;
  /** Reads attachments (PDF, Word, images …) on the document pool and decides on their contents. */
  files: FileChecker;
  repo: Repository;
  market: MarketplaceRepository;
  /** The enforcement ladder (X2), shown on account pages. */
  ladder: PolicyPreset["ladder"];
  /** Attachments are streamed here (DATA_DIR/files). */
  filesDir: string;
  now(): Date;
}
