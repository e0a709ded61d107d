import type { Finding } from "../core/types.js";
import { fold } from "../normalize/index.js";
import { systemAccessPurpose, talksAboutWorkOverChannel, type AccessPurpose } from "./purpose.js";

/**
 * What the policy reads from the WORDS of a message (E3's purpose, E7's talk about the work), as
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
  /** E3: the message names a system (GitHub, Drive, QuickBooks…) and says access to it is being given. */
  readonly accessPurpose: AccessPurpose | null;
  /** E7: the message talks about the job or the payment over another channel. */
  readonly workTalk: boolean;
  /** E3: the finding is an email address, or a request for one (never a phone number or a messenger ID). */
  isEmailish(f: Finding): boolean;
}

/** Words that make a contact request a request for an email (matched on the folded request). */
const EMAIL_REQUEST_VALUE = /email|mail/;
const EMAIL_REQUEST_WORDS = /e-?mail|correo|courriel/;

class LazySignals implements PolicySignals {
  #folded?: string;
  #accessPurpose?: AccessPurpose | null;
  #workTalk?: boolean;
  readonly #emailish = new Map<Finding, boolean>();

  constructor(private readonly text: string) {}

  get folded(): string {
    return (this.#folded ??= fold(this.text).text);
  }

  get accessPurpose(): AccessPurpose | null {
    if (this.#accessPurpose === undefined) this.#accessPurpose = systemAccessPurpose(this.folded);
    return this.#accessPurpose;
  }

  get workTalk(): boolean {
    return (this.#workTalk ??= talksAboutWorkOverChannel(this.folded));
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
  // The request's own span, folded the way the message is ("e‑m@il" look-alikes, entities, spacing).
  if (f.type === "contact_request") return EMAIL_REQUEST_VALUE.test(f.value) || EMAIL_REQUEST_WORDS.test(fold(f.text).text);
  return false;
}

/** The signals of one message; create one per decision and share it between the rules. */
export function readSignals(text: string): PolicySignals {
  return new LazySignals(text);
}
