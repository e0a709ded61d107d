import { DISGUISES } from "../../../core/types.js";
import { builtinPreset, loadPresetFile, PresetError, type PolicyPreset } from "../../../policy/preset.js";
import { effectiveThresholds } from "../../../policy/tuning.js";
import { UsageError, type Command } from "../command.js";
import { EXIT } from "../exit.js";
import type { POLICY_CHECK, POLICY_SHOW } from "../table.js";
import { readableFile } from "../values.js";

/**
 * The effective strictness of every finding type, one line each: level, the confidence a finding
 * needs, and the disguise families that count at it (the others only from the stricter number).
 */
function thresholdLines(preset: PolicyPreset): string[] {
  return Object.entries(effectiveThresholds(preset)).map(([type, t]) => {
    const families =
      t.families.size === DISGUISES.length
        ? "every disguise family"
        : `disguises ${[...t.families].join(", ") || "none"}; others from ${t.otherFamiliesMinConfidence.toFixed(2)}`;
    return `    ${type.padEnd(21)} ${t.level.padEnd(8)} confidence >= ${t.minConfidence.toFixed(2)}  ${families}`;
  });
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * `contactguard policy check FILE`: exit 0 for a valid preset, 1 for an invalid one (what the check
 * found, every problem listed), 2 when the file cannot be read at all (an input error, as everywhere).
 * A valid preset's summary ends with the effective thresholds per finding type and the allowlist.
 */
export const policyCheckCommand: Command<typeof POLICY_CHECK> = ({ positionals: [file] }) => {
  readableFile(file!);
  try {
    const preset = loadPresetFile(file!);
    const surfaces = Object.entries(preset.surfaces).map(([s, r]) => `${s}=${r.action}${r.repeatAction ? `→${r.repeatAction}` : ""}`);
    const { domains, emails, handles, phones } = preset.allow;
    process.stdout.write(
      [
        `ok: ${preset.id} ${preset.version}`,
        `  surfaces: ${surfaces.join(", ")}`,
        `  ladder: ${preset.ladder.steps.map((s) => `${s.atViolation}:${s.penalty}`).join(", ")}`,
        `  thresholds (strictness per finding type):`,
        ...thresholdLines(preset),
        `  allow: ${[count(domains.length, "domain"), count(emails.length, "email"), count(handles.length, "handle"), count(phones.length, "phone")].join(", ")}`,
      ].join("\n") + "\n",
    );
    return EXIT.ok;
  } catch (err) {
    if (err instanceof PresetError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT.found;
    }
    throw err;
  }
};

/** `contactguard policy show [NAME]`: a built-in preset as JSON; an unknown NAME is an input error. */
export const policyShowCommand: Command<typeof POLICY_SHOW> = ({ positionals: [name] }) => {
  let preset;
  try {
    preset = builtinPreset(name);
  } catch (err) {
    if (err instanceof PresetError) throw new UsageError(`no built-in preset "${name}"`);
    throw err;
  }
  process.stdout.write(JSON.stringify(preset, null, 2) + "\n");
  return EXIT.ok;
};
