/**
 * `npm start`: the guard service with the reference marketplace and its UI mounted, on the embedded
 * database by default. Built only on the package's public entry points, as a platform would be.
 * MARKETPLACE=off serves the guard API alone (what `contactguard serve` does).
 */
import { serve } from "contactguard/server";
import { marketplace } from "./server/index.js";

const withMarketplace = !/^(0|off|false|no)$/i.test(process.env.MARKETPLACE ?? "");
await serve(process.env, {
  extend: () => (withMarketplace ? marketplace() : undefined),
  banner: (port) =>
    withMarketplace
      ? `Demo marketplace: http://localhost:${port}/rooms/demo?as=demo-freelancer · moderation console: http://localhost:${port}/console?as=demo-reviewer`
      : undefined,
});
