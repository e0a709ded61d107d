import { configFromEnv } from "../../../runtime/config.js";
import { createApiKey, ROLES, type Role } from "../../../runtime/keys.js";
import { openDb } from "../../../ledger/db.js";
import { migrate } from "../../../ledger/migrate.js";
import { Repository } from "../../../ledger/repository.js";
import type { CommandContext } from "../command.js";

/** `contactguard keys create --role platform [--name NAME]`: prints the new key as the last line. */
export async function keysCommand({ args }: Pick<CommandContext, "args">): Promise<number> {
  const [sub, ...rest] = args;
  const opt = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (sub !== "create") {
    process.stderr.write("usage: contactguard keys create --role platform|reviewer|admin [--name NAME]\n");
    return 2;
  }
  const role = opt("--role") as Role | undefined;
  if (!role || !ROLES.includes(role)) {
    process.stderr.write(`contactguard: --role must be one of ${ROLES.join(", ")}\n`);
    return 2;
  }
  const config = configFromEnv();
  const db = await openDb({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.dbSchema ? { schema: config.dbSchema } : {}),
  });
  try {
    await migrate(db);
    const repo = new Repository(db);
    const { id, key } = await createApiKey(repo, role, opt("--name"));
    process.stdout.write(`created ${role} key ${id} (${db.kind}${db.kind === "pglite" ? ` in ${config.dataDir}` : ""}); it is shown only once:\n${key}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
