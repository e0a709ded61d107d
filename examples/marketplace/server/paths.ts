import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/*
 * The example runs from its sources (tests, tsx) and from its build (examples/marketplace/dist/server,
 * `npm start`); both find its SQL and its built UI from the example's own folder.
 */
const here = fileURLToPath(new URL(".", import.meta.url));
export const EXAMPLE_ROOT = resolve(here, basename(resolve(here, "..")) === "dist" ? "../.." : "..");

/** The marketplace's own tables, migrated beside the guard's ledger in the same database. */
export const MIGRATIONS_DIR = pathToFileURL(join(EXAMPLE_ROOT, "server/migrations") + "/");

/** `npm run build:web` builds the UI here. */
export const WEB_DIR = join(EXAMPLE_ROOT, "dist/web");
