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

/*
 * Each entry is validated by a refinement and normalized by the same function when matched (never
 * by a zod transform): a transform would hide the context's examples from /openapi.json, whose
 * request body documents the context model.
 */

/** A domain with a registrable part (tldts, the Public Suffix List): "ourmarket.com", "help.ourmarket.co.uk"; lower-cased, "www." and a trailing dot dropped. */
function normalDomain(d: string): string | null {
  const host = d.trim().toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
  return /^[a-z0-9.-]+$/.test(host) && getDomain(host) !== null && getHostname(host) === host ? host : null;
}

function normalEmail(e: string): string | null {
  const value = e.trim().toLowerCase();
  const at = value.lastIndexOf("@");
  return at >= 1 && !/\s/.test(value) && getDomain(value.slice(at + 1)) !== null ? value : null;
}

/** An international number ("+44 20 7946 0958"), valid by libphonenumber-js's metadata, as E.164. */
function normalPhone(p: string): string | null {
  const parsed = p.trim().startsWith("+") ? parsePhoneNumberFromString(p.trim()) : undefined;
  return parsed?.isValid() ? parsed.number : null;
}

/** `platform:handle` as detection values messenger and social findings ("telegram:kenji_88"); lower-cased, a leading "@" dropped. */
function normalHandle(h: string): string | null {
  const m = /^([a-z0-9_]+):@?(\S+)$/.exec(h.trim().toLowerCase());
  return m ? `${m[1]}:${m[2]}` : null;
}

const entry = (normal: (v: string) => string | null, problem: (v: string) => string) =>
  z.string().refine((v) => normal(v) !== null, { error: (issue) => problem(String(issue.input)) });

const Domain = entry(normalDomain, (d) => `"${d}" is not a domain name with a registrable part (e.g. ourmarket.com)`);
const Email = entry(normalEmail, (e) => `"${e}" is not an email address`);
const Phone = entry(normalPhone, (p) => `"${p}" is not a valid phone number in international format (e.g. +44 20 7946 0958)`);
const Handle = entry(normalHandle, (h) => `"${h}" must be platform:handle (e.g. telegram:ourmarket_support)`);

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

const normalizedLists = new WeakMap<Allowlist, Allowlist>();
/** A validated list with every entry normalized (made once per list object). */
export function normalized(list: Allowlist): Allowlist {
  let out = normalizedLists.get(list);
  if (!out) {
    const all = (xs: readonly string[], normal: (v: string) => string | null) => xs.map(normal).filter((v): v is string => v !== null);
    out = { domains: all(list.domains, normalDomain), emails: all(list.emails, normalEmail), handles: all(list.handles, normalHandle), phones: all(list.phones, normalPhone) };
    normalizedLists.set(list, out);
  }
  return out;
}

const onDomain = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** The host of a link finding's value (a canonical URL), or null. */
function hostOf(value: string): string | null {
  const host = getHostname(value);
  return host ? host.toLowerCase().replace(/\.$/, "") : null;
}

/** Whether one of the lists names this finding's normalized value. */
export function isAllowlisted(f: Pick<Finding, "type" | "value">, lists: readonly Allowlist[]): boolean {
  const value = f.value.toLowerCase();
  return lists.some((given) => {
    const list = normalized(given);
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
