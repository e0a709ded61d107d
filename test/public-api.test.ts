import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as main from "contactguard";
import * as server from "contactguard/server";

/*
 * The public API is a decision: these lists change only on purpose (and with a note in the README).
 * Vitest resolves the package's own name to its sources (vitest.config.ts), as the type-check does;
 * the last test holds package.json's "exports" to files the build makes.
 */

const ROOT = fileURLToPath(new URL("../", import.meta.url));

describe("public API", () => {
  it("contactguard: detection and policy, named exports only", () => {
    expect(Object.keys(main).sort()).toEqual([
      "CLAUSE_BY_TYPE", "CLAUSE_TEXT", "CONTACT_TYPES", "CheckContext", "ContactGuardError", "ContextError", "DISGUISES", "ERRORS",
      "ERROR_CATEGORIES", "ERROR_CODES", "FINDING_TYPES", "LINK_TYPES", "PHONE_NUMBER_TYPES", "PolicyPreset", "PresetError", "REDACTION_OPERATORS",
      "TYPE_LABEL", "builtinPreset", "check",
      "contractStarted", "createError", "createGuard", "detect", "detectWith", "explainClause", "formatMessage", "isContactType",
      "isErrorCode", "loadPresetFile", "mayContainContact", "parseContext", "parsePreset",
    ]);
  });

  it("contactguard/server: the act stage, the ledger and the HTTP service", () => {
    expect(Object.keys(server).sort()).toEqual([
      "ConflictError", "Enforcer", "FileCheckError", "FileEnforcer", "MAX_FILE_BYTES", "NotFoundError", "Repository", "ServiceConfig",
      "buildApp", "compose", "configFromEnv", "createApiKey", "createService", "csvField", "csvRow", "leakageStatsCsv", "migrate", "openDb", "serve",
    ]);
  });

  it("the README's first example works through the package name", () => {
    const result = main.createGuard().check("WhatsApp me on +91 98200 12345", {
      surface: "proposal",
      sender: { id: "fl-1", role: "freelancer", plan: "basic" },
      recipient: { id: "cl-1", role: "client", plan: "basic" },
      contract: { status: "none" },
    });
    expect(result.decision).toBe("block");
    expect(result.findings.map((f) => f.type)).toContain("phone");
  });

  it("package.json exports point at files the build makes", () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { exports: Record<string, { types: string; import: string }> };
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const source = target.import.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts");
      expect(existsSync(`${ROOT}${source}`), `${entry} → ${source}`).toBe(true);
      // npm test builds first, so the compiled entry exists too.
      expect(existsSync(`${ROOT}${target.import.slice(2)}`), `${entry} → ${target.import}`).toBe(true);
    }
  });
});
