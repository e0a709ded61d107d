/*
 * Everything one language contributes to detection and policy, in one shape. A locale file
 * (src/locale/<code>.ts) fills in what the language has; the table modules of the recognizers,
 * the normalizer and the policy derive their tables from LOCALES (src/locale/index.ts), so adding a
 * language never means opening a recognizer.
 *
 * Words are in fold form unless a field says otherwise: lower case, accents removed ("téléphone" →
 * "telephone", "fünf" → "funf"; "ß" stays), as the fold view writes the text. Every field is
 * optional: a language that has nothing of a kind yet leaves it out, and test/locale/parity.test.ts
 * lists what it lacks next to the fullest locale.
 */

/** Number words by value: `{ 1: ["one"], 2: ["two"] }`. */
export type WordsByValue = Readonly<Record<number, readonly string[]>>;

/** Spelled-out numbers ("five five five one two…"), read by the digits view. */
export interface NumberWords {
  /** 0–9. */
  units?: WordsByValue;
  /** 10–19. */
  teens?: WordsByValue;
  /** 20, 30 … 90. */
  tens?: WordsByValue;
  /** The word for 100. */
  hundred?: readonly string[];
  /**
   * One-word hundreds by value (100–900), where the language writes them as one word: Russian
   * "девятьсот" 900, Polish "dwieście" 200. Followed by tens/units they compose ("сто восемьдесят четыре" 184).
   */
  hundreds?: WordsByValue;
  /** "double five", "triple zero". */
  double?: readonly string[];
  triple?: readonly string[];
  /** "and" between number words ("twenty and one"). */
  connectors?: readonly string[];
  /** "plus": the international prefix, spoken. */
  plus?: readonly string[];
  /**
   * Number words that double as articles or conjunctions ("un", "one", "due"): they count only next
   * to another number word. A word weak in any language is weak everywhere (the table is shared).
   */
  weak?: readonly string[];
  /** Tens prefixes of one-word compounds, in the order they are tried: ["veinti", 20] reads "veintitres". */
  compoundTensPrefixes?: ReadonlyArray<readonly [prefix: string, tens: number]>;
  /** The joiner of unit-first compounds: "und" reads "dreiundzwanzig" as 3 + 20 (tens from this language). */
  unitTensJoiner?: string;
}

/** The email recognizer's words (C2). Multi-word entries are written with one space. */
export interface EmailWords {
  /** Words that stand for "@" ("at", "arroba"). Spaced phrases ("at sign") are tried after single words. */
  atWords?: readonly string[];
  /** Words that stand for "." ("dot", "punkt"). */
  dotWords?: readonly string[];
  /** Words shortly before "name at domain.tld" that say an address follows ("send your CV to …"). */
  cues?: readonly string[];
  /** A label or verb directly before the address ("Email:", "contact "). */
  labels?: readonly string[];
  /** "kasia.wrobel ON gmail": the preposition between a mailbox name and a webmail provider. */
  providerPrepositions?: readonly string[];
  /** "MY gmail IS kasia.wrobel": the possessive before a provider and the words between it and the name. */
  providerPossessives?: readonly string[];
  providerLinks?: readonly string[];
  /** Words that are never a mailbox before a spelled-out " at " ("we work at example dot com"). */
  notAMailbox?: readonly string[];
  /**
   * Provider and suffix names written in the language's own script, read as the ASCII domain label they
   * stand for in a spelled-out address ("собака яндекс точка ру" → yandex.ru, "ات جيميل دوت كوم" → gmail.com).
   */
  domainWords?: Readonly<Record<string, string>>;
  /**
   * Webmail providers named in the language ("яндексе", "네이버", "qq邮箱"), with the domain a bare mailbox
   * name given with them belongs to ("на яндексе — sokolova.art" → sokolova.art@yandex.ru). Latin product
   * names ("gmail") are in the email recognizer's MAIL_PROVIDERS, shared by every language.
   */
  providerNames?: Readonly<Record<string, string>>;
  /**
   * Words right before the domain of an address given in two parts, the "@" left to the reader ("the
   * DOMAIN is acme.com", "Vorne: jan.hoffmann — HINTEN: posteo.de"): after one, any real domain counts.
   */
  splitDomainCues?: readonly string[];
  /** The language's words for a mailbox, joined to a provider name ("GMX-Postfach", "네이버 메일", "yahoo mail"). */
  mailboxWords?: readonly string[];
  /**
   * Words between a provider and the mailbox name it introduces, before a ":" or dash ("gmail, STESSO NOME:
   * federica.russo", "yahoo KO PO: jcruz", "GMX-Postfach ERREICHBAR: k.berger77").
   */
  providerConnectors?: readonly string[];
}

