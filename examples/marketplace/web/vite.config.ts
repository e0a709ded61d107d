import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The UI is built into examples/marketplace/dist/web, which the marketplace serves (server/web.ts).
// `npx vite --config web/vite.config.ts` runs it with hot reload against a service on :8080.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
  },
  server: { proxy: { "/app/api": "http://localhost:8080" } },
});
