import { createHash, randomBytes } from "node:crypto";
import { messageAt } from "../lib/message-mix.js";
import { Rng } from "../lib/prng.js";

/*
 * What the soak clients send. Valid requests are the benchmarks' message mix, each made unique (so
 * its stored decision can be found by text hash) and carrying an idempotency key (so a retry after
 * a crash never records twice). Hostile requests are the issue-16 poison forms and the usual abuse.
 */

export interface SoakRequest {
  /** `valid` requests must all be decided; `hostile` ones may be refused (4xx), never 5xx once issue 16 is merged. */
  kind: "valid" | "hostile";
  /** Which form (for the report): `message` for valid ones, the poison or abuse form otherwise. */
  form: string;
  headers: Record<string, string>;
  body: string;
  /** SHA-256 of the text as sent (valid requests: the ledger's `text_hash` of their decision). */
  textHash: string | null;
}

const PHONE_TEXT = "call me at (415) 555-0199";

/** The hostile forms, one builder each (data, not branches): `base` is a valid request body to spoil. */
const HOSTILE: Record<string, (base: CheckBody, rnd: () => number, bodyLimit: number) => { body: string; headers?: Record<string, string> }> = {
  "nul-sender-id": (b) => json({ ...b, context: { ...b.context, sender: { ...b.context.sender, id: `${b.context.sender.id}\u0000x` } } }),
  "surrogate-recipient-id": (b) => json({ ...b, context: { ...b.context, recipient: { ...b.context.recipient, id: `${b.context.recipient.id}\ud800` } } }),
  "nul-idempotency-key": (b) => json({ ...b, idempotencyKey: `${b.idempotencyKey}\u0000` }),
  "nul-text-with-phone": (b) => json({ ...b, text: `${PHONE_TEXT}\u0000 ${b.text}` }),
  "surrogate-url-in-text": (b) => json({ ...b, text: `see https://example.com/\ud800page ${b.text}` }),
  "nul-document-name": (b) => json({ ...b, context: { ...b.context, document: { kind: "resume", name: "cv\u0000.pdf" } } }),
  oversized: (b, _r, limit) => json({ ...b, text: "x".repeat(limit + 1024) }),
  "garbage-json": (b) => ({ body: `{"text": ${JSON.stringify(b.text)}, "context": {` }),
  "random-key": (b) => ({ ...json(b), headers: { authorization: `Bearer cg_${randomBytes(24).toString("base64url")}` } }),
};
export const HOSTILE_FORMS = Object.keys(HOSTILE);

interface CheckBody {
  text: string;
  idempotencyKey: string;
  context: {
    surface: string;
    sender: { id: string; role: string; plan: string };
    recipient: { id: string; role: string; plan: string };
    contract: { status: string };
    document?: unknown;
  };
}

const json = (b: unknown) => ({ body: JSON.stringify(b) });
export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Makes the requests of one soak run: deterministic per seed, unique per run id. */
export class Traffic {
  private n = 0;
  private readonly rnd: () => number;

  constructor(
    private readonly runId: string,
    private readonly options: { hostileRate: number; bodyLimit: number; seed?: number },
  ) {
    const rng = new Rng(options.seed ?? 16);
    this.rnd = () => rng.next();
  }

  next(client: number): SoakRequest {
    const i = this.n++;
    // A word, not digits, makes each text unique: digits could change what is detected.
    const text = `${messageAt(i)} (soak ${this.runId} ${toWord(i)})`;
    const base: CheckBody = {
      text,
      idempotencyKey: `soak-${this.runId}-${i}`,
      context: {
        surface: "message",
        sender: { id: `soak-${this.runId}-fl-${(i * 7 + client) % 400}`, role: "freelancer", plan: "basic" },
        recipient: { id: `soak-${this.runId}-cl-${i % 97}`, role: "client", plan: "basic" },
        contract: { status: "none" },
      },
    };
    if (this.rnd() < this.options.hostileRate) {
      const form = HOSTILE_FORMS[Math.floor(this.rnd() * HOSTILE_FORMS.length)]!;
      const { body, headers } = HOSTILE[form]!(base, this.rnd, this.options.bodyLimit);
      return { kind: "hostile", form, headers: headers ?? {}, body, textHash: null };
    }
    return { kind: "valid", form: "message", headers: {}, body: JSON.stringify(base), textHash: sha256(text) };
  }
}

/** 0 → "a", 25 → "z", 26 → "ba" …: a letters-only counter. */
function toWord(n: number): string {
  let s = "";
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}
