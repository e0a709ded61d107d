import { PLATFORMS, type Platform } from "../platforms/index.js";
import { isSpace } from "../../normalize/windows.js";

/*
 * URL schemes: which ones the link recognizer reads, which tails it accepts after them, and which
 * account a scheme link names. The platform schemes are DERIVED from the platform tables
 * (`Platform.schemes`): a messenger added there with a scheme is read here with no code change.
 */

/** Schemes that dial or message a phone number; not a platform ("facetime:" is Apple's dialler). */
export const PHONE_SCHEMES: ReadonlySet<string> = new Set(["tel", "sms", "callto", "facetime"]);

/** Every platform scheme (without the colon) and its platform, from ../platforms. */
export const PLATFORM_SCHEMES: ReadonlyMap<string, Platform> = new Map(
  PLATFORMS.flatMap((p) => (p.schemes ?? []).map((s): [string, Platform] => [s.toLowerCase(), p])),
);

/** Characters of a scheme name (RFC 3986: letter, then letters, digits, "+", "-", "."). */
const SCHEME_CHAR = /[a-z0-9+.\-]/;
const LONGEST_SCHEME = Math.max(0, ...[...PLATFORM_SCHEMES.keys()].map((s) => s.length));

/** What linkify-it may take after a scheme: no white space, at most 80 characters. */
const SCHEME_TAIL = /^[a-z0-9+/][a-z0-9.,\-_:+=?&%/@]{2,79}/i;
/** A phone number as an opaque tail ("whatsapp:+14155550199"). */
const PHONE_ACCOUNT = /^\+?[0-9]{7,15}$/;
/** A handle that does not read as a word: a digit, "_", "#" or an inner dot ("kenji88", "kenji_dev"). */
const SHAPED = /[0-9_#]|[a-z0-9]\.[a-z0-9]/;
/**
 * Query parameters that carry the account, and whether it is a phone number: tg://resolve?domain=…,
 * threema://add?id=…, whatsapp://send?phone=…, viber://chat?number=….
 */
const ACCOUNT_PARAMS: ReadonlyArray<readonly [name: string, phone: boolean]> = [
  ["domain", false],
  ["id", false],
  ["phone", true],
  ["number", true],
];

const anchoredHandles = new Map<string, RegExp>();
function anchoredHandle(p: Platform): RegExp | undefined {
  if (!p.handle) return undefined;
  let re = anchoredHandles.get(p.id);
  if (!re) anchoredHandles.set(p.id, (re = new RegExp(`^(?:${p.handle.source})$`, "i")));
  return re;
}

/** The account part of a tail: before any query or fragment, its last path segment. */
function opaqueAccount(tail: string): string {
  const path = tail.split(/[?#]/, 1)[0]!;
  const segments = path.split("/").filter(Boolean);
  return (segments[segments.length - 1] ?? "").replace(/^[~@]/, "");
}

/**
 * Whether `scheme:account` (no "//") names an account of the platform: a phone number where that is
 * the account, or the platform's handle shape (with a letter, unless its handles may be all
 * digits). Either way not a plain word: "scheme:word" is how ordinary text and markup write a
 * label ("line:none" in CSS, "bottom line:profit", "slack:off"), so the account must have a digit,
 * "_", "#" or an inner dot, as the handle recognizer asks of a handle after an ordinary word.
 */
function namesAccount(account: string, p: Platform): boolean {
  if (p.phoneIsHandle && PHONE_ACCOUNT.test(account)) return true;
  const shape = anchoredHandle(p);
  if (!shape || !shape.test(account) || !SHAPED.test(account)) return false;
  return p.numericHandle === true || /[a-z]/i.test(account);
}

/** linkify-it's validator for a scheme: the length of the link after `scheme:`, 0 for none. */
export function schemeValidator(scheme: string): (text: string, pos: number) => number {
  const platform = PLATFORM_SCHEMES.get(scheme);
  return (text, pos) => {
    const tail = SCHEME_TAIL.exec(text.slice(pos, pos + 96))?.[0];
    if (!tail) return 0;
    // "skype://…", "slack://open": a URI proper. Phone schemes keep the plain tail rule.
    if (!platform || tail.startsWith("//")) return tail.length;
    // "skype:kenji88." ends a sentence: the dot is not part of the account.
    const trimmed = tail.replace(/[.,:]+$/, "");
    return namesAccount(opaqueAccount(trimmed), platform) ? trimmed.length : 0;
  };
}

/**
 * Where a platform scheme starts a token ("skype:kenji88", "(tg:kenji_dev)"): such a token holds a
 * link without any dot, so the dot-based hint in ./index.ts would never hand it to linkify-it. Only
 * a whole scheme name right before the colon counts ("headline:" is not "line:"), and only with
 * something after the colon. One pass over the colons of the text.
 */
export function platformSchemeStarts(text: string): number[] {
  const out: number[] = [];
  for (let colon = text.indexOf(":"); colon > 0; colon = text.indexOf(":", colon + 1)) {
    if (colon + 1 >= text.length || isSpace(text.charCodeAt(colon + 1))) continue;
    let start = colon;
    while (start > 0 && colon - start <= LONGEST_SCHEME && SCHEME_CHAR.test(text[start - 1]!)) start--;
    if (start < colon && PLATFORM_SCHEMES.has(text.slice(start, colon))) out.push(start);
  }
  return out;
}

/** The account a scheme link names: "tg://resolve?domain=kenji" → "kenji", "skype:kenji?chat" → "kenji". */
export function schemeAccount(url: string): string {
  const rest = url.slice(url.indexOf(":") + 1);
  const query = rest.indexOf("?");
  if (query >= 0) {
    const params = new URLSearchParams(rest.slice(query + 1).split("#", 1)[0]);
    for (const [name, phone] of ACCOUNT_PARAMS) {
      const value = params.get(name);
      if (value) return phone ? `+${value.replace(/\D/g, "")}` : value.toLowerCase();
    }
  }
  // The last path segment: "matrix:u/kenji:x.org" → "kenji:x.org" (as the handle recognizer reads
  // "@kenji:x.org"), "keybase://chat/kenji" → "kenji"; "live:kenji.sato" stays whole.
  return opaqueAccount(rest).toLowerCase();
}
