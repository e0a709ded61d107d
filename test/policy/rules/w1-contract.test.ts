import { describe, expect, it } from "vitest";
import { contractStarted, w1Contract } from "../../../src/policy/rules/w1-contract.js";
import { contractStarted as fromEngine } from "../../../src/policy/engine.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { check } from "../../../src/guard.js";
import { parseContext, type CheckContextInput } from "../../../src/policy/context.js";
import { NOW, PRESET, finding, ruleInput, verdictOf } from "./fixtures.js";

const started = (contract: CheckContextInput["contract"]) => contractStarted(parseContext({ contract }), NOW);

describe("W1 when a contract starts", () => {
  it("not without a contract, nor with status none", () => {
    expect(started(undefined)).toBe(false);
    expect(started(null)).toBe(false);
    expect(started({ status: "none" })).toBe(false);
  });
  it("not while the offer is open and the start date is ahead", () => {
    expect(started({ status: "offered", startsAt: "2026-04-01T00:00:00Z" })).toBe(false);
    expect(started({ status: "offered" })).toBe(false);
  });
  it("at the earlier of the start date and the acceptance", () => {
    expect(started({ status: "offered", startsAt: "2026-04-01T00:00:00Z", acceptedAt: "2026-03-09T00:00:00Z" })).toBe(true);
    expect(started({ status: "offered", startsAt: "2026-03-10T09:00:00Z" })).toBe(true);
    expect(started({ status: "offered", startsAt: "2026-03-10T09:00:01Z" })).toBe(false);
  });
  it("active and closed contracts have started", () => {
    expect(started({ status: "active", kind: "test" })).toBe(true);
    expect(started({ status: "closed" })).toBe(true);
  });
  it("is the same function from the engine (the example's copy can import it)", () => {
    expect(fromEngine).toBe(contractStarted);
  });
});

describe("E6 sharing after the contract starts", () => {
  const email = finding("email");
  it("an active contract allows every finding under E6", () => {
    const outcome = w1Contract.apply(ruleInput({ findings: [email], context: { contract: { status: "active" } } }));
    expect(verdictOf(outcome)).toEqual({ violation: false, decision: "allow", clauses: ["E6", "C2"], message: "" });
    expect(outcome.kind === "settle" && outcome.allowed).toEqual({ clause: "E6", findings: [email] });
  });
  it("a closed contract allows it with the future-work notice", () => {
    const v = verdictOf(w1Contract.apply(ruleInput({ findings: [email], context: { contract: { status: "closed" } } })));
    expect(v).toMatchObject({ violation: false, decision: "notice", message: PRESET.messages.closedContract });
  });
  it("has no say before the contract starts", () => {
    expect(w1Contract.apply(ruleInput({ findings: [email], context: { contract: { status: "offered", startsAt: "2026-04-01T00:00:00Z" } } }))).toBe(NO_SAY);
    expect(w1Contract.apply(ruleInput({ findings: [email] }))).toBe(NO_SAY);
  });
});

describe("E6 after a closed contract: the next job stays on the platform unless the conversion fee is paid", () => {
  const closed = { contract: { status: "closed" as const } };
  const email = finding("email");
  const fees = finding("off_platform", { value: "off_platform:fees" });
  const payment = finding("off_platform", { value: "off_platform:payment" });
  const channel = finding("off_platform", { value: "off_platform:channel" });
  it("a fee or payment proposal is not covered; the rest of the message is (E6)", () => {
    expect(w1Contract.apply(ruleInput({ text: "for phase two let's skip the platform fee", findings: [fees], context: closed }))).toBe(NO_SAY);
    const outcome = w1Contract.apply(ruleInput({ text: "pay me directly next time, mail: kenji@sato-studio.jp", findings: [payment, email], context: closed }));
    expect(outcome).toEqual({ kind: "cover", clause: "E6", findings: [email] });
  });
  it("a channel proposal is sharing (the notice) unless it names the next job", () => {
    expect(verdictOf(w1Contract.apply(ruleInput({ text: "let's stay in touch on LinkedIn", findings: [channel], context: closed })))).toMatchObject({ decision: "notice" });
    expect(w1Contract.apply(ruleInput({ text: "el próximo proyecto lo hacemos por fuera", findings: [channel], context: closed }))).toBe(NO_SAY);
  });
  it("paying the conversion fee makes it allowed; dodging it does not", () => {
    const v = verdictOf(w1Contract.apply(ruleInput({ text: "we'll pay you directly for the next project and pay the conversion fee", findings: [payment], context: closed })));
    expect(v).toMatchObject({ violation: false, decision: "notice" });
    expect(w1Contract.apply(ruleInput({ text: "let's skip the conversion fee", findings: [fees], context: closed }))).toBe(NO_SAY);
  });
  it("end to end in several languages: C9 under a closed contract, the notice for plain sharing", () => {
    const ctx = { sender: { id: "fl-1", role: "freelancer", plan: "basic" }, recipient: { id: "cl-1", role: "client", plan: "basic" }, contract: { status: "closed", startsAt: "2025-11-01T00:00:00Z", endedAt: "2026-02-20T00:00:00Z" }, now: "2026-03-10T09:00:00Z" } as const;
    for (const text of [
      "For phase two let's just work directly and skip the platform fee.",
      "El próximo proyecto lo hacemos por fuera y nos ahorramos la comisión.",
      "下一个项目我们直接合作吧，不走平台，省掉手续费。",
      "Pour la suite, on peut travailler en direct sans passer par la plateforme, ça vous évitera les frais de service.",
      "Den nächsten Auftrag machen wir direkt, dann sparen wir uns beide die Gebühren.",
      "Следующий заказ давайте напрямую, без площадки — сэкономим на комиссии.",
    ]) {
      const r = check(text, ctx);
      expect(r.violation, text).toBe(true);
      expect(r.clauses, text).toContain("C9");
    }
    for (const text of ["Thanks! My email if the server acts up: sam@protonmail.com", "Phase two is approved — I'll send you a new offer here next week.", "Para el siguiente proyecto queremos contratarte directamente; pagaremos la tarifa de conversión de la plataforma."]) {
      expect(check(text, ctx).violation, text).toBe(false);
    }
  });
});
