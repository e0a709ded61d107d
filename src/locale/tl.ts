import { defineLocale } from "./types.js";

/*
 * Tagalog (Filipino), with the Taglish mix of English and Spanish number words users write. The
 * possessive follows the noun ("number mo", "Maya ko"); "po" is politeness, not a word of its own.
 */

export default defineLocale({
  code: "tl",
  name: "Tagalog",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["biodata", "bio-data", "mga dating trabaho", "nakaraang trabaho", "mga nakaraang trabaho"],
      sections: ["cv", "karanasan sa trabaho", "karanasan sa pagtatrabaho", "personal na impormasyon"],
      words: ["karanasan", "edukasyon", "kasanayan"],
    },
  },
  link: {
    careerHosts: ["careers", "jobs", "career", "hiring"],
    portalHosts: ["suppliers", "vendors"],
    applyCues: ["mag-apply", "apply", "application", "magparehistro", "i-submit"],
    projectCues: ["ayusin", "error", "bug", "sira", "hindi gumagana", "redesign", "mabagal", "hindi nagse-send", "sira na"],
    reachCues: ["i-message mo ako", "kontakin mo ako", "i-contact mo ako", "message me", "makipag-ugnayan sa akin"],
    formFields: ["email", "phone", "number", "numero", "contact details", "whatsapp"],
    questionnaireCues: ["questionnaire", "survey", "brief"],
    applyPhrases: ["(?:mag-?apply|mag apply|mag-?submit ng application)", "(?:i-submit|isubmit|mag-submit ng|ipadala ang|pakisubmit ang|pakipadala ang) (?:iyong |inyong |ang )?(?:proposal|quote|bid)"],
    ownSites: ["sa (?:aming|among) (?:website|site|careers page)", "sa (?:aming|among) (?:supplier|vendor|procurement) portal"],
  },
  regions: ["PH"],
  numbers: {
    units: {
      // Phone numbers are read with the Spanish-derived names as often as the Tagalog ones ("sero nuwebe uno siyete").
      0: ["sero", "zero"],
      1: ["isa", "uno"],
      2: ["dalawa", "dos"],
      3: ["tatlo", "tres"],
      4: ["apat", "kuwatro", "kwatro", "kuatro"],
      5: ["lima", "singko", "sinko"],
      6: ["anim", "sais", "seis"],
      7: ["pito", "siyete", "syete"],
      8: ["walo", "otso"],
      9: ["siyam", "nuwebe", "nwebe"],
    },
    teens: { 10: ["sampu"] },
    // "sais" is also French "(je) sais".
    weak: ["isa", "lima", "anim", "sais"],
  },
  email: {
    // Taglish spells "@" in English ("at", shared with en; Tagalog "at" also means "and", so it stays weak there)
    // and "." as "dot" or "tuldok".
    atWords: ["at sign"],
    dotWords: ["dot", "tuldok"],
    cues: ["email ko", "gmail ko", "yahoo ko"],
    // "yahoo ko po: jcruz_ph2019"
    providerConnectors: ["ko", "ko po", "ko ay", "ko is", "po", "ay"],
  },
  phone: {
    cues: ["number ko", "num ko", "cp", "cp ko", "cp number", "tawagan", "tumawag", "i text", "itext"],
    gluedCues: ["cp"],
    idWords: ["order", "tracking", "resibo"],
    unitWords: ["piso", "pesos", "php"],
    groupJoiners: ["tapos", "pagkatapos", "sunod", "huli", "saka"],
    reverseCues: ["baligtad", "pabaliktad", "baliktad", "mula sa dulo"],
    shiftAdd: ["dagdagan", "idagdag", "plus"],
    shiftSubtract: ["bawasan", "ibawas", "minus"],
    eachDigit: ["bawat numero", "bawat digit"],
  },
  handle: {
    // Words that name the account after a platform word or later in its sentence: "sa Telegram, username: kenji_88". Account nouns
    // ("cuenta", "Konto") are left out: "Instagram cuenta verificada" names no account.
    labelWords: ["username", "id"],
  },
  request: {
    possessives: ["mo", "nyo", "niyo", "ninyo", "iyong", "inyong"],
    // "Ano ang email mo?", "Pwede ko bang makuha ang number mo?": the possessive follows the noun.
    possessivesAfter: ["mo", "nyo", "niyo", "ninyo"],
    requestVerbs: ["pahingi ng", "pahingi", "pa send ng", "pabigay ng", "ibigay mo", "i send mo", "send mo", "makuha", "mahingi", "ibigay"],
    // "Ilagay ang email at phone number sa proposal".
    applicationVerbs: ["ilagay", "ilagay ang", "isulat", "isulat ang", "ilagay mo ang", "isama ang"],
    applications: ["sa proposal", "sa application"],
    questionWords: ["ano", "ano ang", "ano yung", "ano po ang", "ano po yung"],
    haveCues: ["pahingi ng", "pahingi", "pabigay ng", "pa send ng"],
    haveQuestionCues: ["meron ka", "meron kayo", "meron po kayo"],
    onPlatformCues: [],
    articles: ["ng", "ang", "yung"],
    leads: ["eh", "sige"],
    please: ["po", "naman", "pls", "pakibigay"],
    reachQuestions: ["paano", "saan"],
    reachVerbs: ["kontakin ka", "kontakin kayo", "tawagan ka", "tawagan kayo", "ma contact ka"],
    away: ["labas", "sa labas", "diretso", "direkta"],
    exchangeVerbs: ["palitan"],
    negations: ["huwag", "wag", "hindi", "bawal", "di"],
    barriers: ["sa", "para", "mula", "galing"],
    nouns: {
      "num mo": "phone", "number mo": "phone", "numero mo": "phone", "cp number mo": "phone", "cp mo": "phone", "email mo": "email",
      "email nyo": "email", "number nyo": "phone", "numero nyo": "phone", "contact number": "phone", "fb mo": "facebook", number: "phone",
      // Texting short forms of "number": "num", "numba", "no." (ambiguous like "number").
      num: "phone", numba: "phone",
    },
    pluralNouns: { numbers: "phone", contacts: "contact", number: "phone" },
    ambiguousNouns: ["number", "num", "numba"],
    modifiers: ["cp", "personal"],
    coordinators: ["at", "o"],
    nounBlockers: ["order"],
    linkers: [],
    onPlatform: ["dito", "dito lang", "sa app", "sa platform"],
    prohibitions: ["bawal", "hindi pinapayagan"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["susunod na project", "susunod na proyekto", "next project", "susunod na trabaho", "phase 2"],
    conversionFee: ["conversion fee"],
    classes: {
      pay: ["i send nyo", "isend nyo", "i send mo", "isend mo", "send nyo", "send mo", "ipadala", "ipadala nyo", "bayaran", "magbayad", "i transfer nyo", "itransfer nyo", "transfer nyo"],
      payvia: ["sa", "thru", "via", "through"],
      direct: ["diretso", "direkta", "derecho"],
      askpay: ["pahingi ng"],
      yourpay: ["mo"],
      discount: ["discount", "mas mura"],
      away: ["sa labas", "diretso"],
      havepay: ["meron kang", "meron kayong"],
      avoid: ["hindi na magbayad", "iwas", "para walang"],
      feeDet: ["ng", "ang"],
      fee: ["service fee", "fee", "komisyon", "bawas"],
      sin: ["walang"],
      propose: ["tara", "usap tayo", "mag usap tayo", "lipat tayo", "dun na lang", "doon na lang"],
      via: ["sa", "thru", "via"],
      // "Sa Viber na lang tayo mag-usap", "Usap tayo sa labas ng platform".
      talk: ["mag usap", "magusap", "usap", "mag chat", "magchat", "mag text", "magtext"],
      outside: ["sa labas", "labas"],
      of: ["ng"],
      contactme: [
        "i text mo ako", "itext mo ako", "i pm mo ako", "pm mo ako", "message mo ako", "add mo ako", "text nyo ko", "text mo ko",
        "chat mo ako", "i chat mo ako", "ichat mo ako", "chat nyo ako", "message nyo ako", "chat mo ko",
      ],
    },
    frames: [
      { kind: "payment", pattern: "@pay *4 @payvia @payapp !@skill", confidence: 0.85 },
      { kind: "payment", pattern: "@pay ~2 @direct", confidence: 0.8, anchorGuard: true },
      { kind: "channel", pattern: "@via @channel !@skill *4 @talk", confidence: 0.8, anchorGuard: true },
      { kind: "channel", pattern: "@outside @of? @platform", confidence: 0.85 },
    ],
    sharedFrames: true,
    negations: ["huwag", "wag", "hindi", "bawal", "di"],
    prohibitions: ["bawal", "hindi pinapayagan", "scam", "scammer"],
    onPlatform: ["dito", "dito lang", "sa app", "sa platform"],
    barriers: [],
  },
  sharedPhrases: {
    // "sa cp na lang", "text mo na lang ako": the phone by its Philippine names.
    channelWords: ["cp", "cellphone", "number ko", "email ko", "personal na number"],
    paymentRails: ["maya", "paymaya", "palawan express", "cebuana"],
  },
  functionWords: ["ang", "ng", "sa", "po", "na", "ko", "mo", "at"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["presyo", "bayad", "budget", "quote", "rate", "singil", "bayaran", "invoice", "magkano"],
      verbs: ["ipadala", "padala", "send", "pag-usapan", "pagusapan", "mag-usap", "sabihin", "isulat"],
      channels: ["sa email", "sa mail", "via email", "thru email", "sa email ko", "sa address na yan", "sa parehong email", "through email", "by email"],
      there: ["doon", "dun", "duon"],
      notAfter: ["template", "signature"],
    },
    accessCues: [
      "i-add kita", "i-add mo ako", "idagdag", "isasali kita", "i-invite kita", "i-invite mo ako", "imbitahan",
      "access sa", "bigyan ng access", "bibigyan kita ng access", "bilang admin", "bilang collaborator",
      "bilang editor", "bilang viewer", "i-share ang folder", "ishare ang folder", "pirmahan", "para pirmahan",
    ],
    accessContext: ["access"],
    legal: [
      "nda", "non-disclosure", "kasunduan sa pagiging kumpidensyal", "business permit", "mayor's permit",
      "dti registration", "sec registration", "nbi clearance", "background check", "kyc", "legal team",
    ],
  },
});
