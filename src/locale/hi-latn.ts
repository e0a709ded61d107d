import { defineLocale } from "./types.js";

/*
 * Hinglish: Hindi written in Latin letters, mixed with English. Spellings vary ("chaar"/"char",
 * "paanch"/"panch", "chhe"/"che"); words that are also English or another language's words ("do",
 * "teen", "sat", "char", "ek") are weak. Hindi is verb-final: "apna number de dijiye", "tumhara
 * number kya hai" (request.requestAfter).
 */

export default defineLocale({
  code: "hi-Latn",
  name: "Hinglish",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["biodata", "bio data", "bio-data", "pichli naukriyan", "pichli naukri"],
      sections: ["cv", "kaam ka anubhav", "naukri ka anubhav", "shaikshik yogyata"],
      words: ["anubhav", "shiksha", "kaushal"],
    },
  },
  link: {
    careerHosts: ["careers", "jobs", "career"],
    portalHosts: ["suppliers", "vendors", "vendor"],
    applyCues: ["apply", "application", "register", "submit"],
    projectCues: ["fix", "theek", "error", "bug", "kaam nahi", "redesign", "slow", "kaam nahi kar raha", "nahi bhej raha", "theek karo"],
    reachCues: ["mujhse contact karo", "mujhe message karo", "mujhse baat karo", "mujhe likho", "contact me", "message me"],
    formFields: ["email", "phone", "number", "mobile", "contact details", "whatsapp"],
    questionnaireCues: ["questionnaire", "survey", "brief", "briefing"],
    applyPhrases: ["apply (?:karo|karein|kijiye|kare)", "application (?:bhejo|bhejein|bhejiye|submit karo)", "(?:proposal|quote|bid) (?:submit|upload) (?:karo|karein|kijiye|kare)"],
    ownSites: ["(?:hamari|humari|company ki) (?:website|site)(?: pe| par| se)?", "(?:hamare|humare) (?:supplier|vendor|procurement) portal (?:pe|par|mein)"],
  },
  regions: ["IN", "PK", "NP"],
  numbers: {
    units: {
      0: ["shunya", "shunye", "sunya", "shoonya"],
      1: ["ek"],
      2: ["do"],
      3: ["teen", "tin"],
      4: ["chaar", "char"],
      5: ["paanch", "panch", "paach"],
      6: ["chhe", "chhah", "chah", "chhai"],
      7: ["sat", "saat"],
      8: ["aath", "ath"],
      9: ["nau", "nao"],
    },
    weak: ["ek", "do", "teen", "tin", "char", "sat", "saat", "ath", "chah", "nao"],
  },
  email: {
    // Indian English reads "@" as "at the rate" ("rahul at the rate gmail dot com").
    atWords: ["at the rate", "at d rate", "attherate"],
    dotWords: ["dot"],
    cues: ["mail karo", "mail kar do", "pe mail"],
    providerConnectors: ["hai", "h", "mera", "meri"],
  },
  phone: {
    cues: ["number", "mobile", "phone", "call karo", "call kar", "fon", "mob", "whatsapp karo"],
    gluedCues: ["mob", "mo"],
    idWords: ["order", "aadhar", "aadhaar", "pan", "challan"],
    unitWords: ["rupaye", "rupay", "rs", "hazaar", "lakh", "crore", "saal", "din"],
    groupJoiners: ["phir", "fir", "uske baad", "aur phir", "aakhir me", "last me"],
    reverseCues: ["ulta", "ulta padho", "ulte", "peeche se"],
    shiftAdd: ["jodo", "jod do", "plus"],
    shiftSubtract: ["ghatao", "minus"],
    eachDigit: ["har digit", "har number", "har ank"],
  },
  handle: {
    // Words that name the account after a platform word or later in its sentence: "Telegram pe aao, id: kenji_88". Account nouns
    // ("cuenta", "Konto") are left out: "Instagram cuenta verificada" names no account.
    labelWords: ["id", "username"],
  },
  request: {
    possessives: ["aapka", "apka", "aapki", "apki", "tumhara", "tumhari", "tera", "teri", "apna", "apni"],
    requestVerbs: ["bhejo", "bhej do", "bhejiye", "dijiye", "de do", "batao", "bataiye", "share karo", "share kijiye"],
    questionWords: ["kya hai", "kya"],
    haveCues: [],
    haveQuestionCues: [],
    onPlatformCues: [],
    articles: [],
    leads: ["aur", "sir", "bhai", "ji", "ok", "acha", "achha"],
    please: ["please", "plz", "pls", "zara"],
    reachQuestions: ["kaise", "kahan"],
    reachVerbs: ["contact karu", "contact karoon", "baat karu", "baat karoon"],
    away: ["bahar", "direct", "seedha", "sidha"],
    exchangeVerbs: ["exchange karte", "share karte"],
    exchangeAfter: ["exchange kar lete hain", "share kar lo", "exchange karte hain"],
    requestAfter: [
      "kya hai", "kya h", "bhejo", "bhej do", "bhej dijiye", "de do", "de dijiye", "dijiye", "do na", "batao", "bata do",
      "bata dijiye", "share karo", "share kar do", "share kijiye", "likh do", "dena",
      // job posts: "proposal me apna email aur phone number daalo"
      "daalo", "daal do", "dalo", "daal dijiye", "daliye", "likho", "likh dijiye", "mention karo", "mention kijiye", "add karo", "add kijiye",
    ],
    negations: ["mat", "nahi", "nahin", "na", "kabhi nahi"],
    barriers: ["pe", "par", "me", "mein", "se", "ko", "liye"],
    nouns: {
      number: "phone", phone: "phone", "mobile number": "phone", "phone number": "phone", "mobile wala number": "phone", "whatsapp number": "whatsapp",
      "contact number": "phone", mobile: "phone", "email id": "email", "mail id": "email", "gmail id": "email",
      address: "address", contact: "contact", "contact details": "contact",
    },
    pluralNouns: { numbers: "phone", number: "phone", contact: "contact" },
    ambiguousNouns: ["number", "mobile"],
    modifiers: ["mobile", "phone", "personal", "contact", "wala"],
    coordinators: ["aur", "ya"],
    nounBlockers: ["order", "roll", "seat", "account", "page", "plate"],
    linkers: ["ka", "ki", "ke"],
    onPlatform: ["yahan", "idhar", "isi app", "is app", "platform pe"],
    prohibitions: ["allowed nahi", "mana hai", "against rules"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["agla project", "agle project", "next project", "agla kaam", "agle kaam", "phase 2", "doosra phase"],
    conversionFee: ["conversion fee"],
    classes: {
      // "mujhe wp karo", "whatsapp karo jab free ho": the channel name made a verb with "karo".
      karo: ["karo", "kar do", "kardo", "kar dena", "kariye", "kijiye", "karna", "kar dijiye"],
      pay: ["bhej", "bhejo", "bhej dijiye", "bhej do", "bhejiye", "paisa", "paise", "payment kar", "pay kar", "transfer kar", "daal do", "dal do"],
      direct: ["seedha", "sidha", "seedhe", "sidhe"],
      payvia: ["pe", "par", "se", "me", "mere", "mere paytm"],
      askpay: ["bhejo", "batao"],
      yourpay: ["apna", "aapka"],
      havepay: ["chalega"],
      discount: ["discount", "sasta"],
      away: ["bahar", "kisi aur jagah"],
      avoid: ["bachega", "bach jayega", "bachao", "bachate"],
      feeDet: [],
      fee: ["commission", "fees", "fee", "charges"],
      sin: ["bina"],
      elsewhere: [
        "kisi aur jagah", "kisi or jagah", "dusri jagah", "doosri jagah", "dusre jagah", "bahar", "kahin aur", "kahi aur",
        "kahin or", "kahi or", "dusre platform", "doosre platform", "platform ke bahar", "app ke bahar", "site ke bahar",
      ],
      connect: ["connect", "baat", "chat", "milte", "contact", "shift"],
      // "WhatsApp pe baat karte hain": talking, after the channel and "pe".
      talk: [
        "baat karte", "baat karenge", "baat kar lete", "baat karo", "baat kijiye", "baat karein", "baat kare", "chat karte",
        "chat karo", "chat karenge", "connect karte", "connect karo", "connect ho", "connect karenge", "milte", "aa jao", "aajao",
        "aa jaiye", "shift ho", "shift karte", "move karte",
      ],
      // "platform KE BAHAR deal kar lete hain"
      of: ["ke", "se"],
      outside: ["bahar", "baahar"],
      there: ["pe", "par", "me"],
      propose: ["chalo", "chaliye", "karte hain", "ho jaate hain", "kar lete hain"],
      via: ["pe", "par", "me", "se"],
      contactme: ["call karo", "call kijiye", "message karo", "msg karo", "ping karo", "whatsapp karo"],
    },
    frames: [
      { kind: "channel", pattern: "@channel @karo !@skill", confidence: 0.8 },
      { kind: "payment", pattern: "@direct ~2 @payapp ~1 @pay", confidence: 0.85, anchorGuard: true },
      { kind: "payment", pattern: "@direct ~3 @pay", confidence: 0.75, anchorGuard: true },
      { kind: "fees", pattern: "@fee ~1 @avoid", confidence: 0.8 },
      { kind: "channel", pattern: "@elsewhere @there? @connect", confidence: 0.8 },
      { kind: "channel", pattern: "@channel ~1 @via ~2 @contactme", confidence: 0.8 },
      { kind: "channel", pattern: "@channel ~1 @via @talk !@skill", confidence: 0.8 },
      // "telegram pe shift ho jaate hain"
      { kind: "channel", pattern: "@channel @via @connect ~1 @propose", confidence: 0.8, anchorGuard: true },
      { kind: "channel", pattern: "@platform @of @outside", confidence: 0.85 },
    ],
    sharedFrames: true,
    negations: ["mat", "nahi", "nahin", "na", "kabhi nahi", "mana"],
    // Hindi puts the negation after the verb or after the cue: "bahar baat NAHI karenge", "platform ke bahar deal MAT karo".
    negationAfter: 3,
    // "seedha bhej do, nahi to late hoga": "nahi to" is "otherwise", no negation of the cue before it.
    negationExceptions: ["nahi to", "nahin to"],
    prohibitions: ["allowed nahi", "mana hai", "against rules", "fraud", "scam"],
    onPlatform: ["yahan", "idhar", "isi app", "is app", "platform pe", "platform par"],
    barriers: [],
  },
  sharedPhrases: {
    // "mera mail id", "personal number pe baat karte hain": the channels by their Indian English names.
    channelWords: ["mail id", "email id", "personal number", "mobile number", "whatsapp number", "mera number", "personal mail"],
    platformWords: ["app", "platform"],
    paymentRails: ["phonepe", "bhim"],
  },
  functionWords: ["hai", "ka", "ki", "ke", "me", "se", "ko", "aur", "to"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["price", "rate", "budget", "quote", "payment", "paise", "kitne paise", "charges", "fees", "invoice", "advance"],
      verbs: ["bhejo", "bhej do", "bhej dena", "bhejiye", "baat karte hain", "baat karenge", "discuss karenge", "likho", "likh do", "batao", "bata do", "settle karenge"],
      channels: ["mail pe", "mail par", "email pe", "email par", "mail se", "email se", "us mail pe", "isi mail pe", "usi email pe", "mere mail pe", "mere email par"],
      there: ["wahan", "wahin", "udhar"],
      notAfter: ["template", "signature", "hai"],
    },
    accessCues: [
      "add kar do", "add kardo", "add karo", "add kar dunga", "add kar dungi", "add kar lo", "invite kar do",
      "invite karo", "invite bhej", "access de do", "access dedo", "access dunga", "access de dunga",
      "access chahiye", "admin bana", "collaborator bana", "share kar do", "folder share", "sign karne",
      "sign ke liye",
    ],
    accessContext: ["access"],
    legal: [
      "nda", "non disclosure", "background check", "background verification", "police verification", "kyc",
      "gst certificate", "gst registration", "trade license", "shop act", "legal team", "identity verification",
    ],
  },
});
