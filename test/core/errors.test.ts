import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { codesWithStatus, ContactGuardError, createError, ERROR_CATEGORIES, ERROR_CODES, ERRORS, formatMessage, isErrorCode } from "../../src/core/errors.js";
import { ContextError, parseContext } from "../../src/policy/context.js";
import { builtinPreset, loadPresetFile, parsePreset, PresetError } from "../../src/policy/preset.js";
import { ConflictError, NotFoundError } from "../../src/ledger/repository.js";
import { FileCheckError } from "../../src/enforce/file-enforcer.js";
import { DOCUMENT_ERROR_CODES, DocumentError } from "../../src/documents/types.js";
import { ERRORS_DOC_PATH, renderErrorsDoc } from "../../scripts/errors-doc.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The codes and statuses clients saw before the registry existed. They are a published contract:
 * a registry edit that changes one of them must fail here, not in a client.
 */
const PUBLISHED: Record<string, number> = {
  bad_request: 400,
  invalid_request: 400,
  invalid_json: 400,
  invalid_input: 400,
  invalid_context: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  body_too_large: 413,
  file_too_large: 413,
  unsupported_type: 415,
  type_mismatch: 415,
  policy_refused: 422,
  empty_file: 422,
  encrypted: 422,
  corrupt: 422,
  truncated: 422,
  zip_bomb: 422,
  too_many_pages: 422,
  image_too_large: 422,
  too_much_text: 422,
  timeout: 422,
  unreadable: 422,
  rate_limited: 429,
  internal_error: 500,
  failed: 500,
  not_ready: 503,
};

describe("the error registry", () => {
  it("keeps every published code with its status", () => {
    for (const [code, status] of Object.entries(PUBLISHED)) {
      expect(isErrorCode(code), code).toBe(true);
      if (isErrorCode(code)) expect(ERRORS[code].statusCode, code).toBe(status);
    }
  });

  it("every entry has a snake_case code, an error status, a known category, a message and a description", () => {
    for (const code of ERROR_CODES) {
      const spec = ERRORS[code];
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(spec.statusCode).toBeGreaterThanOrEqual(400);
      expect(spec.statusCode).toBeLessThan(600);
      expect(ERROR_CATEGORIES).toContain(spec.category);
      expect(spec.message.length).toBeGreaterThan(0);
      expect(spec.description.length).toBeGreaterThan(0);
    }
  });

  it("tells registered codes from anything else", () => {
    expect(isErrorCode("not_found")).toBe(true);
    expect(isErrorCode("no_such_code")).toBe(false);
    expect(isErrorCode("toString")).toBe(false);
    expect(isErrorCode(404)).toBe(false);
    expect(codesWithStatus(409)).toEqual(["conflict", "not_disputable", "idempotency_conflict"]);
  });

  it("creates an error by code, its status, category and message from the registry", () => {
    const err = createError("not_found", { what: "decision d-1" });
    expect(err).toBeInstanceOf(ContactGuardError);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: "not_found", statusCode: 404, category: "ledger", message: "decision d-1 not found" });
    expect(err.toBody()).toEqual({ statusCode: 404, code: "not_found", message: "decision d-1 not found" });
    expect(createError("rate_limited", { max: 5, window: "1 minute" }).message).toBe("rate limit of 5 requests per 1 minute exceeded");
    // A part not given stays visible rather than silently vanishing.
    expect(formatMessage("invalid_context", { field: "context.surface" })).toBe("context.surface: {problem}");
    expect(new ContactGuardError("conflict", "already resolved", { details: { id: "a" } }).details).toEqual({ id: "a" });
  });
});

