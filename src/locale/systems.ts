/*
 * The systems POLICY.md E3 names (code hosting, ad analytics, bookkeeping, cloud drives,
 * e-signature, web hosts and builders): someone asks for an email to give access to one of them.
 * Product names are the same in every language, so they live here once, not in a locale. Lower
 * case, matched as whole words; read by the policy (src/policy/purpose.ts) and reported as context
 * by the request recognizer (src/recognizers/phrases/lexicon.ts PURPOSE_WORDS): one list for both.
 */
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

/**
 * Generic words for a system ("our Slack workspace", "the admin panel"): reported as context next to
 * a request, but not enough for the policy to infer E3 on its own. Over the shared data, "workspace"
 * + "access to" fires in flat listings ("dedicated workspace … access to the pool").
 */
export const GENERIC_SYSTEM_WORDS = ["workspace", "admin"] as const;
