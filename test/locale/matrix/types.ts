/*
 * The shape of the locale matrix (issue 17): for every language, each part the issue lists, with
 * sentences that must be found ("yes") and look-alikes that must stay clean ("no").
 */

/** The parts issue 17 lists for every locale. */
export const PARTS = [
  "spelledPhone", // (1) a phone number in the language's number words
  "email", // (2) an email written with the language's at/dot words
  "request", // (3) a request for contact details (C8)
  "offPlatform", // (4) an off-platform move or a pay-directly proposal (C9)
  "channel", // (5) a local channel name or nickname, with a handle or as a move
  "nationalPhone", // (6) a phone cue and a national number written as that country writes it, no region
  "address", // (7) a postal address of a country that speaks the language
] as const;
export type Part = (typeof PARTS)[number];

export interface Cell {
  /** Sentences that must have a finding of the part's type(s). */
  yes: string[];
  /** Look-alikes in clean use that must have no contact finding at all. */
  no: string[];
}

export type LocaleFixtures = Record<Part, Cell>;
