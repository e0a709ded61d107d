import { NUMBER_WORDS } from "../normalize/tables/number-words.js";
import { PLATFORMS } from "../recognizers/platforms/index.js";
import { mentionsPlatform } from "../recognizers/handle/index.js";
import { PHRASE_WORDS } from "../recognizers/phrases/hint.js";
import { AT_WORDS, DOT_WORDS, MAIL_PROVIDERS } from "../recognizers/email/tables.js";

/*
 * A cheap pre-test for callers that check millions of messages: `false` means `detect` would find
 * nothing, so the text can be passed through without the full pipeline. It errs towards `true`:
 * anything with a digit, "@", a dot between letters, an entity, a non-ASCII character (disguises
 * live there) or a word from the recognizers' tables goes to `detect`.
 */

/** Words the phrase recognizers (C8/C9) and the address recognizer start from. */
const CUE_WORDS = [
  "phone", "number", "email", "e-mail", "mail", "contact", "reach", "call", "text", "dm", "address", "street",
  "box", "outside", "off", "directly", "direct", "fee", "fees", "commission", "paypal", "venmo", "zelle", "cash",
  "bank", "wire", "pay", "handle", "id", "username", "user", "add", "follow", "ping", "message", "numero",
  "telefono", "correo", "direccion", "contacto", "fuera", "telefone", "contato", "endereco", "fora", "numero",
  "adresse", "dehors", "nummer", "handy", "kontakt", "anschrift", "ausserhalb", "indirizzo", "ma", "my", "your",
  "celular", "movil", "cel", "tel", "cell", "mobile", "whats", "insta", "discount", "commission", "comision", "comissao",
  "taxa", "frais", "gebuhren", "gebühren", "plataforma", "plateforme", "plattform", "piattaforma", "platform", "meet",
  "meeting", "call", "reach", "escrow", "fuori", "pagami", "pagame", "payer", "zahlen", "pix", "wire", "venmo", "zelle",
];

const PLAIN_SIGNAL = /[0-9@&]|[a-z]\.[a-z]|[^\x00-\x7F]|:\//i;

const KEYWORDS: RegExp = (() => {
  const words = new Set<string>(CUE_WORDS);
  for (const w of PHRASE_WORDS) words.add(w);
  for (const p of PLATFORMS) for (const a of [...p.aliases, ...(p.ambiguousAliases ?? [])]) words.add(a);
  for (const [w, info] of NUMBER_WORDS) if (info.kind !== "connector" && w.length > 2) words.add(w);
  for (const w of [...AT_WORDS, ...DOT_WORDS, ...Object.keys(MAIL_PROVIDERS)]) words.add(w);
  const escaped = [...words]
    .filter((w) => /^[\x00-\x7F]+$/.test(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${escaped.join("|")})\\b`, "i");
})();

/** `false` only when `detect(text)` cannot find anything; `true` means "run detect". */
export function mayContainContact(text: string): boolean {
  if (typeof text !== "string" || text.length === 0) return false;
  if (PLAIN_SIGNAL.test(text)) return true;
  // Spaced letters ("k e n j i") and one-letter-per-line text hide words from the keyword test.
  if (/(?:^|\s)\S\s\S\s\S\s\S(?:\s|$)/.test(text)) return true;
  return KEYWORDS.test(text) || mentionsPlatform(text);
}
