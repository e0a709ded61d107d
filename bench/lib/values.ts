/**
 * Realistic, varied contact values for putting anonymised tokens back: emails (plain and
 * disguised), phone numbers in many countries and formats (plain and disguised), and URLs.
 * Everything is drawn from a seeded `Rng`, so a run is reproducible.
 */
import {
  getCountryCallingCode,
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import type { Rng } from "./prng.js";

export interface Generated {
  value: string;
  /** "plain" or "disguised"; `kind` says which format/disguise. */
  form: "plain" | "disguised";
  kind: string;
}

// ----------------------------------------------------------------------------------- emails

const FIRST = [
  "john", "maria", "wei", "aisha", "carlos", "olga", "kenji", "fatima", "liam", "priya", "ahmed", "sofia", "david",
  "chloe", "mohammed", "emma", "raj", "lucas", "nina", "omar", "anna", "james", "mei", "ivan", "grace", "tunde",
  "sara", "noah", "elena", "yusuf", "hannah", "diego", "amara", "tom", "lena", "arjun", "zoe", "pedro", "ines", "kofi",
  "jennifer", "michael", "dimitris", "katerina", "svetlana", "chidi", "ngozi", "hiroshi", "siobhan", "mateusz",
] as const;
const LAST = [
  "smith", "garcia", "chen", "khan", "mueller", "rossi", "tanaka", "okafor", "novak", "kowalski", "silva", "nguyen",
  "patel", "johnson", "brown", "dubois", "jensen", "ivanova", "haddad", "lopez", "williams", "schmidt", "kim", "singh",
  "andersen", "murphy", "costa", "yilmaz", "moreau", "ali", "walker", "fischer", "ortiz", "mensah", "papadopoulos",
  "oconnor", "wright", "abubakar", "fernandes", "lindqvist",
] as const;
const ROLES = [
  "hr", "careers", "jobs", "recruiting", "talent", "info", "apply", "hiring", "resumes", "recruitment", "admin",
  "contact", "office", "team", "hello", "cv", "people", "staffing", "work", "employment",
] as const;
const PROVIDERS = [
  "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "aol.com",
  "icloud.com", "protonmail.com", "yandex.ru", "mail.ru", "gmx.de", "web.de", "yahoo.co.in", "rediffmail.com",
  "libero.it", "orange.fr", "qq.com", "163.com", "zoho.com", "live.com", "ymail.com", "btinternet.com", "comcast.net",
  "att.net", "yahoo.com.au", "bigpond.com", "yahoo.gr", "sky.com",
] as const;
const WORDS_A = [
  "bright", "nova", "blue", "apex", "global", "summit", "prime", "green", "urban", "north", "silver", "clear", "vertex",
  "first", "true", "smart", "united", "metro", "pacific", "atlas", "redwood", "harbor", "quantum", "sterling", "evergreen",
] as const;
const WORDS_B = [
  "path", "tech", "river", "leaf", "logic", "star", "line", "view", "solutions", "group", "labs", "media", "health",
  "staffing", "partners", "digital", "systems", "consulting", "logistics", "capital", "energy", "foods", "works",
  "recruit", "care", "hr", "networks", "software", "services",
] as const;
const COMPANY_TLDS = [
  "com", "com", "com", "com", "io", "co", "net", "org", "co.uk", "de", "com.au", "ca", "in", "ae", "ng", "ph", "sg",
  "us", "agency", "tech", "fr", "nl", "gr", "com.my", "co.nz",
] as const;

export function companyName(rng: Rng): string {
  const a = rng.pick(WORDS_A);
  const b = rng.pick(WORDS_B);
  return rng.chance(0.25) ? `${a}-${b}` : `${a}${b}`;
}

function companyDomain(rng: Rng): string {
  const sub = rng.weighted<string>([["", 8], ["mail.", 1], ["careers.", 1], ["uk.", 0.5], ["jobs.", 0.5]]);
  return `${sub}${companyName(rng)}.${rng.pick(COMPANY_TLDS)}`;
}

function localPart(rng: Rng, company: boolean): string {
  const f = rng.pick(FIRST);
  const l = rng.pick(LAST);
  const tag = () => rng.pick(["jobs", "apply", "work", "cv", "hr", "2024"]);
  const pattern = rng.weighted<string>([
    ["first", 2], ["first.last", 5], ["firstlast", 2], ["f.last", 2], ["flast", 1], ["first_last", 1],
    ["first-last", 1], ["first.last+digits", 2], ["first+digits", 2], ["first+tag", 1], ["first.last+tag", 1],
    ["role", company ? 6 : 0], ["role.x", company ? 1 : 0],
  ]);
  switch (pattern) {
    case "first": return f;
    case "first.last": return `${f}.${l}`;
    case "firstlast": return `${f}${l}`;
    case "f.last": return `${f[0]}.${l}`;
    case "flast": return `${f[0]}${l}`;
    case "first_last": return `${f}_${l}`;
    case "first-last": return `${f}-${l}`;
    case "first.last+digits": return `${f}.${l}${rng.digits(2)}`;
    case "first+digits": return `${f}${rng.digits(2 + rng.int(3))}`;
    case "first+tag": return `${f}+${tag()}`;
    case "first.last+tag": return `${f}.${l}+${tag()}`;
    case "role": return rng.pick(ROLES);
    default: return `${rng.pick(ROLES)}.${rng.pick(["uk", "us", "team", "dept", "global"])}`;
  }
}

export function plainEmail(rng: Rng): string {
  const company = rng.chance(0.5);
  const local = localPart(rng, company);
  const domain = company ? companyDomain(rng) : rng.pick(PROVIDERS);
  // Some people capitalise their name ("Maria.Garcia@…"); a few write the whole address in capitals.
  if (rng.chance(0.1)) return `${local.replace(/(^|[._-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())}@${domain}`;
  if (rng.chance(0.03)) return `${local}@${domain}`.toUpperCase();
  return `${local}@${domain}`;
}

const EMAIL_DISGUISES = ["at_dot_words", "at_word", "bracket", "paren", "caps", "spaced_symbols", "spaced_letters"] as const;

/** A disguised email as people write it to get past filters. */
export function disguisedEmail(rng: Rng, kind?: (typeof EMAIL_DISGUISES)[number]): Generated {
  const plain = plainEmail(rng).toLowerCase().replace(/\+[a-z0-9]+@/, "@");
  const at = plain.indexOf("@");
  const local = plain.slice(0, at);
  const domain = plain.slice(at + 1);
  const k = kind ?? rng.pick(EMAIL_DISGUISES);
  let value: string;
  switch (k) {
    case "at_dot_words": {
      const loc = rng.chance(0.5) ? local.replace(/\./g, " dot ") : local;
      value = `${loc} at ${domain.replace(/\./g, " dot ")}`;
      break;
    }
    case "at_word":
      value = `${local} at ${domain}`;
      break;
    case "bracket":
      value = `${local} [at] ${domain.replace(/\./g, " [dot] ")}`;
      break;
    case "paren":
      value = `${local} (at) ${domain.replace(/\./g, " (dot) ")}`;
      break;
    case "caps":
      value = `${local} AT ${domain.replace(/\./g, " DOT ")}`;
      break;
    case "spaced_symbols":
      value = `${local} @ ${domain.replace(/\./g, " . ")}`;
      break;
    case "spaced_letters":
      value = [...plain].join(" ");
      break;
  }
  return { value, form: "disguised", kind: `email:${k}` };
}

// ----------------------------------------------------------------------------------- phones

/** Countries used for international numbers (mobile example numbers, randomised). */
export const PHONE_COUNTRIES = [
  "US", "CA", "GB", "IN", "DE", "FR", "ES", "IT", "BR", "MX", "AU", "NL", "IE", "PH", "NG", "PK", "ZA", "AE", "SG",
  "JP", "CN", "RU", "UA", "PL", "TR", "KE", "EG", "SA", "AR", "CO", "CL", "NZ", "SE", "CH", "BE", "AT", "PT", "GR",
  "IL", "ID", "MY", "TH", "VN", "HK", "QA", "BH", "KR", "DK", "NO", "FI",
] as const satisfies readonly CountryCode[];

const US_AREA = ["212", "310", "415", "646", "702", "713", "305", "312", "617", "206", "404", "503", "972", "480", "619", "347", "516", "908", "201", "786", "832", "704", "614", "512"];

/** A valid mobile (or, for NANP, geographic) number of `country`, randomised around the example number. */
export function randomNumber(rng: Rng, country: CountryCode): PhoneNumber | undefined {
  const cc = getCountryCallingCode(country);
  if (country === "US" || country === "CA") {
    for (let i = 0; i < 30; i++) {
      const area = country === "US" ? rng.pick(US_AREA) : rng.pick(["416", "604", "514", "403", "613", "905", "647"]);
      const exch = `${2 + rng.int(8)}${rng.digits(2)}`;
      if (exch.endsWith("11") || exch === "555") continue;
      const p = parsePhoneNumberFromString(`+1${area}${exch}${rng.digits(4)}`);
      if (p?.isValid() && p.country === country) return p;
    }
  }
  const example = getExampleNumber(country, examples);
  if (!example) return undefined;
  const nn = example.nationalNumber as string;
  const keep = Math.max(2, nn.length - Math.min(6, nn.length - 3));
  for (let i = 0; i < 30; i++) {
    const p = parsePhoneNumberFromString(`+${cc}${nn.slice(0, keep)}${rng.digits(nn.length - keep)}`);
    if (p?.isValid()) return p;
  }
  return example;
}

/** Supported region of a row (e.g. from "GB, LND, London"), or US. */
export function regionOf(location: string): CountryCode {
  const c = location.split(",")[0]?.trim().toUpperCase() ?? "";
  return c && isSupportedCountry(c) ? (c as CountryCode) : "US";
}

const NATIONAL_FORMATS = ["national", "national_dashes", "national_dots", "national_compact"] as const;
const INTL_FORMATS = ["intl", "e164", "intl_dashes", "intl_dots", "intl_00", "intl_trunk0", "intl_paren"] as const;

/** Plain phone number: national formats of the row's region, or international formats of many countries. */
export function plainPhone(rng: Rng, region: CountryCode): Generated {
  const national = rng.chance(0.45);
  const country: CountryCode = national ? region : rng.chance(0.25) ? region : rng.pick(PHONE_COUNTRIES);
  const p = randomNumber(rng, country) ?? randomNumber(rng, "US")!;
  const nat = p.formatNational();
  const intl = p.formatInternational();
  if (national) {
    const k = rng.pick(NATIONAL_FORMATS);
    const bare = nat.replace(/[()]/g, "").trim();
    const value =
      k === "national" ? nat
      : k === "national_dashes" ? bare.replace(/[\s-]+/g, "-")
      : k === "national_dots" ? bare.replace(/[\s-]+/g, ".")
      : nat.replace(/\D/g, "");
    return { value, form: "plain", kind: `phone:${k}` };
  }
  let k: string = rng.pick(INTL_FORMATS);
  const cc = `+${p.countryCallingCode}`;
  const rest = intl.slice(cc.length).trim();
  let value: string;
  switch (k) {
    case "e164": value = p.number; break;
    case "intl_dashes": value = `${cc}-${rest.replace(/\s+/g, "-")}`; break;
    case "intl_dots": value = `${cc}.${rest.replace(/[\s-]+/g, ".")}`; break;
    case "intl_00": value = `00${p.countryCallingCode} ${rest}`; break;
    case "intl_trunk0":
      if (nat.startsWith("0")) value = `${cc} (0)${nat.slice(1)}`;
      else { k = "intl"; value = intl; }
      break;
    case "intl_paren":
      if (p.countryCallingCode === "1") value = `+1 ${nat}`; // +1 (415) 555-0199
      else {
        const parts = rest.split(/\s+/);
        value = parts.length > 1 ? `${cc} (${parts[0]}) ${parts.slice(1).join(" ")}` : intl;
      }
      break;
    default: value = intl;
  }
  return { value, form: "plain", kind: `phone:${k}` };
}

const DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] as const;
const word = (d: string) => (d === "+" ? "plus" : DIGIT_WORDS[Number(d)] ?? d);

