import { ContactGuardError, type ErrorCode } from "contactguard";

/**
 * A refusal the marketplace explains to the user: a registry code the UI can branch on (its HTTP
 * status comes from the registry too), a message a person can read, and details such as the policy
 * findings to highlight.
 */
export class MarketError extends ContactGuardError {
  declare readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, { details });
    this.name = "MarketError";
  }
}

export const unauthorized = () => new MarketError("unauthorized", "choose a demo user first (the user switcher, or ?as=demo-client)");
export const forbidden = (what: string) => new MarketError("forbidden", what);
export const badRequest = (what: string) => new MarketError("bad_request", what);
