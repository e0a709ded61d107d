import { builtinPreset, loadPresetFile, PresetError } from "../../../policy/preset.js";
import { UsageError, type Command } from "../command.js";
import { EXIT } from "../exit.js";
import type { POLICY_CHECK, POLICY_SHOW } from "../table.js";
import { readableFile } from "../values.js";

/**
 * `contactguard policy check FILE`: exit 0 for a valid preset, 1 for an invalid one (what the check
 * found, every problem listed), 2 when the file cannot be read at all (an input error, as everywhere).
 */
export const policyCheckCommand: Command<typeof POLICY_CHECK> = ({ positionals: [file] }) => {
  readableFile(file!);
  try {
    const preset = loadPresetFile(file!);
    const surfaces = Object.entries(preset.surfaces).map(([s, r]) => `${s}=${r.action}${r.repeatAction ? `→${r.repeatAction}` : ""}`);
    process.stdout.write(`ok: ${preset.id} ${preset.version}\n  surfaces: ${surfaces.join(", ")}\n  ladder: ${preset.ladder.steps.map((s) => `${s.atViolation}:${s.penalty}`).join(", ")}\n`);
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
