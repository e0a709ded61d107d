import { ContactGuardError } from "../../../core/errors.js";
import { configFromEnv } from "../../../runtime/config.js";
import { createApiKey, KeyResolver, ROLES, type Role } from "../../../runtime/keys.js";
import { openDb } from "../../../ledger/db.js";
import { migrate } from "../../../ledger/migrate.js";
import { Repository, type ApiKeyRecord } from "../../../ledger/repository.js";
import { takeOption, type CommandContext } from "../command.js";

/*
 * `contactguard keys create|list|revoke`, two ways: through a running service (`--url`, an admin key)
 * — the only way while a service holds a PGlite data directory, since one process may open it — or
 * offline, in the database directly (DATA_DIR or DATABASE_URL) when no service holds it.
 */

const USAGE = `usage: contactguard keys create --role platform|reviewer|admin [--name NAME] | keys list | keys revoke ID
       [--url URL [--key ADMIN_KEY]]   (through a running service; the key may be in CONTACTGUARD_ADMIN_KEY)
`;

/** Where keys are kept: a running service's admin route, or the ledger itself. */
interface KeyStore {
  /** How the output names it: "via URL" or "pglite in DIR". */
  readonly where: string;
  create(role: Role, name: string | undefined): Promise<{ id: string; key: string }>;
  list(): Promise<ApiKeyRecord[]>;
  revoke(id: string): Promise<ApiKeyRecord>;
  close(): Promise<void>;
}

function remoteStore(url: string, adminKey: string): KeyStore {
  const base = url.replace(/\/+$/, "");
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json().catch(() => ({}))) as T & { code?: string; message?: string };
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${json.code ?? ""} ${json.message ?? ""}`.trim());
    return json;
  };
  return {
    where: `via ${base}`,
    create: (role, name) => call("POST", "/v1/admin/keys", { role, ...(name ? { name } : {}) }),
    list: async () => (await call<{ items: ApiKeyRecord[] }>("GET", "/v1/admin/keys")).items,
    revoke: (id) => call("DELETE", `/v1/admin/keys/${encodeURIComponent(id)}`),
    close: async () => undefined,
  };
}

async function localStore(): Promise<KeyStore> {
  const config = configFromEnv();
  let db;
  try {
    db = await openDb({
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      ...(config.dbSchema ? { schema: config.dbSchema } : {}),
    });
  } catch (err) {
    if (err instanceof ContactGuardError && err.code === "data_dir_locked") {
      throw new Error(`${err.message}\nA service holds it: run this through it with --url http://HOST:PORT and an admin key (--key or CONTACTGUARD_ADMIN_KEY).`);
    }
    throw err;
  }
  const opened = db;
  await migrate(opened);
  const repo = new Repository(opened);
  const keys = new KeyResolver(repo);
  return {
    where: `${opened.kind}${opened.kind === "pglite" ? ` in ${config.dataDir}` : ""}`,
    create: (role, name) => createApiKey(repo, role, name),
    list: () => repo.listKeys(),
    revoke: (id) => keys.revoke(id),
    close: () => opened.close(),
  };
}

const keyLine = (k: ApiKeyRecord) => [k.id, k.role.padEnd(8), k.revokedAt ? `revoked ${k.revokedAt}` : "active".padEnd(32), k.createdAt, k.name ?? ""].join("  ");

/** One row per subcommand: what it needs from the arguments, and what it does with a store. */
const SUBCOMMANDS: Readonly<Record<string, (store: KeyStore, rest: string[]) => Promise<number>>> = {
  async create(store, rest) {
    const role = takeOption(rest, "--role") as Role;
    const { id, key } = await store.create(role, takeOption(rest, "--name"));
    process.stdout.write(`created ${role} key ${id} (${store.where}); it is shown only once:\n${key}\n`);
    return 0;
  },
  async list(store) {
    const items = await store.list();
    process.stdout.write(items.map(keyLine).join("\n") + (items.length ? "\n" : ""));
    return 0;
  },
  async revoke(store, rest) {
    const revoked = await store.revoke(rest[0]!);
    process.stdout.write(`revoked ${revoked.role} key ${revoked.id} at ${revoked.revokedAt} (${store.where})\n`);
    return 0;
  },
};

/** Checks the arguments before anything is opened: a usage error never touches the database. */
function usageProblem(sub: string, rest: string[]): string | null {
  if (sub === "create") {
    const role = rest[rest.indexOf("--role") + 1];
    if (!rest.includes("--role") || !role || !ROLES.includes(role as Role)) return `contactguard: --role must be one of ${ROLES.join(", ")}\n`;
  }
  if (sub === "revoke" && (rest.length !== 1 || rest[0]!.startsWith("--"))) return USAGE;
  return null;
}

export async function keysCommand({ args }: Pick<CommandContext, "args">): Promise<number> {
  const [sub = "", ...rest] = args;
  const url = takeOption(rest, "--url");
  const adminKey = takeOption(rest, "--key") ?? process.env.CONTACTGUARD_ADMIN_KEY;
  const run = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!run) {
    process.stderr.write(USAGE);
    return 2;
  }
  const problem = usageProblem(sub, rest);
  if (problem) {
    process.stderr.write(problem);
    return 2;
  }
  if (url && !adminKey) {
    process.stderr.write("contactguard: --url needs an admin key: --key KEY or CONTACTGUARD_ADMIN_KEY\n");
    return 2;
  }
  let store: KeyStore;
  try {
    store = url ? remoteStore(url, adminKey!) : await localStore();
  } catch (err) {
    process.stderr.write(`contactguard: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    return await run(store, rest);
  } catch (err) {
    process.stderr.write(`contactguard: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
