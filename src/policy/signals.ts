import type { Finding } from "../core/types.js";
import { fold } from "../normalize/index.js";
import { LOCALES } from "../locale/index.js";
import type { MappedText } from "../normalize/view.js";
import { wordTokensOf, type Token } from "../recognizers/phrases/tokens.js";
import { PurposeList, accessPurposeAround, legalPurposeAround, readPurposes, type AccessPurpose } from "./purpose.js";

/**
 * What the policy reads from the WORDS of a message (E2's and E3's purposes, E6's next job and conversion fee), as
 * opposed to what detection found in it. Read from the folded view detection itself reads, so a
 * disguise detection undoes ("G&#105;tHub", "gіthub" with a Cyrillic і, "e m a i l") is undone here too,
 * instead of from the raw lower-cased text.
 *
 * Each signal is computed on first use and kept for the rest of the decision: most decisions are
 * settled (no contact, a contract, a plan) before any rule asks, and they should not pay for a fold.
 */
export interface PolicySignals {
  /** The message as detection reads it: entities decoded, look-alikes and case folded, spaced letters joined. */
  readonly folded: string;
  /**
   * E3: the finding's sentence (or the one before or after) names a system (GitHub, Drive, QuickBooks,
   * lexoffice…) and says access to it is being given, and names no communication tool (Slack, Teams…).
   */
  accessPurposeOf(f: Finding): AccessPurpose | null;
  /** E2: the finding's sentence (or the one before or after) names a legal purpose (NDA, licence, background check). */
  legalPurposeOf(f: Finding): string | null;
  /**
   * E6: the message names the next job or what follows the contract ("phase two", "den nächsten Auftrag",
   * "下一个项目"). E7's talk about the work over a channel is not read here: detection finds it
   * (`off_platform:work_channel`), from the same locale words in every language.
   */
  readonly nextJob: boolean;
  /** E6: the message names the platform's conversion fee ("conversion fee", "Umwandlungsgebühr", "tarifa de conversión"). */
  readonly conversionFee: boolean;
  /** E3: the finding is an email address, or a request for one (never a phone number or a messenger ID). */
  isEmailish(f: Finding): boolean;
}

/** Words that make a contact request a request for an email: every locale's email nouns ("correo", "почта", "邮箱"). */
const EMAIL_NOUNS = new PurposeList(
  LOCALES.flatMap((l) => Object.entries(l.request?.nouns ?? {}).flatMap(([noun, category]) => (category === "email" ? [noun] : []))).concat(["email", "e-mail", "mail"]),
);

/** E6's words of every locale (`offPlatform.nextJob`, `offPlatform.conversionFee`). */
const NEXT_JOB = new PurposeList(LOCALES.flatMap((l) => l.offPlatform?.nextJob ?? []));
const CONVERSION_FEE = new PurposeList(LOCALES.flatMap((l) => l.offPlatform?.conversionFee ?? []));

class LazySignals implements PolicySignals {
  #view?: MappedText;
  #purposes?: ReturnType<typeof readPurposes>;
  #tokens?: Token[];
  #nextJob?: boolean;
  #conversionFee?: boolean;
  readonly #emailish = new Map<Finding, boolean>();

  constructor(private readonly text: string) {}

  get folded(): string {
    return this.#foldView().text;
  }

  #foldView(): MappedText {
    return (this.#view ??= fold(this.text));
  }

  /** Every sentence's purpose words, read once, on the first finding a rule asks about. */
  #sentences(): ReturnType<typeof readPurposes> {
    return (this.#purposes ??= readPurposes(this.#foldView(), this.#words()));
  }

  accessPurposeOf(f: Finding): AccessPurpose | null {
    return accessPurposeAround(this.#sentences(), f.start, f.end);
  }

  legalPurposeOf(f: Finding): string | null {
    return legalPurposeAround(this.#sentences(), f.start, f.end);
  }

  /** The message's word tokens, cut once for the purposes and the E6 lists. */
  #words(): Token[] {
    return (this.#tokens ??= wordTokensOf(this.#foldView()));
  }

  get nextJob(): boolean {
    return (this.#nextJob ??= this.#holds(NEXT_JOB));
  }

  get conversionFee(): boolean {
    return (this.#conversionFee ??= this.#holds(CONVERSION_FEE));
  }

  #holds(list: PurposeList): boolean {
    const tokens = this.#words();
    for (let i = 0; i < tokens.length; i++) if (list.matchAt(tokens, i) > 0) return true;
    return false;
  }

  isEmailish(f: Finding): boolean {
    let known = this.#emailish.get(f);
    if (known === undefined) {
      known = emailish(f);
      this.#emailish.set(f, known);
    }
    return known;
  }
}

function emailish(f: Finding): boolean {
  if (f.type === "email") return true;
  if (f.type !== "contact_request") return false;
  if (f.value === "request:email") return true;
  if (f.value !== "request:contact") return false;
  // "your contact details, e-mail…": the request's own span, folded the way the message is ("e‑m@il" look-alikes, entities, spacing).
  const view = fold(f.text);
  const tokens = wordTokensOf(view);
  return EMAIL_NOUNS.allIn(view.text, tokens, 0, tokens.length).length > 0;
}

/** The signals of one message; create one per decision and share it between the rules. */
export function readSignals(text: string): PolicySignals {
  return new LazySignals(text);
}
