import { builtinPreset, loadPresetFile, PresetError } from "../../../policy/preset.js";
import type { CommandContext } from "../command.js";

/** `contactguard policy check FILE` and `contactguard policy show [NAME]`: exit 1 on an invalid preset, 2 on bad usage. */
export function policyCommand({ args }: Pick<CommandContext, "args">): number {
  const [sub, target] = args;
  try {
    if (sub === "check" && target) {
      const preset = loadPresetFile(target);
      const surfaces = Object.entries(preset.surfaces).map(([s, r]) => `${s}=${r.action}${r.repeatAction ? `→${r.repeatAction}` : ""}`);
      process.stdout.write(`ok: ${preset.id} ${preset.version}\n  surfaces: ${surfaces.join(", ")}\n  ladder: ${preset.ladder.steps.map((s) => `${s.atViolation}:${s.penalty}`).join(", ")}\n`);
      return 0;
    }
    if (sub === "show") {
      process.stdout.write(JSON.stringify(builtinPreset(target), null, 2) + "\n");
      return 0;
    }
  } catch (err) {
    if (err instanceof PresetError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  process.stderr.write("usage: contactguard policy check FILE | contactguard policy show [NAME]\n");
  return 2;
}
