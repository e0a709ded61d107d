import { describe, expect, it } from "vitest";
import { documentKindEvidence, guessDocumentKind, readsAsResume } from "../../src/policy/document-kind.js";
import { LOCALES } from "../../src/locale/index.js";

/*
 * S5's limit needs a résumé, a C.V. or a listing of past jobs recognised in every language, from the
 * locales' `documents.resume` cues; a portfolio describing its work must not read as one.
 */

/** One résumé per locale, written as people head them (title or section headings, a contact line). */
const RESUMES: Record<string, string> = {
  en: "JANE DOE\nProduct designer\njane@example.com\nWork Experience\n2019–2024 ACME Corp\nEducation\nBA, 2018",
  es: "Hoja de vida\nLucía Gómez\nExperiencia laboral: 2018–2024 Telefónica",
  pt: "Currículo\nAna Souza\nExperiência profissional: 2019–2024 Itaú",
  fr: "Curriculum vitae\nCamille Durand\nExpérience professionnelle : 2018-2023 Havas",
  de: "Lebenslauf\nStefan Braun\nBerufserfahrung: 2018–2024 Siemens AG",
  it: "Curriculum vitae – Giulia Bianchi\nEsperienze: 2015–2024 Mondadori",
  nl: "Curriculum vitae\nSanne de Vries\nWerkervaring: 2017–2024 Philips",
  zh: "个人简历\n姓名：王芳\n工作经历：2018–2024 腾讯",
  ko: "이력서\n김민수\n경력 사항: 2018–2024 네이버",
  ru: "Резюме\nАлексей Смирнов\nОпыт работы: 2020–2025 Яндекс",
  uk: "Резюме\nОлена Коваль\nДосвід роботи: 2019–2024 Rozetka",
  pl: "Życiorys\nAnna Kowalska\nDoświadczenie zawodowe: 2019–2024 Allegro",
  tr: "Özgeçmiş\nMehmet Yılmaz\nİş deneyimi: 2018–2024 Trendyol",
  ar: "السيرة الذاتية\nأحمد علي\nالخبرة العملية: 2018–2024 أرامكو",
  ja: "職務経歴書\n氏名：山田太郎\n2016年〜2024年 株式会社サイバーエージェント",
  id: "Daftar Riwayat Hidup\nBudi Santoso\nPengalaman kerja: 2018–2024 Tokopedia",
  vi: "Sơ yếu lý lịch\nNguyễn Văn An\nKinh nghiệm làm việc: 2018–2024 FPT",
  "hi-Latn": "Biodata\nRahul Sharma\nKaam ka anubhav: 2018–2024 Infosys",
  tl: "Bio-data\nMaria Santos\nKaranasan sa trabaho: 2018–2024 Globe Telecom",
};

/** Portfolios in the same languages: samples of work, years and clients, no résumé heading. */
const PORTFOLIOS: Record<string, string> = {
  en: "Brand identity work, 2019–2025: logos and packaging for Harbor Coffee. Years of experience with food brands; skills in print.",
  es: "Ilustración editorial: portadas para Anagrama y Planeta, carteles para el Festival de Jazz.",
  pt: "Apps que desenvolvi: Sabor Caseiro (delivery) e Vida Plena, com vídeos de demonstração.",
  fr: "Sélection de packagings réalisés pour des caves du Bordelais, 2019–2024.",
  de: "Fotografie: Produktaufnahmen für Manufactum, Architektur-Serie Hamburg HafenCity.",
  ru: "Подборка логотипов и фирменных стилей 2020–2025: кофейни «Зерно».",
  zh: "作品集：为茶饮品牌“山野”设计的包装与海报。",
  ja: "作品集：飲料ブランドのパッケージとポスター、2019〜2024年。",
};

describe("a résumé, C.V. or listing of past jobs, in every language", () => {
  it("every locale has résumé cues", () => {
    for (const l of LOCALES) expect(l.documents?.resume?.titles?.length ?? 0, l.code).toBeGreaterThan(0);
  });

  for (const l of LOCALES) {
    it(`${l.code}: a résumé reads as one`, () => {
      const text = RESUMES[l.code];
      expect(text, `no sample résumé for ${l.code}`).toBeDefined();
      expect(readsAsResume(text!), text).toMatchObject({ kind: "resume", applied: true, named: true });
    });
  }

  for (const [code, text] of Object.entries(PORTFOLIOS)) {
    it(`${code}: a portfolio does not`, () => expect(readsAsResume(text)).toBeNull());
  }

  it("a listing of past jobs is a résumé; samples of past work are not", () => {
    expect(readsAsResume("Past jobs\n• 2024 – web shop for Moda Rio\n• 2023 – delivery app")).not.toBeNull();
    expect(readsAsResume("Trabalhos anteriores\n• 2024 – Loja virtual Moda Rio\n• 2023 – App de delivery")).not.toBeNull();
    expect(readsAsResume("Samples of past work: web shop for Moda Rio, delivery app for Sabor Caseiro")).toBeNull();
  });

  it("words that merely fit a résumé are not enough (control)", () => {
    const words = "Experience, education, skills and languages: I bring them all to every logo.";
    expect(documentKindEvidence(words).find((g) => g.kind === "resume")).toMatchObject({ applied: true, named: false });
    expect(readsAsResume(words)).toBeNull();
  });

  it("finds a title inside unspaced Japanese and Chinese text, and in a folded (accent-free, upper-case) one", () => {
    expect(readsAsResume("添付の職務経歴書をご覧ください")).not.toBeNull();
    expect(readsAsResume("附件是我的个人简历")).not.toBeNull();
    expect(readsAsResume("CURRICULUM VITAE\nSERGIO")).not.toBeNull();
    expect(readsAsResume("ZYCIORYS\nAnna")).not.toBeNull();
  });

  it("a C.V. that mentions its portfolio is still a C.V.", () => {
    const g = readsAsResume("Curriculum Vitae\nPortfolio: behance.net/anna\nWork experience: 2019–2024 Allegro");
    expect(g?.kind).toBe("resume");
  });

  it("the document scanner's guess reads the same cues", () => {
    expect(guessDocumentKind("Lebenslauf\nBerufserfahrung\n2018–2024 Siemens")).toMatchObject({ kind: "resume", applied: true });
    expect(guessDocumentKind("Резюме\nОпыт работы: Яндекс")).toMatchObject({ kind: "resume", applied: true });
  });
});
