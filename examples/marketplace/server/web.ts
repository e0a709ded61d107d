import { existsSync } from "node:fs";
import { WEB_DIR } from "./paths.js";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/*
 * Serves the web UI (examples/marketplace/web, built by `npm run build` into examples/marketplace/dist/web) from the same process as the
 * API. The UI is a single page: each of its paths answers with index.html and the page routes.
 */

export { WEB_DIR } from "./paths.js";

export const PAGE_ROUTES = ["/", "/rooms", "/rooms/*", "/jobs", "/jobs/*", "/contracts", "/contracts/*", "/profiles/*", "/account", "/console", "/console/*"];

// Everything the page loads comes from this origin; no inline script (Vite emits module files).
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>ContactGuard</title>
<body style="font-family: system-ui; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>The web UI is not built yet</h1><p>Run <code>npm run build</code> (or <code>npm start</code>, which builds it when missing) and reload.
The guard API is up: see <a href="/docs">/docs</a>.</p></body></html>`;

export async function registerWeb(app: FastifyInstance, webDir = WEB_DIR): Promise<void> {
  const built = existsSync(`${webDir}/index.html`);
  if (built) await app.register(fastifyStatic, { root: webDir, prefix: "/", wildcard: false, index: false, maxAge: "1h" });
  const page = (reply: FastifyReply) => {
    reply.header("content-security-policy", CSP).header("cache-control", "no-cache");
    return built ? reply.type("text/html").sendFile("index.html", { maxAge: 0 }) : reply.code(503).type("text/html").send(NOT_BUILT);
  };
  for (const url of PAGE_ROUTES) app.get(url, { schema: { hide: true } }, async (_req, reply) => page(reply));
}
