/**
 * `npm start` (which passes --marketplace): the guard service with the reference marketplace and
 * its UI mounted, on the embedded database by default, listening on 127.0.0.1 unless HOST is set.
 * Built only on the package's public entry points, as a platform would be. Without the flag or
 * MARKETPLACE=on it serves the guard API alone (what `contactguard serve` does); MARKETPLACE=off
 * turns the demo off even under `npm start`. See switch.ts.
 */
import { serve } from "contactguard/server";
import { marketplace } from "./server/index.js";
import { demoSwitch } from "./switch.js";

const demo = demoSwitch(process.env, process.argv.slice(2));
await serve(demo.env, {
  extend: () => (demo.mount ? marketplace({ sessionSecret: process.env.MARKETPLACE_SESSION_SECRET }) : undefined),
  banner: (port) =>
    demo.mount
      ? `Demo marketplace (sessions signed; anyone who can reach this address can switch users): http://localhost:${port}/rooms/demo?as=demo-freelancer · moderation console: http://localhost:${port}/console?as=demo-reviewer`
      : undefined,
});