const PHONE_DISGUISES = ["words", "words_grouped", "spaced_digits", "mixed"] as const;

/** A disguised phone number: digit words, grouped digit words, spaced digits, or mixed words/digits. */
export function disguisedPhone(rng: Rng, region: CountryCode, kind?: (typeof PHONE_DISGUISES)[number]): Generated {
  const intl = rng.chance(0.35);
  const p = randomNumber(rng, intl ? rng.pick(PHONE_COUNTRIES) : region) ?? randomNumber(rng, "US")!;
  const shown = intl ? p.formatInternational() : p.formatNational();
  const groups = shown.replace(/[()]/g, "").split(/[\s-]+/).filter((g) => g !== "");
  const k = kind ?? rng.pick(PHONE_DISGUISES);
  let value: string;
  switch (k) {
    case "words":
      value = [...groups.join("")].map(word).join(" ");
      break;
    case "words_grouped":
      value = groups.map((g) => [...g].map(word).join(" ")).join(rng.pick([", ", " - ", " "]));
      break;
    case "spaced_digits": {
      const all = groups.join("");
      value = (all.startsWith("+") ? "+" : "") + [...all.replace("+", "")].join(" ");
      break;
    }
    case "mixed": {
      let any = false;
      value = groups
        .map((g, i) => {
          const asWords = rng.chance(0.5) || (!any && i === groups.length - 1);
          if (asWords) any = true;
          return asWords ? [...g].map(word).join(" ") : g;
        })
        .join(" ");
      break;
    }
  }
  return { value, form: "disguised", kind: `phone:${k}` };
}

// ----------------------------------------------------------------------------------- URLs

export function plainUrl(rng: Rng): string {
  const c = companyName(rng);
  const tld = rng.pick(COMPANY_TLDS);
  const id = rng.digits(5 + rng.int(3));
  return rng.weighted<string>([
    [`https://www.${c}.${tld}/careers`, 3],
    [`http://${c}.${tld}`, 2],
    [`www.${c}.${tld}`, 3],
    [`${c}.${tld}/jobs/${id}`, 1],
    [`https://bit.ly/${Math.floor(rng.next() * 2 ** 40).toString(36)}`, 1],
    [`https://www.linkedin.com/company/${c}`, 1],
    [`https://${c}.workable.com/j/${Math.floor(rng.next() * 2 ** 40).toString(16).toUpperCase()}`, 1],
    [`https://boards.greenhouse.io/${c}/jobs/${id}`, 1],
    [`https://www.facebook.com/${c}`, 1],
    [`https://www.${c}.${tld}/about-us?ref=ad&utm_source=jobs`, 1],
  ]);
}