/** The phone recognizer's words (C1). */
export interface PhoneWords {
  /** Words shortly before a number that say it is a phone number ("call", "llamame", "Handy"). */
  cues?: readonly string[];
  /** Cue words written against the number ("tel+…", "call0333…", "Handy:0171…"). */
  gluedCues?: readonly string[];
  /** One-letter abbreviations that count only with ":" or "." against the number ("p:(650)…"). */
  gluedCueLetters?: readonly string[];
  /** Words right before a number that make it an identifier ("order", "pedido", "Rechnung"). */
  idWords?: readonly string[];
  /** Words right after a number that make it a measurement, amount or count ("hours", "reais"). */
  unitWords?: readonly string[];
  /**
   * Words that join the digit groups of one number given piece by piece ("0813, then 9742, last
   * 6158", "потом", "然后"). Fold form; a gap between groups may hold up to two of them.
   */
  groupJoiners?: readonly string[];
  /**
   * Phrases that say a digit run is written backwards ("read it backwards", "задом наперёд",
   * "de trás pra frente"): the run is read reversed as well. Fold form, words split by one space.
   */
  reverseCues?: readonly string[];
  /**
   * "add one to each digit: 523 70 16 84": a number whose every digit is to be shifted. `eachDigit`
   * names the digits ("each digit", "cada cifra"); `shiftAdd` / `shiftSubtract` the operation, shortly before.
   */
  shiftAdd?: readonly string[];
  shiftSubtract?: readonly string[];
  eachDigit?: readonly string[];
}

/** The handle recognizer's words (C4, C5, C9). Folded at load, so they may be written as typed. */
export interface HandleWords {
  /**
   * Invitation phrases that end right before a platform word ("text me on", "加我"), as regular
   * expression source: one space stands for 1–3 white-space characters. Tried in order.
   */
  invitePhrases?: readonly string[];
  /** Openings of the weak kind of invitation ("I'm on X"): lower confidence. Regex source as above. */
  weakInvites?: readonly string[];
  /** Words that may sit between an invitation and the platform word ("a", "my", "video"). */
  inviteFillers?: readonly string[];
  /** Possessives right before a platform word: "MY skype is kenji". */
  possessives?: readonly string[];
  /** Words after a platform word that mark what follows as the handle ("id", "username", "号码"). */
  labelWords?: readonly string[];
  /** Nouns that announce a phone number but not a handle ("WhatsApp number"). */
  phoneNouns?: readonly string[];
  /** Words that may sit between the platform word and the handle without meaning anything. */
  fillers?: readonly string[];
  /** Words after an ambiguous platform word that leave it free to be an invitation target. */
  followOk?: readonly string[];
  /** Determiners that turn an ambiguous word into an ordinary noun ("the line", "a signal"). */
  determiners?: readonly string[];
  /** Words before a platform word that make it a common noun ("cut me SOME slack"). */
  quantifiers?: readonly string[];
  /** Words after a platform word that make it a skill or a product ("Slack bots", "Zoom SDK"). */
  skillNouns?: readonly string[];
  /** Two-word skill phrases ("business api", "page design"). */
  skillPhrases?: readonly string[];
  /** Words that are never a handle, whatever the marker ("my skype is DOWN"). */
  notAHandle?: readonly string[];
}

/**
 * The link recognizer's words (C6, C7, S2). Folded at load, so they may be written as typed. Cues
 * are looked for in the sentence that holds the link: whole words in scripts that space words,
 * anywhere in those that do not (Chinese, Japanese).
 */
