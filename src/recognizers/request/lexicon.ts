/**
 * C8: asking for contact details, per language, as data. Each language lists its contact nouns
 * (with the category they ask for) and its request frames; `{POSS}` and `{NOUN}` in a frame are
 * filled from the same language's possessives and nouns. Everything is in fold form (lower case,
 * accents removed), matched on word boundaries, with bounded gaps only.
 */
export type RequestCategory = "phone" | "email" | "messenger" | "social" | "address" | "contact";

export interface RequestLanguage {
  lang: "en" | "es" | "pt" | "fr" | "de" | "it";
  /** Second-person possessives ("your", "tu", "seu", "ton", "deine"). */
  possessives: string[];
  /** Contact nouns → what is being asked for. Multi-word nouns allowed. */
  nouns: Record<string, RequestCategory>;
  /** Frames; `{POSS}` = a possessive, `{NOUN}` = a contact noun (optionally after two modifier words). */
  frames: string[];
}

const MESSENGER_NOUNS: Record<string, RequestCategory> = {
  whatsapp: "messenger", whatsap: "messenger", watsapp: "messenger", wa: "messenger", telegram: "messenger", skype: "messenger",
  "skype id": "messenger", wechat: "messenger", signal: "messenger", discord: "messenger", viber: "messenger", line: "messenger",
  zap: "messenger", wasap: "messenger", instagram: "social", insta: "social", ig: "social", snapchat: "social", snap: "social",
  linkedin: "social", facebook: "social", fb: "social", twitter: "social", tiktok: "social", socials: "social",
};

