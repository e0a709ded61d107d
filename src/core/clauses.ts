import type { FindingType } from "./types.js";

/*
 * The policy's clauses in words: ONE copy for the engine, the CLI and the browser UI. This module is
 * also the package's browser entry (`contactguard/clauses`), so it must stay free of runtime imports:
 * only data and `import type`.
 */

/** Every clause of POLICY.md (../shared/POLICY.md) in one plain-language line, for warnings and the console. */
export const CLAUSE_TEXT = {
  C1: "Phone numbers count as contact information, however they are written or disguised.",
  C2: "Email addresses count as contact information, including disguised forms (\"name at domain dot com\").",
  C3: "Home or work street addresses count as contact information.",
  C4: "Handles or IDs on messaging tools (WhatsApp, Skype, Telegram, Zoom links…) count as contact information.",
  C5: "Social media handles and profile links count as contact information.",
  C6: "A link to a contact form, or any form that asks for contact details, counts as contact information.",
  C7: "A link to apply or submit a proposal outside the platform counts as contact information.",
  C8: "Asking for contact information is treated like sharing it.",
  C9: "Proposing to move the conversation or the payment off the platform is not allowed before a contract.",
  W1: "Before a contract starts (its start date, or when the offer is accepted), nobody may share or ask for contact information.",
  W2: "This covers profiles, proposals, job posts, invites, messages, interviews and attached documents.",
  W3: "It also covers people who are not working on a contract together.",
  S1: "Portfolios and samples of past work may be shared.",
  S2: "Links to websites that pertain to the project may be shared.",
  S3: "Documents about the project may be shared.",
  S4: "A person's or company's name may be shared.",
  S5: "A portfolio that contains contact details may be shown, but contact stays on the platform until a contract starts.",
  S6: "Scheduling tools are fine when nobody has to share contact information to use them.",
  E1: "Enterprise plan: either party on it may share and ask for contact information.",
  E2: "Contact details needed for a legal purpose (NDA, licences, identity or background checks) are allowed.",
  E3: "An email address shared only to grant access to a system (a repository, a drive folder…) is allowed.",
  E4: "An exception granted for accessibility needs.",
  E5: "People with a pre-existing relationship off the platform may share contact information.",
  E6: "Once the contract has started, sharing is free; after it closes, future work still goes through the platform.",
  E7: "Even under an exception, talking about the job or the payment over that channel is not allowed before a contract.",
  X1: "A job post with contact information is not posted until it is edited.",
  X2: "Repeated violations lead to warnings, loss of badges, restrictions and loss of account access.",
  X3: "Asking for contact information before a contract is against the Terms of Service.",
  F1: "Files attached to messages must be smaller than 95 MB.",
  F2: "Attached documents follow the same rules as the text around them.",
} as const;

export type ClauseId = keyof typeof CLAUSE_TEXT;

const isClauseId = (id: string): id is ClauseId => Object.hasOwn(CLAUSE_TEXT, id);

/** The plain-language line for a clause a decision cites; an unknown ID (a custom preset's) is shown as is. */
export const explainClause = (id: string): string => (isClauseId(id) ? CLAUSE_TEXT[id] : id);

/** The POLICY.md clause each finding type falls under (../shared/POLICY.md, "What counts"). */
export const CLAUSE_BY_TYPE: Readonly<Record<FindingType, ClauseId>> = {
  phone: "C1",
  email: "C2",
  address: "C3",
  messenger: "C4",
  social: "C5",
  contact_link: "C6",
  external_application: "C7",
  contact_request: "C8",
  off_platform: "C9",
  url: "S2",
  portfolio_link: "S1",
};

/**
 * Short human names, for messages, the CLI and the UI's highlights. Worded after POLICY.md's "What
 * counts" (C3 "physical addresses"); the CLI prints them, so changing one changes its output.
 */
export const TYPE_LABEL: Readonly<Record<FindingType, string>> = {
  phone: "phone number",
  email: "email address",
  address: "physical address",
  messenger: "messaging app contact",
  social: "social media handle",
  contact_link: "contact page or form link",
  external_application: "external job application link",
  contact_request: "request for contact information",
  off_platform: "proposal to move off the platform",
  url: "link",
  portfolio_link: "portfolio link",
};
