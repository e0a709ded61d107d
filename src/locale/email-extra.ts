import type { EmailWords } from "./types.js";

/*
 * Spelled-out "@" and "." in languages ContactGuard has no locale file for. An address is spelled in
 * whatever language the writer speaks ("petr.novak zavináč seznam tečka cz"), even inside a message in
 * one of the 19 languages we read, so these words are read everywhere, like the locales' own. Fold form
 * (lower case, accents removed). A language that gets a locale file moves its words there.
 */
export const EXTRA_EMAIL_WORDS: Readonly<Record<string, EmailWords>> = {
  // Czech and Slovak: zavináč ("rolled herring"), tečka / bodka
  cs: { atWords: ["zavinac"], dotWords: ["tecka"] },
  sk: { atWords: ["zavinac"], dotWords: ["bodka"] },
  // Greek: παπάκι ("duckling"), τελεία
  el: { atWords: ["παπακι"], dotWords: ["τελεια"] },
  // Hebrew: שטרודל ("strudel"), כרוכית, נקודה; דוט and קום as read aloud
  he: {
    atWords: ["שטרודל", "כרוכית"],
    dotWords: ["נקודה", "דוט"],
    domainWords: { "ג'ימייל": "gmail", גימייל: "gmail", קום: "com" },
  },
  // Hungarian: kukac ("maggot"), pont
  hu: { atWords: ["kukac"], dotWords: ["pont"] },
  // Swedish, Danish, Norwegian: snabel-a ("elephant's trunk a")
  sv: { atWords: ["snabel-a", "snabela"] },
};
