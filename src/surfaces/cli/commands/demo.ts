import { createGuard } from "../../../guard.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit.js";
import type { DEMO } from "../table.js";
import { renderCheck } from "./check.js";

/** Sample messages: a plain email, a messenger with a fee-skipping offer, spelled-out digits, a spaced-out address, and a clean one. */
const DEMO_TEXTS = [
  "Need a logo for my food truck. Send ideas to tacos.el.rey@gmail.com",
  "WhatsApp me on +91 98200 12345 and we can skip the fees",
  "my number is eight zero zero, two two two, nine eight seven six",
  "k e n j i (at) s a t o - s t u d i o (dot) j p",
  "Budget $3,000, start 2026-04-01, Node 20.11.1 — see github.com/kenji for samples",
];

/** `contactguard demo`: checks the sample messages as chat messages (exit 0: it shows, it does not judge the run). */
export const demoCommand: Command<typeof DEMO> = ({ useColor }) => {
  const guard = createGuard();
  for (const text of DEMO_TEXTS) process.stdout.write(renderCheck(text, guard.check(text, { surface: "message" }), useColor) + "\n");
  return EXIT.ok;
};