export interface LinkWords {
  /**
   * First labels of a host that make any site a careers site ("careers.acme.com", "karriere.firma.de",
   * "recruit.firma.co.jp"): a link there is offered as the place to apply (C7).
   */
  careerHosts?: readonly string[];
  /**
   * First labels of a host that make a site an outside portal to apply or bid through only when the
   * sentence says so ("suppliers.acme.com" after "register on our supplier portal").
   */
  portalHosts?: readonly string[];
  /** Words that offer a link, or the company's own site, as the place to apply or bid: "apply", "bewerben", "応募". */
  applyCues?: readonly string[];
  /**
   * Words that make a site's own contact or careers page the work itself (POLICY S2): "fix",
   * "redesign", "throws an error". Such a page is reported as a plain link, unless an apply cue
   * offers it as the place to apply.
   */
  projectCues?: readonly string[];
  /**
   * Words that offer a link as a way to reach the sender (POLICY C6, not S2): "reach me", "write to me",
   * "fale comigo", "找我". They win over project cues: the freelancer's own site that they built (S2)
   * is C6 once its contact form is offered to reach them.
   */
  reachCues?: readonly string[];
  /**
   * Contact details a form may ask for, as the sentence names them ("your email and phone number",
   * "votre e-mail"): a form described so is C6, whatever else it asks. A name alone is not one (S4).
   */
  formFields?: readonly string[];
  /**
   * Words that make a form a questionnaire about the project ("questionnaire", "brief", "Fragebogen",
   * "アンケート"): without `formFields` in its sentence such a form is project material (S3).
   */
  questionnaireCues?: readonly string[];
  /**
   * Applying somewhere else without a link (C7): phrases that ask for an application ("fill in the
   * application form", "envia tu solicitud"), as regular expression source in fold form, one space
   * standing for white space. An application phrase followed within a few words by one of
   * `ownSites` ("on our company website", "de nuestra web") is reported.
   */
  applyPhrases?: readonly string[];
  /** The company's own site or careers page, as regular expression source like `applyPhrases`. */
  ownSites?: readonly string[];
}

/** What a contact request asks for; platform nouns report the platform id instead ("whatsapp"). */
export type NounCategory = "phone" | "email" | "address" | "contact" | "social";

/**
 * C8 — asking for contact information. Every word is split into words the way the text is
 * ("what's" → "what s", "e-mail" → "e mail"). The grammar is src/recognizers/phrases/lexicon.ts
 * REQUEST_FRAMES; these are the words that fill its slots.
 */
