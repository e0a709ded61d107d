import type { FindingType } from "./types.js";

/** The POLICY.md clause each finding type falls under (../shared/POLICY.md, "What counts"). */
export const CLAUSE_BY_TYPE: Readonly<Record<FindingType, string>> = {
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

/** Short human names, for messages and the CLI. */
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