describe("the error classes are registry codes", () => {
  it("ContextError: invalid_context, 400, the first field in the message and every zod issue kept", () => {
    let err: unknown;
    try {
      parseContext({ surface: "chat", region: "USA", sender: { role: "boss" } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContextError);
    const ctx = err as ContextError;
    expect(ctx).toMatchObject({ code: "invalid_context", statusCode: 400, category: "policy", field: "context.surface" });
    expect(ctx.message).toMatch(/^context\.surface: /);
    expect(ctx.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["surface"], ["sender", "role"], ["region"]]));
    expect(ctx.issues.length).toBe(3);
    expect(ctx.details).toMatchObject({ field: "context.surface" });
    expect(() => parseContext({ surface: "message" })).not.toThrow();
  });

  it("PresetError: invalid_preset, the same message as before, zod's issues structured", () => {
    const bad = { ...structuredClone(builtinPreset()), version: "", ladder: { windowDays: 0, warningExpiresDays: 1, steps: [] } };
    let err: unknown;
    try {
      parsePreset(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PresetError);
    const preset = err as PresetError;
    expect(preset).toMatchObject({ code: "invalid_preset", statusCode: 400, name: "PresetError" });
    expect(preset.message).toBe(`invalid policy preset:\n  ${preset.problems.join("\n  ")}`);
    expect(preset.problems).toContain("ladder.windowDays: Too small: expected number to be >=1");
    expect(preset.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["version"], ["ladder", "windowDays"], ["ladder", "steps"]]));
    expect(preset.issues.every((i) => typeof i.code === "string")).toBe(true);
  });

  it("PresetError for a file that cannot be read has its reason and no zod issues", () => {
    expect(() => loadPresetFile("/nonexistent/preset.json")).toThrow(/^invalid policy preset:\n {2}cannot read \/nonexistent\/preset\.json: /);
    try {
      loadPresetFile("/nonexistent/preset.json");
    } catch (e) {
      expect((e as PresetError).issues).toEqual([]);
    }
  });

  it("ledger errors: not_found 404 and conflict 409, messages as before", () => {
    expect(new NotFoundError("violation v-1")).toMatchObject({ code: "not_found", statusCode: 404, message: "violation v-1 not found", name: "NotFoundError" });
    expect(new ConflictError("appeal a-1 is already upheld")).toMatchObject({ code: "conflict", statusCode: 409, message: "appeal a-1 is already upheld" });
  });

  it("file errors answer with the registry's status for their code (the old STATUS table's values)", () => {
    expect(new FileCheckError("bad_request", "x").statusCode).toBe(400);
    expect(new FileCheckError("invalid_request", "x").statusCode).toBe(400);
    expect(new FileCheckError("file_too_large", "x").statusCode).toBe(413);
    expect(new FileCheckError("unsupported_type", "x").statusCode).toBe(415);
    expect(new FileCheckError("type_mismatch", "x").statusCode).toBe(415);
    expect(new FileCheckError("internal_error", "x").statusCode).toBe(500);
    for (const code of ["empty_file", "encrypted", "corrupt", "truncated", "zip_bomb", "too_many_pages", "image_too_large", "too_much_text", "timeout", "unreadable"] as const) {
      expect(new FileCheckError(code, "x").statusCode, code).toBe(422);
    }
  });

  it("document codes are the registry's document category", () => {
    expect([...DOCUMENT_ERROR_CODES].sort()).toEqual(ERROR_CODES.filter((c) => ERRORS[c].category === "document").sort());
    expect(DOCUMENT_ERROR_CODES).toContain("zip_bomb");
    expect(DOCUMENT_ERROR_CODES).not.toContain("internal_error");
    expect(new DocumentError("corrupt", "bad xref")).toMatchObject({ code: "corrupt", statusCode: 422, category: "document", name: "DocumentError" });
  });
});

describe("docs/errors.md", () => {
  it("is what the registry renders (run `npm run docs:errors` after changing src/core/errors.ts)", () => {
    expect(readFileSync(ERRORS_DOC_PATH, "utf8")).toBe(renderErrorsDoc());
  });

  it("lists every code with its status", () => {
    const doc = renderErrorsDoc();
    for (const code of ERROR_CODES) expect(doc).toContain(`| \`${code}\` | ${ERRORS[code].statusCode} |`);
  });
});

/** Code strings written in the sources: `code: "…"` literals and the first argument of the error constructors. */
const CODE_LITERALS = [/\bcode: "([a-z][a-z_]*)"/g, /\b(?:createError|errorBody|formatMessage|errorLine\(\w+,)\s*\(?\s*"([a-z][a-z_]*)"/g, /\bnew (?:\w+Error)\("([a-z][a-z_]*)"/g, /\.code [!=]== "([a-z][a-z_]*)"/g];

/** zod issue codes a schema may raise itself; not error codes of ours. */
const ZOD_ISSUE_CODES: ReadonlySet<string> = new Set(["custom"]);

function codeLiterals(source: string): string[] {
  return CODE_LITERALS.flatMap((re) => [...source.matchAll(re)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    // A locale's `code` is its language (ISO 639-1), not an error code.
    .filter((f) => !f.includes("/src/locale/"));
}

describe("every code string in the sources is registered", () => {
  it("finds code literals (and would report an unknown one)", () => {
    expect(codeLiterals('return { code: "invalid_json", message }; throw new FileCheckError("bad_request", "x"); errorLine(id, "invalid_input", m)')).toEqual([
      "invalid_json",
      "invalid_input",
      "bad_request",
    ]);
    expect(codeLiterals('error: { code: "no_such_code" }').filter((c) => !isErrorCode(c))).toEqual(["no_such_code"]);
    // Country codes in the address tables are not error codes.
    expect(codeLiterals('{ code: "US", name: "United States" }')).toEqual([]);
  });

  it("in src/ and the example server", () => {
    const found = new Map<string, string[]>();
    for (const file of [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "examples/marketplace/server"))]) {
      for (const code of codeLiterals(readFileSync(file, "utf8"))) found.set(code, [...(found.get(code) ?? []), file.slice(ROOT.length)]);
    }
    // The scan must see the codes it is there to police, or it proves nothing.
    for (const code of ["invalid_json", "invalid_request", "failed", "corrupt", "zip_bomb", "internal_error", "conflict", "policy_refused"]) expect([...found.keys()], code).toContain(code);
    // zod's own issue code for a custom check (`ctx.addIssue({ code: "custom" })`) names a validation
    // issue inside an error, not an error; it reaches callers inside invalid_preset's details.
    const unknown = [...found].filter(([code]) => !isErrorCode(code) && !ZOD_ISSUE_CODES.has(code)).map(([code, files]) => `${code} (${[...new Set(files)].join(", ")})`);
    expect(unknown).toEqual([]);
  });
});
