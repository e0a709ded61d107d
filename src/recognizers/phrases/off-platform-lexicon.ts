import { LOCALES } from "../../locale/index.js";
import type { OffPlatformFrame, OffPlatformKind } from "../../locale/types.js";
import { sharedWords, type Lang } from "./lexicon.js";

/*
 * C9 — proposing to move the conversation or the payment off the platform — as data. Word
 * classes and frames per language live in src/locale/<lang>.ts (`offPlatform`), in fold form (lower
 * case, accents removed, "ß" kept), in the token pattern language of ./frames.ts. Shared classes:
 *   @platform  the marketplace itself      @payapp   payment apps and rails
 *   @channel   an outside channel (messenger, social network, phone, email; from platforms/*.ts)
 *   @meetingtool  Zoom, Google Meet, Teams…   @skill  words that make a product name a skill
 *   @platformverb messenger names used as verbs ("whatsapp me")
 *   @chatmessage  a message on a messenger or social app ("un wasap", "een appje", "un snap")
 */

export type { OffPlatformFrame, OffPlatformKind } from "../../locale/types.js";

/** When cues of several kinds meet in one finding, the first kind in this list names it. */
export const KIND_PRIORITY: readonly OffPlatformKind[] = ["payment", "fees", "meeting", "channel"];

export interface OffPlatformLexicon {
  lang: Lang;
  /** Word classes referenced by the frames as `@name`. */
  classes: Record<string, string[]>;
  frames: OffPlatformFrame[];
  /** Words just before a cue that turn it into a refusal or a warning ("I can't", "never"). */
  negations: string[];
  /** How many words after a cue a negation still applies ("Zahl mir direkt? Lieber NICHT"). */
  negationAfter?: number;
  /** Negating determiners right before a cue ("NO payments outside the platform"). */
  negatingDeterminers?: string[];
  negatedNouns?: string[];
  /** Words after a cue in the same sentence that make it a warning ("… is not allowed"). */
  prohibitions: string[];
  /** On-platform anchors for `anchorGuard` frames. */
  onPlatform: string[];
  /** Gap barriers for `~N`. */
  barriers: string[];
}

/** Marketplace names: the same in every language. */
const MARKETPLACES = [
  "upwork", "fiverr", "freelancer", "freelancer com", "toptal", "guru", "peopleperhour", "workana", "malt", "99designs", "upwork s",
];

/** Payment apps, networks and currencies: names, the same in every language. */
const PAYMENT_APPS = [
  "paypal", "pay pal", "venmo", "zelle", "cash app", "cashapp", "western union", "moneygram", "wise", "transferwise",
  "revolut", "payoneer", "skrill", "neteller", "crypto", "cryptocurrency", "bitcoin", "btc", "usdt", "usdc", "tether",
  "eth", "ethereum", "binance", "binance pay", "pix", "bizum", "mercado pago", "mercadopago", "nequi", "yape", "plin",
  "lydia", "paylib", "twint", "sepa", "upi", "paytm", "gpay", "google pay", "apple pay", "alipay", "wechat pay",
  "m pesa", "mpesa", "gcash", "satispay", "paypal me", "paysafecard", "payid", "interac", "e transfer", "etransfer", "remitly", "xoom", "iban",
];

export const SHARED_CLASSES: Record<string, string[]> = {
  platform: [...sharedWords((p) => p.platformWords), ...MARKETPLACES],
  payapp: [...PAYMENT_APPS, ...sharedWords((p) => p.paymentRails)],
  /** A payment app mentioned alone is a weak cue; these are the ones rarely named for any other reason. */
  payappAlone: ["venmo", "zelle", "cash app", "cashapp", "western union", "moneygram"],
  skill: sharedWords((p) => p.skillWords),
  /** Words just before a payment app that make it a skill ("built a PayPal checkout", "integrated Venmo"). */
  skillBefore: sharedWords((p) => p.skillBefore),
};

/**
 * Frames every language other than English shares: the slots differ per language (its classes), the
 * grammar does not. English keeps its own, richer list.
 */
const SHARED_FRAMES: OffPlatformFrame[] = [
  { kind: "payment", pattern: "@pay ~2 @payvia @payapp !@skill", confidence: 0.85 },
  { kind: "payment", pattern: "@askpay ~2 @yourpay @payapp !@skill", confidence: 0.8 },
  { kind: "payment", pattern: "@havepay @payapp !@skill", confidence: 0.8 },
  { kind: "payment", pattern: "@payappAlone !@skill", confidence: 0.55, weak: true },
  { kind: "fees", pattern: "@avoid @feeDet? *1 @fee", confidence: 0.85 },
  { kind: "fees", pattern: "@discount *6 @away", confidence: 0.85, anchorGuard: true },
  { kind: "channel", pattern: "@propose *3 @via @channel !@skill", confidence: 0.85 },
  { kind: "channel", pattern: "@contactme ~1 @via @channel !@skill", confidence: 0.85 },
  { kind: "channel", pattern: "@contactme ~1 @via @social !@skill", confidence: 0.85 },
  { kind: "meeting", pattern: "@propose ~3 @meetingtool !@skill", confidence: 0.8 },
];

/** Every locale with off-platform words, in LOCALES order; the shared frames follow a language's own. */
export const OFF_PLATFORM_LEXICONS: readonly OffPlatformLexicon[] = LOCALES.flatMap((l) => {
  if (!l.offPlatform) return [];
  const { classes, frames, sharedFrames, ...rest } = l.offPlatform;
  return [{ lang: l.code, classes, frames: sharedFrames ? [...frames, ...SHARED_FRAMES] : frames, ...rest }];
});

/** Outside channels beyond the platform tables: phone, email and their words in each language. */
export const CHANNEL_WORDS: string[] = sharedWords((p) => p.channelWords);
