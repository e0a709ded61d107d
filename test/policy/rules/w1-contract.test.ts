import { describe, expect, it } from "vitest";
import { contractStarted, w1Contract } from "../../../src/policy/rules/w1-contract.js";
import { contractStarted as fromEngine } from "../../../src/policy/engine.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
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
