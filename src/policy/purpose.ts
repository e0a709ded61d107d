/**
 * E3 and E7 read the purpose of a message from its words. No library does this; the tables below
 * are the systems POLICY.md E3 names (code hosting, ad analytics, bookkeeping, cloud drives,
 * e-signature, web hosts and builders) and the phrases that say "give you access" or "talk about
 * the work over there".
 */

/** Systems someone is given access to (E3). Lower case, matched as whole words. */
export const ACCESS_SYSTEMS = [
  // code hosting and project tools
  "github", "gitlab", "bitbucket", "repo", "repos", "repository", "repositories", "codebase", "azure devops", "jira", "confluence",
  // ad analytics and marketing accounts
  "google analytics", "analytics", "ga4", "google ads", "ads account", "ad account", "ads manager", "business manager",
  "meta business", "search console", "tag manager", "gtm", "semrush", "ahrefs", "hubspot", "mailchimp", "klaviyo",
  // bookkeeping
  "quickbooks", "xero", "freshbooks", "wave", "bookkeeping", "accounting software", "sage", "zoho books",
  // cloud drives
  "google drive", "drive", "drive folder", "shared folder", "dropbox", "onedrive", "sharepoint", "box folder", "icloud drive",
  // e-signature
  "docusign", "hellosign", "dropbox sign", "adobe sign", "pandadoc", "e-signature", "esignature", "signnow",
  // web hosts and builders, cloud consoles, stores
  "wordpress", "wix", "squarespace", "shopify", "webflow", "godaddy", "cpanel", "hosting", "host", "bluehost",
  "hostinger", "siteground", "aws", "aws console", "vercel", "netlify", "heroku", "digitalocean", "cloudflare",
  "firebase", "supabase", "google cloud", "gcp", "azure", "app store connect", "testflight", "play console",
  "figma", "notion", "airtable", "trello", "asana", "clickup", "monday",
] as const;

/** Words that say the contact detail is for granting access. */
export const ACCESS_CUES = [
  "invite", "invited", "inviting", "invitation", "add you", "add u", "adding you", "give you access", "grant you access",
  "grant access", "share access", "access to", "collaborator", "permission", "permissions", "add as", "as a user",
  "as an admin", "as admin", "onboard you", "set you up", "account for you", "seat", "share the folder", "share the drive",
  "share it with", "so you can scope", "to scope", "sign the", "send the contract for signature", "for signing",
] as const;

/** Talking about the job or the payment over the granted channel (E7). */
export const WORK_TALK = /\b(?:discuss|talk|chat|negotiate|agree|send|settle|sort out|go over|arrange|handle|continue)\b[^.!?\n]{0,40}\b(?:job|project|work|scope|budget|price|pricing|rate|rates|payment|pay|paid|invoice|fee|fees|deal|contract|details|terms)\b[^.!?\n]{0,40}\b(?:by|over|via|through|on|in)\s(?:e-?mail|mail|there|that|it|phone|docs?|the doc|slack|the repo|github|gitlab|the drive|drive)\b|\b(?:e-?mail|message|write)\s(?:me|us)\b[^.!?\n]{0,30}\b(?:budget|price|rate|payment|invoice|fee|deal|terms)\b/;

function compileWords(words: readonly string[]): RegExp {
  const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`\\b(?:${alt.join("|")})\\b`, "g");
}

const SYSTEM_RE = compileWords(ACCESS_SYSTEMS);
const CUE_RE = compileWords(ACCESS_CUES);

export interface AccessPurpose {
  system: string;
  cue: string;
}

/** Whether a (lower-cased) text says the email is wanted to grant access to a named system. */
export function systemAccessPurpose(text: string): AccessPurpose | null {
  const lower = text.toLowerCase();
  SYSTEM_RE.lastIndex = 0;
  CUE_RE.lastIndex = 0;
  const system = SYSTEM_RE.exec(lower);
  const cue = CUE_RE.exec(lower);
  if (!system || !cue) return null;
  return { system: system[0], cue: cue[0] };
}

export function talksAboutWorkOverChannel(text: string): boolean {
  return WORK_TALK.test(text.toLowerCase());
}
