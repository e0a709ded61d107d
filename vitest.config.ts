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
    // A file that never ends (a worker stuck in a loop, or before its first test) is reported with its
    // stack and killed instead of holding the run until CI's limit (test/helpers/watchdog-reporter.ts).
    reporters: ["default", "./test/helpers/watchdog-reporter.ts"],
    // Its inspector, opened by the watchdog, on a free port: never 9229, which a test or a developer may hold.
    poolOptions: { forks: { execArgv: ["--inspect-port=0"] } },
  },
});