export interface RequestWords {
  /** Second-person possessives: "your", "tu", "seu", "ton", "deine". */
  possessives: string[];
  /**
   * Possessives that follow the noun, in languages that put them there: Tagalog "email MO", Indonesian
   * "email KAMU", Vietnamese "email CUA BAN", Egyptian Arabic "الايميل بتاعك". A noun followed by one (or
   * a noun entry that ends with one) is the addressee's own: "ano ang email mo", "kirim email kamu".
   */
  possessivesAfter?: string[];
  /**
   * Possessive endings written into the noun's last word: Arabic "رقمك" (your number), "ايميلك". A noun
   * entry whose last word ends with one is the addressee's own, as with `possessivesAfter`.
   */
  possessiveSuffixes?: string[];
  /** Verbs and frames that ask for something: "send", "can i have", "me pasas", "gib". */
  requestVerbs: string[];
  /**
   * Where a job post wants the details put, with its preposition or case: "у відгуку", "in Ihrem
   * Angebot", "nella proposta". It may stand between an imperative and the noun ("Вкажіть у відгуку
   * email", "geben Sie in Ihrem Angebot Ihre E-Mail an"), where a preposition would stop a gap.
   */
  applications?: string[];
  /**
   * Imperatives that ask for a bare noun only when the application is named too ("INSERISCI email e
   * numero di telefono nella proposta", "GHI email … trong hồ sơ"): alone they fill a login form or
   * note something down. Stand-alone `bareRequestVerbs` count with an application as well.
   */
  applicationVerbs?: string[];
  /**
   * Imperatives that take a contact noun with no possessive, in languages that drop it: "скинь номер",
   * "дай телегу", "podaj numer telefonu". Only the noun (or "please") may follow the verb.
   */
  bareRequestVerbs?: string[];
  /** Interrogatives that open "what's your …?": "what's", "cuál", "quel", "wie ist". */
  questionWords: string[];
  /** Second person "do you have": "do you have", "tienes", "hast du". */
  haveCues: string[];
  /** The same, but also statements ("tem whatsapp", "you have mail"): they count only in a question. */
  haveQuestionCues: string[];
  /** "are you on …" — only platform names may follow. */
  onPlatformCues: string[];
  /** Articles allowed between a have-cue and the noun ("do you have a whatsapp"). */
  articles: string[];
  /** Words that may open a bare "your email?" sentence ("and your number?"). */
  leads: string[];
  please: string[];
  /** "how" / "where" opening "how can I reach you". */
  reachQuestions: string[];
  /** Reaching the addressee: "reach you", "contactarte", "te joindre", "dich erreichen". */
  reachVerbs: string[];
  /** Where: "outside", "directly", "fuera", "en dehors", "außerhalb". */
  away: string[];
  /** Swapping details: "let's exchange", "intercambiar", "échanger". */
  exchangeVerbs: string[];
  /** The same verb after the noun, where the language puts it there ("Nummern austauschen"). */
  exchangeAfter?: string[];
  /**
   * Verb-final languages: the request after the noun ("numaranızı ALABİLİR MİYİM", "number DE DIJIYE",
   * "number KYA HAI"). A noun followed by one of these is a request.
   */
  requestAfter?: string[];
  /** "what's the best number …", "which email should I use …". */
  bestWords?: string[];
  whichWords?: string[];
  shouldI?: string[];
  /** Words that, just before (or inside) a request, turn it into a warning: "don't", "nunca". */
  negations: string[];
  /** How many words after a request a negation still applies ("Gib deine Nummer NICHT weiter"). */
  negationAfter?: number;
  /** Prepositions a noun-phrase gap may not cross ("send the file TO your email"). */
  barriers: string[];
  /** Contact nouns of the language, with the category they ask for (or a platform id). */
  nouns: Record<string, NounCategory | string>;
  /**
   * Particles written against a noun (Korean "이메일 주소가", "번호를", "카톡 ID를"): every noun is also
   * read with each of them, so the table lists a noun once.
   */
  nounParticles?: string[];
  /** Plural / collective nouns for "exchange numbers", "intercambiar contactos". */
  pluralNouns: Record<string, NounCategory | string>;
  /** Nouns that name contact information only with a contact modifier ("number", "address"). */
  ambiguousNouns: string[];
  /** Modifiers allowed before an ambiguous noun ("your PERSONAL number", "tu número DE teléfono"). */
  modifiers: string[];
  /** Coordinators: "your name AND number". */
  coordinators: string[];
  /** Words after a noun that make it something else ("number OF years", "whatsapp API"). */
  nounBlockers: string[];
  /**
   * "número DE whatsapp", "numéro DU portable". After an ambiguous noun that is not part of a
   * compound, a linker blocks it too ("tu número DE pedido" is an order number).
   */
  linkers: string[];
  /** On-platform anchors: a "how can I reach you" that ends "here" or "on upwork" is not a request. */
  onPlatform: string[];
  /** "… is not allowed", "… está prohibido" after a phrase: it is a warning, not a request. */
  prohibitions: string[];
}

/**
 * channel: move the conversation; payment: pay or get paid outside; fees: dodge the commission;
 * meeting: meet in person or on an outside meeting tool; work_channel: move the talk about the job or
 * its money to another channel ("send the quote to that address", POLICY E7). Every kind but `channel`
 * is about the work itself (POLICY E7).
 */
export type OffPlatformKind = "payment" | "fees" | "meeting" | "channel" | "work_channel";

export interface OffPlatformFrame {
  kind: OffPlatformKind;
  pattern: string;
  confidence: number;
  /** Weak cues ("no fees", a payment app alone) count only next to another cue. */
  weak?: boolean;
  /** Suppress when an on-platform anchor follows ("… directly here on Upwork"). */
  anchorGuard?: boolean;
}

/**
 * C9 — proposing to move the conversation or the payment off the platform: the language's word
 * classes and the frames (src/recognizers/phrases/frames.ts pattern language) that combine them.
 */