export const REQUEST_LANGUAGES: readonly RequestLanguage[] = [
  {
    lang: "en",
    possessives: ["your", "ur", "yr", "ya", "you're", "youre"],
    nouns: {
      ...MESSENGER_NOUNS,
      phone: "phone", "phone number": "phone", "phone no": "phone", "phone #": "phone", "phone num": "phone", number: "phone",
      "cell": "phone", "cell number": "phone", "cellphone": "phone", mobile: "phone", "mobile number": "phone", digits: "phone",
      "contact number": "phone", "whatsapp number": "messenger", "telegram handle": "messenger",
      email: "email", "email address": "email", "e-mail": "email", "email id": "email", mail: "email", gmail: "email", "mail id": "email",
      contact: "contact", "contact info": "contact", "contact information": "contact", "contact details": "contact", contacts: "contact",
      details: "contact", handle: "social", address: "address", "home address": "address",
      "personal email": "email", "personal number": "phone", "private number": "phone", "direct line": "phone",
    },
    frames: [
      // "can u share ur phone no", "could you send me your email", "may I have your number"
      "\\b(?:can|could|may|would|will)\\s(?:i|u|you|we|ya)\\s(?:please\\s|pls\\s|plz\\s)?(?:have|get|grab|share|send|give|pass|drop|text|dm|email)\\s(?:me\\s|us\\s)?(?:with\\s)?{POSS}\\s{NOUN}",
      // "send me your email", "share your number", "drop your digits", "DM me your WhatsApp"
      "\\b(?:send|give|share|drop|pass|dm|text|tell|leave|post|provide|forward|gimme|need|needs|want|require|requires|requesting)\\s(?:me\\s|us\\s)?(?:with\\s)?{POSS}\\s{NOUN}",
      // "what's your WhatsApp", "what is ur email", "where's your number"
      "\\b(?:what(?:'s|s|\\sis|\\sare)|whats|wats|wat's|where(?:'s|\\sis)|which\\sis)\\s{POSS}\\s{NOUN}",
      // "do you have skype", "you got telegram?", "are you on whatsapp"
      "\\b(?:do|have|did)\\s(?:you|u)\\s(?:have|got|use)\\s(?:a\\s|an\\s)?{NOUN}\\b(?=\\s?\\?|\\s(?:account|id|number|or|so|for)\\b)",
      "\\b(?:are|r)\\s(?:you|u)\\s(?:on|using)\\s{NOUN}\\b",
      // "which email should I use", "what email can I invite"
      "\\b(?:which|what)\\s{NOUN}\\s(?:should|can|do|shall|could)\\s(?:i|we)\\b",
      // "how can I reach you (outside)", "how do I contact you"
      "\\bhow\\s(?:can|do|could)\\s(?:i|we)\\s(?:reach|contact|call|text|email)\\s(?:you|u)\\b",
      // "ur phone no?" "your email pls?"
      "(?:^|[^a-z])(?:{POSS})\\s{NOUN}(?:\\s(?:please|pls|plz))?\\s?\\?",
    ],
  },
  {
    lang: "es",
    possessives: ["tu", "su", "vuestro", "vuestra"],
    nouns: {
      ...MESSENGER_NOUNS,
      numero: "phone", "numero de telefono": "phone", "numero de celular": "phone", telefono: "phone", celular: "phone", movil: "phone",
      cel: "phone", correo: "email", "correo electronico": "email", email: "email", mail: "email", "e-mail": "email",
      contacto: "contact", "datos de contacto": "contact", direccion: "address",
    },
    frames: [
      "\\b(?:me\\s|nos\\s)?(?:pasas|pasa|pasame|das|da|dame|damelo|mandas|manda|mandame|envias|envia|enviame|compartes|comparte|compartime|regalas)\\s{POSS}\\s{NOUN}",
      "\\b(?:cual|cuales|que)\\s(?:es\\s|son\\s)?{POSS}\\s{NOUN}",
      "\\b(?:tienes|tenes|usas|tiene)\\s{NOUN}\\b",
      "\\b(?:me\\s)?(?:puedes|podes|podrias|puede)\\s(?:pasar|dar|mandar|enviar|compartir)(?:me)?\\s{POSS}\\s{NOUN}",
    ],
  },
  {
    lang: "pt",
    possessives: ["seu", "sua", "teu", "tua", "o seu", "a sua", "o teu", "a tua"],
    nouns: {
      ...MESSENGER_NOUNS,
      numero: "phone", telefone: "phone", celular: "phone", "numero de telefone": "phone", "numero do zap": "messenger", whats: "messenger",
      email: "email", "e-mail": "email", contato: "contact", endereco: "address", insta: "social",
    },
    frames: [
      "\\b(?:me\\s)?(?:passa|passe|manda|mande|envia|envie|da|de|dá|compartilha)\\s(?:o\\s|a\\s)?{POSS}\\s{NOUN}",
      "\\bqual\\s(?:e\\s|eh\\s)?(?:o\\s|a\\s)?{POSS}\\s{NOUN}",
      "\\b(?:pode|poderia|podes)\\s(?:me\\s)?(?:passar|mandar|enviar|dar)\\s(?:o\\s|a\\s)?{POSS}\\s{NOUN}",
      "\\b(?:voce\\s|vc\\s|tu\\s)?tem\\s{NOUN}\\b(?=\\s?\\?)",
    ],
  },
  {
    lang: "fr",
    possessives: ["ton", "ta", "tes", "votre", "vos"],
    nouns: {
      ...MESSENGER_NOUNS,
      numero: "phone", "numero de telephone": "phone", telephone: "phone", portable: "phone", tel: "phone", mail: "email", email: "email",
      "e-mail": "email", courriel: "email", "adresse mail": "email", "adresse email": "email", adresse: "address", contact: "contact",
      coordonnees: "contact",
    },
    frames: [
      "\\b(?:donne|donnez|envoie|envoyez|passe|passez|file|filez|laisse|laissez)(?:-moi|\\smoi|-nous|\\snous)\\s{POSS}\\s{NOUN}",
      "\\b(?:quel|quelle|c'est\\squoi)\\s(?:est\\s)?{POSS}\\s{NOUN}",
      "\\b(?:tu\\speux|vous\\spouvez|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous)\\s(?:m'|me\\s|nous\\s)?(?:envoyer|donner|passer|communiquer|laisser)\\s{POSS}\\s{NOUN}",
      "\\b(?:tu\\sas|vous\\savez|as-tu|avez-vous)\\s{NOUN}\\b",
      "(?:^|[^a-z])(?:ton|ta|votre)\\s{NOUN}\\s?\\?",
    ],
  },
  {
    lang: "de",
    possessives: ["deine", "deinen", "dein", "ihre", "ihren", "ihr", "eure", "euren"],
    nouns: {
      ...MESSENGER_NOUNS,
      nummer: "phone", handynummer: "phone", telefonnummer: "phone", telefon: "phone", handy: "phone", mobilnummer: "phone",
      email: "email", "e-mail": "email", mail: "email", "e-mail-adresse": "email", mailadresse: "email", adresse: "address",
      anschrift: "address", kontakt: "contact", kontaktdaten: "contact",
    },
    frames: [
      "\\b(?:gib|gebt|geben\\ssie|schick|schicke|schickt|schicken\\ssie|sende|sendet|nenn|nenne|verrat|verrate)\\s(?:mir|uns)\\s(?:mal\\s|bitte\\s)?{POSS}\\s{NOUN}",
      "\\bwie\\s(?:ist|lautet)\\s{POSS}\\s{NOUN}",
      "\\b(?:hast\\sdu|haben\\ssie|habt\\sihr)\\s(?:ein\\s|eine\\s)?{NOUN}\\b",
      "\\b(?:kannst\\sdu|konnen\\ssie|könnten\\ssie|konntest\\sdu)\\s(?:mir|uns)\\s{POSS}\\s{NOUN}",
    ],
  },
  {
    lang: "it",
    possessives: ["tuo", "tua", "il tuo", "la tua", "suo", "sua", "il suo", "la sua", "vostro", "vostra"],
    nouns: {
      ...MESSENGER_NOUNS,
      numero: "phone", telefono: "phone", cellulare: "phone", email: "email", mail: "email", contatto: "contact", indirizzo: "address",
    },
    frames: [
      "\\b(?:dammi|mandami|inviami|passami|dammelo)\\s{POSS}\\s{NOUN}",
      "\\b(?:qual|quale)\\s(?:e\\s)?{POSS}\\s{NOUN}",
      "\\bhai\\s{NOUN}\\b(?=\\s?\\?)",
    ],
  },
];
