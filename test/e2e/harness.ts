import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { ServiceConfig } from "../../src/runtime/config.js";
import { marketplace } from "../../examples/marketplace/server/index.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";

/** The package root, and where the UI build and the README's screenshots live. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WEB_INDEX = join(ROOT, "examples/marketplace/dist/web/index.html");
const SCREENSHOTS = join(ROOT, "docs/screenshots");

/** `npm test` builds the UI first; a bare `vitest run` builds it here once when it is missing. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(WEB_INDEX)) return;
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "examples/marketplace/web/vite.config.ts"), logLevel: "warn" });
}

export interface RunningService {
  service: Service;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** The real service with the marketplace, on an empty PGlite store in a temp dir, on a free port. */
export async function startService(): Promise<RunningService> {
  const dataDir = mkdtempSync(join(tmpdir(), "cg-e2e-"));
  const service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }), { extend: marketplace() });
  await service.app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = service.app.server.address() as AddressInfo;
  return {
    service,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    async close() {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The signed session cookie (`name=value`) the user switcher's sign-in sets for a demo user, or null
 * when there is no such user. Tests sign in as the browser does; a hand-written cookie is refused.
 */
export async function signIn(service: Service, userId: string): Promise<string | null> {
  const res = await service.app.inject({ method: "POST", url: "/app/api/session", payload: { userId } });
  if (res.statusCode !== 200) return null;
  return String(res.headers["set-cookie"]).split(";")[0]!;
}

/** A browser context per demo user: each has its own session cookie, as two people would. */
export async function actAs(browser: Browser, base: string, userId: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, baseURL: base });
  const page = await context.newPage();
  await page.goto(`${path}${path.includes("?") ? "&" : "?"}as=${userId}`);
  // The switcher shows the acting user once the deep link has set the session.
  await expect.poll(() => page.locator("#acting-as").inputValue(), { timeout: 15_000 }).toBe(userId);
  return { context, page };
}

/** Regular files under a directory (recursively); none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * The README's screenshots are written when missing or with UPDATE_SCREENSHOTS=1 (`npm run
 * screenshots`), so an ordinary test run leaves the working tree as it was.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOTS, name);
  if (existsSync(path) && process.env.UPDATE_SCREENSHOTS !== "1") return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path, fullPage: false });
}
