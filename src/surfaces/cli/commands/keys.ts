import { ContactGuardError } from "../../../core/errors.js";
import { configFromEnv } from "../../../runtime/config.js";
import { createApiKey, KeyResolver, ROLES, type Role } from "../../../runtime/keys.js";
import { openDb } from "../../../ledger/db.js";
import { migrate } from "../../../ledger/migrate.js";
import { Repository, type ApiKeyRecord } from "../../../ledger/repository.js";
import { RunError, UsageError, type Command } from "../command.js";
import { asExpected } from "../expected.js";
import { EXIT } from "../exit.js";
import type { KEYS_CREATE, KEYS_LIST, KEYS_REVOKE } from "../table.js";

/*
 * `contactguard keys create|list|revoke`, two ways: through a running service (`--url`, an admin key)
 * — the only way while a service holds a PGlite data directory, since one process may open it — or
 * offline, in the database directly (DATA_DIR or DATABASE_URL) when no service holds it.
 */

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
      throw new RunError(`${err.message}\nA service holds it: run this through it with --url http://HOST:PORT and an admin key (--key or CONTACTGUARD_ADMIN_KEY).`);
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

/** Opens the store the options name: the service at --url (with an admin key), else the ledger. */
async function openStore(values: { url?: string; key?: string }): Promise<KeyStore> {
  const adminKey = values.key ?? process.env.CONTACTGUARD_ADMIN_KEY;
  if (values.url && !adminKey) throw new UsageError("--url needs an admin key: --key KEY or CONTACTGUARD_ADMIN_KEY");
  try {
    return values.url ? remoteStore(values.url, adminKey!) : await localStore();
  } catch (err) {
    throw asExpected(err);
  }
}

/** Runs `job` on the store, closing it after; a refusal (401, no such key, locked) is one line, exit 3. */
async function withStore(values: { url?: string; key?: string }, job: (store: KeyStore) => Promise<void>): Promise<number> {
  const store = await openStore(values);
  try {
    await job(store);
    return EXIT.ok;
  } catch (err) {
    throw err instanceof Error ? new RunError(err.message) : err;
  } finally {
    await store.close();
  }
}

/** `contactguard keys create --role ROLE [--name NAME] [--url URL [--key KEY]]`: the new key is the last line. */
export const keysCreateCommand: Command<typeof KEYS_CREATE> = ({ values }) => {
  const role = values.role as Role;
  // Checked before anything is opened: a usage error never touches the database.
  if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
  return withStore(values, async (store) => {
    const { id, key } = await store.create(role, values.name);
    process.stdout.write(`created ${role} key ${id} (${store.where}); it is shown only once:\n${key}\n`);
  });
};

/** `contactguard keys list [--url URL [--key KEY]]`: one line per key, never the key itself. */
export const keysListCommand: Command<typeof KEYS_LIST> = ({ values }) =>
  withStore(values, async (store) => {
    const items = await store.list();
    process.stdout.write(items.map(keyLine).join("\n") + (items.length ? "\n" : ""));
  });

/** `contactguard keys revoke ID [--url URL [--key KEY]]`: the key stops working at once. */
export const keysRevokeCommand: Command<typeof KEYS_REVOKE> = ({ values, positionals: [id] }) =>
  withStore(values, async (store) => {
    const revoked = await store.revoke(id!);
    process.stdout.write(`revoked ${revoked.role} key ${revoked.id} at ${revoked.revokedAt} (${store.where})\n`);
  });
