import type { ContactType } from "../core/types.js";
import type { PolicyFinding } from "./engine.js";
import type { PolicyPreset } from "./preset.js";

/*
 * The words a user reads, in the language of the surface they read them on (issue 18 item 8). The
 * preset holds them: `language` is the surface's language (English by default), `translations` may
 * carry any other, partially; what a translation leaves out is read in `language`. The rules never
 * see a language: the engine hands them the preset as seen in the reader's language, and adds to
 * every message with findings the sentence that names them in plain words, with the clauses.
 */

/** What each finding type is, in plain words, when a preset does not say (English). */
export const DEFAULT_FINDING_NAMES: Readonly<Record<ContactType, string>> = {
  phone: "a phone number",
  email: "an email address",
  address: "a street address",
  messenger: "a messaging-app ID or link",
  social: "a social-media handle or profile",
  contact_link: "a link to a contact form or a form that asks for contact details",
  external_application: "a way to apply or send a proposal outside the platform",
  contact_request: "a request for contact information",
  off_platform: "a proposal to move the conversation or the payment off the platform",
};

/** The sentence that names what was found, when a preset does not say (English). */
export const DEFAULT_FOUND = "What we found: {found}. Rules: {clauses}.";

/** The S2 reminder with a project's own contact page, when a preset does not say (English). */
export const DEFAULT_PROJECT_PAGE =
  "Links to the site you are working on are fine to share. Remember to keep contact with each other on the platform until a contract starts.";

/**
 * The language a message is written in: the one asked for when the preset has it ("pt-BR", else
 * "pt"), else the preset's own.
 */
export function messageLanguage(preset: PolicyPreset, requested: string | null | undefined): string {
  if (!requested) return preset.language;
  const translations = preset.translations;
  const lower = requested.toLowerCase().replace(/_/g, "-");
  const exact = Object.keys(translations).find((t) => t.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split("-")[0]!;
  if (base === preset.language.toLowerCase().split("-")[0]) return preset.language;
  return Object.keys(translations).find((t) => t.toLowerCase() === base) ?? preset.language;
}

const localized = new WeakMap<PolicyPreset, Map<string, PolicyPreset>>();

/**
 * The preset with its messages in `language` (one of messageLanguage's answers): the surfaces' and
 * type rules' messages and `messages` overlaid with the translation. Built once per preset and language.
 */
export function presetIn(preset: PolicyPreset, language: string): PolicyPreset {
  const t = language === preset.language ? undefined : preset.translations[language];
  if (!t) return preset;
  let byLanguage = localized.get(preset);
  if (!byLanguage) localized.set(preset, (byLanguage = new Map()));
  let view = byLanguage.get(language);
  if (!view) {
    const surfaces = Object.fromEntries(
      Object.entries(preset.surfaces).map(([s, rule]) => [s, { ...rule, ...(t.surfaces?.[s as keyof typeof preset.surfaces] ? { message: t.surfaces[s as keyof typeof preset.surfaces] } : {}) }]),
    ) as PolicyPreset["surfaces"];
    const typeRules = preset.typeRules.map((r) => (r.id && t.typeRules?.[r.id] ? { ...r, message: t.typeRules[r.id] } : r));
    const messages = { ...preset.messages, ...t.messages, findingNames: { ...preset.messages.findingNames, ...t.messages?.findingNames } };
    view = { ...preset, language, surfaces, typeRules, messages: messages as PolicyPreset["messages"] };
    byLanguage.set(language, view);
  }
  return view;
}

/** One list formatter per language, made once: building one per message cost about 70 ms of a 22,000-line scan. */
const listFormats = new Map<string, Intl.ListFormat>();

/** "an email address and a phone number", in `language`'s way of listing (Intl, with English as fallback). */
function listOf(items: readonly string[], language: string): string {
  let format = listFormats.get(language);
  if (!format) {
    try {
      format = new Intl.ListFormat(language, { style: "long", type: "conjunction" });
    } catch {
      format = new Intl.ListFormat("en", { style: "long", type: "conjunction" });
    }
    listFormats.set(language, format);
  }
  return format.format(items);
}

/**
 * The sentence naming what the decision is about: the findings it blames (a violation) or lets
 * through (a notice), each type once in plain words, and the clauses. Empty when there are none.
 */
export function foundSentence(preset: PolicyPreset, findings: readonly PolicyFinding[], clauses: readonly string[]): string {
  const types = [...new Set(findings.map((f) => f.type as ContactType))];
  if (types.length === 0) return "";
  const names = types.map((t) => preset.messages.findingNames[t] ?? DEFAULT_FINDING_NAMES[t] ?? t);
  // Replacer functions: a name or clause is inserted as written, never read as a "$&" pattern.
  return preset.messages.found.replace("{found}", () => listOf(names, preset.language)).replace("{clauses}", () => clauses.join(", "));
}
