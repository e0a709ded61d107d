import { CLAUSE_BY_TYPE } from "../core/clauses.js";
import { isContactType, type ContactType, type Finding } from "../core/types.js";
import type { CheckContext } from "./context.js";
import type { SplitSource } from "./conversation.js";
import type { Decision, PolicyPreset } from "./preset.js";
import { systemAccessPurpose, talksAboutWorkOverChannel } from "./purpose.js";
import { redact } from "./redact.js";

/*
 * decide(): POLICY.md as code. Clause logic lives here (when sharing is forbidden, what is exempt);
 * which action each surface takes and every word the user reads come from the preset.
 */

export interface PolicyFinding extends Finding {
  /** The clause that makes this finding contact information (C1–C9) or allowed content (S1, S2). */
  clause: string;
  /** The clause that allows it here, when one does (E1–E6, S5). */
  allowedBy?: string;
  /** Earlier messages of the same sender this finding was assembled from. */
  splitFrom?: SplitSource[];
}

export interface CheckResult {
  violation: boolean;
  decision: Decision;
  clauses: string[];
  message: string;
  findings: PolicyFinding[];
  redactedText?: string;
  policy: { id: string; version: string };
}

const LEGAL_DOCUMENTS = new Set(["nda", "business_license", "background_check"]);
/** Types a portfolio may happen to contain (S5); requests and proposals are not "contained details". */
const PORTFOLIO_DETAIL_TYPES = new Set<string>(["phone", "email", "address", "messenger", "social", "contact_link"]);

/** W1: a contract starts at the earlier of its start date and the acceptance of the offer. */
export function contractStarted(context: CheckContext, now: Date): boolean {
  const c = context.contract;
  if (!c || c.status === "none") return false;
  if (c.status === "active" || c.status === "closed") return true;
  const times = [c.startsAt, c.acceptedAt].filter((t): t is string => !!t).map((t) => Date.parse(t));
  return times.some((t) => t <= now.getTime());
}

function restricted(context: CheckContext, now: Date): boolean {
  const s = context.standing;
  if (!s) return false;
  return s.suspended === true || (!!s.restrictedUntil && Date.parse(s.restrictedUntil) > now.getTime());
}

const uniq = (xs: string[]) => [...new Set(xs)];
const clauseOrder = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

