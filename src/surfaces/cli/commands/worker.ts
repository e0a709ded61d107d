import { runWorker } from "../../stream/run.js";
import { UsageError, type Command } from "../command.js";
import { asExpected } from "../expected.js";
import { EXIT } from "../exit.js";
import type { WORKER } from "../table.js";
import { numberValue } from "../values.js";

/** `contactguard worker --nats URL [--prefix NAME] [--batch N] [--name NAME]`: runs until SIGINT/SIGTERM. */
export const workerCommand: Command<typeof WORKER> = async ({ values }) => {
  const natsUrl = values.nats ?? process.env.NATS_URL;
  if (!natsUrl) throw new UsageError("--nats URL (or NATS_URL) is required, e.g. --nats nats://127.0.0.1:4222");
  const batch = numberValue("batch", values.batch, { integer: true });
  const prefix = values.prefix ?? process.env.NATS_PREFIX;
  let code;
  try {
    code = await runWorker({ natsUrl, ...(prefix ? { prefix } : {}), ...(batch ? { batch } : {}), ...(values.name ? { name: values.name } : {}) });
  } catch (err) {
    throw asExpected(err);
  }
  // runWorker says 1 when NATS cannot be reached (it printed why): a failure of the run, 3 in the CLI's table.
  return code === 1 ? EXIT.failed : code;
};
