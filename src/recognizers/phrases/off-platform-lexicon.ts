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
export const KIND_PRIORITY: readonly OffPlatformKind[] = ["payment", "fees", "work_channel", "meeting", "channel"];

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

/**
 * E7 / C9: moving the talk about the job or its money to another channel, with no contact detail in
 * the message ("den Preis klären wir dann per Mail", "send your rate to that address", "报价我也发到这个邮箱",
 * "напишите туда, сколько готовы заплатить"). Every language, English too; the slots are the locale's
 * `purpose.workTalk` words (one list, src/locale/<code>.ts), the grammar is shared:
 *   @wtTopic  the job and its money        @wtVerb  send, write, discuss, settle
 *   @wtVia    a channel named as the place ("by email", "an diese Adresse", "在邮件里")
 *   @wtThere  a word pointing back to one ("there", "ahí", "туда"): weaker, so the verb must stand next to it
 *   @wtMailVerb  a verb that names the channel ("email me")
 *   @wtBlockers, @wtThereBlockers  words after them that make them something else ("email TEMPLATE", "there IS")
 * Negations, prohibitions and on-platform anchors ("post my estimate here") guard them as every frame.
 */
const WORK_FRAMES: OffPlatformFrame[] = [
  // "send your rate and timeline to that address", "indiquez votre budget dans le mail", "schreiben Sie mir Ihr Budget an diese Adresse"
  { kind: "work_channel", pattern: "@wtVerb ~4 @wtTopic *6 @wtVia !@wtBlockers", confidence: 0.8, anchorGuard: true },
  // "den Preis klären wir dann per Mail", "цену обсудим там же, по почте", "报价我也发到这个邮箱"
  { kind: "work_channel", pattern: "@wtTopic *6 @wtVerb *4 @wtVia !@wtBlockers", confidence: 0.8, anchorGuard: true },
  // Verb last: "报价和付款方式我们就在邮件里谈", "見積もりはそのメールアドレス宛てに送って"
  { kind: "work_channel", pattern: "@wtTopic *8 @wtVia ~3 @wtVerb", confidence: 0.8, anchorGuard: true },
  // "répondez-moi à l'e-mail DocuSign pour le tarif", "me manda nesse e-mail quanto vocês pagam"
  { kind: "work_channel", pattern: "@wtVerb ~3 @wtVia !@wtBlockers *5 @wtTopic", confidence: 0.8, anchorGuard: true },
  // "escríbeme ahí el presupuesto", "напишите туда, сколько готовы заплатить", "send the budget there"
  { kind: "work_channel", pattern: "@wtVerb ~2 @wtThere !@wtThereBlockers *6 @wtTopic", confidence: 0.75, anchorGuard: true },
  { kind: "work_channel", pattern: "@wtVerb ~5 @wtTopic *4 @wtThere !@wtThereBlockers", confidence: 0.75, anchorGuard: true },
  // "ücret konusunu oradan konuşalım"
  { kind: "work_channel", pattern: "@wtTopic *4 @wtThere ~2 @wtVerb", confidence: 0.75, anchorGuard: true },
  // "email me your rate", "email me the invoice and the rate"
  { kind: "work_channel", pattern: "@wtMailVerb ~4 @wtTopic", confidence: 0.8, anchorGuard: true },
];

/** A locale's work-talk words as the work frames' classes (none: the frames do not compile for it). */
function workClasses(l: (typeof LOCALES)[number]): Record<string, string[]> {
  const w = l.purpose?.workTalk;
  if (!w) return {};
  return {
    wtTopic: [...w.topics],
    wtVerb: [...w.verbs],
    wtVia: [...w.channels],
    wtThere: [...(w.there ?? [])],
    wtMailVerb: [...(w.channelVerbs ?? [])],
    // After a channel: the language's own words and every language's contact-noun blockers ("email TEMPLATE");
    // after "there" only the language's own ("there IS"): the blockers hold "it", "web", "team".
    wtBlockers: [...(w.notAfter ?? []), ...sharedWords((p) => p.nounBlockers)],
    wtThereBlockers: [...(w.notAfter ?? [])],
  };
}

/** The work frames whose required classes the language fills (a language without channel verbs has no "email me" frame). */
function workFramesFor(work: Record<string, string[]>): OffPlatformFrame[] {
  const required = (f: OffPlatformFrame) => [...f.pattern.matchAll(/(?:^|\s)@(wt\w+)(?=\s|$)/g)].map((m) => m[1]!);
  return WORK_FRAMES.filter((f) => required(f).every((name) => (work[name]?.length ?? 0) > 0));
}

/** Every locale with off-platform words, in LOCALES order; the shared frames follow a language's own, then the work frames. */
export const OFF_PLATFORM_LEXICONS: readonly OffPlatformLexicon[] = LOCALES.flatMap((l) => {
  if (!l.offPlatform) return [];
  const { classes, frames, sharedFrames, ...rest } = l.offPlatform;
  const work = workClasses(l);
  return [
    {
      lang: l.code,
      classes: { ...classes, ...work },
      frames: [...frames, ...(sharedFrames ? SHARED_FRAMES : []), ...workFramesFor(work)],
      ...rest,
    },
  ];
});

/** Outside channels beyond the platform tables: phone, email and their words in each language. */
export const CHANNEL_WORDS: string[] = sharedWords((p) => p.channelWords);
