import { LinkifyIt } from "linkify-it";

// The "Files & Links" sidebar lists links people shared; this reads them out of delivered messages.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, maxLength: 2048 });

export interface SharedLink {
  url: string;
  text: string;
  messageId: string;
}

export function linksIn(messages: Array<{ id: string; body: string }>): SharedLink[] {
  const seen = new Set<string>();
  const out: SharedLink[] = [];
  for (const m of messages) {
    for (const match of linkify.match(m.body) ?? []) {
      // Only web links: a mailto: here would be contact information the policy let through, not a resource.
      if (!/^https?:\/\//i.test(match.url) || seen.has(match.url)) continue;
      seen.add(match.url);
      out.push({ url: match.url, text: match.text, messageId: m.id });
    }
  }
  return out;
}
