/*
 * C8 — asking for contact information — as data. Every word is in fold form (lower case, accents
 * removed; "ß" stays) and is split into words the way the text is ("what's" → what + s,
 * "e-mail" → e + mail), so "what's", "whats" and "what s" are all written as they are typed.
 *
 * The grammar is the same for every language (REQUEST_FRAMES below); the tables say which words
 * fill each slot. Adding a language or a word never means adding code.
 */

export type Lang = "en" | "es" | "pt" | "fr" | "de" | "it";
export const LANGS: readonly Lang[] = ["en", "es", "pt", "fr", "de", "it"];

/** What a request asks for; platform nouns report the platform id instead ("whatsapp"). */
export type NounCategory = "phone" | "email" | "address" | "contact" | "social";

export interface RequestLexicon {
  lang: Lang;
  /** Second-person possessives: "your", "tu", "seu", "ton", "deine". */
  possessives: string[];
  /** Verbs and frames that ask for something: "send", "can i have", "me pasas", "gib". */
  requestVerbs: string[];
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
  /** English only: "what's the best number …", "which email should I use …". */
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

/** Contact nouns every language borrows. */
export const SHARED_NOUNS: Record<string, NounCategory> = {
  email: "email",
  "e-mail": "email",
  "email address": "email",
  "e-mail address": "email",
  "email id": "email",
  "mail id": "email",
  gmail: "email",
  "gmail id": "email",
  "gmail address": "email",
  hotmail: "email",
};

/** Generic identifier nouns: a contact detail only after a messenger or social platform ("skype id"). */
export const GENERIC_ID_NOUNS = [
  "id", "handle", "username", "user name", "user", "account", "acc", "number", "no", "num", "nr", "nummer", "numero",
  "contact", "contacto", "contato", "kontakt", "nick", "nickname", "name", "profile", "profil", "perfil", "link", "page", "tag",
  "usuario", "utilisateur", "benutzername", "pseudo",
];

/**
 * Ambiguous platform aliases (see platforms/*.ts) that read as the platform after "your" / "do you
 * have": "ur ig", "tu wsp", "seu zap". The others ("line", "teams", "meet", "x", "threads") count
 * only as qualifiers ("your line id", "your teams account").
 */
export const AMBIGUOUS_PLATFORM_NOUNS = [
  "wa", "zap", "wapp", "wsp", "whatsup", "watsup", "tg", "ig", "gram", "fb", "snap", "signal", "wx", "vx", "kik", "qq", "vk", "messenger",
];

/** Extra platform words the shared platform tables do not list (regional short forms). */
export const EXTRA_PLATFORM_NOUNS: Record<string, string> = {
  whats: "whatsapp",
  wpp: "whatsapp",
  guasap: "whatsapp",
  "whatsapp business": "whatsapp",
  insta: "instagram",
  linkedln: "linkedin",
};

/**
 * Words around a request that say what the email is for (POLICY E2, E3): reported as context
 * so the policy can apply "system access" or "legal" exceptions. Mirrors src/policy/purpose.ts.
 */
export const PURPOSE_WORDS = [
  // systems (E3)
  "github", "gitlab", "bitbucket", "repo", "repos", "repository", "codebase", "jira", "confluence", "azure devops",
  "google analytics", "analytics", "ga4", "google ads", "ads account", "ad account", "ads manager", "business manager",
  "search console", "tag manager", "hubspot", "mailchimp", "klaviyo", "quickbooks", "xero", "freshbooks", "bookkeeping",
  "google drive", "drive", "dropbox", "onedrive", "sharepoint", "docusign", "hellosign", "pandadoc", "e-signature",
  "wordpress", "wix", "squarespace", "shopify", "webflow", "cpanel", "hosting", "aws", "vercel", "netlify", "heroku",
  "firebase", "supabase", "gcp", "azure", "testflight", "app store connect", "play console", "figma", "notion",
  "airtable", "trello", "asana", "clickup", "workspace", "admin",
  // purpose cues (E3)
  "invite", "invited", "invitation", "add you", "add u", "give you access", "grant you access", "access", "collaborator",
  "permission", "permissions", "onboard", "set you up",
  // legal (E2)
  "nda", "non-disclosure", "non disclosure", "business license", "background check", "identity check", "kyc",
];

const EN: RequestLexicon = {
  lang: "en",
  possessives: ["your", "ur", "yr", "ya", "yur", "youre", "you're"],
  requestVerbs: [
    "share", "send", "give", "gimme", "drop", "pass", "provide", "tell", "dm", "pm", "text", "leave", "post", "write",
    "forward", "shoot", "email me", "message me", "inbox me", "can i have", "could i have", "may i have", "can i get",
    "could i get", "may i get", "can we have", "can we get", "could we get", "could we have", "get me", "let me have",
    "let me know", "lemme have", "lemme know", "may i know", "can i know", "could i know", "i need", "we need", "i ll need",
    "need", "i want", "we want", "i would like", "i d like", "we d like", "mind sharing", "mind giving", "ask for",
    "what about", "how about", "send over", "hand over", "share with me", "share with us", "send with me",
  ],
  questionWords: ["what s", "whats", "what is", "what are", "what re", "whatre", "wats", "wat s", "wat is", "where s", "where is", "which is", "what was"],
  haveCues: [
    "do you have", "do u have", "d you have", "do ya have", "have you got", "have u got", "do you use", "do u use", "got any",
  ],
  haveQuestionCues: ["you have", "u have", "you got", "u got", "you use", "u use", "you on", "u on", "got"],
  onPlatformCues: ["are you on", "r u on", "are u on", "r you on", "are you using", "are u using"],
  articles: ["a", "an", "any", "some"],
  leads: ["and", "also", "so", "ok", "okay", "hey", "hi", "hello", "btw", "pls", "please", "then", "plus", "oh", "but", "thanks", "great"],
  please: ["please", "pls", "plz", "plse", "plis", "pleaseee"],
  reachQuestions: ["how", "where", "how else", "what s the best way to", "what is the best way to", "best way to", "what s the easiest way to"],
  reachVerbs: [
    "reach you", "reach u", "contact you", "contact u", "call you", "call u", "text you", "text u", "email you",
    "get in touch with you", "get in touch", "get ahold of you", "get hold of you", "find you",
  ],
  away: [
    "outside", "outside of", "off platform", "off the platform", "off upwork", "directly", "privately", "personally",
    "in private", "elsewhere", "other than here", "besides upwork", "apart from upwork",
  ],
  exchangeVerbs: [
    "let s exchange", "lets exchange", "let us exchange", "we can exchange", "we could exchange", "can we exchange",
    "could we exchange", "shall we exchange", "should we exchange", "we should exchange", "to exchange", "maybe exchange",
    "let s swap", "lets swap", "we can swap", "can we swap", "to swap", "let s trade", "lets trade",
  ],
  bestWords: ["the best", "your best", "the preferred", "your preferred", "a good", "the right", "best"],
  whichWords: ["which", "what"],
  shouldI: ["should i", "can i", "do i", "shall i", "could i", "would i", "should we", "can we", "do we", "shall we"],
  negations: [
    "not", "never", "dont", "don t", "do not", "doesn t", "didn t", "cannot", "can t", "cant", "won t", "wont", "shouldn t",
    "mustn t", "no need to", "without", "avoid", "refrain from", "stop",
  ],
  barriers: [
    "by", "via", "through", "thru", "to", "on", "in", "at", "from", "for", "per", "into", "onto", "using", "over", "under",
    "about", "of", "with", "is", "are", "was", "were", "has", "had", "been",
  ],
  nouns: {
    phone: "phone", "phone number": "phone", "phone no": "phone", "phone num": "phone", "phone nr": "phone", "ph no": "phone",
    "ph number": "phone", telephone: "phone", "telephone number": "phone", tel: "phone", "tel no": "phone", cell: "phone",
    "cell number": "phone", "cell no": "phone", cellphone: "phone", "cell phone": "phone", "cell phone number": "phone",
    "cellphone number": "phone", mobile: "phone", "mobile number": "phone", "mobile no": "phone", "mob no": "phone",
    "mobile phone": "phone", "mobile phone number": "phone", landline: "phone", "direct line": "phone", number: "phone",
    digits: "phone", "contact number": "phone", "contact no": "phone", "phone contact": "phone",
    mail: "email", "mail address": "email",
    contact: "contact", "contact info": "contact", "contact information": "contact", "contact details": "contact",
    "contact detail": "contact", "contact data": "contact", "personal details": "contact", "personal contact": "contact",
    "personal info": "contact", "contact card": "contact", vcard: "contact",
    address: "address", "home address": "address", "street address": "address", "physical address": "address",
    "mailing address": "address", "postal address": "address", "shipping address": "address",
    socials: "social", "social media": "social", "social media handle": "social", "social media handles": "social",
    "social handles": "social", "social media accounts": "social", "social accounts": "social",
  },
  pluralNouns: {
    numbers: "phone", "phone numbers": "phone", emails: "email", "email addresses": "email", "e mails": "email",
    contacts: "contact", "contact details": "contact", "contact info": "contact", details: "contact", info: "contact",
    socials: "social", handles: "social", digits: "phone", whatsapps: "whatsapp",
  },
  ambiguousNouns: ["number", "address", "mail", "mail address"],
  modifiers: [
    "phone", "cell", "mobile", "personal", "private", "direct", "work", "home", "business", "best", "preferred", "real",
    "own", "main", "current", "office", "contact", "telephone", "cellphone", "landline", "usual", "regular", "actual",
    "full", "exact", "street", "postal", "physical", "mailing", "shipping", "delivery", "billing", "residential",
  ],
  coordinators: ["and", "or", "n", "plus", "also"],
  nounBlockers: [
    "of", "one", "person", "persons", "people", "form", "forms", "page", "us", "section", "field", "fields", "button",
    "verified", "verification", "confirmed", "changed", "updated", "notifications", "notification", "alerts", "settings",
  ],
  linkers: [],
  onPlatform: [
    "here", "on upwork", "on the platform", "on this platform", "through upwork", "through the platform", "via upwork",
    "via the platform", "within the platform", "in the chat", "in this chat", "on fiverr", "in upwork", "on the site",
  ],
  prohibitions: [
    "not allowed", "isn t allowed", "against the rules", "against the terms", "against the tos", "against tos",
    "against upwork", "against policy", "against our policy", "prohibited", "forbidden", "not permitted", "violates",
    "violation", "banned", "breaks the rules", "can get you banned", "is risky",
  ],
};

const ES: RequestLexicon = {
  lang: "es",
  possessives: ["tu", "tus", "su", "sus", "vuestro", "vuestra", "vuestros"],
  requestVerbs: [
    "pasas", "pasa", "pasame", "pasar", "pasarme", "pasarias", "pasais", "me das", "me da", "me dais", "nos da", "dame",
    "dar", "darme", "darias", "mandas", "manda", "mandame", "mandar", "mandarme", "mandarias", "envias", "envia", "enviame",
    "enviar", "enviarme", "enviarias", "compartes", "comparte", "comparteme", "compartir", "compartirme", "compartirias",
    "dime", "decirme", "dices", "deja", "dejame", "dejar", "facilita", "facilitame", "facilitar", "proporciona",
    "proporcioname", "proporcionar", "regalas", "regalame", "escribeme", "necesito", "quiero", "me puedes dar",
  ],
  questionWords: ["cual", "cuales", "cual es", "cual seria", "que", "que es", "me dices"],
  haveCues: ["tienes", "tenes", "usas", "tiene usted", "usa usted"],
  haveQuestionCues: ["tiene", "tienen", "usted tiene", "usted usa", "usa"],
  onPlatformCues: ["estas en", "esta en", "estas usando"],
  articles: ["un", "una", "algun", "alguna"],
  leads: ["y", "tambien", "ok", "vale", "hola", "oye", "entonces", "pero", "gracias", "por cierto"],
  please: ["por favor", "porfa", "porfavor", "xfa", "pf", "plis"],
  reachQuestions: ["como", "donde", "de que forma", "de que manera"],
  reachVerbs: [
    "contactarte", "contactarlo", "contactarla", "contactarle", "contactaros", "te contacto", "te puedo contactar",
    "llamarte", "te llamo", "escribirte", "te escribo", "localizarte", "ubicarte", "comunicarme contigo",
    "hablar contigo",
  ],
  away: ["fuera", "afuera", "por fuera", "directamente", "en privado", "aparte", "fuera de la plataforma"],
  exchangeVerbs: ["intercambiar", "intercambiemos", "intercambiamos", "pasarnos", "nos pasamos"],
  negations: ["no", "nunca", "jamas", "sin", "evita", "evitar", "evite"],
  barriers: ["por", "para", "en", "con", "a", "al", "del", "de", "desde", "sobre", "mediante", "via", "sin", "es", "esta"],
  nouns: {
    numero: "phone", "numero de telefono": "phone", "numero de celular": "phone", "numero de movil": "phone",
    "numero de contacto": "phone", "numero de tel": "phone", "numero personal": "phone", telefono: "phone", celular: "phone",
    movil: "phone", cel: "phone", tlf: "phone", telf: "phone", "telefono movil": "phone",
    correo: "email", "correo electronico": "email", "direccion de correo": "email", "direccion de email": "email",
    "direccion de correo electronico": "email", "direccion de e mail": "email", mail: "email", "e mail": "email",
    contacto: "contact", "datos de contacto": "contact", "info de contacto": "contact", "informacion de contacto": "contact",
    direccion: "address", domicilio: "address", "direccion postal": "address",
    redes: "social", "redes sociales": "social",
  },
  pluralNouns: {
    numeros: "phone", telefonos: "phone", correos: "email", contactos: "contact", datos: "contact",
    "datos de contacto": "contact", redes: "social", "redes sociales": "social",
  },
  ambiguousNouns: ["numero", "direccion", "mail"],
  modifiers: ["telefono", "celular", "movil", "personal", "privado", "privada", "contacto", "casa", "trabajo", "completa", "postal", "fisica"],
  coordinators: ["y", "o", "e", "u"],
  nounBlockers: ["persona", "formulario", "pagina", "verificado", "verificada"],
  linkers: ["de", "del"],
  onPlatform: ["aqui", "aca", "en upwork", "en la plataforma", "por la plataforma", "por upwork", "en el chat", "por aqui"],
  prohibitions: ["no esta permitido", "no se permite", "prohibido", "esta prohibido", "va contra", "contra las reglas", "contra los terminos"],
};

const PT: RequestLexicon = {
  lang: "pt",
  possessives: ["seu", "sua", "seus", "suas", "teu", "tua", "teus", "tuas"],
  requestVerbs: [
    "passa", "passe", "passar", "passaria", "manda", "mande", "mandar", "mandaria", "envia", "envie", "enviar", "enviaria",
    "me da", "me de", "dar", "daria", "compartilha", "compartilhe", "compartilhar", "fala", "fale", "diz", "diga", "dizer",
    "informa", "informe", "informar", "deixa", "deixe", "deixar", "preciso", "quero", "pode me passar", "poderia me passar",
  ],
  questionWords: ["qual", "quais", "qual e", "qual seria", "qual o", "qual a"],
  haveCues: ["tens"],
  haveQuestionCues: ["tem", "voce tem", "vc tem", "vcs tem", "voces tem", "usa", "voce usa", "vc usa"],
  onPlatformCues: ["esta no", "ta no", "voce esta no", "vc ta no", "vc esta no", "esta usando"],
  articles: ["um", "uma", "algum", "alguma"],
  leads: ["e", "tambem", "ok", "oi", "ola", "entao", "mas", "obrigado", "obrigada", "alias"],
  please: ["por favor", "pfv", "pf", "porfa", "pfvr"],
  reachQuestions: ["como", "onde", "de que forma", "de que jeito"],
  reachVerbs: [
    "te contatar", "contatar voce", "contatar vc", "te contactar", "te ligar", "ligar pra voce", "ligar para voce",
    "te chamar", "te achar", "te encontrar", "falar com voce", "falar com vc", "falar contigo",
    "entrar em contato com voce", "entrar em contato contigo", "entrar em contato com vc", "te acho", "te encontro",
  ],
  away: ["fora", "por fora", "direto", "diretamente", "no privado", "em particular", "fora daqui", "fora da plataforma"],
  exchangeVerbs: ["trocar", "trocamos", "troquemos", "trocar os", "vamos trocar"],
  negations: ["nao", "nunca", "jamais", "sem", "evite", "evitar", "evita"],
  barriers: ["por", "pelo", "pela", "para", "pra", "em", "no", "na", "com", "de", "do", "da", "via", "sobre", "sem", "ao"],
  nouns: {
    numero: "phone", "numero de telefone": "phone", "numero de celular": "phone", "numero de contato": "phone",
    "numero do celular": "phone", "numero do telefone": "phone", telefone: "phone", celular: "phone", cel: "phone",
    fone: "phone", tel: "phone", "telefone celular": "phone",
    "endereco de email": "email", "endereco de e mail": "email", "e mail": "email", mail: "email",
    contato: "contact", "dados de contato": "contact", "informacoes de contato": "contact", "info de contato": "contact",
    endereco: "address", "endereco completo": "address",
    "redes sociais": "social", redes: "social",
  },
  pluralNouns: { numeros: "phone", telefones: "phone", contatos: "contact", emails: "email", "e mails": "email", redes: "social", "redes sociais": "social" },
  ambiguousNouns: ["numero", "endereco", "mail"],
  modifiers: ["telefone", "celular", "pessoal", "privado", "contato", "completo", "residencial"],
  coordinators: ["e", "ou"],
  nounBlockers: ["pessoa", "formulario", "pagina", "verificado"],
  linkers: ["de", "do", "da", "no"],
  onPlatform: ["aqui", "na plataforma", "pela plataforma", "no upwork", "pelo upwork", "no chat", "por aqui"],
  prohibitions: ["nao e permitido", "proibido", "e proibido", "contra as regras", "contra os termos", "viola"],
};

const FR: RequestLexicon = {
  lang: "fr",
  possessives: ["ton", "ta", "tes", "votre", "vos"],
  requestVerbs: [
    "donne", "donnes", "donnez", "donner", "envoie", "envoies", "envoyer", "envoyez", "passe", "passes", "passer", "passez",
    "partage", "partages", "partager", "partagez", "laisse", "laisser", "laissez", "communique", "communiquer", "communiquez",
    "indique", "indiquer", "indiquez", "transmets", "transmettre", "transmettez", "ecris", "ecrivez", "dis", "dites",
    "j ai besoin de", "je veux", "je voudrais", "pourrais je avoir", "puis je avoir", "je peux avoir", "peux tu me donner",
  ],
  questionWords: ["quel", "quelle", "quels", "quelles", "quel est", "quelle est", "c est quoi", "c quoi", "qu est ce que"],
  haveCues: ["as tu", "avez vous", "utilises tu", "utilisez vous", "est ce que tu as", "est ce que vous avez"],
  haveQuestionCues: ["tu as", "t as", "vous avez", "tu utilises", "vous utilisez"],
  onPlatformCues: ["tu es sur", "es tu sur", "etes vous sur", "vous etes sur", "t es sur"],
  articles: ["un", "une", "des", "du"],
  leads: ["et", "aussi", "ok", "salut", "bonjour", "alors", "mais", "merci", "sinon"],
  please: ["s il te plait", "s il vous plait", "stp", "svp", "please"],
  reachQuestions: ["comment", "ou", "de quelle facon", "de quelle maniere"],
  reachVerbs: [
    "te contacter", "vous contacter", "te joindre", "vous joindre", "t appeler", "vous appeler", "t ecrire", "vous ecrire",
    "te parler", "vous parler", "te trouver", "vous trouver",
  ],
  away: ["en dehors", "ailleurs", "directement", "en prive", "hors plateforme", "hors de la plateforme"],
  exchangeVerbs: ["echanger", "echangeons", "on echange", "s echanger"],
  negations: ["ne", "n", "pas", "jamais", "sans", "evitez", "evite", "eviter"],
  barriers: ["par", "pour", "sur", "dans", "en", "a", "au", "aux", "avec", "de", "du", "d", "via", "sans", "chez", "vers", "est"],
  nouns: {
    numero: "phone", "numero de telephone": "phone", "numero de tel": "phone", "numero de portable": "phone",
    "numero de mobile": "phone", "numero perso": "phone", "numero personnel": "phone", telephone: "phone", tel: "phone",
    portable: "phone", mobile: "phone", "06": "phone",
    courriel: "email", mail: "email", "e mail": "email", "adresse mail": "email", "adresse email": "email",
    "adresse e mail": "email", "adresse electronique": "email", "adresse courriel": "email", mel: "email",
    contact: "contact", coordonnees: "contact", "coordonnees perso": "contact", "infos de contact": "contact",
    adresse: "address", "adresse postale": "address", "adresse complete": "address",
    reseaux: "social", "reseaux sociaux": "social",
  },
  pluralNouns: { numeros: "phone", coordonnees: "contact", contacts: "contact", emails: "email", mails: "email", adresses: "address" },
  ambiguousNouns: ["numero", "adresse", "mail", "mobile"],
  modifiers: ["telephone", "portable", "perso", "personnel", "personnelle", "prive", "privee", "postale", "complete", "contact"],
  coordinators: ["et", "ou"],
  nounBlockers: ["personne", "formulaire", "page", "verifie", "verifiee"],
  linkers: ["de", "du", "d", "des"],
  onPlatform: ["ici", "sur upwork", "sur la plateforme", "via la plateforme", "par la plateforme", "dans le chat", "sur le site"],
  prohibitions: ["interdit", "n est pas autorise", "pas autorise", "contre les regles", "contraire aux conditions", "viole"],
};

const DE: RequestLexicon = {
  lang: "de",
  possessives: ["dein", "deine", "deinen", "deinem", "deiner", "deines", "ihre", "ihren", "ihrem", "ihrer", "ihr", "eure", "euren"],
  requestVerbs: [
    "gib", "gibst", "geben", "gebt", "schick", "schicke", "schickst", "schicken", "schickt", "sende", "sendest", "senden",
    "sendet", "teil", "teile", "teilst", "teilen", "teilt", "nenn", "nenne", "nennen", "verrat", "verrate", "verraten",
    "schreib", "schreibe", "schreiben", "kann ich", "konnte ich", "darf ich", "brauche", "ich brauche", "ich hatte gern",
    "ich hatte gerne", "hatte gern", "kannst du mir", "konnen sie mir", "konntest du mir", "konnten sie mir", "sag mir",
    "verrat mir",
  ],
  questionWords: ["wie", "was", "welche", "welcher", "welches", "wie ist", "wie lautet", "was ist", "wie war"],
  haveCues: ["hast du", "haste", "haben sie", "habt ihr", "nutzt du", "benutzt du", "verwendest du", "nutzen sie"],
  haveQuestionCues: ["du hast", "sie haben"],
  onPlatformCues: ["bist du auf", "bist du bei", "sind sie auf", "sind sie bei", "bist du in"],
  articles: ["ein", "eine", "einen"],
  leads: ["und", "auch", "ok", "hallo", "hi", "also", "aber", "danke", "ubrigens"],
  please: ["bitte", "bitteschon", "pls"],
  reachQuestions: ["wie", "wo", "auf welchem weg"],
  reachVerbs: [
    "dich erreichen", "sie erreichen", "erreiche ich dich", "erreiche ich sie", "dich kontaktieren", "sie kontaktieren",
    "kontaktiere ich dich", "kontaktiere ich sie", "dich anrufen", "sie anrufen", "mit dir sprechen", "dir schreiben",
  ],
  away: ["ausserhalb", "außerhalb", "direkt", "privat", "anderweitig", "woanders"],
  exchangeVerbs: ["austauschen", "tauschen", "tauschen wir", "lass uns tauschen", "auszutauschen"],
  exchangeAfter: ["austauschen", "tauschen", "auszutauschen"],
  negations: ["nicht", "nie", "niemals", "kein", "keine", "keinen", "ohne"],
  negationAfter: 2,
  barriers: ["per", "uber", "ueber", "via", "an", "auf", "in", "im", "mit", "von", "vom", "zu", "zur", "zum", "fur", "fuer", "ohne", "bei", "aus", "nach", "ist"],
  nouns: {
    nummer: "phone", telefonnummer: "phone", handynummer: "phone", mobilnummer: "phone", rufnummer: "phone",
    festnetznummer: "phone", "telefon nummer": "phone", "handy nummer": "phone", telefon: "phone", handy: "phone",
    tel: "phone", whatsappnummer: "whatsapp", "whatsapp nummer": "whatsapp",
    mail: "email", "e mail adresse": "email", emailadresse: "email", mailadresse: "email", "mail adresse": "email",
    "email adresse": "email",
    kontakt: "contact", kontaktdaten: "contact", kontaktinfos: "contact", kontaktinformationen: "contact", kontaktdetails: "contact",
    adresse: "address", anschrift: "address", wohnadresse: "address", postadresse: "address", privatadresse: "address",
    "e mail": "email",
  },
  pluralNouns: { nummern: "phone", telefonnummern: "phone", handynummern: "phone", kontaktdaten: "contact", kontakte: "contact", emails: "email", "e mails": "email", mailadressen: "email" },
  ambiguousNouns: ["nummer", "adresse", "mail"],
  modifiers: ["private", "privaten", "privates", "personliche", "personlichen", "handy", "telefon", "mobile", "geschaftliche", "vollstandige", "aktuelle"],
  coordinators: ["und", "oder"],
  nounBlockers: ["formular", "seite", "verifiziert", "bestatigt"],
  linkers: ["von", "der", "des", "bei"],
  onPlatform: ["hier", "auf upwork", "auf der plattform", "uber die plattform", "uber upwork", "im chat"],
  prohibitions: ["verboten", "nicht erlaubt", "nicht gestattet", "gegen die regeln", "gegen die agb", "verstosst"],
};

const IT: RequestLexicon = {
  lang: "it",
  possessives: ["tuo", "tua", "tuoi", "tue", "il tuo", "la tua", "vostro", "vostra", "suo"],
  requestVerbs: [
    "dammi", "dai", "dare", "darmi", "mandami", "manda", "mandare", "mandarmi", "invia", "inviami", "inviare", "inviarmi",
    "passami", "passa", "passare", "passarmi", "lasciami", "lascia", "condividi", "condividere", "scrivimi", "dimmi",
    "posso avere", "ho bisogno del", "mi dai", "mi dici",
  ],
  questionWords: ["qual", "quale", "quali", "qual e", "che"],
  haveCues: ["ce l hai"],
  haveQuestionCues: ["hai", "avete", "usi", "usate"],
  onPlatformCues: ["sei su", "siete su"],
  articles: ["un", "una", "uno"],
  leads: ["e", "anche", "ok", "ciao", "allora", "ma", "grazie"],
  please: ["per favore", "perfavore", "pf", "per piacere"],
  reachQuestions: ["come", "dove"],
  reachVerbs: ["contattarti", "ti contatto", "chiamarti", "ti chiamo", "raggiungerti", "scriverti", "ti scrivo", "sentirti"],
  away: ["fuori", "direttamente", "in privato", "fuori dalla piattaforma"],
  exchangeVerbs: ["scambiare", "scambiamoci", "scambiamo", "scambiarci"],
  negations: ["non", "mai", "senza", "evita", "evitare"],
  barriers: ["per", "via", "su", "in", "a", "al", "alla", "con", "di", "del", "da", "dal", "tramite"],
  nouns: {
    numero: "phone", "numero di telefono": "phone", "numero di cellulare": "phone", "numero di cell": "phone",
    cellulare: "phone", cell: "phone", telefono: "phone",
    mail: "email", "e mail": "email", "indirizzo email": "email", "indirizzo mail": "email", "indirizzo e mail": "email",
    contatto: "contact", contatti: "contact", recapito: "contact", recapiti: "contact",
    indirizzo: "address", "indirizzo di casa": "address",
    social: "social",
  },
  pluralNouns: { numeri: "phone", contatti: "contact", recapiti: "contact", email: "email" },
  ambiguousNouns: ["numero", "indirizzo", "mail"],
  modifiers: ["telefono", "cellulare", "personale", "privato", "casa"],
  coordinators: ["e", "o"],
  nounBlockers: ["persona", "modulo", "pagina"],
  linkers: ["di", "del", "della"],
  onPlatform: ["qui", "sulla piattaforma", "su upwork", "nella chat", "tramite la piattaforma"],
  prohibitions: ["vietato", "non e permesso", "non consentito", "contro le regole"],
};

export const REQUEST_LEXICONS: readonly RequestLexicon[] = [EN, ES, PT, FR, DE, IT];

/**
 * Words after any contact noun that make it a skill, a product or a statistic rather than a
 * contact detail ("whatsapp API", "email marketing", "instagram followers", "mobile app").
 */
export const NOUN_BLOCKERS_ALL = [
  "api", "apis", "integration", "integrations", "integracion", "integracao", "bot", "bots", "clone", "template", "templates",
  "marketing", "campaign", "campaigns", "campana", "campanha", "automation", "ads", "ad", "experience", "developer",
  "developers", "development", "dev", "app", "apps", "application", "list", "lists", "newsletter", "newsletters",
  "signature", "design", "designs", "password", "passwords", "login", "followers", "follower", "seguidores", "abonnes",
  "subscribers", "posts", "post", "feed", "stories", "reels", "content", "strategy", "growth", "audience", "engagement",
  "analytics", "insights", "case", "cases", "plan", "plans", "model", "screen", "battery", "camera", "game", "games",
  "version", "friendly", "responsive", "optimization", "sdk", "framework", "frameworks", "device", "devices",
  "platform", "platforms", "os", "ui", "ux", "web", "website", "browser", "view", "layout", "testing", "test", "tests",
  "reference", "references", "value", "values", "format", "formula", "usage", "data", "validation", "validator",
  "regex", "input", "parser", "parsing", "pattern", "syntax", "column", "columns", "plugin", "widget", "skills", "skill", "store",
  "shop", "sequence", "sequences", "flow", "flows", "copy", "copywriting", "blast", "blasts", "server", "hosting",
  "provider", "client", "clients", "domain", "inbox", "support", "team", "group chat", "channel", "channels", "me", "him",
  "her", "them", "it", "back", "verification", "verified",
];

/**
 * The grammar of a request, shared by every language. Slots:
 *   @ask @q @have @on @article @lead @please @how @reach @away @exchange @best @which @shouldi @poss
 *   (word classes from the lexicon), @noun (a contact noun with its modifiers), @plural (collective
 *   nouns), @platform (a messenger or social platform name).
 * The first frame that matches at a word wins; overlapping matches are merged.
 */
export interface RequestFrame {
  pattern: string;
  confidence: number;
  /** Suppress when an on-platform anchor ("here", "on upwork") follows in the sentence. */
  anchorGuard?: boolean;
}

export const REQUEST_FRAMES: readonly RequestFrame[] = [
  // "can u share ur phone no", "send me your email", "gib mir deine Nummer", "dame tu whatsapp"
  { pattern: "@ask ~3 @poss ~2 @noun", confidence: 0.9 },
  // "what's your WhatsApp", "cuál es tu correo", "qual é o seu telefone", "wie ist deine E-Mail"
  { pattern: "@q ~2 @poss ~2 @noun", confidence: 0.9 },
  // "what's the best number to reach you"
  { pattern: "@q ~1 @best ~1 @noun", confidence: 0.85 },
  // "which email should I use to add you"
  { pattern: "@which ~1 @noun @shouldi", confidence: 0.8 },
  // "do you have skype?", "hast du WhatsApp?", "¿tienes telegram?"
  { pattern: "@have @article? @noun", confidence: 0.85 },
  // "tem whatsapp?", "you got telegram?" — the same words are statements without the question mark
  { pattern: "@haveq @article? @noun *2 $?", confidence: 0.8 },
  // "are you on whatsapp", "bist du auf Telegram"
  { pattern: "@on @platform", confidence: 0.85 },
  // "and your number?", "votre numéro de téléphone ?", "your email pls?"
  { pattern: "^ @lead? @poss ~2 @noun @please? $?", confidence: 0.8 },
  { pattern: "^ @lead? @poss ~2 @noun @please", confidence: 0.75 },
  // "how can I reach you outside", "comment te joindre en dehors"
  { pattern: "@how ~3 @reach *2 @away", confidence: 0.9 },
  // Without "outside" it may mean the platform's own chat: reported, but below the strong cues.
  { pattern: "@how ~3 @reach", confidence: 0.55, anchorGuard: true },
  // "let's exchange numbers", "intercambiar contactos", "échanger nos numéros"
  { pattern: "@exchange ~2 @plural", confidence: 0.85 },
  { pattern: "@exchange ~2 @noun", confidence: 0.8 },
  { pattern: "@plural ~1 @exchangeafter", confidence: 0.85 },
];
