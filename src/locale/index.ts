import de from "./de.js";
import en from "./en.js";
import es from "./es.js";
import fr from "./fr.js";
import it from "./it.js";
import ko from "./ko.js";
import nl from "./nl.js";
import pt from "./pt.js";
import ru from "./ru.js";
import zh from "./zh.js";
import uk from "./uk.js";
import pl from "./pl.js";
import tr from "./tr.js";
import ar from "./ar.js";
import ja from "./ja.js";
import id from "./id.js";
import vi from "./vi.js";
import hiLatn from "./hi-latn.js";
import tl from "./tl.js";
import { EXTRA_EMAIL_WORDS } from "./email-extra.js";
import type { EmailWords } from "./types.js";

/*
 * Every language ContactGuard reads, one file each. The recognizers', the normalizer's and the
 * policy's word tables are derived from this list, so a language is added here and nowhere else.
 *
 * How to add a language (say Dutch, "nl"):
 *   1. copy src/locale/es.ts to src/locale/nl.ts, set `code` and `name`, and replace the words.
 *      Leave out what the language does not have yet: every field is optional.
 *   2. add it to LOCALES below (the order is the order languages are tried in; append).
 *   3. add positive and negative sentences to test/recognizers/fixtures (phrases, phone, email …).
 *   4. run `npx vitest run test/locale`: the parity test prints what the new locale lacks next to
 *      the fullest one. Record the gaps you accept in its EXPECTED_GAPS table.
 * Words are in fold form (lower case, no accents, "ß" kept); see src/locale/types.ts for each field.
 */
export const LOCALES = [en, es, pt, fr, de, it, nl, zh, ko, ru, uk, pl, tr, ar, ja, id, vi, hiLatn, tl] as const;

/** Every language's email words: the locales', then the at/dot words of languages without a locale file. */
export const EMAIL_WORD_SETS: readonly EmailWords[] = [...LOCALES.map((l) => l.email ?? {}), ...Object.values(EXTRA_EMAIL_WORDS)];

/** The language codes of LOCALES: "en" | "es" | … */
export type LocaleCode = (typeof LOCALES)[number]["code"];

export type { Locale } from "./types.js";
