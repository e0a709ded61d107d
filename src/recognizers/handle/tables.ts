import { fold } from "../../normalize/fold.js";

/*
 * Word lists for the handle recognizer (C4, C5, C9). They are folded at load (lower case, no
 * accents, Hangul as the fold view writes it), so they compare equal to words of the fold view.
 */

const folded = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => fold(w).text));

/**
 * Words that, right after a platform word, make it a skill or a product rather than an account:
 * "Slack bots", "Instagram marketing", "Zoom SDK", "Signal processing". The platform word is then
 * ignored entirely (no handle, no invitation).
 */
export const SKILL_NOUNS: ReadonlySet<string> = folded([
  "bot", "bots", "chatbot", "chatbots", "api", "apis", "sdk", "sdks", "integration", "integrations", "integrate",
  "integrated", "integrating", "marketing", "marketer", "marketers", "ad", "ads", "advert", "adverts",
  "advertising", "advertisement", "advertisements", "pixel", "pixels", "development", "developer", "developers",
  "dev", "devs", "automation", "automations", "automate", "automated", "campaign", "campaigns", "store", "shop",
  "shops", "storefront", "plugin", "plugins", "addon", "addons", "add-on", "extension", "extensions", "clone",
  "clones", "scraper", "scrapers", "scraping", "scrape", "crawler", "crawlers", "webhook", "webhooks",
  "analytics", "insights", "influencer", "influencers", "content", "reels", "growth", "followers",
  "likes", "engagement", "management", "manager", "managers", "strategy", "strategies", "seo", "optimization",
  "optimisation", "algorithm", "algorithms", "theme", "themes", "template", "templates", "widget", "widgets",
  "login", "oauth", "auth", "authentication", "graph", "marketplace", "payments", "stickers", "sticker", "emoji",
  "emojis", "filter", "filters", "lens", "lenses", "processing", "processor", "strength", "noise", "boost",
  "booster", "tower", "towers", "handler", "handlers", "flow", "chain", "tutorial", "tutorials", "course",
  "courses", "expert", "experts", "expertise", "specialist", "specialists", "consultant", "consultants",
  "consulting", "agency", "agencies", "verification", "verified", "export", "exports", "feed", "feeds",
  "embed", "embeds", "embedding", "editing", "editor", "editors", "thumbnail", "thumbnails", "banner",
  "banners", "cover", "covers", "header", "headers", "gateway", "miniapp", "miniapps", "app-development",
  "selfhosted", "self-hosted", "instance", "setup", "deployment", "library", "libraries",
  "framework", "module", "modules", "package", "packages", "client", "clients", "protocol", "protocols",
  "platform", "platforms", "ecosystem", "experience", "skills", "skill", "knowledge", "certification",
  "certified", "workflow", "workflows", "connector", "connectors", "dashboard", "dashboards", "reporting",
  "audit", "audits", "ui", "ux", "design", "designs", "designer", "designers", "mockup", "mockups", "clone",
  "copywriting", "copywriter", "posting", "scheduler", "scheduling", "moderation", "moderator", "moderators",
  "administration", "administrator", "bio", "algorithm", "trends", "trend", "viral", "views",
  "subscribers", "monetization", "monetisation", "shorts", "sponsorship", "sponsorships", "affiliate", "sales",
  "leads", "lead", "funnel", "funnels", "outreach", "scheduler", "sdk's", "rtc", "webrtc", "sip", "voip",
  "codec", "video-sdk", "recording", "recordings", "transcript", "transcripts", "transcription", "axis",
  "level", "levels", "lock", "magnification", "multiplication", "algebra", "operations", "operation",
  "item", "items", "break", "breaks", "height", "spacing", "graph", "chart", "charts",
  "event", "events", "hooks", "hook", "mini", "wrapper", "wrappers", "bridge", "bridges",
]);

/** Two-word skill phrases: "WhatsApp Business API", "Facebook page design", "Teams app development". */
export const SKILL_PHRASES: ReadonlySet<string> = folded([
  "business api", "business apis", "business platform", "business solution", "business solutions",
  "business integration", "business account setup", "cloud api", "page design", "page setup", "page management",
  "app development", "app developer", "app developers", "app design", "app clone", "mini program",
  "mini programs", "mini app", "mini apps", "official account", "group management", "channel management",
  "for business", "web development", "web app", "desktop app development", "ads manager", "lead generation",
]);

/**
 * Words that are never a handle, whatever the marker: "my skype is down", "whatsapp: yes",
 * "add me on discord too". Platform words themselves are rejected separately.
 */
