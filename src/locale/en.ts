import { defineLocale } from "./types.js";

/*
 * English. Also the home of grammar that only English has so far: the handle invitations ("text me
 * on", "let's move to"), the email "my gmail is …" form and the E7 work-talk phrases.
 */

// Pieces of the invitation phrases below (regex source; one space = 1–3 white-space characters).
const INVITE_VERBS =
  "(?:text|txt|message|msg|dm|pm|ping|call|ring|contact|reach|find|add|follow|hit|hmu|chat|talk|write|catch|connect|" +
  "inbox|buzz|holla|holler|send|join|meet|see|video[ -]?call|facetime|speak|reply|respond|answer|get in touch(?: with)?|" +
  "reach out(?: to)?|shoot (?:me|us) a (?:message|msg|text|dm|note))";
const INVITE_PREPOSITION = "(?:on|via|over|through|thru|in|at|using)";
const INVITE_OBJECT = "(?: (?:me|us|with (?:me|us)))?(?: (?:up|out|back|directly|privately|there|anytime))?";
const INVITE_TOPIC = "(?: (?:(?:the|this|our) (?:conversation|chat|discussion|talk)|this|it|things))?(?: over)?";

export default defineLocale({
  code: "en",
  name: "English",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["curriculum vitae", "employment history", "work history", "job history", "career history", "past jobs", "previous jobs", "previous employment"],
      sections: ["resume", "résumé", "cv", "work experience", "professional experience", "professional summary", "references available upon request"],
      words: ["experience", "education", "skills", "technical skills", "certifications", "references", "languages"],
    },
    nda: {
      titles: ["non-disclosure agreement", "nondisclosure agreement", "confidentiality agreement"],
      sections: ["confidential information", "disclosing party", "receiving party"],
      words: ["governing law", "in witness whereof", "term of this agreement", "signature"],
    },
    businessLicense: {
      titles: ["business license", "business licence", "certificate of incorporation", "certificate of registration"],
      sections: ["license number", "licence number", "registration number"],
      words: ["date of issue", "issued by", "expiration date", "expiry date", "registered office"],
    },
    backgroundCheck: {
      titles: ["background check", "background screening"],
      sections: ["consumer report", "criminal record", "criminal history", "fair credit reporting act"],
      words: ["identity verification", "sex offender registry", "employment verification"],
    },
    brief: {
      titles: ["project brief", "creative brief"],
      sections: ["scope of work", "deliverables"],
      words: ["target audience", "timeline", "budget", "requirements", "milestones", "objectives"],
    },
    portfolio: {
      titles: ["portfolio"],
      sections: ["case study", "case studies", "selected work", "selected works", "featured projects"],
      words: ["my work", "client"],
    },
  },
  link: {
    careerHosts: ["careers", "career", "jobs", "job", "recruiting", "recruitment", "recruit", "hiring", "talent", "apply", "workwithus", "joinus"],
    portalHosts: ["suppliers", "supplier", "vendors", "vendor", "procurement", "sourcing", "tenders", "tender", "bids", "rfq"],
    applyCues: ["apply", "applying", "application", "applications", "register", "registration", "submit", "upload", "bid", "bids", "quote", "quotes", "rfq", "tender"],
    projectCues: ["fix", "fixed", "fixing", "broken", "bug", "bugs", "error", "errors", "throws", "crash", "crashes", "redesign", "rebuild", "revamp", "migrate", "audit", "slow", "speed up", "optimize", "not working", "doesn't work", "isn't working", "i built", "we built", "i made", "i designed", "i developed", "built it", "maintain", "fixes", "design", "designing", "build", "building", "create", "develop", "implement", "improve", "update", "seo", "pagination", "layout", "stopped working", "stopped sending", "not sending", "doesn't send", "won't submit", "fix it"],
    reachCues: ["reach me", "contact me", "write to me", "message me", "get in touch with me", "talk to me", "email me", "drop me a line", "hit me up", "ping me"],
    formFields: ["email", "e-mail", "email address", "phone", "phone number", "telephone", "mobile number", "whatsapp", "contact details", "contact info", "contact information"],
    questionnaireCues: ["questionnaire", "survey", "design brief", "project brief", "creative brief", "briefing"],
    applyPhrases: ["fill (?:in|out) the application(?: form)?", "(?:complete|submit) (?:your|the|an) application", "apply (?:through|via|on|at|from|using)", "send (?:us )?your application (?:through|via|on|from)", "(?:submit|enter|upload|send|place|file|lodge) (?:(?:your|the|a|an|our|same|formal|final|full|official|technical|commercial|price|updated) ){0,3}(?:proposals?|bids?|quotes?|quotations?|offers?|tender|rfp response|response)", "register (?:on|in|at|with) our (?:supplier|vendor|procurement|sourcing|tender|bidding) (?:portal|platform|system)"],
    ownSites: ["(?:on |at |through |via |from )?our (?:company |corporate |own )?(?:web ?site|site|homepage|careers? (?:page|portal|site)|jobs? (?:page|portal|board)|portal|hr portal)", "the careers? (?:page|portal) (?:on|of) our (?:web ?site|site)", "(?:in|on|into|through|via|at) (?:our )?(?:supplier|vendor|procurement|sourcing|tender|bidding|e-?procurement|applicant|candidate) (?:portal|platform|system)"],
  },
  regions: ["US", "GB", "IN", "NG", "PH", "CA", "AU", "ZA", "KE", "IE", "NZ", "SG"],
  numbers: {
    units: {
      // A lone "o" reads as zero only between number words ("five o five"): it is weak below.
      0: ["zero", "oh", "o"],
      1: ["one"],
      2: ["two"],
      3: ["three"],
      4: ["four"],
      5: ["five"],
      6: ["six"],
      7: ["seven"],
      8: ["eight"],
      9: ["nine"],
    },
    teens: {
      10: ["ten"],
      11: ["eleven"],
      12: ["twelve"],
      13: ["thirteen"],
      14: ["fourteen"],
      15: ["fifteen"],
      16: ["sixteen"],
      17: ["seventeen"],
      18: ["eighteen"],
      19: ["nineteen"],
    },
    tens: {
      20: ["twenty"],
      30: ["thirty"],
      40: ["forty", "fourty"],
      50: ["fifty"],
      60: ["sixty"],
      70: ["seventy"],
      80: ["eighty"],
      90: ["ninety"],
    },
    hundred: ["hundred"],
    double: ["double"],
    triple: ["triple"],
    connectors: ["and"],
    plus: ["plus"],
    weak: ["oh", "o", "one", "six", "ten"],
  },
  email: {
    // "at the rate": how Indian English reads "@" aloud ("sandeep_k at the rate yahoo dot co dot in").
    atWords: ["at", "at sign", "at symbol", "at the rate", "at d rate"],
    dotWords: ["dot", "period", "dt"],
    cues: [
      "email", "e-mail", "mail", "send", "sent", "resume", "cv", "contact", "write", "apply", "reach", "address",
    ],
    labels: ["email address", "e-mail address", "email", "e-mail", "mail", "from", "to", "contact"],
    providerPrepositions: ["on", "at", "in", "via"],
    // "my gmail is kasia.wrobel", "my gmail account is: …".
    providerPossessives: ["my"],
    providerLinks: ["is", "id", ":", "account is"],
    notAMailbox: [
      "a", "i", "me", "us", "him", "her", "them", "it", "this", "that", "here", "there", "we", "you", "they", "is",
      "are", "was", "be", "am", "work", "works", "worked", "working", "look", "looking", "looked", "available",
      "based", "located", "live", "lives", "living", "stay", "staying", "arrive", "arriving", "meet", "see", "find",
      "found", "good", "great", "best", "better", "expert", "job", "home", "start", "starts", "end", "ends", "begin",
      "hosted", "host", "deployed", "running", "runs", "shop", "shopping", "buy", "sell", "sold", "listed",
      "published", "posted", "studied", "study", "intern", "engineer", "developer", "designer", "manager", "lead",
      "senior", "junior", "or", "and", "but", "not", "only", "just", "also", "still", "even", "both", "all",
      "anything", "something", "nothing", "everything", "one", "two", "three", "site", "website", "page", "online",
      "offline", "priced", "price", "rate", "rates", "charged", "valued", "estimated", "aimed", "targeted", "bad",
      "nice", "hired", "employed", "teach", "teaching", "taught", "role", "position", "them.", "time", "least",
      "most", "once", "first", "last", "night", "noon", "midnight", "dawn", "hand", "risk", "scale", "speed", "par",
      "peace", "ease", "heart", "times", "sea", "school", "university", "college", "company", "startup", "agency",
      "firm", "store", "email", "mail", "reach", "ping", "write", "message", "dm",
    ],
    // "gmail: lena.kraus91", "yahoo mail - jcruz_ph", "gmail, same name: …": a provider naming the mailbox.
    mailboxWords: ["mail", "email", "account", "acct", "id", "address", "inbox"],
    providerConnectors: ["is", "same name", "same username", "same handle", "username", "user", "handle", "same as here"],
    splitDomainCues: ["domain", "domain name", "second half", "second part", "last part", "the other half"],
  },
  phone: {
    cues: [
      "call", "phone", "tel", "tel.", "telephone", "mobile", "mob", "cell", "cellphone", "text", "sms", "hotline",
      "fax", "landline", "ring", "dial", "number", "contact", "reach", "questions", "ph", "num", "nr",
    ],
    gluedCues: ["tel", "phone", "ph", "mob", "mobile", "cell", "call", "fax"],
    // "p:(650)…", "t.0333…", "m:0412…": one letter is a cue only with its ":" or ".".
    gluedCueLetters: ["p", "t", "m"],
    idWords: [
      "order", "orders", "invoice", "inv", "tracking", "track", "shipment", "ref", "reference", "ticket", "case",
      "sku", "isbn", "issn", "ean", "upc", "iban", "account", "acct", "routing", "swift", "bic", "po", "id", "serial",
      "sn", "model", "part", "item", "lot", "batch", "transaction", "txn", "receipt", "booking", "confirmation",
      "pnr", "policy", "claim", "license", "licence", "vat", "tax", "ein", "ssn", "version", "v", "build", "release",
      "page", "pages", "chapter", "room", "zip", "postcode", "code", "pin", "otp", "password", "passcode",
    ],
    unitWords: [
      "inch", "inches", "words", "word", "hours", "hour", "hrs", "hr", "min", "mins", "minutes", "sec", "seconds",
      "days", "day", "weeks", "months", "years", "yrs", "users", "people", "views", "followers", "subscribers",
      "downloads", "rows", "records", "lines", "items", "pages", "units", "pcs", "dollars", "euros", "pounds",
      "rupees", "bucks", "sqft", "sq", "times", "percent",
    ],
    groupJoiners: ["then", "next", "again", "after that", "followed by", "last", "finally"],
    reverseCues: ["backwards", "backward", "in reverse", "reversed", "reverse order", "right to left"],
    shiftAdd: ["add", "plus"],
    shiftSubtract: ["subtract", "minus", "take away"],
    eachDigit: ["each digit", "every digit", "each number", "every number"],
  },
  handle: {
    invitePhrases: [
      `${INVITE_VERBS}${INVITE_OBJECT} ${INVITE_PREPOSITION}`,
      `let['’]?s (?:move|switch|go|continue|talk|chat|connect|communicate|hop|jump|get|speak|take (?:this|it)|have (?:a |our )?(?:call|chat|meeting|talk))${INVITE_TOPIC} (?:on|to|via|over|onto|in|into)`,
      `(?:move|switch|continue|shift|transfer|migrate|take (?:this|it))${INVITE_TOPIC} (?:to|on|onto|over to)`,
      "(?:hop|jump) on",
      "(?:subscribe|subscribed) to",
      `join${INVITE_OBJECT}(?: (?:on|in|via))?`,
      `(?:(?:i['’]?m|i am|we['’]?re|we are)(?: (?:also|always|usually|available|reachable|active|mostly))?|available|reachable|active) (?:on|via)`,
    ],
    weakInvites: ["i['’]?m", "i am", "we['’]?re", "we are", "available", "reachable", "active"],
    inviteFillers: ["a", "an", "my", "the", "our", "your", "quick", "short", "video", "voice", "private"],
    possessives: ["my", "our", "mine"],
    labelWords: ["id", "ids", "handle", "username", "usernames", "user", "usr", "nick", "nickname", "login", "uid"],
    phoneNouns: ["number", "no", "nr", "num", "tel", "phone", "cell", "mobile"],
    fillers: [
      "is", "are", "it's", "its", "me", "us", "at", "on", "via", "as", "under", "in", "with", "my", "our", "the", "a",
      "an", "also", "just", "too", "here", "call", "chat", "app", "messenger", "is:", "be", "will", "would", "s", "n",
      "are:", "direct", "dm", "msg", "message", "text", "or", "and", "personal", "business", "official", "private",
      "new", "main", "—", "-", "here's", "heres", "details", "info", "please", "pls", "plz", "thru", "through",
      "using", "by", "for", "to", "reach", "find", "add", "follow", "ping", "contact", "video", "voice", "work",
      "code", "name", "acct", "account", "profile", "pin", "link", "tag", "address", "page", "room", "meeting",
      "channel", "group", "server",
    ],
    followOk: [
      "too", "also", "as", "instead", "if", "so", "and", "or", "then", "please", "pls", "plz", "asap", "now", "later",
      "today", "tomorrow", "tonight", "anytime", "for", "to", "when", "after", "before", "sometime", "soon", "thanks",
      "thx", "ok", "okay", "maybe", "since", "because", "cuz", "with", "me", "us", "once", "whenever", "instead.",
      "app", "call", "chat", "meeting", "dm", "dms", "message", "messages", "group", "rather", "directly",
      "privately", "outside", "where", "so,", "and,",
    ],
    determiners: [
      "a", "an", "the", "this", "that", "these", "those", "each", "every", "per", "any", "some", "no", "of", "which",
      "what", "whose", "its", "first", "last", "next", "new", "same", "main", "one", "two", "three", "few", "many",
      "several", "other", "both", "into", "by",
    ],
    quantifiers: ["some", "much", "more", "less", "enough", "extra"],
    skillNouns: [
      "bot", "bots", "chatbot", "chatbots", "api", "apis", "sdk", "sdks", "integration", "integrations", "integrate",
      "integrated", "integrating", "marketing", "marketer", "marketers", "ad", "ads", "advert", "adverts",
      "advertising", "advertisement", "advertisements", "pixel", "pixels", "development", "developer", "developers",
      "dev", "devs", "automation", "automations", "automate", "automated", "campaign", "campaigns", "store", "shop",
      "shops", "storefront", "plugin", "plugins", "addon", "addons", "add-on", "extension", "extensions", "clone",
      "clones", "scraper", "scrapers", "scraping", "scrape", "crawler", "crawlers", "webhook", "webhooks",
      "analytics", "insights", "influencer", "influencers", "content", "reels", "growth", "followers", "likes",
      "engagement", "management", "manager", "managers", "strategy", "strategies", "seo", "optimization",
      "optimisation", "algorithm", "algorithms", "theme", "themes", "template", "templates", "widget", "widgets",
      "login", "oauth", "auth", "authentication", "graph", "marketplace", "payments", "stickers", "sticker", "emoji",
      "emojis", "filter", "filters", "lens", "lenses", "processing", "processor", "strength", "noise", "boost",
      "booster", "tower", "towers", "handler", "handlers", "flow", "chain", "tutorial", "tutorials", "course",
      "courses", "expert", "experts", "expertise", "specialist", "specialists", "consultant", "consultants",
      "consulting", "agency", "agencies", "verification", "verified", "export", "exports", "feed", "feeds", "embed",
      "embeds", "embedding", "editing", "editor", "editors", "thumbnail", "thumbnails", "banner", "banners", "cover",
      "covers", "header", "headers", "gateway", "miniapp", "miniapps", "app-development", "selfhosted", "self-hosted",
      "instance", "setup", "deployment", "library", "libraries", "framework", "module", "modules", "package",
      "packages", "client", "clients", "protocol", "protocols", "platform", "platforms", "ecosystem", "experience",
      "skills", "skill", "knowledge", "certification", "certified", "workflow", "workflows", "connector",
      "connectors", "dashboard", "dashboards", "reporting", "audit", "audits", "ui", "ux", "design", "designs",
      "designer", "designers", "mockup", "mockups", "copywriting", "copywriter", "posting", "scheduler", "scheduling",
      "moderation", "moderator", "moderators", "administration", "administrator", "bio", "trends", "trend", "viral",
      "views", "subscribers", "monetization", "monetisation", "shorts", "sponsorship", "sponsorships", "affiliate",
      "sales", "leads", "lead", "funnel", "funnels", "outreach", "sdk's", "rtc", "webrtc", "sip", "voip", "codec",
      "video-sdk", "recording", "recordings", "transcript", "transcripts", "transcription", "axis", "level", "levels",
      "lock", "magnification", "multiplication", "algebra", "operations", "operation", "item", "items", "break",
      "breaks", "height", "spacing", "chart", "charts", "event", "events", "hooks", "hook", "mini", "wrapper",
      "wrappers", "bridge", "bridges",
    ],
    skillPhrases: [
      "business api", "business apis", "business platform", "business solution", "business solutions",
      "business integration", "business account setup", "cloud api", "page design", "page setup", "page management",
      "app development", "app developer", "app developers", "app design", "app clone", "mini program",
      "mini programs", "mini app", "mini apps", "official account", "group management", "channel management",
      "for business", "web development", "web app", "desktop app development", "ads manager", "lead generation",
    ],
    notAHandle: [
      // Hyphenated words after "in/", "u/" ("log in/sign-up"), where a LinkedIn or Reddit path could start.
      "sign-up", "sign-in", "sign-out", "log-in", "log-out", "opt-in", "opt-out", "check-in", "check-out", "plug-in", "built-in", "add-on", "add-ons", "follow-up", "walk-in", "drop-in",
      "me", "here", "there", "too", "as", "well", "profile", "account", "accounts", "group", "groups", "channel",
      "channels", "page", "pages", "chat", "chats", "call", "calls", "message", "messages", "msg", "now", "later",
      "today", "tomorrow", "tonight", "please", "pls", "plz", "thanks", "thank", "thx", "ok", "okay", "yes", "no",
      "not", "the", "a", "an", "and", "or", "but", "if", "so", "to", "for", "with", "is", "are", "was", "were", "be",
      "been", "it", "its", "this", "that", "these", "those", "you", "your", "yours", "i", "we", "us", "our", "my",
      "mine", "him", "her", "them", "they", "he", "she", "his", "their", "only", "also", "then", "than", "instead",
      "either", "neither", "anytime", "any", "time", "app", "apps", "video", "videos", "voice", "audio", "number",
      "id", "handle", "username", "link", "links", "details", "detail", "info", "contact", "contacts", "same", "name",
      "user", "users", "down", "up", "great", "good", "fine", "better", "best", "free", "blocked", "banned", "busy",
      "slow", "fast", "open", "closed", "available", "active", "installed", "working", "works", "work", "broken",
      "new", "old", "cool", "nice", "easier", "easy", "faster", "safer", "secure", "encrypted", "popular", "usually",
      "always", "never", "mostly", "really", "very", "just", "still", "already", "maybe", "first", "rather",
      "directly", "privately", "private", "public", "outside", "offline", "online", "daily", "weekly", "sometimes",
      "often", "mainly", "dm", "dms", "inbox", "status", "story", "stories", "post", "posts", "web", "desktop",
      "mobile", "phone", "email", "mail", "whatever", "something", "anything", "everything", "nothing", "none", "na",
      "tbd", "soon", "below", "above", "attached", "in", "on", "at", "via", "from", "about", "of", "by", "after",
      "before", "since", "until", "while", "when", "where", "how", "what", "who", "which", "why", "would", "could",
      "should", "will", "can", "may", "might", "must", "do", "does", "did", "have", "has", "had", "get", "got", "use",
      "used", "using", "prefer", "preferred", "more", "less", "most", "much", "many", "some", "all", "both", "each",
      "every", "other", "another", "such", "own", "again", "ever", "even", "back", "out", "off", "over", "under",
      "into", "onto", "through", "around", "let", "lets", "reach", "text", "ping", "add", "find", "follow", "hit",
      "hmu", "send", "join", "meeting", "meet", "room", "invite", "invitation", "code", "passcode", "password", "pwd",
      "pin", "login", "asap", "bro", "dude", "sir", "madam", "friend", "friends", "people", "team", "teams",
      "everyone", "anyone", "someone", "who's", "that's", "it's", "i'm", "i'll", "we'll", "you'll", "don't", "can't",
      "won't", "isn't", "doesn't", "didn't", "ready", "yet", "sure", "yeah", "yep", "nope", "no.", "etc", "ie", "eg",
      "vs", "like", "love", "hate", "mean", "see", "know", "think", "want", "need", "needs", "account.", "business",
      "personal", "official", "2fa", "3d", "4k", "1080p", "720p", "hd", "pro", "premium", "plus", "lite", "beta",
      "version", "update", "updates", "support", "help", "helpdesk", "desk", "team's", "below.", "is:", "server",
      "servers", "community", "communities", "space", "workspace", "workspaces", "thread", "threads", "dm's",
      "direct", "click", "tap", "scan", "qr", "code:", "number:", "handle:", "profile:", "details:", "listed",
      "shown", "given", "mentioned", "above.", "right", "left", "now.", "here.", "there.", "great.", "instead.",
      "too.", "either.", "works.", "username:", "id:", "tag", "tags", "hashtag", "hashtags", "search", "look",
      "lookup", "named", "called", "display", "nickname", "nick", "channel:", "group:", "chat:", "call:", "download",
      "downloaded", "install", "nah", "hmm", "lol", "haha", "cheers", "regards", "kind", "warm", "hi", "hello", "hey",
      "dear", "welcome", "bye", "goodbye", "soonest", "quickly", "quick", "short", "long", "again.", "aswell",
      "advanced", "intermediate", "beginner", "basic", "basics", "expert", "fluent", "native", "proficient",
      "familiar", "experienced", "yrs", "years", "months", "required", "optional",
    ],
  },
  request: {
    possessives: ["your", "ur", "yr", "ya", "yur", "youre", "you're"],
    requestVerbs: [
      "share", "send", "give", "gimme", "drop", "pass", "provide", "tell", "dm", "pm", "text", "leave", "post", "write",
      "forward", "shoot", "email me", "message me", "inbox me", "can i have", "could i have", "may i have", "can i get",
      "could i get", "may i get", "can we have", "can we get", "could we get", "could we have", "get me", "let me have",
      "let me know", "lemme have", "lemme know", "may i know", "can i know", "could i know", "i need", "we need", "i ll need",
      "need", "i want", "we want", "i would like", "i d like", "we d like", "mind sharing", "mind giving", "ask for",
      "what about", "how about", "send over", "hand over", "share with me", "share with us", "send with me",
      // job-post screening and slang: "include your email and phone number", "toss me ur digits", "hmu with ur socials"
      "include", "add", "mention", "list", "toss", "hmu with", "hit me up with",
      // where a job post wants it: "in your proposal, your email", "start your cover letter with your email"
      "in your proposal", "in your application", "in your cover letter", "in your bid", "cover letter with", "proposal with",
      "application with", "bid with", "reply with", "respond with",
    ],
    questionWords: ["what s", "whats", "what is", "what are", "what re", "whatre", "wats", "wat s", "wat is", "where s", "where is", "which is", "what was"],
    haveCues: [
      "do you have", "do u have", "d you have", "do ya have", "have you got", "have u got", "do you use", "do u use", "got any",
      // "mind sharing a number I can text?", "could you leave me a phone number": asking for one, not for "yours"
      "mind sharing", "mind giving", "mind leaving", "mind dropping", "could you leave", "can you leave", "could you leave me",
      "can you leave me", "could you share", "can you share", "could you give me", "can you give me",
      // screening as a condition: "proposals without a contact number won't be considered"
      "proposals without", "applications without", "bids without", "applicants without", "responses without",
      "replies without",
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
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: [
      "next job", "next project", "next one", "next phase", "phase two", "phase 2", "second phase", "future projects",
      "future work", "the follow-up", "follow-up project", "next contract", "next gig", "next time", "from now on",
    ],
    conversionFee: ["conversion fee", "conversion fees", "buyout fee", "buy-out fee", "contract-to-hire fee"],
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
      textme: [
        "text me", "txt me", "sms me", "text us", "msg me on my phone", "imessage me", "facetime me", "call or text me",
        "text or call me", "call or txt me",
      ],
      /** "… and we can skip the back-and-forth here": the reason given for leaving the chat. */
      skipchat: [
        "skip the back and forth", "skip all the back and forth", "save the back and forth", "skip the messaging",
        "skip the chat", "skip the chatting", "instead of messaging here", "instead of chatting here", "faster than here",
      ],
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
      /** "same username everywhere", "same name as here": a pointer to an account without the account. */
      same: ["same", "the same", "identical"],
      idword: ["username", "user name", "handle", "name", "nick", "nickname", "id", "user", "account name", "profile name", "tag"],
      samewhere: [
        "everywhere", "as here", "as on here", "as on upwork", "as on fiverr", "as my profile", "as my profile name",
        "on all platforms", "on every platform", "on all socials", "on all my socials", "across platforms", "as this one",
      ],
      /** "google my studio name", "search my business name on Google". */
      google: ["google", "just google", "look up", "search for", "search", "find"],
      googlewhere: ["google", "google maps", "maps", "instagram", "facebook", "linkedin"],
      namenoun: [
        "name", "studio name", "business name", "company name", "brand name", "shop name", "agency name", "full name",
      ],
      /** "my contact info is in the signature of the sample doc". */
      contactinfo: [
        "contact info", "contact details", "contact information", "contacts", "contact", "number", "phone number", "email",
        "details", "socials", "links",
      ],
      isin: ["is in", "are in", "is on", "are on", "s in", "s on", "is at the bottom of", "are at the bottom of"],
      docpart: [
        "signature", "attachment", "attached", "pdf", "portfolio", "cv", "resume", "cover letter", "footer", "file",
        "document", "doc", "bio", "watermark", "sample", "samples", "deck", "brochure", "invoice", "business card",
      ],
      /** "scan the QR in my portfolio PDF". */
      scan: ["scan", "scan in"],
      qr: ["qr", "qr code", "qrcode", "barcode"],
      /** "my facebook page is Tunde Adeyemi Graphics, message me there". */
      there: ["there", "on there", "over there"],
      /** "PayPal F&F", "PayPal friends and family". */
      payff: ["f f", "f and f", "ff", "friends and family", "friends n family", "friends family", "family and friends"],
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
      { kind: "channel", pattern: "@textme *8 @skipchat", confidence: 0.8 },
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
      // Pointers to an account without the account: "same username everywhere", "google my studio name",
      // "my contact info is in the signature of the doc", "scan the QR in my portfolio", "my fb page is …, message me there"
      { kind: "channel", pattern: "@same @idword @samewhere", confidence: 0.8 },
      { kind: "channel", pattern: "@same @idword *3 @via @channel", confidence: 0.8 },
      { kind: "channel", pattern: "@same @idword *3 @via @social", confidence: 0.8 },
      { kind: "channel", pattern: "@via @channel ~2 @same @idword", confidence: 0.8 },
      { kind: "channel", pattern: "@via @social ~2 @same @idword", confidence: 0.8 },
      { kind: "channel", pattern: "google @my ~2 @namenoun", confidence: 0.8 },
      { kind: "channel", pattern: "@google @my ~2 @namenoun *2 @via @googlewhere", confidence: 0.8 },
      { kind: "channel", pattern: "@my @contactinfo @isin @art? ~1 @docpart", confidence: 0.75 },
      { kind: "channel", pattern: "@scan @art? @qr", confidence: 0.75 },
      { kind: "channel", pattern: "@my @social *8 @contactverb @me @there", confidence: 0.8 },
      { kind: "channel", pattern: "@my @channel *8 @contactverb @me @there", confidence: 0.8 },
      { kind: "payment", pattern: "@payapp @payff", confidence: 0.85 },
    ],
    sharedFrames: false,
    negations: [
      "not", "never", "dont", "don t", "do not", "doesn t", "didn t", "cannot", "can t", "cant", "won t", "wont", "shouldn t",
      "mustn t", "no need to", "refuse to", "please don t", "isn t", "aren t", "wouldn t", "couldn t",
      // reported speech: "he asked me to call him off the platform"
      "asked me to", "asked us to", "asks me to", "asks us to", "asking us to", "asked him to", "asked her to",
      "told me to", "told us to", "wanted me to", "tried to get me to", "rather not", "d rather not",
    ],
    negatingDeterminers: ["no"],
    negatedNouns: ["payments", "payment", "deals", "transactions", "contact", "communication", "calls"],
    prohibitions: [
      "not allowed", "isn t allowed", "against the rules", "against the terms", "against the tos", "against tos",
      "against upwork", "against policy", "prohibited", "forbidden", "not permitted", "violates", "violation", "banned",
      "breaks the rules", "can get you banned", "is risky", "is a scam", "is not safe",
      "scams", "scammer", "scammers", "fraudster", "fraudsters", "be reported", "will be reported", "get reported",
      "report it", "report them", "report him", "report her", "phishing", "beware",
    ],
    onPlatform: [
      "here", "on upwork", "on the platform", "on this platform", "through upwork", "through the platform", "via upwork",
      "via the platform", "within the platform", "in the chat", "in this chat", "on fiverr", "in upwork", "through fiverr",
      "inside the platform", "with upwork", "upwork messages", "upwork chat", "upwork call", "on the site", "upwork account",
      "escrow", "milestone", "milestones", "direct contract", "direct contracts",
    ],
    barriers: [],
  },
  sharedPhrases: {
    idNouns: [
      "id", "handle", "username", "user name", "user", "account", "acc", "number", "no", "num", "nr", "contact",
      "nick", "nickname", "name", "profile", "link", "page", "tag",
    ],
    nounBlockers: [
      "api", "apis", "integration", "integrations", "bot", "bots", "clone", "template", "templates", "marketing",
      "campaign", "campaigns", "automation", "ads", "ad", "experience", "developer", "developers", "development",
      "dev", "app", "apps", "application", "list", "lists", "newsletter", "newsletters", "signature", "design",
      "designs", "password", "passwords", "login", "followers", "follower", "subscribers", "posts", "post", "feed",
      "stories", "reels", "content", "strategy", "growth", "audience", "engagement", "analytics", "insights", "case",
      "cases", "plan", "plans", "model", "screen", "battery", "camera", "game", "games", "version", "friendly",
      "responsive", "optimization", "sdk", "framework", "frameworks", "device", "devices", "platform", "platforms",
      "os", "ui", "ux", "web", "website", "browser", "view", "layout", "testing", "test", "tests", "reference",
      "references", "value", "values", "format", "formula", "usage", "data", "validation", "validator", "regex",
      "input", "parser", "parsing", "pattern", "syntax", "column", "columns", "plugin", "widget", "skills", "skill",
      "store", "shop", "sequence", "sequences", "flow", "flows", "copy", "copywriting", "blast", "blasts", "server",
      "hosting", "provider", "client", "clients", "domain", "inbox", "support", "team", "group chat", "channel",
      "channels", "me", "him", "her", "them", "it", "back", "verification", "verified",
    ],
    channelWords: [
      "phone", "the phone", "email", "e mail", "mail", "gmail", "sms", "text", "telephone", "my number", "my phone",
      "my email", "my cell", "personal email", "private email",
      // nicknames of WhatsApp and Facebook/Messenger/Telegram by colour
      "the green app", "green app", "the blue app", "blue app",
    ],
    platformWords: ["platform", "site", "website", "app", "marketplace", "platform s"],
    paymentRails: ["bank transfer", "wire transfer", "bank wire", "sepa transfer"],
    skillWords: [
      "integration", "integrations", "integrate", "integrated", "api", "apis", "sdk", "checkout", "plugin", "plugins",
      "gateway", "developer", "development", "experience", "button", "buttons", "webhook", "webhooks", "ipn",
      "sandbox", "clone", "bot", "bots", "template", "templates", "module", "extension", "setup", "marketing", "ads",
      "campaign", "widget", "app development", "business api", "automation", "chatbot", "store", "shop", "skills",
      "expert", "specialist", "support", "tutorial", "course", "certification", "certified", "analytics", "dashboard",
    ],
    skillBefore: [
      "integrate", "integrated", "integrating", "built", "build", "building", "implement", "implemented",
      "implementing", "configure", "configured", "experience with", "experienced in", "developed", "develop", "know",
      "expert in", "worked with", "integration",
    ],
  },
  functionWords: [
    "you", "the", "that", "this", "and", "for", "with", "are", "was", "can", "will", "good", "see", "tomorrow", "now",
    "then", "there", "here", "what", "which", "how", "where", "when", "best", "any", "all", "our", "them", "they",
    "does", "did", "have", "has", "had", "get", "got", "let", "lets", "would", "could", "should", "may", "not", "but",
  ],
  purpose: {
    accessCues: [
      "invite", "invited", "inviting", "invitation", "invite me", "add me", "add you", "add u", "adding you",
      "add me to", "add me as", "give you access", "give me access", "grant you access", "grant me access",
      "grant access", "share access", "access to", "read access", "view access", "viewer access", "editor access",
      "admin access", "read-only", "read only", "collaborator", "permission", "permissions", "add as",
      "as an admin", "as admin",
      "as a viewer", "as a reader", "as an editor", "as a contributor",
      "as a guest", "as an analyst", "as a team member", "as a signer", "onboard you", "seat", "share the folder",
      "share the drive", "folder with", "drive with", "file with", "doc with", "sheet with", "board with", "share it with", "share with me", "share the doc", "so you can scope", "to scope",
      "sign the", "send the contract for signature", "for signing", "for signature", "envelope", "signer",
      "signatory", "add a user", "add user", "new user", "user account",
    ],
    accessContext: ["access", "onboard"],
    legal: [
      "nda", "ndas", "non-disclosure", "non disclosure", "confidentiality agreement", "business license",
      "business licence", "trade license", "trade licence", "background check", "background checks",
      "background screening", "identity check", "identity verification", "id verification", "verify your identity",
      "kyc", "know your customer", "due diligence", "compliance check", "our legal team", "legal department",
      "for legal purposes",
    ],
    workTalk: {
      topics: [
        "price", "prices", "pricing", "rate", "rates", "budget", "quote", "quotes", "estimate", "cost", "costs", "fee", "fees",
        "payment", "payments", "pay", "invoice", "invoices", "deposit", "terms", "how much",
      ],
      verbs: [
        "send", "send me", "send us", "discuss", "talk about", "talk", "negotiate", "agree on", "settle", "sort out",
        "go over", "arrange", "handle", "continue", "write", "write me", "reply", "reply with", "tell me", "let me know",
        "share", "forward", "submit", "mail", "email",
      ],
      channels: [
        "by email", "by e-mail", "by mail", "over email", "over e-mail", "via email", "via e-mail", "through email",
        "in the email", "in an email", "in email", "in a mail", "on email", "per email", "to that address", "to this address",
        "to that email", "to this email", "to my email", "to the email", "to that email address", "to my email address",
        "to my inbox", "to that inbox", "to my personal email", "to my gmail", "at that address", "at my email",
        "same address", "the same address", "to the same address",
      ],
      there: ["there", "over there"],
      channelVerbs: ["email me", "e-mail me", "mail me", "email us", "shoot me an email with", "drop me an email with", "send me an email with"],
      notAfter: [
        "template", "templates", "campaign", "campaigns", "marketing", "signature", "newsletter", "list", "lists", "automation",
        "is", "are", "s", "was", "were", "will", "would", "may", "might", "isn", "aren", "has", "have",
      ],
    },
  },
});
