import { escapeRegExp } from "../../core/regex.js";
import { EMAIL_WORD_SETS, LOCALES } from "../../locale/index.js";
import type { HandleWords } from "../../locale/types.js";
import { fold } from "../../normalize/fold.js";

/*
 * Word lists for the handle recognizer (C4, C5, C9), from every locale (src/locale/*.ts). They are
 * folded at load (lower case, no accents, Hangul as the fold view writes it), so they compare equal
 * to words of the fold view.
 */

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => fold(w).text));
/** One kind of handle word from every locale, in LOCALES order. */
const wordsOf = (pick: (h: HandleWords) => readonly string[] | undefined): string[] =>
  LOCALES.flatMap((l) => pick(l.handle ?? {}) ?? []);

/**
 * Words that, right after a platform word, make it a skill or a product rather than an account:
 * "Slack bots", "Instagram marketing", "Zoom SDK", "Signal processing". The platform word is then
 * ignored entirely (no handle, no invitation).
 */
export const SKILL_NOUNS: ReadonlySet<string> = folded(wordsOf((h) => h.skillNouns));

/** Two-word skill phrases: "WhatsApp Business API", "Facebook page design", "Teams app development". */
export const SKILL_PHRASES: ReadonlySet<string> = folded(wordsOf((h) => h.skillPhrases));

/**
 * Words that are never a handle, whatever the marker: "my skype is down", "whatsapp: yes",
 * "add me on discord too". Platform words themselves are rejected separately.
 */
export const NOT_A_HANDLE: ReadonlySet<string> = folded(wordsOf((h) => h.notAHandle));

/** Words after the platform word that mark what follows as the handle ("id", "username", "number"). */
export const EXPLICIT_WORDS: ReadonlySet<string> = folded(wordsOf((h) => h.labelWords));

/**
 * Nouns that announce a phone number ("WhatsApp number +91…") but not a handle: "LinkedIn profile
 * looks great" must not read "looks" as a handle.
 */
export const PHONE_WORDS: ReadonlySet<string> = folded(wordsOf((h) => h.phoneNouns));

/** Words that may sit between the platform word and the handle without meaning anything. */
export const FILLER_WORDS: ReadonlySet<string> = folded(wordsOf((h) => h.fillers));

/** Words after an ambiguous platform word that leave it free to be read as an invitation target. */
export const FOLLOW_OK: ReadonlySet<string> = folded(wordsOf((h) => h.followOk));

/** Determiners that turn an ambiguous word into an ordinary noun: "the line", "a signal", "5 teams". */
export const DETERMINERS: ReadonlySet<string> = folded(wordsOf((h) => h.determiners));

/** Invitation source from the locales: one space (outside a character class) stands for 1–3 white-space characters. */
const spaced = (source: string): string => source.replace(/ (?![^[]*\])/g, "\\s{1,3}");
const alternation = (pick: (h: HandleWords) => readonly string[] | undefined): string => wordsOf(pick).map(spaced).join("|");

/**
 * Invitation phrases that end right before a platform word (C4/C9): "text me on", "find me on",
 * "let's move to", "hit me up on", "I'm on", "加我". Tested against at most 80 characters before the
 * platform word; the group captures the phrase so the finding's span can start there.
 */
export const INVITE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}'’])(${alternation((h) => h.invitePhrases)})(?:\\s{1,3}(?:${alternation((h) => h.inviteFillers)})){0,2}\\s{0,3}$`,
  "u",
);

/** Invitation phrases of the weak kind ("I'm on X"): lower confidence. */
export const WEAK_INVITE = new RegExp(`^(?:${alternation((h) => h.weakInvites)})`);

/** A possessive right before the platform word: "my skype is kenji". */
export const POSSESSIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation((h) => h.possessives)})\\s{1,3}(?:\\p{L}{1,12}\\s{1,3})?$`, "u");

/** Words before any platform word that make it a common noun: "cut me some slack". */
export const QUANTIFIERS: ReadonlySet<string> = folded(wordsOf((h) => h.quantifiers));

/**
 * Ambiguous aliases so common in ordinary or technical text ("x", "threads", "matrix") that only an
 * "@handle" right after them (with or without a marker) makes them a platform: "X: @kenji_builds".
 */
export const AT_ONLY_ALIASES: ReadonlySet<string> = folded(["x", "threads", "element", "matrix", "gram", "tumbler"]);

/**
 * Ambiguous aliases that are also a short word for the telephone ("Tele: 030 1234567" is a phone number in
 * German or Danish): a number after them is the phone recognizer's, only a handle makes them the platform.
 */
export const HANDLE_ONLY_ALIASES: ReadonlySet<string> = folded(["tele", "텔레"]);

/** A phrase as the guard compares it: lower case, letters and digits only, one space between words, padded. */
const guardForm = (s: string): string => ` ${fold(s).text.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;

/**
 * Refusals before an invitation ("I won't move to WhatsApp", "prefiero no pasar a WhatsApp") and
 * reported speech ("he asked me to call him on Telegram"): the off-platform negations of every locale,
 * read in the clause before the platform word.
 */
export const REFUSAL_PHRASES: readonly string[] = [
  ...new Set(LOCALES.flatMap((l) => l.offPlatform?.negations ?? []).map(guardForm).filter((w) => w.trim().length > 0)),
];

/**
 * Warnings anywhere in the sentence ("scammers often ask to move to Telegram", "… will be reported",
 * "está prohibido"): the off-platform prohibitions of every locale.
 */
export const WARNING_PHRASES: readonly string[] = [
  ...new Set(LOCALES.flatMap((l) => l.offPlatform?.prohibitions ?? []).map(guardForm).filter((w) => w.trim().length > 0)),
];

/** The same normalisation for the text around an invitation. */
export const guardText = guardForm;

/**
 * Verbs that, after a clause break, hand over the account named by the platform word earlier in the
 * sentence ("Interviews happen on Discord, add kairo.mods"): the one-word contact verbs of every locale.
 */
export const CUE_VERBS: ReadonlySet<string> = folded(
  LOCALES.flatMap((l) => l.offPlatform?.classes["contactverb"] ?? []).filter((w) => /^\p{L}+$/u.test(w)),
);

/**
 * Every language's words for "." (the email words: "dot", "ponto", "punkt", "точка"), folded and escaped as
 * a regex alternation, longest first: a handle can be spelled like an address ("lena (dot) makes (dot) things").
 */
export const SPELLED_DOT_WORDS = [...new Set(EMAIL_WORD_SETS.flatMap((e) => e.dotWords ?? []).map((w) => fold(w).text))]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, "\\s"))
  .join("|");
