import type { Lang } from "./lexicon.js";

/*
 * C9 — proposing to move the conversation or the payment off the platform — as data. Word
 * classes and frames per language, in fold form (lower case, accents removed, "ß" kept), in the
 * token pattern language of ./frames.ts. Shared classes:
 *   @platform  the marketplace itself      @payapp   payment apps and rails
 *   @channel   an outside channel (messenger, social network, phone, email; from platforms/*.ts)
 *   @meetingtool  Zoom, Google Meet, Teams…   @skill  words that make a product name a skill
 *   @platformverb messenger names used as verbs ("whatsapp me")
 */

/**
 * channel: move the conversation; payment: pay or get paid outside; fees: dodge the commission;
 * meeting: meet in person or on an outside meeting tool. Every kind but `channel` is about the
 * work itself (POLICY E7).
 */
export type OffPlatformKind = "payment" | "fees" | "meeting" | "channel";

/** When cues of several kinds meet in one finding, the first kind in this list names it. */
export const KIND_PRIORITY: readonly OffPlatformKind[] = ["payment", "fees", "meeting", "channel"];

export interface OffPlatformFrame {
  kind: OffPlatformKind;
  pattern: string;
  confidence: number;
  /** Weak cues ("no fees", a payment app alone) count only next to another cue. */
  weak?: boolean;
  /** Suppress when an on-platform anchor follows ("… directly here on Upwork"). */
  anchorGuard?: boolean;
}

export interface OffPlatformLexicon {
  lang: Lang;
  /** Word classes referenced by the frames as `@name`. */
  classes: Record<string, string[]>;
  frames: OffPlatformFrame[];
  /** Words just before a cue that turn it into a refusal or a warning ("I can't", "never"). */
  negations: string[];
  /** How many words after a cue a negation still applies ("Zahl mir direkt? Lieber NICHT"). */
  negationAfter?: number;
  /** Words after a cue in the same sentence that make it a warning ("… is not allowed"). */
  prohibitions: string[];
  /** On-platform anchors for `anchorGuard` frames. */
  onPlatform: string[];
  /** Gap barriers for `~N`. */
  barriers: string[];
}

export const SHARED_CLASSES: Record<string, string[]> = {
  platform: [
    "platform", "plataforma", "plateforme", "plate forme", "plattform", "piattaforma", "upwork", "fiverr", "freelancer",
    "freelancer com", "toptal", "guru", "peopleperhour", "workana", "malt", "99designs", "site", "website", "app",
    "marketplace", "sitio", "pagina", "seite", "webseite", "sito", "upwork s", "platform s",
  ],
  payapp: [
    "paypal", "pay pal", "venmo", "zelle", "cash app", "cashapp", "western union", "moneygram", "wise", "transferwise",
    "revolut", "payoneer", "skrill", "neteller", "crypto", "cryptocurrency", "bitcoin", "btc", "usdt", "usdc", "tether",
    "eth", "ethereum", "binance", "binance pay", "bank transfer", "wire transfer", "bank wire", "pix",
    "bizum", "mercado pago", "mercadopago", "nequi", "yape", "plin", "lydia", "paylib", "twint", "sepa", "sepa transfer",
    "upi", "paytm", "gpay", "google pay", "apple pay", "alipay", "wechat pay", "m pesa", "mpesa", "gcash", "payid",
    "interac", "e transfer", "etransfer", "remitly", "xoom", "transferencia bancaria", "virement bancaire", "virement", "uberweisung",
    "bankuberweisung", "bonifico", "iban",
  ],
  /** A payment app mentioned alone is a weak cue; these are the ones rarely named for any other reason. */
  payappAlone: ["venmo", "zelle", "cash app", "cashapp", "western union", "moneygram"],
  skill: [
    "integration", "integrations", "integrate", "integrated", "integracion", "integracao", "api", "apis", "sdk", "checkout",
    "plugin", "plugins", "gateway", "developer", "development", "experience", "button", "buttons", "webhook", "webhooks",
    "ipn", "sandbox", "clone", "bot", "bots", "template", "templates", "module", "extension", "setup", "marketing", "ads",
    "campaign", "widget", "app development", "business api", "automation", "chatbot", "store", "shop", "skills", "expert",
    "specialist", "support", "tutorial", "course", "certification", "certified", "analytics", "dashboard",
  ],
  /** Words just before a payment app that make it a skill ("built a PayPal checkout", "integrated Venmo"). */
  skillBefore: [
    "integrate", "integrated", "integrating", "built", "build", "building", "implement", "implemented", "implementing",
    "configure", "configured", "experience with", "experienced in", "developed", "develop", "know", "expert in",
    "worked with", "integracion", "integrar", "integration", "integrer", "integrieren",
  ],
};

/**
 * Frames every language other than English shares: the slots differ per language (its classes), the
 * grammar does not. English keeps its own, richer list.
 */
const SHARED_FRAMES: OffPlatformFrame[] = [
  { kind: "payment", pattern: "@pay ~2 @payvia @payapp !@skill", confidence: 0.85 },
  { kind: "payment", pattern: "@askpay ~2 @yourpay @payapp !@skill", confidence: 0.8 },
  { kind: "payment", pattern: "@havepay @payapp !@skill", confidence: 0.8 },
  { kind: "payment", pattern: "@payappAlone !@skill", confidence: 0.55, weak: true },
  { kind: "fees", pattern: "@avoid @feeDet? *1 @fee", confidence: 0.85 },
  { kind: "fees", pattern: "@discount *6 @away", confidence: 0.85, anchorGuard: true },
  { kind: "channel", pattern: "@propose *3 @via @channel !@skill", confidence: 0.85 },
  { kind: "channel", pattern: "@contactme ~1 @via @channel !@skill", confidence: 0.85 },
  { kind: "channel", pattern: "@contactme ~1 @via @social !@skill", confidence: 0.85 },
  { kind: "meeting", pattern: "@propose ~3 @meetingtool !@skill", confidence: 0.8 },
];