export const NOT_A_HANDLE: ReadonlySet<string> = folded([
  "me", "here", "there", "too", "as", "well", "profile", "account", "accounts", "group", "groups", "channel",
  "channels", "page", "pages", "chat", "chats", "call", "calls", "message", "messages", "msg", "now", "later",
  "today", "tomorrow", "tonight", "please", "pls", "plz", "thanks", "thank", "thx", "ok", "okay", "yes", "no",
  "not", "the", "a", "an", "and", "or", "but", "if", "so", "to", "for", "with", "is", "are", "was", "were",
  "be", "been", "it", "its", "this", "that", "these", "those", "you", "your", "yours", "i", "we", "us", "our",
  "my", "mine", "him", "her", "them", "they", "he", "she", "his", "their", "only", "also", "then", "than",
  "instead", "either", "neither", "anytime", "any", "time", "app", "apps", "video", "videos", "voice", "audio",
  "number", "id", "handle", "username", "link", "links", "details", "detail", "info", "contact", "contacts",
  "same", "name", "user", "users", "down", "up", "great", "good", "fine", "better", "best", "free", "blocked",
  "banned", "busy", "slow", "fast", "open", "closed", "available", "active", "installed", "working", "works",
  "work", "broken", "new", "old", "cool", "nice", "easier", "easy", "faster", "safer", "secure", "encrypted",
  "popular", "usually", "always", "never", "mostly", "really", "very", "just", "still", "already", "maybe",
  "first", "rather", "directly", "privately", "private", "public", "outside", "offline", "online", "daily",
  "weekly", "sometimes", "often", "mainly", "dm", "dms", "inbox", "status", "story", "stories", "post",
  "posts", "web", "desktop", "mobile", "phone", "email", "mail", "whatever", "something", "anything",
  "everything", "nothing", "none", "na", "tbd", "soon", "below", "above", "attached", "in", "on", "at",
  "via", "from", "about", "of", "by", "after", "before", "since", "until", "while", "when", "where", "how",
  "what", "who", "which", "why", "would", "could", "should", "will", "can", "may", "might", "must", "do",
  "does", "did", "have", "has", "had", "get", "got", "use", "used", "using", "prefer", "preferred", "more",
  "less", "most", "much", "many", "some", "all", "both", "each", "every", "other", "another", "such", "own",
  "again", "ever", "even", "back", "out", "off", "over", "under", "into", "onto", "through", "around", "let",
  "lets", "reach", "text", "ping", "add", "find", "follow", "hit", "hmu", "send", "join", "meeting", "meet",
  "room", "invite", "invitation", "code", "passcode", "password", "pwd", "pin", "login", "same", "below",
  "asap", "bro", "dude", "sir", "madam", "friend", "friends", "people", "team", "teams", "everyone",
  "anyone", "someone", "who's", "that's", "it's", "i'm", "i'll", "we'll", "you'll", "don't", "can't",
  "won't", "isn't", "doesn't", "didn't", "ready", "later", "yet", "already", "either", "sure", "yeah", "yep",
  "nope", "no.", "etc", "ie", "eg", "vs", "like", "love", "hate", "mean", "see", "know", "think", "want",
  "need", "needs", "like", "account.", "business", "personal", "official", "only", "2fa", "3d", "4k", "1080p",
  "720p", "hd", "pro", "premium", "plus", "lite", "web", "beta", "version", "update", "updates", "support",
  "help", "helpdesk", "desk", "team's", "below.", "is:", "server", "servers", "community", "communities",
  "space", "workspace", "workspaces", "thread", "threads", "dm's", "direct", "click", "tap", "scan", "qr",
  "code:", "number:", "handle:", "profile:", "details:", "listed", "shown", "given", "mentioned", "above.",
  "right", "left", "now.", "here.", "there.", "great.", "instead.", "too.", "either.", "works.",
  "username:", "id:", "tag", "tags", "hashtag", "hashtags", "search", "look", "lookup", "under", "named",
  "called", "display", "nickname", "nick", "channel:", "group:", "chat:", "call:", "open", "download",
  "downloaded", "install", "nah", "hmm", "lol", "haha", "cheers", "regards", "best", "kind", "warm", "hi",
  "hello", "hey", "dear", "welcome", "bye", "goodbye", "soonest", "quickly", "quick", "short", "long",
  "again.", "aswell", "advanced", "intermediate", "beginner", "basic", "basics", "expert", "fluent", "native",
  "proficient", "familiar", "experienced", "yrs", "years", "months", "required", "preferred", "optional",
]);

/** Words after the platform word that mark what follows as the handle ("id", "username", "number"). */
export const EXPLICIT_WORDS: ReadonlySet<string> = folded([
  "id", "ids", "handle", "username", "usernames", "user", "usr", "nick", "nickname", "login", "uid", "号", "号码", "號", "號碼", "账号", "帳號",
  "帐号", "id号", "아이디", "번호", "ник", "номер", "логин", "айди",
]);

/**
 * Nouns that announce a phone number ("WhatsApp number +91…") but not a handle: "LinkedIn profile
 * looks great" must not read "looks" as a handle.
 */
export const PHONE_WORDS: ReadonlySet<string> = folded(["number", "no", "nr", "num", "tel", "phone", "cell", "mobile"]);

