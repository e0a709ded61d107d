import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/*
 * The key that signs demo sessions: from configuration when given (MARKETPLACE_SESSION_SECRET, e.g.
 * shared by several instances), otherwise made once per data directory and kept there, so a restart
 * keeps everyone signed in and another data directory's cookies are worthless here.
 */

export const SECRET_FILE = "marketplace-session.key";
/** Shorter configured secrets are refused: a guessable key is a forgeable cookie. */
const MIN_SECRET_CHARS = 32;

export function sessionSecret(dataDir: string, configured?: string): Buffer {
  if (configured !== undefined && configured !== "") {
    if (configured.length < MIN_SECRET_CHARS) throw new Error(`MARKETPLACE_SESSION_SECRET must be at least ${MIN_SECRET_CHARS} characters`);
    return Buffer.from(configured, "utf8");
  }
  const path = join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // "wx": of two processes starting at once, one writes and both then read the same key.
    writeFileSync(path, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < MIN_SECRET_CHARS) throw new Error(`${path} holds no usable key; delete it to make a new one`);
  return Buffer.from(secret, "utf8");
}
