import { serve } from "../../http/server.js";

/** `contactguard serve`: the HTTP service; never returns (SIGINT/SIGTERM end the process). */
export async function serveCommand(): Promise<number> {
  await serve();
  return await new Promise<number>(() => undefined);
}