/** Words that may sit between the platform word and the handle without meaning anything. */
export const FILLER_WORDS: ReadonlySet<string> = folded([
  "is", "are", "it's", "its", "me", "us", "at", "on", "via", "as", "under", "in", "with", "my", "our", "the",
  "a", "an", "also", "just", "too", "here", "call", "chat", "app", "messenger", "is:", "be", "will", "would",
  "s", "n", "are:", "direct", "dm", "msg", "message", "text", "or", "and", "personal", "business", "official",
  "private", "new", "main", "是", "：", "—", "-", "here's", "heres", "details", "info", "please", "pls",
  "plz", "thru", "through", "using", "by", "for", "to", "reach", "find", "add", "follow", "ping", "contact",
  "video", "voice", "work", "code", "name", "acct", "account", "profile", "pin", "link", "tag", "address", "contact", "page", "room",
  "meeting", "channel", "group", "server",
]);

/** Words after an ambiguous platform word that leave it free to be read as an invitation target. */
export const FOLLOW_OK: ReadonlySet<string> = folded([
  "too", "also", "as", "instead", "if", "so", "and", "or", "then", "please", "pls", "plz", "asap", "now",
  "later", "today", "tomorrow", "tonight", "anytime", "for", "to", "when", "after", "before", "sometime",
  "soon", "thanks", "thx", "ok", "okay", "maybe", "since", "because", "cuz", "with", "me", "us", "once",
  "whenever", "instead.", "app", "call", "chat", "meeting", "dm", "dms", "message", "messages", "group",
  "rather", "directly", "privately", "outside", "where", "so,", "and,",
]);

/** Determiners that turn an ambiguous word into an ordinary noun: "the line", "a signal", "5 teams". */
export const DETERMINERS: ReadonlySet<string> = folded([
  "a", "an", "the", "this", "that", "these", "those", "each", "every", "per", "any", "some", "no", "of",
  "which", "what", "whose", "its", "first", "last", "next", "new", "same", "main", "one", "two", "three",
  "few", "many", "several", "other", "both", "into", "by",
]);

const S = "\\s{1,3}";
const VERBS =
  "(?:text|txt|message|msg|dm|pm|ping|call|ring|contact|reach|find|add|follow|hit|hmu|chat|talk|write|catch|connect|" +
  "inbox|buzz|holla|holler|send|join|meet|see|video[ -]?call|facetime|speak|reply|respond|answer|get\\s{1,3}in\\s{1,3}touch(?:\\s{1,3}with)?|" +
  "reach\\s{1,3}out(?:\\s{1,3}to)?|shoot\\s{1,3}(?:me|us)\\s{1,3}a\\s{1,3}(?:message|msg|text|dm|note))";
const PREP = "(?:on|via|over|through|thru|in|at|using)";
const OBJ = `(?:${S}(?:me|us|with${S}(?:me|us)))?(?:${S}(?:up|out|back|directly|privately|there|anytime))?`;
const TOPIC = `(?:${S}(?:(?:the|this|our)${S}(?:conversation|chat|discussion|talk)|this|it|things))?(?:${S}over)?`;
const DET = `(?:${S}(?:a|an|my|the|our|your|quick|short|video|voice|private)){0,2}`;

/**
 * Invitation phrases that end right before a platform word (C4/C9): "text me on", "find me on",
 * "let's move to", "hit me up on", "I'm on". Tested against at most 80 characters before the
 * platform word; the group captures the phrase so the finding's span can start there.
 */
export const INVITE_BEFORE = new RegExp(
  "(?:^|[^\\p{L}\\p{N}'’])(" +
    [
      `${VERBS}${OBJ}${S}${PREP}`,
      `let['’]?s${S}(?:move|switch|go|continue|talk|chat|connect|communicate|hop|jump|get|speak|take${S}(?:this|it)|have${S}(?:a${S}|our${S})?(?:call|chat|meeting|talk))${TOPIC}${S}(?:on|to|via|over|onto|in|into)`,
      `(?:move|switch|continue|shift|transfer|migrate|take${S}(?:this|it))${TOPIC}${S}(?:to|on|onto|over${S}to)`,
      `(?:hop|jump)${S}on`,
      `(?:subscribe|subscribed)${S}to`,
      `join${OBJ}(?:${S}(?:on|in|via))?`,
      `(?:(?:i['’]?m|i${S}am|we['’]?re|we${S}are)(?:${S}(?:also|always|usually|available|reachable|active|mostly))?|available|reachable|active)${S}(?:on|via)`,
      "加我|加|联系我|聯繫我|私聊",
    ].join("|") +
    `)${DET}\\s{0,3}$`,
  "u",
);

/** Invitation phrases of the weak kind ("I'm on X"): lower confidence. */
export const WEAK_INVITE = /^(?:i['’]?m|i\s{1,3}am|we['’]?re|we\s{1,3}are|available|reachable|active)/;

/** A possessive right before the platform word: "my skype is kenji". */
export const POSSESSIVE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:my|our|mine)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/u;

/** Words before any platform word that make it a common noun: "cut me some slack". */
export const QUANTIFIERS: ReadonlySet<string> = folded(["some", "much", "more", "less", "enough", "extra"]);

/**
 * Ambiguous aliases so common in ordinary or technical text ("x", "threads", "matrix") that only an
 * "@handle" right after them (with or without a marker) makes them a platform: "X: @kenji_builds".
 */
export const AT_ONLY_ALIASES: ReadonlySet<string> = folded(["x", "threads", "element", "matrix", "gram", "tumbler"]);
