/*
 * Which white-space-delimited tokens linkify-it could find a link in. linkify-it's link regexes are
 * large and cost about ten microseconds even on a short token such as "values.we" (two sentences
 * run together), which made them a tenth of all detection time on job ads; most such tokens cannot
 * hold a link at all, because a link without a scheme needs a top-level domain that linkify-it
 * knows, right before a separator or the end. `mayHoldLink` rejects those tokens first. It only
 * ever errs towards "yes": a token it passes still goes to linkify-it, which decides.
 *
 * The TLD list is linkify-it's own default (v6: its `tlds_default` and packed two-letter list, not
 * exported by the package) plus the ones this project adds. `test/link.test.ts` holds the list to
 * the installed linkify-it: every two- and three-letter ending, and random tokens, must give
 * "no link" from linkify-it wherever `mayHoldLink` says no.
 */

/** linkify-it's default TLDs of three or more letters. */
const LINKIFY_LONG_TLDS = ["biz", "com", "edu", "gov", "net", "org", "pro", "web", "xxx", "aero", "asia", "coop", "info", "museum", "name", "shop", "рф"];

/** linkify-it's two-letter TLDs, packed as it packs them: first letter, then every second letter. */
const LINKIFY_TWO_LETTER_TLDS =
  "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";

/** Short-link and newer TLDs that contact links use and linkify-it's default list lacks. */
export const EXTRA_TLDS: readonly string[] = ["gle", "me", "so", "ee", "gg", "ly", "hr", "ai", "link", "page", "site", "app", "dev", "bio", "chat", "social", "google"];

function unpackTwoLetter(packed: string): string[] {
  return packed.split("|").flatMap((group) => {
    const [first, seconds] = group.split(":") as [string, string];
    return [...seconds].map((second) => first + second);
  });
}

/** Every TLD the link recognizer's linkify-it instance accepts without a scheme. */
export const FUZZY_TLDS: ReadonlySet<string> = new Set([...LINKIFY_LONG_TLDS, ...unpackTwoLetter(LINKIFY_TWO_LETTER_TLDS), ...EXTRA_TLDS]);

/**
 * ASCII characters that end a host for linkify-it (its host terminator: white space, control
 * characters, Unicode punctuation, `<` and `>`): ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }.
 */
const ENDS_HOST = new Uint8Array(128);
for (let c = 0; c <= 32; c++) ENDS_HOST[c] = 1;
ENDS_HOST[127] = 1;
for (const ch of `!"#%&'()*,-./:;?@[\\]_{}<>`) ENDS_HOST[ch.charCodeAt(0)] = 1;

const LONGEST_TLD = Math.max(...[...FUZZY_TLDS].map((t) => t.length));

const NEEDS_LINKIFY = /[^\x00-\x7f]|:|\/\/|xn--/i;

/**
 * `false` only when linkify-it (configured as in ./index.ts) finds no link in `s`. A scheme, `//`,
 * punycode or any non-ASCII character sends the token on; otherwise some `.` must be followed by a
 * known TLD that runs to a host terminator or the end ("site.com/x", "wa.me", but not "values.we").
 */
export function mayHoldLink(s: string): boolean {
  if (NEEDS_LINKIFY.test(s)) return true;
  const n = s.length;
  for (let dot = s.indexOf("."); dot >= 0 && dot < n - 1; dot = s.indexOf(".", dot + 1)) {
    let end = dot + 1;
    while (end < n && ENDS_HOST[s.charCodeAt(end)] === 0) end++;
    const run = end - dot - 1;
    if (run >= 2 && run <= LONGEST_TLD && FUZZY_TLDS.has(s.slice(dot + 1, end).toLowerCase())) return true;
  }
  return false;
}
