/**
 * A refusal the marketplace explains to the user: a status, a stable code the UI can branch on,
 * a message a person can read, and details such as the policy findings to highlight.
 */
export class MarketError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "MarketError";
  }
}

export const unauthorized = () => new MarketError(401, "unauthorized", "choose a demo user first (the user switcher, or ?as=demo-client)");
export const forbidden = (what: string) => new MarketError(403, "forbidden", what);
export const badRequest = (what: string) => new MarketError(400, "bad_request", what);
