import { describe, expect, it } from "vitest";
import { detect } from "../../src/index.js";

/** Issue 17, "What must NOT be flagged": one row per class, with a true contact detail beside it. */
const types = (text: string) => detect(text).map((f) => f.type);

describe("clean look-alikes are not contact details", () => {
  const clean: Array<[string, string]> = [
    ["time range", "Schicht 07.30-15.30 Uhr, Pause 30 Minuten"],
    ["time range (id)", "Jam kerja 09.00-18.00 WIB, Senin sampai Jumat"],
    ["day range", "Urlaub vom 12.08-26.08.2026, danach wieder da"],
    ["month/year range", "Junior Developer at Contoso (06/2018 – 09/2020)"],
    ["input mask", "Set the placeholder to (000) 000-0000 in the form"],
    ["input mask (br)", "Use a máscara (00) 00000-0000 no campo"],
    ["part number", "Order the spare filter 12-4471-09 from the catalogue"],
    ["IBAN", "Please verify the format of GB33 BUKB 2020 1555 5555 55 in column C"],
    ["tax number", "ИНН 5027193456 указан в договоре"],
    ["tracking", "tracking 1Z 4400 2231 0987 6512 is on the way"],
    ["figures", "Жителей в области 2 480 115, в городе 10 512 004 человек"],
    ["placeholder email", "Try logging in as user@example.net with any password"],
    ["placeholder email (es)", "Escribe algo como nombre@dominio.com en el campo"],
    ["reserved tld", "The fixture uses bob@shop.test as the sender"],
    ["ssh remote", "Add the remote git@gitlab.com:acme/site.git first"],
    ["car spec with a number word", "Sport package, quattro all-wheel drive, heated seats, black leather"],
  ];
  for (const [name, text] of clean) {
    it(name, () => {
      expect(types(text).filter((t) => t === "phone" || t === "email")).toEqual([]);
    });
  }
});

describe("real contact details beside them are still found", () => {
  const positive: Array<[string, string, string]> = [
    ["phone", "call me on 07700 900123 after 18.00-19.00", "phone"],
    ["phone (de)", "Meine Nummer: 0151 23456789, erreichbar 08.00-16.00", "phone"],
    ["email", "write to maria.lopez@gmail.com please", "email"],
    ["email before colon", "Email: jan.novak@seznam.cz: I reply fast", "email"],
    ["disguised placeholder-like email", "write to user at example dot com", "email"],
    ["real name at example.com", "reach john@example.com today", "email"],
  ];
  for (const [name, text, type] of positive) {
    it(name, () => {
      expect(types(text)).toContain(type);
    });
  }
});
