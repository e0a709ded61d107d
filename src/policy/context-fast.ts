import { unsafeIdProblem } from "../core/strings.js";
import { PLANS, SURFACES, type CheckContext } from "./context.js";

/*
 * The common check context — a surface, the two parties, a contract, a region, a time, a language —
 * checked by hand: `CheckContext.safeParse` cost 80–150 ms of a 22,000-line `scan` (performance.md §1.4)
 * on contexts that nearly all look like `{surface, sender: {role, plan}, contract: {status}}`. Anything
 * else (another key, a missing or wrong value, a class instance, an explicit undefined) is not decided
 * here: `parseContext` hands it to zod, which decides it and words its error. What this accepts, zod
 * accepts with the same output, keys in the same order, defaults filled in the same way
 * (test/policy/context-fast.test.ts holds the two together).
 */

const ROLES: ReadonlySet<unknown> = new Set(["client", "freelancer"]);
const STATUSES: ReadonlySet<unknown> = new Set(["none", "offered", "active", "closed"]);
const KINDS: ReadonlySet<unknown> = new Set(["standard", "test"]);
const TOP_KEYS: ReadonlySet<string> = new Set(["surface", "sender", "recipient", "contract", "region", "now", "language"]);
const PARTY_KEYS: ReadonlySet<string> = new Set(["id", "role", "plan"]);
const CONTRACT_KEYS: ReadonlySet<string> = new Set(["status", "kind", "startsAt", "acceptedAt", "endedAt"]);
/** The same patterns as CheckContext's `region` and `language`. */
const REGION = /^[A-Za-z]{2}$/;
const LANGUAGE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

// Made on first use: context.ts imports this module, so its constants are not there yet while this one loads.
let surfaces: ReadonlySet<unknown> | undefined;
let plans: ReadonlySet<unknown> | undefined;

/** Not a decision: zod's turn. */
const SLOW = Symbol("slow");
type Slow = typeof SLOW;

type Plain = Record<string, unknown>;

/** A plain object whose every enumerable key is one of `keys` with a defined value. */
function plainWith(v: unknown, keys: ReadonlySet<string>): v is Plain {
  if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!keys.has(k) || (v as Plain)[k] === undefined) return false;
  return true;
}

const isoTime = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v));

function party(v: unknown): CheckContext["sender"] | Slow {
  if (v === null) return null;
  if (!plainWith(v, PARTY_KEYS)) return SLOW;
  const { id, role, plan } = v;
  if (!ROLES.has(role)) return SLOW;
  if (plan !== undefined && !(plans ??= new Set(PLANS)).has(plan)) return SLOW;
  if (id === undefined) return { role, plan: plan ?? "basic" } as CheckContext["sender"];
  if (typeof id !== "string" || id.length === 0 || unsafeIdProblem(id) !== null) return SLOW;
  return { id, role, plan: plan ?? "basic" } as CheckContext["sender"];
}

function contract(v: unknown): CheckContext["contract"] | Slow {
  if (v === null) return null;
  if (!plainWith(v, CONTRACT_KEYS)) return SLOW;
  const { status, kind, startsAt, acceptedAt, endedAt } = v;
  if (!STATUSES.has(status)) return SLOW;
  const out: Plain = { status };
  if (kind !== undefined) {
    if (!KINDS.has(kind)) return SLOW;
    out.kind = kind;
  }
  for (const [key, value] of [["startsAt", startsAt], ["acceptedAt", acceptedAt], ["endedAt", endedAt]] as const) {
    if (value === undefined) continue;
    if (!isoTime(value)) return SLOW;
    out[key] = value;
  }
  return out as CheckContext["contract"];
}

/** The parsed context when `input` has the common shape and is valid; undefined when zod must decide. */
export function commonContext(input: unknown): CheckContext | undefined {
  if (input === undefined || input === null) return { surface: "message" };
  if (!plainWith(input, TOP_KEYS)) return undefined;
  const { surface, sender, recipient, contract: deal, region, now, language } = input;
  const out: Plain = {};
  if (surface === undefined) out.surface = "message";
  else if ((surfaces ??= new Set(SURFACES)).has(surface)) out.surface = surface;
  else return undefined;
  // In CheckContext's key order, which is the order zod writes them in.
  if (sender !== undefined) {
    const p = party(sender);
    if (p === SLOW) return undefined;
    out.sender = p;
  }
  if (recipient !== undefined) {
    const p = party(recipient);
    if (p === SLOW) return undefined;
    out.recipient = p;
  }
  if (deal !== undefined) {
    const c = contract(deal);
    if (c === SLOW) return undefined;
    out.contract = c;
  }
  if (region !== undefined) {
    if (typeof region !== "string" || !REGION.test(region)) return undefined;
    out.region = region;
  }
  if (now !== undefined) {
    if (!isoTime(now)) return undefined;
    out.now = now;
  }
  if (language !== undefined) {
    if (typeof language !== "string" || !LANGUAGE.test(language)) return undefined;
    out.language = language;
  }
  return out as CheckContext;
}
