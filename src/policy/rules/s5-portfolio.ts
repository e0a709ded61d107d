import type { CheckContext } from "../context.js";
import { NO_SAY, coverWhere, type PolicyRule } from "./rule.js";

/** Types a portfolio may happen to contain (S5); requests and proposals are not "contained details". */
export const PORTFOLIO_DETAIL_TYPES: ReadonlySet<string> = new Set(["phone", "email", "address", "messenger", "social", "contact_link"]);

export function isPortfolio(context: CheckContext): boolean {
  return context.surface === "portfolio" || context.document?.kind === "portfolio";
}

/**
 * S5: a portfolio that happens to contain contact details may be shown, with a notice. It is not an
 * exception in E7's sense: the portfolio is not a channel anyone is asked to use.
 */
export const s5Portfolio: PolicyRule = {
  id: "s5-portfolio",
  clauses: ["S5"],
  describe: "Contact details inside a portfolio may be shown, with a notice.",
  apply(input) {
    if (!isPortfolio(input.context)) return NO_SAY;
    return coverWhere(input, "S5", (f) => PORTFOLIO_DETAIL_TYPES.has(f.type));
  },
};
