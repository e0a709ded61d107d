/**
 * C9: proposals to move the conversation or the payment off the platform, per language, as data.
 * Patterns are in fold form (lower case, accents removed). `strong` phrases stand alone; `weak`
 * cues (a payment app, "no fees") count only when a strong cue or a "move" cue is in the same sentence.
 */
export type OffPlatformKind = "channel" | "payment" | "fees";

export interface OffPlatformCue {
  kind: OffPlatformKind;
  pattern: string;
}

export interface OffPlatformLanguage {
  lang: "en" | "es" | "pt" | "fr" | "de" | "it";
  strong: OffPlatformCue[];
  /** Count only together with another cue in the same sentence. */
  weak: OffPlatformCue[];
}

const PLATFORM = "(?:the\\s|this\\s)?(?:platform|site|website|app|marketplace|upwork|fiverr|freelancer|toptal|system)";
const PAY_APPS = "(?:paypal|venmo|zelle|cash\\s?app|cashapp|western\\sunion|moneygram|wise|revolut|payoneer|skrill|crypto|bitcoin|btc|usdt|bank\\stransfer|wire\\stransfer|direct\\sdeposit|pix)";

export const OFF_PLATFORM_LANGUAGES: readonly OffPlatformLanguage[] = [
  {
    lang: "en",
    strong: [
      { kind: "channel", pattern: `\\b(?:off|outside(?:\\sof)?|away\\sfrom|around|bypass(?:ing)?)\\s${PLATFORM}\\b` },
      { kind: "payment", pattern: "\\b(?:pay|paying|payment|pay\\sme|send\\s(?:me\\s)?(?:the\\s)?(?:money|payment|funds)|transfer|wire)\\s(?:me\\s|you\\s|it\\s)?(?:directly|direct|privately|outside|off\\s(?:the\\s)?(?:books|platform))\\b" },
      { kind: "fees", pattern: "\\b(?:skip|avoid|save\\s(?:on\\s)?|bypass|dodge|cut\\sout|get\\saround|no\\sneed\\sfor)\\s(?:the\\s|their\\s|platform\\s|site\\s|upwork\\s|fiverr\\s|service\\s){0,2}(?:fees?|commissions?|cut|middleman|service\\scharges?)\\b" },
      { kind: "channel", pattern: "\\b(?:contact|email|e-mail|call|text|reach|message|ping)\\s(?:me|us)\\s(?:directly|privately|outside|off\\s(?:the\\s)?(?:platform|site))\\b" },
      { kind: "channel", pattern: "\\b(?:let'?s|lets|we\\scan|we\\scould|can\\swe|could\\swe|shall\\swe|i'?d\\sprefer\\sto|prefer\\sto)\\s(?:talk|chat|continue|communicate|connect|move|take\\s(?:this|it)|discuss|work|deal|finish|do\\s(?:this|it|the\\sdeal))\\s(?:[a-z]+\\s){0,3}?(?:outside|offline|elsewhere|directly|privately|off\\s(?:the\\s)?(?:platform|site|app))\\b" },
      { kind: "channel", pattern: "\\b(?:text|txt|whatsapp|telegram)\\s(?:me|us)\\b" },
      { kind: "channel", pattern: "\\b(?:call|ring)\\s(?:me|us)\\s(?:at|on|anytime|tomorrow|tonight|later|asap|now|when|if|after|before)\\b|\\bgive\\s(?:me|us)\\sa\\s(?:call|ring|buzz)\\b" },
      { kind: "fees", pattern: "\\bdiscount\\sif\\s(?:we|you)\\s(?:go|work|deal|do\\sit|pay|move|continue)\\s(?:[a-z]+\\s){0,2}?(?:outside|directly|off)\\b" },
      { kind: "payment", pattern: `\\b(?:pay|paying|payment|send|sending|invoice|transfer)\\s(?:me\\s|you\\s|it\\s)?(?:via|through|by|with|on|over|using|a|an)\\s${PAY_APPS}\\b` },
      { kind: "payment", pattern: `\\b${PAY_APPS}\\s(?:me|it)\\b|\\b(?:my|send\\sto\\smy)\\s${PAY_APPS}\\s(?:is|account|email|id)\\b` },
    ],
    weak: [
      { kind: "fees", pattern: "\\bno\\s(?:platform\\s|service\\s)?(?:fees?|commissions?)\\b" },
      { kind: "payment", pattern: `\\b${PAY_APPS}\\b` },
      { kind: "channel", pattern: "\\b(?:directly|off\\s(?:the\\s)?(?:platform|site))\\b" },
    ],
  },
  {
    lang: "es",
    strong: [
      { kind: "channel", pattern: "\\b(?:fuera|afuera)\\sde\\s(?:la\\s)?(?:plataforma|pagina|app|aplicacion)\\b|\\bpor\\sfuera\\b" },
      { kind: "payment", pattern: "\\b(?:pagame|paga(?:me)?|pagar(?:te|me)?|pago|transferi(?:me|r)|transferencia)\\s(?:directamente|directo|por\\sfuera|en\\sefectivo)\\b" },
      { kind: "fees", pattern: "\\b(?:evitar|ahorrar(?:nos)?|saltar(?:nos)?)\\s(?:la\\s|las\\s)?(?:comision(?:es)?|tarifas?)\\b" },
      { kind: "channel", pattern: "\\b(?:hablemos|sigamos|continuemos|trabajemos)\\s(?:[a-z]+\\s){0,2}?(?:por\\sfuera|directamente|en\\sprivado|por\\swhatsapp)\\b" },
    ],
    weak: [{ kind: "fees", pattern: "\\bsin\\scomision(?:es)?\\b" }],
  },
  {
    lang: "pt",
    strong: [
      { kind: "channel", pattern: "\\bfora\\sda\\s(?:plataforma|pagina|app)\\b|\\bpor\\sfora\\b" },
      { kind: "payment", pattern: "\\b(?:me\\s)?(?:paga|pague|pagar|pagamento|transfere|transferir)\\s(?:direto|diretamente|por\\sfora|no\\spix|via\\spix)\\b" },
      { kind: "fees", pattern: "\\b(?:evitar|fugir\\sd|economizar)\\s?(?:a\\s|as\\s)?(?:taxas?|comissao|comissoes)\\b" },
      { kind: "channel", pattern: "\\b(?:vamos|podemos)\\s(?:conversar|falar|continuar|trabalhar|fechar)\\s(?:[a-z]+\\s){0,2}?(?:por\\sfora|direto|diretamente|no\\szap|pelo\\szap|no\\swhats)\\b" },
    ],
    weak: [{ kind: "fees", pattern: "\\bsem\\s(?:taxas?|comissao)\\b" }],
  },
  {
    lang: "fr",
    strong: [
      { kind: "channel", pattern: "\\ben\\sdehors\\sde\\s(?:la\\s)?(?:plateforme|plate-forme|site|appli)\\b|\\bhors\\s(?:de\\s)?(?:la\\s)?plateforme\\b" },
      { kind: "payment", pattern: "\\b(?:payer|paie|paye|payez|paiement|virement)\\s(?:moi\\s)?(?:directement|en\\sdirect|en\\sdehors|en\\sliquide)\\b" },
      { kind: "fees", pattern: "\\b(?:eviter|economiser)\\s(?:les\\s|la\\s)?(?:frais|commissions?)\\b" },
      { kind: "channel", pattern: "\\b(?:contacte|contactez|ecris|ecrivez|appelle|appelez)(?:-moi|\\smoi)\\s(?:directement|en\\sprive)\\b" },
    ],
    weak: [{ kind: "fees", pattern: "\\bsans\\s(?:frais|commissions?)\\b" }],
  },
  {
    lang: "de",
    strong: [
      { kind: "channel", pattern: "\\b(?:ausserhalb|außerhalb)\\s(?:der|dieser)\\s(?:plattform|seite|app)\\b" },
      { kind: "payment", pattern: "\\b(?:direkt|privat)\\s(?:bezahlen|zahlen|uberweisen|ueberweisen)\\b|\\b(?:zahl|bezahl|uberweis)\\s(?:mir\\s)?(?:direkt|privat)\\b" },
      { kind: "fees", pattern: "\\b(?:gebuhren|gebuehren|provision)\\s(?:sparen|umgehen|vermeiden)\\b" },
      { kind: "channel", pattern: "\\b(?:kontaktier|schreib|ruf)\\s(?:mich|uns)\\s(?:direkt|privat)\\b" },
    ],
    weak: [{ kind: "fees", pattern: "\\bohne\\s(?:gebuhren|gebuehren|provision)\\b" }],
  },
  {
    lang: "it",
    strong: [
      { kind: "channel", pattern: "\\bfuori\\s(?:dalla|della)\\s(?:piattaforma|app)\\b" },
      { kind: "payment", pattern: "\\b(?:pagami|pagare|pagamento)\\s(?:direttamente|in\\scontanti)\\b" },
    ],
    weak: [{ kind: "fees", pattern: "\\bsenza\\scommissioni\\b" }],
  },
];
