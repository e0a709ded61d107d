import type { ContactType } from "../../core/types.js";
import { type Extraction, type Extractor, type Segment } from "../types.js";
import { readWholeText } from "./text.js";

/*
 * vCard (RFC 6350, and the 2.1/3.0 files phones still export). A .vcf file is contact information
 * by definition, so each property is a segment named after it, and the properties that ARE a
 * contact detail say which type (`declaredType`): the scanner reports them even when the value is
 * written in a way no recognizer would read as a phone number or address. URL is left to the link
 * recognizer, which tells a portfolio from a contact page. The format is a few
 * lines of syntax (folding, escapes, parameters), not worth a dependency.
 */

/** vCard properties and the contact type their value is. Names are upper-case, parameters stripped. */
export const VCARD_PROPERTY_TYPES: Record<string, ContactType> = {
  TEL: "phone",
  EMAIL: "email",
  ADR: "address",
  LABEL: "address",
  IMPP: "messenger",
  "X-SKYPE": "messenger",
  "X-SKYPE-USERNAME": "messenger",
  "X-WHATSAPP": "messenger",
  "X-TELEGRAM": "messenger",
  "X-SIGNAL": "messenger",
  "X-AIM": "messenger",
  "X-ICQ": "messenger",
  "X-JABBER": "messenger",
  "X-MSN": "messenger",
  "X-YAHOO": "messenger",
  "X-GOOGLE-TALK": "messenger",
  "X-SOCIALPROFILE": "social",
  "X-TWITTER": "social",
  "X-LINKEDIN": "social",
  "X-FACEBOOK": "social",
  "X-INSTAGRAM": "social",
};

/** Properties that carry no text a person wrote or that are binary. */
const SKIPPED = new Set(["BEGIN", "END", "VERSION", "PHOTO", "LOGO", "SOUND", "KEY", "PRODID", "REV", "UID", "X-ABUID"]);

export interface CardSegment extends Segment {
  declaredType?: ContactType;
}

/** Unfolds continuation lines (a line starting with a space or tab continues the previous one). */
function unfold(source: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const last = out[out.length - 1];
    if (last && (raw.startsWith(" ") || raw.startsWith("\t"))) last.text += raw.slice(1);
    else if (last && last.text.endsWith("=") && /ENCODING=QUOTED-PRINTABLE/i.test(last.text)) last.text = last.text.slice(0, -1) + raw;
    else out.push({ text: raw, line: i + 1 });
  });
  return out;
}

function unescapeValue(value: string, structured: boolean): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === "\\" && i + 1 < value.length) {
      const next = value[++i]!;
      out += next === "n" || next === "N" ? "\n" : next;
    } else if (ch === ";" && structured) out += ", ";
    else out += ch;
  }
  return structured ? out.replace(/(?:, ){2,}/g, ", ").replace(/^, |, $/g, "") : out;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "=" && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

export const extractVcard: Extractor = async (file, limits): Promise<Extraction> => {
  const source = await readWholeText(file, limits);
  const segments: CardSegment[] = [];
  let card = 0;
  for (const { text, line } of unfold(source)) {
    const colon = text.indexOf(":");
    if (colon <= 0) continue;
    const [nameWithGroup = "", ...params] = text.slice(0, colon).split(";");
    const name = nameWithGroup.slice(nameWithGroup.lastIndexOf(".") + 1).toUpperCase();
    if (name === "BEGIN") card++;
    if (SKIPPED.has(name)) continue;
    let value = text.slice(colon + 1);
    if (params.some((p) => /^ENCODING=QUOTED-PRINTABLE$/i.test(p))) value = decodeQuotedPrintable(value);
    value = unescapeValue(value, name === "ADR" || name === "N");
    if (value.trim() === "") continue;
    const declaredType = VCARD_PROPERTY_TYPES[name];
    segments.push({
      // The property name stays in front of the value: "TEL: 555 0132" is a cue the recognizers use.
      text: `${name}: ${value}`,
      location: { kind: "card", card: Math.max(card, 1), property: name, line },
      ...(declaredType ? { declaredType } : {}),
    });
  }
  return { type: "vcard", segments };
};
