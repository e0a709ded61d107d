import { escapeRegExp } from "../../core/regex.js";
import { EMAIL_WORD_SETS } from "../../locale/index.js";
import type { EmailWords } from "../../locale/types.js";

/** Data for the email recognizer, in fold form (lower case, accents removed). Words come from src/locale/*.ts. */

/** One kind of email word from every locale, in LOCALES order, each once. */
const wordsOf = (pick: (e: EmailWords) => readonly string[] | undefined): string[] => [
  ...new Set(EMAIL_WORD_SETS.flatMap((e) => pick(e) ?? [])),
];
/** One kind of email word table from every locale, merged (the first locale to name a word wins). */
const tablesOf = (pick: (e: EmailWords) => Readonly<Record<string, string>> | undefined): Record<string, string> =>
  Object.assign({}, ...[...EMAIL_WORD_SETS].reverse().map((e) => pick(e) ?? {}));
// Phrases first, longest first: " at the rate " and " at sign " are one "@", not " at " and a domain that
// starts with "the"/"sign" (an alternation takes its first matching branch and never comes back for a longer one).
const phrasesFirst = (words: string[]): string[] => [
  ...words.filter((w) => w.includes(" ")).sort((a, b) => b.length - a.length),
  ...words.filter((w) => !w.includes(" ")),
];

const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Words and bracketed forms that stand for "@" ("at", "arroba", "arobase", "klammeraffe", "at sign"). */
export const AT_WORDS: readonly string[] = phrasesFirst(wordsOf((e) => e.atWords));
/** Words and bracketed forms that stand for "." */
export const DOT_WORDS: readonly string[] = phrasesFirst(wordsOf((e) => e.dotWords));

/** A word list as a regex alternation: escaped, a space standing for one white-space character. */
export const alternation = (words: readonly string[]): string => words.map((w) => escapeRegExp(w).replace(/ /g, "\\s")).join("|");

/** Words shortly before "name at domain.tld" that say an address follows ("send your CV to …", "apply at: …"). */
export const EMAIL_CUE = new RegExp(`\\b(?:${alternation(wordsOf((e) => e.cues))})\\b[^.!?\\n]{0,40}$`);

/** A label or verb directly before the address: "Email: ", "email - ", "send to ", "contact ". */
export const EMAIL_LABEL = new RegExp(`(?:${alternation(wordsOf((e) => e.labels))})\\s?[:\\-–]?\\s?$`);

/**
 * A spelled-out "@" as a whole word (or phrase: "a cong", Vietnamese) somewhere in the text: the cheap test
 * before the full scan. `\b` sees only ASCII word edges, so words in other scripts ("собака", "равлик") get
 * Unicode edges, the word first and its left edge checked behind it (the engine scans for the words' letters).
 */
const ASCII_WORD = /^[\x00-\x7F]+$/;
const ASCII_AT = AT_WORDS.filter((w) => ASCII_WORD.test(w));
const NON_ASCII_AT = AT_WORDS.filter((w) => !ASCII_WORD.test(w));
export const SPELLED_AT = new RegExp(
  `\\b(?:${alternation(ASCII_AT)})\\b` +
    (NON_ASCII_AT.length ? `|(?:${alternation(NON_ASCII_AT)})(?![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}_](?:${alternation(NON_ASCII_AT)}))` : ""),
  "u",
);

/** "kasia.wrobel ON gmail": between a mailbox name and a webmail provider. */
export const PROVIDER_PREPOSITION_WORDS: readonly string[] = wordsOf((e) => e.providerPrepositions);
export const PROVIDER_PREPOSITIONS = alternation(PROVIDER_PREPOSITION_WORDS);
/** "MY gmail IS kasia.wrobel". */
export const PROVIDER_POSSESSIVE_WORDS: readonly string[] = wordsOf((e) => e.providerPossessives);
export const PROVIDER_POSSESSIVES = alternation(PROVIDER_POSSESSIVE_WORDS);
export const PROVIDER_LINKS = alternation(wordsOf((e) => e.providerLinks));

/** Webmail providers: a mailbox named with one of these and no "@" is still an address. */
export const MAIL_PROVIDERS: Readonly<Record<string, string>> = {
  gmail: "gmail.com",
  googlemail: "googlemail.com",
  yahoo: "yahoo.com",
  ymail: "ymail.com",
  hotmail: "hotmail.com",
  outlook: "outlook.com",
  live: "live.com",
  msn: "msn.com",
  icloud: "icloud.com",
  aol: "aol.com",
  proton: "proton.me",
  protonmail: "protonmail.com",
  gmx: "gmx.net",
  yandex: "yandex.ru",
  "mail.ru": "mail.ru",
  zoho: "zoho.com",
  qq: "qq.com",
  "web.de": "web.de",
  tutanota: "tutanota.com",
  fastmail: "fastmail.com",
  hey: "hey.com",
  uol: "uol.com.br",
  bol: "bol.com.br",
  libero: "libero.it",
  orange: "orange.fr",
  wanadoo: "wanadoo.fr",
  "t-online": "t-online.de",
  posteo: "posteo.de",
  "mailbox.org": "mailbox.org",
  seznam: "seznam.cz",
  onet: "onet.pl",
  interia: "interia.pl",
  naver: "naver.com",
  daum: "daum.net",
  hanmail: "hanmail.net",
  rambler: "rambler.ru",
  "ukr.net": "ukr.net",
  sina: "sina.com",
  laposte: "laposte.net",
  virgilio: "virgilio.it",
  ziggo: "ziggo.nl",
  comcast: "comcast.net",
};

