import { serve } from "../../http/server.js";
import { type Command } from "../command.js";
import { asExpected } from "../expected.js";
import type { SERVE } from "../table.js";

/** `contactguard serve`: the HTTP service; never returns (SIGINT/SIGTERM end the process). */
export const serveCommand: Command<typeof SERVE> = async () => {
  try {
    await serve();
  } catch (err) {
    // A port in use, a locked data directory, an unreachable database: one line, exit 3.
    throw asExpected(err);
  }
  return await new Promise<number>(() => undefined);
};