export interface OffPlatformWords {
  /** Word classes referenced by the frames as `@name`. */
  classes: Record<string, string[]>;
  /** The language's own frames, tried first. */
  frames: OffPlatformFrame[];
  /** Whether the frames every language but English shares (off-platform-lexicon.ts SHARED_FRAMES) follow. */
  sharedFrames: boolean;
  /** Words just before a cue that turn it into a refusal or a warning ("I can't", "never"). */
  negations: string[];
  /** How many words after a cue a negation still applies ("Zahl mir direkt? Lieber NICHT"). */
  negationAfter?: number;
  /** Phrases that open with a negation word but negate nothing: Hindi "nahi to" ("otherwise"). */
  negationExceptions?: string[];
  /**
   * Negating determiners: "NO payments outside the platform", "AUCUN paiement en dehors…", "НИКАКИХ
   * оплат вне платформы". A rule, not a proposal, when one stands right before the cue or before the
   * one noun that opens it (`negatedNouns`), in the same phrase (no punctuation between): "No problem,
   * let's move to WhatsApp" stays a proposal.
   */
  negatingDeterminers?: string[];
  /** Nouns a negating determiner may govern before the cue: "никаких ОПЛАТ вне платформы", "nada de PAGAMENTOS fora". */
  negatedNouns?: string[];
  /** Words after a cue in the same sentence that make it a warning ("… is not allowed"). */
  prohibitions: string[];
  /** On-platform anchors for `anchorGuard` frames. */
  onPlatform: string[];
  /** Gap barriers for `~N`. */
  barriers: string[];
  /**
   * The next job or what follows a contract ("next project", "phase two", "den nächsten Auftrag", "下一个项目"):
   * after a closed contract, proposing to take it outside is C9, not the E6 notice (src/policy/rules/w1-contract.ts).
   */
  nextJob?: string[];
  /**
   * The platform's conversion (buy-out) fee ("conversion fee", "Umwandlungsgebühr", "tarifa de conversión"):
   * paying it lets the next job leave the platform after a contract (E6). Skipping it is a `fees` proposal.
   */
  conversionFee?: string[];
}

/**
 * Words the phrase recognizers (C8/C9) accept in every language's frames, not only in this
 * language's own: "skype usuario" counts in an English sentence too. Phrases as in RequestWords.
 */
export interface SharedPhraseWords {
  /** Generic identifier nouns: a contact detail only after a messenger or social platform ("skype id"). */
  idNouns?: readonly string[];
  /** Words after any contact noun that make it a skill, product or statistic ("whatsapp API", "seguidores"). */
  nounBlockers?: readonly string[];
  /** Outside channels beyond the platform tables: phone and email words ("my number", "correo", "Handy"). */
  channelWords?: readonly string[];
  /** Words for the marketplace itself ("platform", "plataforma", "Seite"); marketplace names are in the lexicon. */
  platformWords?: readonly string[];
  /** Payment rails named in words ("bank transfer", "virement", "bonifico"); payment app names are in the lexicon. */
  paymentRails?: readonly string[];
  /** Words after a payment app or channel that make it a skill ("integration", "checkout"). */
  skillWords?: readonly string[];
  /** Words just before a payment app that make it a skill ("integrated", "integrar"). */
  skillBefore?: readonly string[];
}

/**
 * What a message says the contact detail is for (POLICY E2, E3, E7). Lower case, whole words, cut into
 * tokens as the text is (Han and kana one character a token). In `accessCues` and `legal` a word ending
 * in `*` is a stem that matches every word it begins ("добав*": добавьте, добавлю; "ekley*": ekleyeceğim);
 * at least three letters, and never one that begins unrelated words ("дода*" would match додатково).
 */
export interface PurposeWords {
  /**
   * Granting access to a system (E3): "invite", "give you access", "als Betrachter", "把我加". The policy
   * infers E3 from one of these within a few words of a system (src/locale/systems.ts) next to the email.
   * Not professions ("as an accountant"): a freelancer names their trade and their tools together.
   */
  accessCues?: readonly string[];
  /**
   * Broader words about access ("access", "onboard"): reported as context next to a request, but
   * too common ("freeway access", "onboard storage") for the policy to infer E3 from.
   */
  accessContext?: readonly string[];
  /**
   * Legal and compliance purposes (E2): "nda", "background check", "kyc", "licencia de actividad". Read
   * next to a contact detail in a conversation. Not lawyers or legal work ("our lawyer", "юрист"): legal
   * services are a trade on the marketplace, not a reason to share contact details.
   */
  legal?: readonly string[];
  /**
   * Moving the talk about the job or its money to another channel (E7, C9): "den Preis klären wir per
   * Mail", "send the quote to that address", "报价我也发到这个邮箱". Read by the off-platform recognizer's
   * work frames (src/recognizers/phrases/off-platform-lexicon.ts WORK_FRAMES) over word tokens of the fold
   * view: a finding `off_platform:work_channel`, which the policy ties to E7. Fold form, phrases cut into
   * tokens as the text is (Han and kana one character a token).
   */
  workTalk?: {
    /** The job and its money: price, rate, budget, quote, payment, invoice, deposit ("Preis", "цену", "报价"). */
    topics: readonly string[];
    /** Verbs that carry the talk somewhere: send, write, discuss, settle, agree ("klären", "обсудим", "谈", "送"). */
    verbs: readonly string[];
    /**
     * A channel named as where the talk goes: "by email", "to that address", "per Mail", "dans le mail",
     * "по почте", "在邮件里", "宛て". Not the platform's own chat.
     */
    channels: readonly string[];
    /** Words pointing back to a channel: "there", "dort", "ahí", "туда", "oradan" (after a verb, before the topic). */
    there?: readonly string[];
    /** Verbs that name the channel themselves: "email me", "mail me", "mailen Sie mir". */
    channelVerbs?: readonly string[];
    /** Words right after a channel or a "there" that make it something else: "email template", "there is". */
    notAfter?: readonly string[];
  };
}

