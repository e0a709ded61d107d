import { runWorker } from "../../stream/run.js";
import { takeOption, type CommandContext } from "../command.js";

/** `contactguard worker --nats URL [--prefix NAME] [--batch N] [--name NAME]`: exit 2 without a NATS URL. */
export async function workerCommand({ args }: CommandContext): Promise<number> {
  const natsUrl = takeOption(args, "--nats") ?? process.env.NATS_URL;
  if (!natsUrl) {
    process.stderr.write("contactguard worker: --nats URL (or NATS_URL) is required, e.g. --nats nats://127.0.0.1:4222\n");
    return 2;
  }
  const prefix = takeOption(args, "--prefix") ?? process.env.NATS_PREFIX;
  const batch = takeOption(args, "--batch");
  const name = takeOption(args, "--name");
  return runWorker({ natsUrl, ...(prefix ? { prefix } : {}), ...(batch ? { batch: Math.max(1, Number(batch) | 0) } : {}), ...(name ? { name } : {}) });
}