const en: OffPlatformLexicon = {
  lang: "en",
  classes: {
    outside: ["outside", "outside of", "away from", "bypass", "bypassing", "circumvent", "circumventing", "get around", "go around", "off of"],
    the: ["the", "this", "that", "our"],
    off: ["off"],
    /** "off platform" / "off Upwork" need no article; "off site" (backups, meetings) does. */
    platformCore: ["platform", "plataforma", "upwork", "fiverr", "freelancer", "toptal", "marketplace", "peopleperhour", "guru", "upwork s", "platform s"],
    propose: [
      "let s", "lets", "let us", "we can", "we could", "can we", "could we", "shall we", "we should", "should we", "why not",
      "i d prefer to", "i prefer to", "i d rather", "we d better", "we better", "how about we", "maybe we can",
      "maybe we could", "i suggest we", "i suggest", "we might", "i can", "i could", "i would", "i d", "i ll", "we ll",
      "we will", "would you", "can you", "could you", "it s better to", "better to", "easier to", "prefer to", "want to",
      "wanna", "would like to", "we may", "you can", "you could", "if you want we can", "happy to", "willing to",
    ],
    move: [
      "talk", "chat", "continue", "communicate", "connect", "move", "take this", "take it", "take the conversation",
      "take our conversation", "discuss", "work", "deal", "finish", "finish this", "do this", "do it", "do the deal",
      "do business", "proceed", "carry on", "go", "switch", "collaborate", "speak", "keep in touch", "stay in touch",
      "handle this", "close the deal", "close this", "complete", "contract", "hire", "chat more", "correspond",
      "coordinate", "sort this out", "settle", "work together", "continue our conversation", "continue this", "move this",
      "take this conversation", "keep talking", "keep working", "get in touch", "follow up", "do the project", "do the job",
    ],
    away: [
      "outside", "offline", "elsewhere", "directly", "privately", "in private", "personally", "off platform", "off site",
      "off here", "out of here", "somewhere else", "off the record", "off the books", "between us",
    ],
    /** "directly WITH your designer", "directly IN the repo": working directly, not leaving. */
    awayNot: [
      "with your", "with the", "with my", "with our", "with a", "with clients", "with each", "to your", "to the", "in the",
      "in your", "into", "from", "on the", "on this", "on your", "on my", "in figma", "after", "afterwards", "below", "above",
    ],
    talk: [
      "talk", "chat", "continue", "communicate", "connect", "move", "switch", "speak", "keep in touch", "stay in touch",
      "follow up", "discuss", "message", "take this", "take it", "take the conversation", "continue this", "talk more",
    ],
    via: ["on", "via", "over", "through", "thru", "in", "by", "using", "to", "onto", "at"],
    contactverb: [
      "contact", "call", "text", "txt", "sms", "email", "e mail", "mail", "reach", "ping", "write", "ring", "phone", "message",
      "msg", "dm", "hit", "add", "find", "follow", "catch", "connect with", "chat with", "talk to", "speak to",
      "get in touch with", "get back to", "reach out to", "write to",
    ],
    /** Contact verbs that carry their own "me". */
    contactme: ["hmu", "hit me up", "hmu anytime"],
    /** "on MY personal email". */
    mine: ["my", "our", "my personal", "my private"],
    /** Asking for the other side's payment account: "what's your PayPal", "do you accept Venmo". */
    askpay: [
      "what s", "whats", "what is", "send me", "give me", "share", "drop", "can i have", "i need", "tell me", "pass me",
    ],
    yourpay: ["your", "ur"],
    havepay: [
      "do you have", "do u have", "do you accept", "do you take", "do you use", "can i pay you with", "can i pay you via",
      "can i pay you through", "can i pay you by", "can i pay with", "can i pay via", "can i pay by", "will you accept",
    ],
    me: ["me", "us", "me up", "us up"],
    textme: ["text me", "txt me", "sms me", "text us", "msg me on my phone", "imessage me", "facetime me"],
    emailme: ["email me", "e mail me", "mail me", "email us"],
    emailNot: ["when", "whenever", "if", "about", "updates", "notifications", "alerts", "a notification", "once"],
    callme: ["call me", "ring me", "phone me", "call us"],
    givecall: ["give me a call", "give us a call", "give me a ring", "give me a buzz", "gimme a call", "give me a phone call"],
    callwhen: [
      "at", "on", "anytime", "any time", "tomorrow", "tonight", "later", "asap", "now", "today", "back", "whenever",
      "directly", "sometime", "after", "before", "this", "when", "if", "so", "please",
    ],
    pay: [
      "pay", "pay me", "pay us", "paying", "payment", "payments", "paid", "send payment", "send the payment", "send the money",
      "send money", "send me the money", "transfer", "transfer the money", "wire", "wire the money", "send funds", "settle",
      "get paid", "receive payment", "receive the payment", "accept payment", "pay you", "pay for it", "deposit", "tip me",
      "pay the rest", "pay the balance", "pay half", "pay upfront", "pay the deposit", "invoice you", "invoice me", "bill you",
    ],
    direct: [
      "directly", "direct", "privately", "outside", "off platform", "off the platform", "in cash", "cash", "personally",
      "off the books", "under the table", "on the side", "outside the platform", "outside upwork", "off upwork",
    ],
    payvia: ["via", "through", "by", "with", "on", "over", "using", "thru", "in", "to my", "into my", "to your", "per"],
    directNot: ["deposit", "debit", "message", "messages", "contract", "contracts", "hire", "offer", "link"],
    sendverb: ["send", "wire", "deposit", "transfer", "pay", "put", "move"],
    invoiceverb: ["send", "sending", "issue", "create", "make", "do", "i ll send", "get", "raise", "generate"],
    you: ["you", "u", "me", "us"],
    art: ["a", "an", "the", "my", "our"],
    invoice: ["invoice", "request", "payment request", "money request", "link", "payment link", "payment", "transfer", "bill"],
    payobj: [
      "it", "the money", "the funds", "the payment", "money", "funds", "payment", "the amount", "the rest", "half", "the deposit",
      "the balance", "the fee",
    ],
    tomy: ["to my", "into my", "to our", "into our", "on my", "to me on"],
    account: [
      "account", "bank", "bank account", "iban", "card", "wallet", "paypal", "venmo", "cashapp", "cash app", "revolut", "wise",
      "zelle", "payoneer", "crypto wallet", "btc wallet", "usdt wallet",
    ],
    my: ["my", "our", "here is my", "here s my", "heres my"],
    payfield: ["is", "email", "account", "address", "id", "details", "info", "handle", "tag", "username", "number", "link"],
    bankdetails: [
      "bank details", "banking details", "bank info", "bank information", "iban", "routing number", "swift code", "sort code",
      "account details", "wallet address", "crypto wallet", "btc address", "usdt address", "bank account details",
    ],
    avoid: [
      "avoid", "avoiding", "skip", "skipping", "save", "save on", "saving", "bypass", "bypassing", "dodge", "cut out",
      "get around", "escape", "evade", "not pay", "no need to pay", "don t pay", "without paying", "don t have to pay",
      "won t have to pay", "pay no", "not paying", "save you", "save us", "save both of us",
    ],
    feeDet: [
      "the", "their", "upwork s", "upwork", "platform", "platform s", "site", "service", "this", "these", "those", "any", "all",
      "that", "its", "the platform", "the site", "the upwork", "extra", "big", "huge",
    ],
    fee: [
      "fee", "fees", "commission", "commissions", "cut", "service fee", "service fees", "service charge", "service charges",
      "middleman", "percentage", "charges",
    ],
    nofee: ["no", "zero", "without", "free of", "free from", "0", "no more", "no extra"],
    discount: [
      "discount", "cheaper", "lower price", "better price", "better rate", "lower rate", "save money", "save you",
      "reduced rate", "reduced price", "a deal",
    ],
    discountAway: [
      "outside", "directly", "privately", "off platform", "off the platform", "off site", "off upwork", "elsewhere",
      "outside upwork", "outside the platform",
    ],
    meetverb: [
      "jump on", "hop on", "have", "get on", "schedule", "set up", "arrange", "do", "book", "join", "organize", "start",
      "meet on", "meet via", "meet over", "talk on", "talk over", "chat on", "call on", "call over",
    ],
    sendlink: ["send", "share", "i ll send", "i will send", "here s", "here is", "drop"],
    meetlink: ["link", "invite", "invitation", "id", "meeting id", "room"],
    meet: [
      "meet", "meeting", "meetup", "see each other", "get together", "grab coffee", "grab a coffee", "meet up", "catch up",
    ],
    inperson: [
      "in person", "face to face", "irl", "for coffee", "for a coffee", "for lunch", "for a drink", "at my office",
      "at your office", "in real life", "offline", "physically",
    ],
  },
  frames: [
    // "let's continue outside the platform", "off Upwork", "bypass the platform"
    { kind: "channel", pattern: "@outside @the? @platform !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@off @the @platform !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@off @platformCore !@skill", confidence: 0.85 },
    // "let's take this offline", "we can work directly", "I'd prefer to talk privately"
    { kind: "channel", pattern: "@propose ~1 @move *3 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    // "let's continue on WhatsApp", "we can move to Telegram", "let's talk over Skype", "let's connect on LinkedIn"
    { kind: "channel", pattern: "@propose ~1 @move *2 @via @channel !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@propose ~1 @talk *2 @via @social !@skill", confidence: 0.85 },
    // "contact me directly", "message me outside", "add me on skype", "hit me up on insta"
    { kind: "channel", pattern: "@contactverb @me @away !@awayNot", confidence: 0.85, anchorGuard: true },
    { kind: "channel", pattern: "@contactverb @me @via @mine? @channel !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@contactverb @me @via @mine? @social !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@contactme @via @mine? @channel !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@contactme @via @mine? @social !@skill", confidence: 0.85 },
    // "text me", "whatsapp me", "email me", "call me at …"
    { kind: "channel", pattern: "@textme", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@platformverb @me !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@emailme !@emailNot", confidence: 0.75, anchorGuard: true },
    { kind: "channel", pattern: "@callme @callwhen", confidence: 0.7, anchorGuard: true },
    { kind: "channel", pattern: "@callme @via @channel", confidence: 0.8 },
    { kind: "channel", pattern: "@givecall", confidence: 0.7, anchorGuard: true },
    // "pay me directly", "payment outside the platform", "pay cash"
    { kind: "payment", pattern: "@pay ~1 @direct !@directNot", confidence: 0.85, anchorGuard: true },
    // "pay via bank transfer", "paying through PayPal"
    { kind: "payment", pattern: "@pay ~2 @payvia @art? @payapp !@skill", confidence: 0.85, anchorGuard: true },
    // "I'll send you a PayPal invoice"
    { kind: "payment", pattern: "@invoiceverb @you? @art? @payapp @invoice", confidence: 0.85 },
    // "Venmo me", "cash app me", "Zelle it"
    { kind: "payment", pattern: "@payapp me|us|it !@skill", confidence: 0.8 },
    // "my PayPal is …", "here is my bank details"
    { kind: "payment", pattern: "@my @payapp @payfield", confidence: 0.75 },
    { kind: "payment", pattern: "@my @bankdetails", confidence: 0.75 },
    // "wire it to my account", "send the money to my PayPal"
    { kind: "payment", pattern: "@sendverb ~1 @payobj? @tomy ~2 @account", confidence: 0.85, anchorGuard: true },
    // "what's your PayPal?", "send me your Venmo", "do you accept Zelle?"
    { kind: "payment", pattern: "@askpay ~2 @yourpay @payapp !@skill", confidence: 0.8 },
    { kind: "payment", pattern: "@havepay @payapp !@skill", confidence: 0.8 },
    // a payment app alone
    { kind: "payment", pattern: "@payappAlone !@skill", confidence: 0.55, weak: true },
    { kind: "payment", pattern: "@payapp !@skill", confidence: 0.4, weak: true },
    // "avoid the commission", "skip the fees", "to save the fee"
    { kind: "fees", pattern: "@avoid @feeDet? *1 @fee", confidence: 0.85 },
    { kind: "fees", pattern: "@nofee @feeDet? @fee", confidence: 0.4, weak: true },
    // "I can give you a discount if we go outside"
    { kind: "fees", pattern: "@discount *6 @discountAway", confidence: 0.85, anchorGuard: true },
    // "let's jump on a Zoom call", "I'll send you a Google Meet link", "let's meet in person"
    { kind: "meeting", pattern: "@propose ~3 @meetingtool !@skill", confidence: 0.8 },
    { kind: "meeting", pattern: "@meetverb @art? @meetingtool !@skill", confidence: 0.8 },
    { kind: "meeting", pattern: "@sendlink @you? @art? @meetingtool @meetlink", confidence: 0.8 },
    { kind: "meeting", pattern: "@meet ~1 @inperson", confidence: 0.8 },
  ],
  negations: [
    "not", "never", "dont", "don t", "do not", "doesn t", "didn t", "cannot", "can t", "cant", "won t", "wont", "shouldn t",
    "mustn t", "no need to", "refuse to", "please don t", "isn t", "aren t", "wouldn t", "couldn t",
  ],
  prohibitions: [
    "not allowed", "isn t allowed", "against the rules", "against the terms", "against the tos", "against tos",
    "against upwork", "against policy", "prohibited", "forbidden", "not permitted", "violates", "violation", "banned",
    "breaks the rules", "can get you banned", "is risky", "is a scam", "is not safe",
  ],
  onPlatform: [
    "here", "on upwork", "on the platform", "on this platform", "through upwork", "through the platform", "via upwork",
    "via the platform", "within the platform", "in the chat", "in this chat", "on fiverr", "in upwork", "through fiverr",
    "inside the platform", "with upwork", "upwork messages", "upwork chat", "upwork call", "on the site", "upwork account",
    "escrow", "milestone", "milestones", "direct contract", "direct contracts",
  ],
  barriers: [],
};

const es: OffPlatformLexicon = {
  lang: "es",
  classes: {
    outside: ["fuera", "afuera", "por fuera", "al margen"],
    of: ["de", "del"],
    the: ["la", "esta", "el", "este"],
    porfuera: ["por fuera", "fuera de aqui", "fuera de upwork", "por afuera"],
    pay: [
      "pagame", "pagarme", "pagar", "pagarte", "paga", "pago", "pagos", "pagarle", "pagarnos", "transfiereme", "transferir",
      "transferirme", "transferencia", "deposito", "depositar", "depositame", "me pagas", "me pagues", "me pagaras",
      "te pago", "el pago",
    ],
    direct: ["directamente", "directo", "por fuera", "en efectivo", "aparte", "a mi cuenta", "en privado", "fuera de la plataforma"],
    payvia: ["por", "con", "via", "mediante", "a traves de", "en", "a mi", "por medio de"],
    askpay: ["cual es", "pasame", "pasa", "dame", "mandame", "enviame", "comparteme", "necesito"],
    yourpay: ["tu", "su"],
    havepay: ["tienes", "aceptas", "acepta", "usas", "te puedo pagar con", "te puedo pagar por", "puedo pagarte con", "puedo pagarte por"],
    avoid: ["evitar", "evitamos", "evitemos", "ahorrar", "ahorrarnos", "ahorrarte", "ahorramos", "saltar", "saltarnos", "sin pagar", "no pagar", "no pagamos", "nos ahorramos", "te ahorras"],
    feeDet: ["el", "la", "los", "las", "esa", "esta", "nuestra", "su", "sus"],
    fee: ["comision", "comisiones", "tarifa", "tarifas", "cuota", "cuotas", "fee", "fees", "porcentaje"],
    sin: ["sin", "cero"],
    propose: [
      "hablemos", "sigamos", "continuemos", "trabajemos", "hagamoslo", "hagamos", "podemos", "podriamos", "mejor",
      "prefiero", "te propongo", "que tal si", "vamos a", "movamos", "pasemos", "conversemos", "arreglemos", "cerremos",
    ],
    /** "directamente" is also "right away": alone it needs a verb of talking or dealing ("podemos TRABAJAR directamente"). */
    proposeVerb: ["hablemos", "sigamos", "continuemos", "trabajemos", "hagamoslo", "conversemos", "arreglemos", "cerremos", "tratemos", "negociemos"],
    modal: ["podemos", "podriamos", "mejor", "prefiero", "te propongo", "que tal si", "vamos a", "podria", "puedo"],
    move: [
      "hablar", "trabajar", "seguir", "continuar", "comunicarnos", "tratar", "cerrar", "cerrar el trato", "hacer el trato",
      "hacerlo", "arreglar", "arreglarlo", "negociar", "conversar", "coordinar", "cobrar", "seguir hablando",
    ],
    away: ["por fuera", "directamente", "en privado", "afuera", "fuera de aqui", "por otro lado", "fuera de la plataforma", "por privado"],
    awayNot: ["con", "en el", "en la", "a la", "al", "desde", "sobre", "en tu", "en su"],
    via: ["por", "en", "via", "al", "a", "mediante"],
    contactme: [
      "escribeme", "llamame", "contactame", "hablame", "agregame", "buscame", "texteame", "mandame un mensaje",
      "enviame un mensaje", "marcame", "escribenos", "llamanos", "contactanos",
    ],
    discount: ["descuento", "mas barato", "precio mejor", "mejor precio", "rebaja"],
    meet: ["vernos", "reunirnos", "conocernos", "quedar", "quedamos", "encontrarnos", "nos vemos", "tomar un cafe"],
    inperson: ["en persona", "cara a cara", "personalmente", "para un cafe", "en un cafe", "presencialmente"],
  },
  frames: [
    { kind: "channel", pattern: "@outside @of @the? @platform !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@porfuera !@awayNot", confidence: 0.6, anchorGuard: true },
    { kind: "payment", pattern: "@pay ~1 @direct", confidence: 0.85, anchorGuard: true },
    { kind: "payment", pattern: "@payapp !@skill", confidence: 0.4, weak: true },
    { kind: "fees", pattern: "@sin @feeDet? @fee", confidence: 0.4, weak: true },
    { kind: "channel", pattern: "@proposeVerb ~2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@modal *1 @move *2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@contactme @away !@awayNot", confidence: 0.85, anchorGuard: true },
    { kind: "meeting", pattern: "@meet ~2 @inperson", confidence: 0.8 },
    ...SHARED_FRAMES,
  ],
  negations: ["no", "nunca", "jamas", "tampoco"],
  prohibitions: ["no esta permitido", "no se permite", "prohibido", "esta prohibido", "va contra", "contra las reglas", "contra los terminos"],
  onPlatform: ["aqui", "aca", "en upwork", "en la plataforma", "por la plataforma", "por upwork", "en el chat", "por aqui", "dentro de la plataforma"],
  barriers: [],
};

const pt: OffPlatformLexicon = {
  lang: "pt",
  classes: {
    outside: ["fora", "por fora"],
    of: ["da", "desta", "dessa", "do", "deste", "desse", "de"],
    porfora: ["por fora", "fora daqui", "fora do upwork"],
    pay: [
      "me paga", "paga", "pague", "pagar", "pagamento", "me pague", "transfere", "transferir", "transferencia", "deposita",
      "depositar", "deposito", "manda o dinheiro", "manda o pagamento", "te pago", "pagar voce", "me pagar",
    ],
    direct: ["direto", "diretamente", "por fora", "no pix", "via pix", "pelo pix", "em dinheiro", "na minha conta", "em maos", "fora da plataforma"],
    payvia: ["por", "pelo", "pela", "via", "no", "na", "com", "em"],
    askpay: ["qual e", "qual o", "qual", "me passa", "passa", "manda", "me manda", "me da", "preciso do", "preciso da"],
    yourpay: ["seu", "sua", "teu", "tua"],
    havepay: ["tem", "voce tem", "vc tem", "aceita", "voce aceita", "vc aceita", "posso pagar no", "posso pagar por", "posso pagar via", "posso te pagar no", "posso te pagar por"],
    pixverb: ["manda", "mande", "faz", "faca", "fazer", "paga", "pagar", "pagamento", "chave", "meu", "minha chave", "envia", "envie", "via", "pelo", "no", "por", "te passo", "passa"],
    pix: ["pix"],
    avoid: ["evitar", "evita", "economizar", "economizamos", "fugir", "fugir da", "fugir das", "pular", "sem pagar", "nao pagar", "nao pagamos", "escapar", "livrar da", "se livrar da"],
    feeDet: ["a", "as", "da", "das", "o", "essa", "essas", "esta"],
    fee: ["taxa", "taxas", "comissao", "comissoes", "tarifa", "tarifas", "porcentagem"],
    sem: ["sem", "zero"],
    propose: ["vamos", "podemos", "poderiamos", "melhor", "prefiro", "bora", "que tal", "vamo", "sugiro", "posso", "a gente pode"],
    /** "direto" is also "straight / right away": it needs a verb of talking or dealing ("vamos FECHAR direto"). */
    proposeVerb: ["conversemos", "falemos", "continuemos", "fechemos", "negociemos", "trabalhemos"],
    modal: ["vamos", "podemos", "poderiamos", "melhor", "prefiro", "bora", "que tal", "vamo", "sugiro", "posso", "a gente pode"],
    move: [
      "falar", "conversar", "continuar", "trabalhar", "fechar", "negociar", "tratar", "resolver", "combinar", "seguir",
      "fazer", "fazer negocio", "acertar", "cobrar", "fechar negocio",
    ],
    away: ["por fora", "direto", "diretamente", "no privado", "em particular", "fora daqui", "fora da plataforma", "no pv"],
    awayNot: ["ao ponto", "ao assunto", "aqui", "com", "no codigo", "na", "no projeto", "pra", "para"],
    via: ["no", "pelo", "via", "por", "para", "pro", "na", "pela", "pelo"],
    contactme: [
      "me chama", "me chame", "chama", "me liga", "me add", "me adiciona", "me manda mensagem", "fala comigo", "me procura",
      "me manda um oi", "me chama la", "me encontra",
    ],
    discount: ["desconto", "mais barato", "preco melhor", "melhor preco"],
    meet: ["encontrar", "encontrarmos", "nos encontrar", "nos vermos", "reuniao", "conversar", "tomar um cafe", "nos conhecer"],
    inperson: ["pessoalmente", "presencialmente", "ao vivo", "cara a cara"],
  },
  frames: [
    { kind: "channel", pattern: "@outside @of @platform !@skill", confidence: 0.85 },
    { kind: "channel", pattern: "@porfora !@awayNot", confidence: 0.6, anchorGuard: true },
    { kind: "payment", pattern: "@pay ~1 @direct", confidence: 0.85, anchorGuard: true },
    { kind: "payment", pattern: "@pixverb ~1 @pix", confidence: 0.8 },
    { kind: "payment", pattern: "@payapp !@skill", confidence: 0.45, weak: true },
    { kind: "fees", pattern: "@sem @feeDet? @fee", confidence: 0.4, weak: true },
    { kind: "channel", pattern: "@proposeVerb ~2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@modal *1 @move *2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@contactme @away !@awayNot", confidence: 0.85, anchorGuard: true },
    { kind: "meeting", pattern: "@meet ~2 @inperson", confidence: 0.8 },
    ...SHARED_FRAMES,
  ],
  negations: ["nao", "nunca", "jamais"],
  prohibitions: ["nao e permitido", "proibido", "e proibido", "contra as regras", "contra os termos", "viola"],
  onPlatform: ["aqui", "na plataforma", "pela plataforma", "no upwork", "pelo upwork", "no chat", "por aqui", "dentro da plataforma"],
  barriers: [],
};

const fr: OffPlatformLexicon = {
  lang: "fr",
  classes: {
    outside: ["en dehors", "hors", "a l exterieur", "en marge"],
    of: ["de", "du", "d", "de la", "des"],
    the: ["la", "cette", "l", "le"],
    pay: [
      "payer", "paie", "paye", "payez", "paies", "payes", "paie moi", "payez moi", "me payer", "me payes", "me payez",
      "paiement", "virement", "regler", "reglez", "reglement", "verser", "versement", "transfert", "je te paie", "je vous paie",
    ],
    direct: ["directement", "en direct", "en dehors", "en liquide", "en especes", "de la main a la main", "hors plateforme", "cash"],
    payvia: ["par", "via", "avec", "sur", "en"],
    askpay: ["quel est", "c est quoi", "donne moi", "envoie moi", "passe moi"],
    yourpay: ["ton", "votre"],
    havepay: ["tu as", "as tu", "vous avez", "avez vous", "tu acceptes", "acceptez vous", "vous acceptez", "je peux te payer par", "je peux vous payer par"],
    avoid: ["eviter", "evitons", "evite", "economiser", "economisons", "contourner", "sans payer", "ne pas payer", "echapper aux", "payer moins de"],
    feeDet: ["les", "la", "des", "ces", "leurs", "leur", "de"],
    fee: ["frais", "commission", "commissions", "frais de service"],
    sans: ["sans", "zero", "pas de"],
    propose: [
      "continuons", "parlons", "discutons", "passons", "travaillons", "on peut", "on pourrait", "nous pouvons",
      "nous pourrions", "je prefere", "je propose", "pourquoi pas", "on continue", "si on", "on passe", "on se parle",
    ],
    /** "directement" is also "right away": it needs a verb of talking or dealing ("on peut TRAVAILLER directement"). */
    proposeVerb: ["continuons", "parlons", "discutons", "travaillons", "on continue", "on se parle", "echangeons", "reglons"],
    modal: ["on peut", "on pourrait", "nous pouvons", "nous pourrions", "je prefere", "je propose", "pourquoi pas", "si on", "je peux", "je pourrais"],
    move: [
      "parler", "discuter", "continuer", "travailler", "communiquer", "echanger", "passer", "regler", "conclure", "finaliser",
      "traiter", "collaborer", "se parler", "poursuivre",
    ],
    away: ["en dehors", "ailleurs", "directement", "en prive", "hors plateforme", "hors de la plateforme", "en direct"],
    awayNot: ["avec", "dans", "sur le", "sur la", "sur votre", "sur ton", "au", "a la", "depuis"],
    via: ["sur", "par", "via", "en", "au"],
    contactme: [
      "contacte moi", "contactez moi", "ecris moi", "ecrivez moi", "appelle moi", "appelez moi", "joins moi", "joignez moi",
      "envoie moi un message", "texte moi", "ajoute moi", "ajoutez moi", "ecrivez nous", "contactez nous",
    ],
    discount: ["reduction", "remise", "moins cher", "meilleur prix", "rabais"],
    meet: ["se voir", "se rencontrer", "nous voir", "nous rencontrer", "rencontrons nous", "voyons nous", "un cafe", "rendez vous"],
    inperson: ["en personne", "en vrai", "autour d un cafe", "de visu", "en presentiel"],
  },
  frames: [
    { kind: "channel", pattern: "@outside @of? @the? @platform !@skill", confidence: 0.85 },
    { kind: "payment", pattern: "@pay ~1 @direct", confidence: 0.85, anchorGuard: true },
    { kind: "payment", pattern: "@payapp !@skill", confidence: 0.4, weak: true },
    { kind: "fees", pattern: "@sans @feeDet? @fee", confidence: 0.4, weak: true },
    { kind: "channel", pattern: "@proposeVerb ~2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@modal *1 @move *2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@contactme @away !@awayNot", confidence: 0.85, anchorGuard: true },
    { kind: "meeting", pattern: "@meet ~2 @inperson", confidence: 0.8 },
    ...SHARED_FRAMES,
  ],
  negations: ["ne", "n", "jamais", "pas"],
  prohibitions: ["interdit", "n est pas autorise", "pas autorise", "contre les regles", "contraire aux conditions", "viole"],
  onPlatform: ["ici", "sur upwork", "sur la plateforme", "via la plateforme", "par la plateforme", "dans le chat", "sur le site"],
  barriers: [],
};

const de: OffPlatformLexicon = {
  lang: "de",
  classes: {
    outside: ["ausserhalb", "außerhalb", "abseits", "vorbei an", "unter umgehung"],
    of: ["der", "dieser", "von", "vom", "des", "dem"],
    payadv: ["direkt", "privat", "bar", "ausserhalb", "außerhalb", "unter der hand"],
    payinf: [
      "bezahlen", "zahlen", "uberweisen", "ueberweisen", "zahlst", "bezahlst", "zahle", "bezahle", "uberweise", "zahlung",
      "bezahlung", "bezahlt", "gezahlt", "uberwiesen",
    ],
    pay: [
      "zahl", "zahle", "zahlen", "bezahl", "bezahle", "bezahlen", "uberweis", "uberweise", "uberweisen", "ueberweise",
      "zahlung", "bezahlung", "zahlst", "bezahlst",
    ],
    payvia: ["per", "uber", "via", "mit", "auf"],
    askpay: ["wie ist", "was ist", "gib mir", "schick mir", "sag mir"],
    yourpay: ["dein", "deine", "deinen", "ihr", "ihre", "ihren"],
    havepay: ["hast du", "haben sie", "akzeptierst du", "akzeptieren sie", "nimmst du", "kann ich dich per", "kann ich dich uber", "kann ich mit"],
    fee: ["gebuhren", "gebuehren", "gebuhr", "gebuehr", "provision", "provisionen", "plattformgebuhr", "plattformgebuhren", "servicegebuhr", "servicegebuhren", "kommission"],
    avoidAfter: ["sparen", "umgehen", "vermeiden", "zu sparen", "zu umgehen", "zu vermeiden", "sparst", "sparen wir", "sparen sie", "sparen uns"],
    avoid: ["umgehen", "vermeiden", "sparen", "spar", "spart", "sparst", "ohne zu zahlen"],
    feeDet: ["die", "der", "den", "diese", "deren", "ihre", "dir die", "uns die"],
    ohne: ["ohne", "keine", "null"],
    propose: [
      "lass uns", "lasst uns", "wir konnen", "konnen wir", "wir konnten", "konnten wir", "ich schlage vor", "besser",
      "lieber", "wollen wir", "sollen wir", "wir sollten",
    ],
    /** Not a bare "direkt": "lass uns direkt anfangen" is "let's start right away". */
    away: [
      "privat", "ausserhalb", "außerhalb", "woanders", "anderswo", "anderweitig", "direkt miteinander", "direkt kommunizieren",
      "direkt reden", "direkt sprechen", "direkt schreiben", "direkt abwickeln", "direkt zusammenarbeiten", "direkt arbeiten",
      "direkt kontakt", "direkt in kontakt",
    ],
    contactAway: ["direkt", "privat", "ausserhalb", "außerhalb"],
    via: ["per", "uber", "auf", "via", "bei", "in"],
    contactme: [
      "kontaktier mich", "kontaktiere mich", "kontaktieren sie mich", "schreib mir", "schreibe mir", "schreiben sie mir",
      "ruf mich an", "ruf mich", "rufen sie mich an", "meld dich", "melde dich", "melden sie sich", "schreib uns",
      "kontaktieren sie uns", "adde mich", "add mich",
    ],
    discount: ["rabatt", "billiger", "gunstiger", "nachlass", "besserer preis"],
    meetverb: ["treffen", "kennenlernen", "uns treffen"],
    inperson: ["personlich", "persoenlich", "auf einen kaffee", "vor ort"],
  },
  frames: [
    { kind: "channel", pattern: "@outside ~1 @of @platform !@skill", confidence: 0.85 },
    { kind: "payment", pattern: "@payadv ~1 @payinf", confidence: 0.85, anchorGuard: true },
    { kind: "payment", pattern: "@pay ~2 @payadv", confidence: 0.85, anchorGuard: true },
    { kind: "payment", pattern: "@payvia @payapp ~2 @payinf", confidence: 0.85 },
    { kind: "payment", pattern: "@payapp !@skill", confidence: 0.4, weak: true },
    { kind: "fees", pattern: "@fee ~2 @avoidAfter", confidence: 0.85 },
    { kind: "fees", pattern: "@ohne @feeDet? @fee", confidence: 0.4, weak: true },
    { kind: "channel", pattern: "@propose *4 @away", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@contactme ~1 @contactAway", confidence: 0.85, anchorGuard: true },
    { kind: "meeting", pattern: "@inperson ~2 @meetverb", confidence: 0.8 },
    { kind: "meeting", pattern: "@meetverb ~2 @inperson", confidence: 0.8 },
    ...SHARED_FRAMES,
  ],
  negations: ["nicht", "nie", "niemals", "kein", "keine"],
  negationAfter: 2,
  prohibitions: ["verboten", "nicht erlaubt", "nicht gestattet", "gegen die regeln", "gegen die agb", "verstosst"],
  onPlatform: ["hier", "auf upwork", "auf der plattform", "uber die plattform", "uber upwork", "im chat", "innerhalb der plattform"],
  barriers: [],
};

const it: OffPlatformLexicon = {
  lang: "it",
  classes: {
    outside: ["fuori", "al di fuori"],
    of: ["dalla", "della", "da", "di", "dal"],
    pay: ["pagami", "pagare", "pagamento", "paga", "pagarmi", "bonifico", "ti pago", "mi paghi"],
    direct: ["direttamente", "in contanti", "fuori", "a parte", "privatamente", "fuori dalla piattaforma"],
    payvia: ["con", "via", "tramite", "su", "in"],
    askpay: ["qual e", "dammi", "mandami", "passami"],
    yourpay: ["tuo", "il tuo", "tua", "la tua"],
    havepay: ["hai", "accetti", "usi", "posso pagarti con", "posso pagarti tramite"],
    avoid: ["evitare", "evitiamo", "risparmiare", "risparmiamo", "saltare", "senza pagare"],
    feeDet: ["le", "la", "i", "il", "queste"],
    fee: ["commissioni", "commissione", "tariffe", "fee", "costi"],
    senza: ["senza", "zero"],
    propose: ["possiamo", "continuiamo", "parliamo", "sentiamoci", "lavoriamo", "meglio", "preferisco", "potremmo"],
    /** "direttamente" is also "right away": it needs a verb of talking or dealing. */
    proposeVerb: ["continuiamo", "parliamo", "sentiamoci", "lavoriamo", "trattiamo", "chiudiamo"],
    modal: ["possiamo", "potremmo", "meglio", "preferisco", "posso", "potrei"],
    move: ["parlare", "continuare", "lavorare", "sentirci", "comunicare", "chiudere", "trattare", "collaborare", "pagare"],
    away: ["direttamente", "in privato", "fuori", "altrove", "fuori dalla piattaforma"],
    via: ["su", "via", "tramite", "al", "a", "in", "per"],
    contactme: ["contattami", "scrivimi", "chiamami", "sentiamoci", "aggiungimi", "contattaci", "scrivici"],
    discount: ["sconto", "meno caro", "prezzo migliore"],
    meet: ["incontrarci", "vederci", "incontriamoci", "vediamoci", "conoscerci"],
    inperson: ["di persona", "dal vivo", "per un caffe"],
  },
  frames: [
    { kind: "channel", pattern: "@outside @of @platform !@skill", confidence: 0.85 },
    { kind: "payment", pattern: "@pay ~1 @direct", confidence: 0.85, anchorGuard: true },
    { kind: "payment", pattern: "@payapp !@skill", confidence: 0.4, weak: true },
    { kind: "fees", pattern: "@senza @feeDet? @fee", confidence: 0.4, weak: true },
    { kind: "channel", pattern: "@proposeVerb ~2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@modal *1 @move *2 @away !@awayNot", confidence: 0.8, anchorGuard: true },
    { kind: "channel", pattern: "@contactme ~1 @away !@awayNot", confidence: 0.85, anchorGuard: true },
    { kind: "meeting", pattern: "@meet ~2 @inperson", confidence: 0.8 },
    ...SHARED_FRAMES,
  ],
  negations: ["non", "mai"],
  prohibitions: ["vietato", "non e permesso", "non consentito", "contro le regole"],
  onPlatform: ["qui", "sulla piattaforma", "su upwork", "nella chat", "tramite la piattaforma"],
  barriers: [],
};

export const OFF_PLATFORM_LEXICONS: readonly OffPlatformLexicon[] = [en, es, pt, fr, de, it];

/** Outside channels beyond the platform tables: phone, email and their words in each language. */
export const CHANNEL_WORDS = [
  "phone", "the phone", "email", "e mail", "mail", "gmail", "sms", "text", "telephone", "my number", "my phone",
  "my email", "my cell", "personal email", "private email", "telefono", "celular", "correo", "movil", "telefone", "zap",
  "whats", "wpp", "zapzap", "portable", "courriel", "telephone", "handy", "telefon", "cellulare", "privado", "pv",
];
