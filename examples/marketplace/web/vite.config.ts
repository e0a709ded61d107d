import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The UI is built into examples/marketplace/dist/web, which the marketplace serves (server/web.ts).
// `npx vite --config web/vite.config.ts` runs it with hot reload against a service on :8080.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [preact()],
  resolve: {
    // The package's browser entry, from its sources (the package is not installed under its own name
    // here). Only this entry: "contactguard" and "contactguard/server" are imported with `import type`,
    // which the build erases, and they must never reach the bundle (they hold Node-only code).
    alias: { "contactguard/clauses": fileURLToPath(new URL("../../../src/core/clauses.ts", import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
  },
  server: { proxy: { "/app/api": "http://localhost:8080" } },
});
