/*
 * Whether `start.ts` mounts the demo marketplace, and where it listens. The demo signs people in
 * with a user switcher (no passwords), so it is off unless asked for and, when on, listens on
 * 127.0.0.1 unless HOST is set deliberately: a demo on 0.0.0.0 hands its console to the network.
 */

/** Values of MARKETPLACE that turn the demo on or off; anything else is "not asked". */
const SWITCH: Record<string, boolean> = { on: true, "1": true, true: true, yes: true, off: false, "0": false, false: false, no: false };

/** The flag `npm start` passes to ask for the demo. */
export const DEMO_FLAG = "--marketplace";

export interface DemoSwitch {
  mount: boolean;
  /** The environment to serve with: HOST defaults to 127.0.0.1 when the demo is mounted. */
  env: NodeJS.ProcessEnv;
}

/** MARKETPLACE=on|off decides when set (off wins over the flag); otherwise the `--marketplace` flag does. */
export function demoSwitch(env: NodeJS.ProcessEnv, argv: readonly string[]): DemoSwitch {
  const said = SWITCH[(env.MARKETPLACE ?? "").trim().toLowerCase()];
  const mount = said ?? argv.includes(DEMO_FLAG);
  return { mount, env: mount && !env.HOST ? { ...env, HOST: "127.0.0.1" } : env };
}
