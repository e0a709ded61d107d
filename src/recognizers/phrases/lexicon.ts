import { LOCALES, type LocaleCode } from "../../locale/index.js";
import type { NounCategory, RequestWords, SharedPhraseWords } from "../../locale/types.js";
import { ACCESS_SYSTEMS, GENERIC_SYSTEM_WORDS } from "../../locale/systems.js";

/*
 * C8 — asking for contact information — as data. Every word is in fold form (lower case, accents
 * removed; "ß" stays) and is split into words the way the text is ("what's" → what + s,
 * "e-mail" → e + mail), so "what's", "whats" and "what s" are all written as they are typed.
 *
 * The grammar is the same for every language (REQUEST_FRAMES below); the tables say which words
 * fill each slot. Adding a language or a word never means adding code: the words live in src/locale/<lang>.ts.
 */

/** A language with a locale (src/locale/index.ts). */
export type Lang = LocaleCode;

export type { NounCategory } from "../../locale/types.js";

/** A language's request words (src/locale/<lang>.ts `request`), with the language they are in. */
export interface RequestLexicon extends RequestWords {
  lang: Lang;
}

/** Words every language's frames accept (src/locale/<lang>.ts `sharedPhrases`), each once, in LOCALES order. */
export const sharedWords = (pick: (p: SharedPhraseWords) => readonly string[] | undefined): string[] => [
  ...new Set(LOCALES.flatMap((l) => pick(l.sharedPhrases ?? {}) ?? [])),
];

/** Contact nouns every language borrows. */
export const SHARED_NOUNS: Record<string, NounCategory> = {
  email: "email",
  "e-mail": "email",
  "email address": "email",
  "e-mail address": "email",
  "email id": "email",
  "mail id": "email",
  gmail: "email",
  "gmail id": "email",
  "gmail address": "email",
  hotmail: "email",
  // "ur @?", "ton @ ?": a bare "@" asks for a handle (./tokens.ts keeps a lone "@" as a word).
  "@": "social",
};

/** Generic identifier nouns: a contact detail only after a messenger or social platform ("skype id"). */
export const GENERIC_ID_NOUNS: string[] = sharedWords((p) => p.idNouns);

/**
 * Ambiguous platform aliases (see platforms/*.ts) that read as the platform after "your" / "do you
 * have": "ur ig", "tu wsp", "seu zap". The others ("line", "teams", "meet", "x", "threads") count
 * only as qualifiers ("your line id", "your teams account").
 */
export const AMBIGUOUS_PLATFORM_NOUNS = [
  "wa", "zap", "wapp", "wsp", "whatsup", "watsup", "tg", "ig", "gram", "fb", "snap", "signal", "wx", "vx", "kik", "qq", "vk", "messenger",
];

/**
 * Ambiguous aliases that read as the messenger after a contact verb and its preposition, though not after "your"
 * ("wp'den yaz bana", "mujhe wp karo", "add zl em nha"; "your wp login" is WordPress): the off-platform channel slot.
 */
export const AMBIGUOUS_CHANNEL_NOUNS = [...AMBIGUOUS_PLATFORM_NOUNS, "wp", "zl", "appje"];

/**
 * Ambiguous aliases that, after "send me a", name a message on the platform ("un zap", "een appje", "un snap",
 * "un whats"): not "signal" or "gram", ordinary nouns ("schick mir ein Signal", "stuur me een gram").
 */
export const MESSAGE_NICKNAMES = ["wa", "zap", "wapp", "wsp", "whats", "wpp", "tg", "snap", "ig", "fb", "appje", "wp", "zl"];

/** Extra platform words the shared platform tables do not list (regional short forms). */
export const EXTRA_PLATFORM_NOUNS: Record<string, string> = {
  whats: "whatsapp",
  wpp: "whatsapp",
  guasap: "whatsapp",
  "whatsapp business": "whatsapp",
  insta: "instagram",
  linkedln: "linkedin",
};

/**
 * Words around a request that say what the email is for (POLICY E2, E3): reported as context so
 * the policy can apply "system access" or "legal" exceptions. The same words the policy reads
 * (src/policy/purpose.ts): the systems of src/locale/systems.ts and each locale's purpose words,
 * plus the broader ones the policy does not infer from (generic system words, `accessContext`).
 */
export const PURPOSE_WORDS: readonly string[] = [
  ...ACCESS_SYSTEMS,
  ...GENERIC_SYSTEM_WORDS,
  ...LOCALES.flatMap((l) => [...(l.purpose?.accessCues ?? []), ...(l.purpose?.accessContext ?? []), ...(l.purpose?.legal ?? [])]),
];

/** Every locale with request words, in LOCALES order. */
export const REQUEST_LEXICONS: readonly RequestLexicon[] = LOCALES.flatMap((l) => (l.request ? [{ lang: l.code, ...l.request }] : []));

/**
 * Words after any contact noun that make it a skill, a product or a statistic rather than a
 * contact detail ("whatsapp API", "email marketing", "instagram followers", "mobile app").
 */
