import { PENALTY_LABEL, date } from "../format";
import type { LadderStep, Standing } from "../types";

/** An account's standing and where it is on the enforcement ladder (X2). */
export function StandingSummary({ standing, ladder }: { standing: Standing; ladder: LadderStep[] }) {
  const good = standing.activeViolations === 0;
  return (
    <section class="standing" aria-labelledby="standing-title" data-testid="standing">
      <h2 id="standing-title">Standing</h2>
      <p class={`standing-state ${good ? "good" : "bad"}`} data-testid="standing-state">
        {good ? "Good standing" : `${PENALTY_LABEL[standing.penalty ?? ""] ?? standing.penalty} — ladder step ${standing.ladderStep} of ${ladder.length}`}
      </p>
      <dl class="facts">
        <div>
          <dt>Active violations</dt>
          <dd data-testid="active-violations">{standing.activeViolations}</dd>
        </div>
        <div>
          <dt>Ladder step</dt>
          <dd data-testid="ladder-step">{standing.ladderStep}</dd>
        </div>
        <div>
          <dt>Talent badges</dt>
          <dd>{standing.badgesRemoved ? "removed" : "kept"}</dd>
        </div>
        <div>
          <dt>Restricted until</dt>
          <dd>{standing.restrictedUntil ? date(standing.restrictedUntil) : "—"}</dd>
        </div>
        <div>
          <dt>Suspended</dt>
          <dd>{standing.suspended ? "yes" : "no"}</dd>
        </div>
      </dl>
      <ol class="ladder" aria-label="Enforcement ladder">
        {ladder.map((s) => (
          <li key={s.step} class={s.step === standing.ladderStep ? "current" : s.step < standing.ladderStep ? "passed" : ""} aria-current={s.step === standing.ladderStep ? "step" : undefined}>
            <strong>
              {s.atViolation} violation{s.atViolation > 1 ? "s" : ""}: {PENALTY_LABEL[s.penalty] ?? s.penalty}
              {s.days ? ` (${s.days} days)` : ""}
            </strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