/** "the domain is …", "hinten: …", "домен …": words right before the second half of an address given in two parts. */
export const SPLIT_DOMAIN_CUE_WORDS: readonly string[] = longestFirst(wordsOf((e) => e.splitDomainCues));
export const SPLIT_DOMAIN_CUES = alternation(SPLIT_DOMAIN_CUE_WORDS);

/** Provider and suffix names in other scripts, read as the ASCII label they stand for ("яндекс" → "yandex"). */
export const DOMAIN_WORDS: Readonly<Record<string, string>> = tablesOf((e) => e.domainWords);

/**
 * Every provider name a bare mailbox can be given with ("gmail: lena.kraus91", "на яндексе — sokolova.art"):
 * the product names, then the locales' own names for them.
 */
export const NAMED_PROVIDERS: Readonly<Record<string, string>> = { ...tablesOf((e) => e.providerNames), ...MAIL_PROVIDERS };
/** Product names that are everyday words too ("hey: john_smith", "live: stream_01"): never a label for a mailbox. */
export const WORDLIKE_PROVIDERS: ReadonlySet<string> = new Set(["hey", "live", "orange", "proton", "bol", "libero", "msn"]);
/** Providers whose mailboxes are numbers (a QQ mailbox is the QQ number: 38472916@qq.com). */
export const NUMERIC_MAILBOX_DOMAINS: ReadonlySet<string> = new Set(["qq.com"]);
/** "GMX-POSTFACH", "네이버 메일": a mailbox word joined to a provider name. */
export const MAILBOX_WORDS = alternation(longestFirst(wordsOf((e) => e.mailboxWords)));
/** "gmail, STESSO NOME: …", "yahoo KO PO: …": between a provider and the name it introduces. */
export const PROVIDER_CONNECTORS = alternation(longestFirst(wordsOf((e) => e.providerConnectors)));

/**
 * Words that are never a mailbox before a spelled-out " at ": "we work at example dot com",
 * "look at google.com", "available at 5pm". Bracketed forms ("[at]") are deliberate and skip this.
 */
export const NOT_A_MAILBOX: ReadonlySet<string> = new Set(wordsOf((e) => e.notAMailbox));

/**
 * Placeholders in docs, forms and code: a generic mailbox name ("user", "name", "tu", "noreply") at a
 * domain that stands for "some domain" (RFC 2606 names, "domain.com", "correo.com"). Either alone is
 * not enough: tests and examples write "john@example.com" or "admin at example dot com" for a real
 * address, and "user@acme.com" can be a real mailbox.
 */
const PLACEHOLDER_DOMAINS: ReadonlySet<string> = new Set([
  "example.com", "example.net", "example.org", "example.edu", "domain.com", "yourdomain.com", "mydomain.com",
  "dominio.com", "tudominio.com", "seudominio.com", "seudominio.com.br", "correo.com", "votredomaine.fr",
]);
const PLACEHOLDER_LOCALS: ReadonlySet<string> = new Set([
  "user", "username", "name", "email", "e-mail", "mail", "you", "your", "yourname", "youremail", "your.name",
  "first.last", "firstname.lastname", "noreply", "no-reply", "donotreply", "do-not-reply", "foo", "test",
  "tu", "tunombre", "tucorreo", "nombre", "usuario", "seu", "seunome", "seuemail", "votre", "vous", "nom", "prenom.nom",
  "ihr", "ihre", "name.nachname", "vorname.nachname", "tuo", "nome", "uzytkownik", "imie.nazwisko",
]);

/**
 * Whether `local@domain`, ending at `end` of `text`, is not a mailbox: a placeholder, or an SSH/scp
 * remote such as `git@github.com:org/repo.git` (a colon and a path glued to the host). `plain`: written
 * with a plain "@" and dots; a disguised address ("user at example dot com") is never a placeholder.
 */
export function isNotAMailbox(local: string, domain: string, text: string, end: number, plain: boolean): boolean {
  if (plain && PLACEHOLDER_LOCALS.has(local) && (PLACEHOLDER_DOMAINS.has(domain) || domain.startsWith("example."))) return true;
  return text[end] === ":" && /[\w~/]/.test(text[end + 1] ?? "");
}
