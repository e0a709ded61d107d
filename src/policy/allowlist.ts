import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { getDomain, getHostname } from "tldts";
import { z } from "zod";
import type { Finding } from "../core/types.js";

/*
 * Allowlists (issue 20): the marketplace's own support address, its help-centre domain, a client's
 * company domain for its own job posts — values that are never findings. Listed values are
 * normalized when the preset (or a context) is read, and compared with a finding's normalized
 * `value`, so a disguised allowed address ("support [at] ourmarket dot com") is still allowed. An
 * allowed finding is not dropped: it stays in the decision with `allowedBy: "allowlist"` (the
 * ledger records why) and, like one an exception covers, never makes a violation.
 */

/** The `allowedBy` of a finding an allowlist lets through (E1–E6 and S5 name their clause there). */
export const ALLOWLIST = "allowlist";

/** A domain with a registrable part (tldts, the Public Suffix List): "ourmarket.com", "help.ourmarket.co.uk"; lower-cased, "www." and a trailing dot dropped. */
const Domain = z.string().transform((d, ctx) => {
  const host = d.trim().toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
  if (!/^[a-z0-9.-]+$/.test(host) || getDomain(host) === null || getHostname(host) !== host) {
    ctx.addIssue({ code: "custom", message: `"${d}" is not a domain name with a registrable part (e.g. ourmarket.com)` });
    return z.NEVER;
  }
  return host;
});

const Email = z.string().transform((e, ctx) => {
  const value = e.trim().toLowerCase();
  const at = value.lastIndexOf("@");
  if (at < 1 || getDomain(value.slice(at + 1)) === null || /\s/.test(value)) {
    ctx.addIssue({ code: "custom", message: `"${e}" is not an email address` });
    return z.NEVER;
  }
  return value;
});

/** An international number ("+44 20 7946 0958"), valid by libphonenumber-js's metadata; stored as E.164. */
const Phone = z.string().transform((p, ctx) => {
  const parsed = p.trim().startsWith("+") ? parsePhoneNumberFromString(p.trim()) : undefined;
  if (!parsed?.isValid()) {
    ctx.addIssue({ code: "custom", message: `"${p}" is not a valid phone number in international format (e.g. +44 20 7946 0958)` });
    return z.NEVER;
  }
  return parsed.number;
});

/** `platform:handle` as detection values messenger and social findings ("telegram:kenji_88"); lower-cased, a leading "@" dropped. */
const Handle = z.string().transform((h, ctx) => {
  const m = /^([a-z0-9_]+):@?(\S+)$/.exec(h.trim().toLowerCase());
  if (!m) {
    ctx.addIssue({ code: "custom", message: `"${h}" must be platform:handle (e.g. telegram:ourmarket_support)` });
    return z.NEVER;
  }
  return `${m[1]}:${m[2]}`;
});

export const Allowlist = z
  .object({
    /** Links and email addresses on this domain or any subdomain of it. */
    domains: z.array(Domain).default([]),
    emails: z.array(Email).default([]),
    handles: z.array(Handle).default([]),
    phones: z.array(Phone).default([]),
  })
  .strict();
export type Allowlist = z.output<typeof Allowlist>;
export const EMPTY_ALLOWLIST: Allowlist = Object.freeze({ domains: [], emails: [], handles: [], phones: [] }) as Allowlist;

const onDomain = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** The host of a link finding's value (a canonical URL), or null. */
function hostOf(value: string): string | null {
  const host = getHostname(value);
  return host ? host.toLowerCase().replace(/\.$/, "") : null;
}

/** Whether one of the lists names this finding's normalized value. */
export function isAllowlisted(f: Pick<Finding, "type" | "value">, lists: readonly Allowlist[]): boolean {
  const value = f.value.toLowerCase();
  return lists.some((list) => {
    switch (f.type) {
      case "phone":
        return list.phones.includes(f.value);
      case "email":
        return list.emails.includes(value) || onDomain(value.slice(value.lastIndexOf("@") + 1), list.domains);
      case "messenger":
      case "social":
        // A messenger named by its number ("whatsapp:+91…") is allowed when the number is.
        return list.handles.includes(value) || list.phones.includes(value.slice(value.indexOf(":") + 1));
      case "contact_link":
      case "external_application":
      case "url":
      case "portfolio_link": {
        const host = hostOf(f.value);
        return host !== null && onDomain(host, list.domains);
      }
      default:
        return false;
    }
  });
}
