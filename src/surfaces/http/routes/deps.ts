import type { Enforcer } from "../../../enforce/enforcer.js";
import type { FileEnforcer } from "../../../enforce/file-enforcer.js";
import type { Repository } from "../../../ledger/repository.js";
import type { Guard } from "../../../guard.js";

/** What the guard's routes work with; each routes/ file registers one group of them. */
export interface RouteDeps {
  repo: Repository;
  checker: Enforcer;
  files: FileEnforcer;
  /** The composed guard: its preset's detection settings and labels (POST /v1/detect detects without deciding). */
  guard: Guard;
}