export const NOUN_BLOCKERS_ALL: string[] = sharedWords((p) => p.nounBlockers);

/**
 * The grammar of a request, shared by every language. Slots:
 *   @ask @askbare @askapp @q @have @on @article @lead @please @how @reach @away @exchange @best @which @shouldi @poss
 *   @application (word classes from the lexicon), @noun (a contact noun with its modifiers), @plural
 *   (collective nouns), @owned (a contact noun with the possessive after it or in it), @platform (a
 *   messenger or social platform name).
 * The first frame that matches at a word wins; overlapping matches are merged.
 */
export interface RequestFrame {
  pattern: string;
  confidence: number;
  /** Suppress when an on-platform anchor ("here", "on upwork") follows in the sentence. */
  anchorGuard?: boolean;
  /** Contact values this frame does not report (a noun that is also a device: "which phone do you have"). */
  notValues?: readonly string[];
}

export const REQUEST_FRAMES: readonly RequestFrame[] = [
  // "can u share ur phone no", "send me your email", "gib mir deine Nummer", "dame tu whatsapp"
  { pattern: "@ask ~3 @poss ~3 @noun", confidence: 0.9 },
  // "скинь номер", "дай телегу", "podaj numer telefonu": imperatives that drop the possessive (locale `bareRequestVerbs`)
  { pattern: "@askbare @please? @noun", confidence: 0.85 },
  // Job posts: "Вкажіть у відгуку email", "geben Sie in Ihrem Angebot Ihre E-Mail an" (locale `applications`).
  { pattern: "@askapp @please? @application @noun", confidence: 0.85 },
  { pattern: "@askapp @please? @poss? @noun *6 @application", confidence: 0.85 },
  { pattern: "@ask @application ~1 @poss ~2 @noun", confidence: 0.9 },
  // The possessive after the noun or in it (locale `possessivesAfter`, `possessiveSuffixes`): "kirim email
  // kamu", "pwede ko bang makuha ang number mo", "ممكن رقمك", "ano ang email mo", "email của bạn là gì".
  { pattern: "@ask ~1 @article? @owned", confidence: 0.85 },
  { pattern: "@q ~1 @article? @owned", confidence: 0.85 },
  { pattern: "@owned ~1 @askafter", confidence: 0.85 },
  // "what's your WhatsApp", "cuál es tu correo", "qual é o seu telefone", "wie ist deine E-Mail"
  { pattern: "@q ~2 @poss ~2 @noun", confidence: 0.9 },
  // "what's the best number to reach you"
  { pattern: "@q ~1 @best ~1 @noun", confidence: 0.85 },
  // "which email should I use to add you"
  { pattern: "@which ~1 @noun @shouldi", confidence: 0.8 },
  // "¿Qué correo tienes?", "Welche E-Mail-Adresse haben Sie?", "which number do you have"
  // Not for a phone: "which phone do you have, iPhone or Android?" asks for the device.
  { pattern: "@which @noun @have", confidence: 0.8, notValues: ["phone"] },
  { pattern: "@which @noun @haveq $?", confidence: 0.8, notValues: ["phone"] },
  // "do you have skype?", "hast du WhatsApp?", "¿tienes telegram?"
  { pattern: "@have @article? @noun", confidence: 0.85 },
  // "tem whatsapp?", "you got telegram?" — the same words are statements without the question mark
  { pattern: "@haveq @article? @noun *2 $?", confidence: 0.8 },
  // "are you on whatsapp", "bist du auf Telegram"
  { pattern: "@on @platform", confidence: 0.85 },
  // "and your number?", "votre numéro de téléphone ?", "your email pls?"
  { pattern: "^ @lead? @poss ~2 @noun @please? $?", confidence: 0.8 },
  { pattern: "^ @lead? @poss ~2 @noun @please", confidence: 0.75 },
  // The possessive after the noun, a bare question: "num mo po?", "nomor kamu?", "số điện thoại của bạn?"
  { pattern: "^ @lead? @owned @please? $?", confidence: 0.8 },
  // "how can I reach you outside", "comment te joindre en dehors"
  { pattern: "@how ~3 @reach *2 @away", confidence: 0.9 },
  // Without "outside" it may mean the platform's own chat: reported, but below the strong cues.
  { pattern: "@how ~3 @reach", confidence: 0.55, anchorGuard: true },
  // "let's exchange numbers", "intercambiar contactos", "échanger nos numéros"
  { pattern: "@exchange ~2 @plural", confidence: 0.85 },
  { pattern: "@exchange ~2 @noun", confidence: 0.8 },
  { pattern: "@plural ~1 @exchangeafter", confidence: 0.85 },
  // Verb-final languages ask after the noun: "numaranızı alabilir miyim", "apna number de dijiye",
  // "tumhara number kya hai", "الإيميل بتاعك إيه" (requestAfter of the language).
  { pattern: "@poss ~2 @noun ~1 @askafter", confidence: 0.85 },
  { pattern: "@plainnoun ~1 @askafter", confidence: 0.75 },
];