export function decide(text: string, findings: Finding[], context: CheckContext, preset: PolicyPreset, now: Date): CheckResult {
  const policy = { id: preset.id, version: preset.version };
  const annotated: PolicyFinding[] = findings.map((f) => ({ ...f, clause: CLAUSE_BY_TYPE[f.type] }));
  const contact = annotated.filter((f) => isContactType(f.type));
  const links = annotated.filter((f) => !isContactType(f.type));
  const result = (r: Omit<CheckResult, "policy" | "findings">): CheckResult => ({
    ...r,
    clauses: uniq(r.clauses).sort(clauseOrder),
    findings: annotated,
    policy,
  });

  // X2: a restricted or suspended account sends nothing until the restriction ends.
  if (restricted(context, now)) {
    return result({ violation: contact.length > 0, decision: "block", clauses: ["X2", ...contact.map((f) => f.clause)], message: preset.messages.restricted });
  }
  if (contact.length === 0) {
    return result({ violation: false, decision: "allow", clauses: links.map((f) => f.clause), message: "" });
  }

  const allowAll = (clause: string, decision: Decision, message: string): CheckResult => {
    for (const f of contact) f.allowedBy = clause;
    return result({ violation: false, decision, clauses: [clause, ...contact.map((f) => f.clause)], message });
  };

  // W1 / E6: after the contract starts sharing is free; after it closes, free with a notice.
  if (context.contract?.status === "closed") return allowAll("E6", "notice", preset.messages.closedContract);
  if (contractStarted(context, now)) return allowAll("E6", "allow", "");
  // E1: either party on Enterprise (Business too, with the older seed's switch).
  const plans = [context.sender?.plan, context.recipient?.plan];
  if (plans.includes("enterprise")) return allowAll("E1", "allow", "");
  if (preset.switches.businessPlanExempt && plans.includes("business")) return allowAll("E1", "allow", "");
  // E5 / W3: people who knew each other before the platform.
  if (context.relationship?.preExisting) return allowAll("E5", "allow", "");

  // Exceptions that cover some findings (E2–E4) and the portfolio notice (S5).
  const lower = text.toLowerCase();
  const legal = context.exception?.kind === "legal" || LEGAL_DOCUMENTS.has(context.document?.kind ?? "");
  const accessibility = context.exception?.kind === "accessibility";
  const accessPurpose =
    context.exception?.kind === "system_access" || (preset.switches.inferSystemAccess && systemAccessPurpose(lower) !== null);
  const portfolio = context.surface === "portfolio" || context.document?.kind === "portfolio";
  // Moving the payment or dodging fees is always about the work (E7); proposing a channel is not by itself.
  const offPlatformWork = contact.some((f) => f.type === "off_platform" && f.value !== "off_platform:channel");
  const workOverChannel = offPlatformWork || talksAboutWorkOverChannel(lower);
  let usedException = false;
  let e7 = false;
  for (const f of contact) {
    let exemption: string | undefined;
    // An accessibility accommodation may be the other channel itself ("text me, I can't use the chat").
    if (f.type === "off_platform") exemption = accessibility && f.value === "off_platform:channel" ? "E4" : undefined;
    else if (legal) exemption = "E2";
    else if (accessibility) exemption = "E4";
    else if (accessPurpose && isEmailish(f)) exemption = "E3";
    else if (portfolio && PORTFOLIO_DETAIL_TYPES.has(f.type)) exemption = "S5";
    if (exemption && exemption !== "S5" && workOverChannel) {
      // E7: the exception covers sharing, not doing the work over that channel.
      e7 = true;
      continue;
    }
    if (exemption) {
      f.allowedBy = exemption;
      if (exemption !== "S5") usedException = true;
    }
  }

  const violating = contact.filter((f) => !f.allowedBy);
  const exemptions = contact.filter((f) => f.allowedBy).map((f) => f.allowedBy!);
  if (violating.length === 0) {
    const notice = exemptions.includes("S5") ? preset.messages.portfolio : usedException ? preset.messages.exception : "";
    return result({
      violation: false,
      decision: notice ? "notice" : "allow",
      clauses: [...exemptions, ...contact.map((f) => f.clause)],
      message: notice,
    });
  }

  // A violation: the surface's action, refined by type rules, repeats and confidence.
  const surfaceRule = preset.surfaces[context.surface];
  const types = new Set<ContactType>(violating.map((f) => f.type as ContactType));
  const typeRule = preset.typeRules.find(
    (r) => [...types].every((t) => r.types.includes(t)) && (!r.surfaces || r.surfaces.includes(context.surface)),
  );
  const repeat = (context.standing?.activeViolations ?? 0) > 0;
  let decision: Decision = (repeat ? surfaceRule.repeatAction : undefined) ?? typeRule?.action ?? surfaceRule.action;
  if (repeat && surfaceRule.repeatAction) decision = surfaceRule.repeatAction;
  const maxConfidence = Math.max(...violating.map((f) => f.confidence));
  if ((decision === "block" || decision === "redact") && maxConfidence < preset.detection.reviewBelow) decision = "review";

  const requestOnly = [...types].every((t) => t === "contact_request");
  let message =
    surfaceRule.message ??
    (decision === "redact" ? preset.messages.redacted : decision === "review" ? preset.messages.review : undefined) ??
    typeRule?.message ??
    (requestOnly ? preset.messages.contactRequest : preset.messages.violation);
  if (e7 && !surfaceRule.message) message = preset.messages.exceptionChannel;
  const clauses = [
    ...violating.map((f) => f.clause),
    "W1",
    ...(context.surface === "attachment" || context.document ? ["W2"] : []),
    ...surfaceRule.clauses,
    ...(typeRule?.clauses ?? []),
    ...(types.has("contact_request") ? ["X3"] : []),
    ...(e7 ? ["E7"] : []),
    ...(repeat ? ["X2"] : []),
  ];
  return {
    ...result({ violation: true, decision, clauses, message }),
    redactedText: redact(text, violating, preset.redaction),
  };
}

/** E3 covers an email address, or a request for one — never a phone number or a messenger ID. */
function isEmailish(f: Finding): boolean {
  if (f.type === "email") return true;
  if (f.type === "contact_request") return /email|mail/.test(f.value) || /e-?mail|correo|courriel/.test(f.text.toLowerCase());
  return false;
}