/**
 * Cue phrases that tell what kind of document a text is (src/policy/document-kind.ts): the document scanner
 * guesses a file's kind from them, and the S5 rule reads the résumé cues to tell a C.V. offered as a
 * portfolio from a portfolio. Written as the language writes them (accents, capitals, any script); the
 * table folds them the way the text is folded, and matches them as whole words of the phrase tokenizer
 * (one character a word in Han and kana), so "職務経歴書" is found inside a line of Japanese.
 */
export interface DocumentKindCues {
  /** A title that names the kind by itself ("curriculum vitae", "Lebenslauf", "職務経歴書", "past jobs"). */
  titles?: readonly string[];
  /** Section headings typical of the kind ("work experience", "Berufserfahrung", "опыт работы"). */
  sections?: readonly string[];
  /** Words that fit the kind but are common elsewhere too ("education", "skills"). */
  words?: readonly string[];
}

/** Document kinds by their cues (POLICY W2, E2, S3, S5). */
export interface DocumentWords {
  /** A résumé or C.V., or a listing of past jobs: held to W2, never a portfolio (S5's limit). */
  resume?: DocumentKindCues;
  /** A non-disclosure agreement (E2). */
  nda?: DocumentKindCues;
  /** A business licence or registration (E2). */
  businessLicense?: DocumentKindCues;
  /** A background check or identity verification (E2). */
  backgroundCheck?: DocumentKindCues;
  /** A project brief (S3). */
  brief?: DocumentKindCues;
  /** A portfolio: samples of past work (S1, S5). */
  portfolio?: DocumentKindCues;
}

export interface Locale {
  /** ISO 639-1 code. */
  code: string;
  /** The language's English name, for messages. */
  name: string;
  /**
   * Countries (ISO 3166 codes) where the language is spoken, most populous first: a number in a text
   * written in this language is tried as a national number of these before any fixed fallback.
   */
  regions?: readonly string[];
  numbers?: NumberWords;
  email?: EmailWords;
  phone?: PhoneWords;
  handle?: HandleWords;
  link?: LinkWords;
  request?: RequestWords;
  offPlatform?: OffPlatformWords;
  sharedPhrases?: SharedPhraseWords;
  /** Words too common to start a phrase finding on their own ("the", "que", "und"). */
  functionWords?: readonly string[];
  /**
   * Particles and endings the language writes against the word before, without a space (Korean,
   * Japanese, Chinese): stripped after a number's last digit name ("오육칠팔이에요", "ゴーロクナナハチです")
   * or a domain word ("닷 컴으로"), and skipped between a cue and its number ("電話番号は090…", "手机号是138…").
   * One standing alone between digit groups is read as their separator ("공일공에 구팔칠육", "ぜろはちぜろ の いち…").
   */
  particles?: readonly string[];
  purpose?: PurposeWords;
  /** Cue phrases of document kinds (résumé, NDA, brief, portfolio …). */
  documents?: DocumentWords;
}

/** Keeps the literal language code in the type, so `LocaleCode` is the union of the codes in LOCALES. */
export function defineLocale<const Code extends string>(locale: Locale & { code: Code }): Locale & { code: Code } {
  return locale;
}
