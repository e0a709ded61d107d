import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The example imports the package by its name; tests run it on the sources, like the type-check does.
  resolve: { alias: [{ find: /^contactguard\/server$/, replacement: src("server.ts") }, { find: /^contactguard$/, replacement: src("index.ts") }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Services start on PGlite or PostgreSQL in beforeAll; on a busy 2-core machine that takes
    // well over vitest's 10 s default, so hooks get the same deliberate budget as tests.
    hookTimeout: 60_000,
  },
});
