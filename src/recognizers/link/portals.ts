/*
 * Outside places to apply or bid that are named without a link (C7): procurement suites and job
 * boards whose name is the same in every language ("submit the proposal on SAP Ariba", "postulez sur
 * Welcome to the Jungle", "откликнитесь на hh.ru"). Read only next to an application phrase of the
 * locales (./apply.ts), as one more own-site phrase: "integrate our ERP with SAP Ariba" names
 * the product as the work, and is not reported. Names that are ordinary words ("Lever", "Workday",
 * "Greenhouse") are left out; their links are classed by host in ./hosts.ts.
 */
export const OUTSIDE_PORTAL_NAMES: readonly string[] = [
  // Procurement and supplier portals.
  "sap ariba", "ariba", "ariba network", "coupa", "jaggaer", "ivalua", "sap fieldglass", "fieldglass", "oracle sourcing",
  "zycus", "gep smart", "bidnet", "tradeshift", "synertrade", "mercell", "tendersontime", "prozorro",
  // Job boards and application systems.
  "welcome to the jungle", "hh.ru", "superjob", "stepstone", "infojobs", "pracuj.pl",
  "kariyer.net", "naukri", "jobstreet", "glassdoor", "linkedin jobs", "smartrecruiters", "teamtailor", "recruitee",
  "personio", "jobvite", "taleo", "successfactors", "bamboohr", "51job", "boss直聘", "zhaopin", "rikunabi",
  "リクナビ", "マイナビ", "wantedly", "사람인", "잡코리아", "jobkorea", "saramin", "vietnamworks", "topcv",
];
