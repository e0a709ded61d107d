import { readsAsResume } from "../document-kind.js";
import type { CheckContext } from "../context.js";
import type { PolicyFinding } from "../engine.js";
import { NO_SAY, coverWhere, type PolicyRule } from "./rule.js";

/** Types a portfolio may happen to contain (S5); requests and proposals are not "contained details". */
export const PORTFOLIO_DETAIL_TYPES: ReadonlySet<string> = new Set(["phone", "email", "address", "messenger", "social", "contact_link"]);

/**
 * Profiles that are a C.V. on a site with messaging, never a portfolio (the older seed: "a portfolio is
 * not … a LinkedIn profile"): offered on the portfolio surface they stay C5. A code-hosting profile
 * (GitHub) is a portfolio (S1) and is not contact information at all.
 */
export const NOT_A_PORTFOLIO_PLATFORMS: ReadonlySet<string> = new Set(["linkedin"]);

/** Offered as a portfolio: on the portfolio surface, or a document declared or recognised as one. */
export function offeredAsPortfolio(context: CheckContext): boolean {
  return context.surface === "portfolio" || context.document?.kind === "portfolio";
}

/**
 * S5's limit: a résumé, a C.V. or a listing of past jobs is not a portfolio, whatever it is offered
 * as. Declared (`document.kind: "resume"`), or read from the content in any language, also when the
 * caller declared it "portfolio" or "other" (src/policy/document-kind.ts, the locales' `documents.resume`).
 */
export function resumeNotPortfolio(context: CheckContext, text: string): boolean {
  return context.document?.kind === "resume" || readsAsResume(text) !== null;
}

const isPortfolioDetail = (f: PolicyFinding) => PORTFOLIO_DETAIL_TYPES.has(f.type) && !NOT_A_PORTFOLIO_PLATFORMS.has(f.platform ?? "");

/**
 * S5: a portfolio that happens to contain contact details may be shown, with a notice. It is not an
 * exception in E7's sense: the portfolio is not a channel anyone is asked to use. Its limits: a
 * résumé offered as a portfolio has no say here (W2 holds it, the surface blocks), and a LinkedIn
 * profile is never covered (C5).
 */
export const s5Portfolio: PolicyRule = {
  id: "s5-portfolio",
  clauses: ["S5"],
  describe: "Contact details inside a portfolio may be shown, with a notice; not in a résumé, C.V. or listing of past jobs, and never a LinkedIn profile.",
  apply(input) {
    if (!offeredAsPortfolio(input.context)) return NO_SAY;
    // Cheap before costly: only read the content when there is something S5 could cover.
    if (!input.contact.some(isPortfolioDetail)) return NO_SAY;
    if (resumeNotPortfolio(input.context, input.text)) return NO_SAY;
    return coverWhere(input, "S5", isPortfolioDetail);
  },
};
