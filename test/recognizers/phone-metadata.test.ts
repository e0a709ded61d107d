import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { detect } from "../../src/detect/detect.js";
import { PHONE_NUMBER_TYPES } from "../../src/core/types.js";
import { phoneInfoOf, phoneInfoOfValue } from "../../src/recognizers/phone/metadata.js";
import { scanLine } from "../../src/surfaces/cli/commands/scan-line.js";
import { check } from "../../src/guard.js";
import { findingJson } from "../../src/policy/output.js";

/* A phone finding's country and number type (src/recognizers/phone/metadata.ts, detect.ts). */

const phones = (text: string, region?: string) => detect(text, region ? { defaultRegion: region } : {}).filter((f) => f.type === "phone");

describe("phone metadata", () => {
  it.each([
    ["call +44 7400 123456", "GB", "mobile"],
    ["call +44 20 7946 0958", "GB", "fixed_line"],
    ["freephone +44 800 123 4567", "GB", "toll_free"],
    ["call +1 212 555 1234", "US", "fixed_line_or_mobile"],
    ["toll free +1 800 555 1234", "US", "toll_free"],
    ["WhatsApp me on +91 98200 12345", "IN", "mobile"],
    ["Handy: +49 1512 3456789", "DE", "mobile"],
    ["premium +44 909 876 5432", "GB", "premium_rate"],
  ])("%s → %s %s", (text, country, numberType) => {
    const found = phones(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.phone).toEqual({ country, numberType });
  });

  it("a national number takes the region's country; a disguised one too", () => {
    expect(phones("my number is 0612345678", "NL")[0]!.phone).toEqual({ country: "NL", numberType: "mobile" });
    expect(phones("my number is 0612345678", "FR")[0]!.phone).toEqual({ country: "FR", numberType: "mobile" });
    expect(phones("call me: four one five, five five five, zero one three two")[0]?.phone?.country).toBe("US");
  });

  it("a well-formed number off any assigned range has no type (and +1 alone names no country: 25 share it)", () => {
    const found = phones("call +1 555 201 3344");
    expect(found).toHaveLength(1);
    expect(found[0]!.phone).toEqual({ country: null, numberType: null });
  });

  it("a tel: link's number is read from its value", () => {
    const found = phones("<a href=\"tel:+442079460958\">call</a>");
    expect(found[0]?.phone).toEqual({ country: "GB", numberType: "fixed_line" });
  });

  it("only phone findings carry it", () => {
    const all = detect("mail kenji@sato-studio.jp or call +44 7400 123456, telegram @kenji_dev");
    expect(all.filter((f) => f.phone).map((f) => f.type)).toEqual(["phone"]);
    expect(all.filter((f) => f.type !== "phone").every((f) => !("phone" in f))).toBe(true);
  });

  it("phoneInfoOf reads a parsed number; phoneInfoOfValue parses E.164 and leaves local numbers unknown", () => {
    expect(phoneInfoOf(parsePhoneNumberFromString("+81 90 1234 5678")!)).toEqual({ country: "JP", numberType: "mobile" });
    expect(phoneInfoOfValue("+33612345678")).toEqual({ country: "FR", numberType: "mobile" });
    expect(phoneInfoOfValue("5550199")).toEqual({ country: null, numberType: null });
    expect(phoneInfoOfValue("+")).toEqual({ country: null, numberType: null });
    expect(phoneInfoOfValue("+800 1234 5678")).toMatchObject({ country: null });
  });

  it("every type libphonenumber-js names is one of ours, in lower case", () => {
    const theirs = ["PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL", "FIXED_LINE_OR_MOBILE", "FIXED_LINE", "MOBILE"];
    expect([...PHONE_NUMBER_TYPES].sort()).toEqual(theirs.map((t) => t.toLowerCase()).sort());
  });

  it("every surface's finding shape carries it: scan lines, the full JSON of /v1/check and the ledger", () => {
    const line = scanLine(JSON.stringify({ id: 1, text: "call +44 7400 123456" })) as { findings: Array<Record<string, unknown>> };
    expect(line.findings.find((f) => f.type === "phone")?.phone).toEqual({ country: "GB", numberType: "mobile" });
    const result = check("call +44 7400 123456 or mail a.b@example.com");
    const full = result.findings.map((f) => findingJson(f, "full"));
    expect(full.find((f) => f.type === "phone")?.phone).toEqual({ country: "GB", numberType: "mobile" });
    expect(full.find((f) => f.type === "email")).not.toHaveProperty("phone");
  });
});
