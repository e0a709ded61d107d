import type { Enforcer } from "../../../enforce/enforcer.js";
import type { FileEnforcer } from "../../../enforce/file-enforcer.js";
import type { Repository } from "../../../ledger/repository.js";

/** What the guard's routes work with; each routes/ file registers one group of them. */
export interface RouteDeps {
  repo: Repository;
  checker: Enforcer;
  files: FileEnforcer;
}
