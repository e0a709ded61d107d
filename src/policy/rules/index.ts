import type { PolicyRule } from "./rule.js";
import { x2Restricted } from "./x2-restricted.js";
import { noContact } from "./no-contact.js";
import { w1Contract } from "./w1-contract.js";
import { e1Plan } from "./e1-plan.js";
import { e5Relationship } from "./e5-relationship.js";
import { e2Legal } from "./e2-legal.js";
import { e4Accessibility } from "./e4-accessibility.js";
import { e3Access } from "./e3-access.js";
import { s5Portfolio } from "./s5-portfolio.js";
import { e7Channel } from "./e7-channel.js";
import { coveredNotice } from "./covered-notice.js";
import { surfaceAction } from "./surface-action.js";

export type { PolicyRule, RuleInput, RuleOutcome, Verdict } from "./rule.js";
export { NO_SAY } from "./rule.js";
export { contractStarted } from "./w1-contract.js";

/**
 * The order in which POLICY.md's rules are read. The order IS policy:
 *  1. X2 first: a restriction holds whatever the contract, plan or exception.
 *  2. Nothing to decide without contact information.
 *  3. Whole-message exceptions, before any per-finding one: W1/E6 contract, E1 plan, E5 relationship.
 *  4. Per-finding covers; the first to cover a finding wins: E2 legal, E4 accessibility, E3 system
 *     access (so a legal document's email reads E2, not E3), then S5 portfolio.
 *  5. E7 after the exceptions it limits: talking about the work over the channel takes E2–E4 back.
 *  6. All covered: allowed with the notice; otherwise the surface action, which always settles.
 */
export const POLICY_RULES: readonly PolicyRule[] = Object.freeze([
  x2Restricted,
  noContact,
  w1Contract,
  e1Plan,
  e5Relationship,
  e2Legal,
  e4Accessibility,
  e3Access,
  s5Portfolio,
  e7Channel,
  coveredNotice,
  surfaceAction,
]);
