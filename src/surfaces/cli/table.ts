import type { CommandSpec, OptionSpec } from "./command.js";

/*
 * Every command as data: its positionals, its options table and what its exit codes mean. The parser
 * (command.ts) and the help (usage.ts) both read these, and nothing here loads a command's code, so
 * `--help` stays instant. main.ts maps each name to the module that runs it.
 */

const POLICY = { type: "string", value: "FILE", description: "the policy preset file to decide with (default: the built-in marketplace-default)" } as const satisfies OptionSpec;
const REGION = { type: "string", value: "CC", description: "region of phone numbers written without a country code (e.g. GB, US, IN)" } as const satisfies OptionSpec;
const EXIT_ZERO = { type: "boolean", description: "exit 0 whenever the run itself worked (for pipelines)" } as const satisfies OptionSpec;
const URL_OPTION = { type: "string", value: "URL", description: "go through a running service's admin route (needed while a service holds DATA_DIR)" } as const satisfies OptionSpec;
const KEY = { type: "string", value: "KEY", description: "the admin key for --url (default: CONTACTGUARD_ADMIN_KEY)" } as const satisfies OptionSpec;

export const SCAN = {
  name: "scan",
  summary: "JSON Lines on stdin → one decision per line on stdout",
  details: `Each input line is {"id","text","context"}; each output line, in order, is
{"id","violation","decision","message","clauses","findings":[…],"redactedText"?,"policy"}.
A line that cannot be decided (not JSON, no string text, an invalid context) yields
{"id","line","error":{"code","message"}} with its line number, and the run goes on.
Progress (lines per second) is shown on stderr when stderr is a terminal and stdout is not.`,
  positionals: [],
  options: {
    policy: POLICY,
    region: { ...REGION, description: "region of phone numbers without a country code, for lines whose context has none" },
    "fail-on-violation": { type: "boolean", description: "exit 1 when any line is a violation, 2 when any line could not be decided" },
    "exit-zero": EXIT_ZERO,
  },
  exits: {
    0: "every line was answered: verdicts and error lines (with the line number) are in the output",
    1: "with --fail-on-violation: some line is a violation",
    2: "usage error; with --fail-on-violation, also some lines could not be decided",
  },
} as const satisfies CommandSpec;

export const SCAN_FILE = {
  name: "scan-file",
  summary: "read documents and images → one JSON line per file",
  details: `Reads PDF, DOCX, DOC, RTF, text, HTML, CSV, vCard, PNG, JPEG and WebP files in parallel; one JSON line
per file, in the order given. A file that cannot be read yields {"file","error":{"code","message"}} and
the others go on. Progress (files done/total, files per second) is shown on stderr when stderr is a
terminal and stdout is not.`,
  positionals: [{ name: "FILE", required: true, variadic: true }],
  options: {
    context: { type: "string", value: "JSON", description: "the check context of the attachment, as a JSON object" },
    policy: POLICY,
    region: REGION,
    "no-ocr": { type: "boolean", description: "do not read text in images" },
    "time-budget": { type: "string", value: "SECONDS", description: "give up on a file after this many seconds (a number > 0)" },
    threads: { type: "string", value: "N", description: "document worker threads (a whole number ≥ 1)" },
    "exit-zero": EXIT_ZERO,
  },
  exits: {
    0: "no file holds a violation",
    1: "some file holds a violation",
    2: "usage error, or some file could not be read (its error line says why)",
  },
} as const satisfies CommandSpec;

export const CHECK = {
  name: "check",
  summary: "show findings and the decision for TEXT (or stdin), for people",
  details: "TEXT is the arguments joined by spaces, or stdin when there are none. Put -- before a text that starts with a dash.",
  positionals: [{ name: "TEXT", variadic: true }],
  options: {
    context: { type: "string", value: "JSON", description: 'the check context as a JSON object, e.g. {"surface":"job_post"}' },
    region: REGION,
    "exit-zero": EXIT_ZERO,
  },
  exits: { 0: "the text is no violation", 1: "the text is a violation", 2: "usage error, an invalid --context or --region" },
} as const satisfies CommandSpec;

export const POLICY_CHECK = {
  name: "policy check",
  summary: "validate a policy preset file and print its effective thresholds per finding type",
  positionals: [{ name: "FILE", required: true }],
  options: {},
  exits: { 0: "the file is a valid preset", 1: "the file is not a valid preset (the problems are listed)", 2: "usage error, or the file cannot be read" },
} as const satisfies CommandSpec;

export const POLICY_SHOW = {
  name: "policy show",
  summary: "print a built-in preset (default marketplace-default)",
  positionals: [{ name: "NAME" }],
  options: {},
  exits: { 0: "printed", 2: "usage error, or no built-in preset has that name" },
} as const satisfies CommandSpec;

export const SERVE = {
  name: "serve",
  summary: "start the HTTP service (PORT, DATA_DIR, DATABASE_URL, STORE_TEXT)",
  details: "Configured by the environment (see the README). Runs until SIGINT or SIGTERM.",
  positionals: [],
  options: {},
  exits: { 0: "stopped by SIGINT or SIGTERM", 2: "usage error or invalid configuration", 3: "the service could not start (port in use, database unreachable or locked)" },
} as const satisfies CommandSpec;

export const WORKER = {
  name: "worker",
  summary: "a stream worker: checks from NATS JetStream, results and dead letters back to NATS",
  details: "Same policy and ledger as the service (DATABASE_URL, DB_SCHEMA). Runs until SIGINT or SIGTERM.",
  positionals: [],
  options: {
    nats: { type: "string", value: "URL", description: "the NATS server(s), e.g. nats://127.0.0.1:4222 (default: NATS_URL)" },
    prefix: { type: "string", value: "NAME", description: "stream and subject prefix (default: NATS_PREFIX or contactguard)" },
    batch: { type: "string", value: "N", description: "messages pulled at a time (a whole number ≥ 1)" },
    name: { type: "string", value: "NAME", description: "this worker's name (default: HOST:PID)" },
  },
  exits: { 0: "stopped by SIGINT or SIGTERM", 2: "usage error, no NATS URL or no DATABASE_URL", 3: "NATS or the database could not be reached" },
} as const satisfies CommandSpec;

export const KEYS_CREATE = {
  name: "keys create",
  summary: "create an API key (printed last, shown once)",
  details: "Offline in DATA_DIR/DATABASE_URL, or through a running service's admin route with --url.",
  positionals: [],
  options: {
    role: { type: "string", value: "ROLE", required: true, description: "platform, reviewer or admin" },
    name: { type: "string", value: "NAME", description: "a label for the key" },
    url: URL_OPTION,
    key: KEY,
  },
  exits: { 0: "created", 2: "usage error (no or unknown --role, --url without a key)", 3: "the service or the database refused or could not be reached" },
} as const satisfies CommandSpec;

export const KEYS_LIST = {
  name: "keys list",
  summary: "list the API keys (never the keys themselves)",
  positionals: [],
  options: { url: URL_OPTION, key: KEY },
  exits: { 0: "listed", 2: "usage error", 3: "the service or the database refused or could not be reached" },
} as const satisfies CommandSpec;

export const KEYS_REVOKE = {
  name: "keys revoke",
  summary: "revoke an API key at once",
  positionals: [{ name: "ID", required: true }],
  options: { url: URL_OPTION, key: KEY },
  exits: { 0: "revoked", 2: "usage error", 3: "no such key, or the service or the database refused or could not be reached" },
} as const satisfies CommandSpec;

export const DEMO = {
  name: "demo",
  summary: "check a few sample messages",
  positionals: [],
  options: {},
  exits: { 0: "always, when it ran" },
} as const satisfies CommandSpec;

export const HELP = {
  name: "help",
  summary: "this overview, or a command's help",
  positionals: [{ name: "COMMAND", variadic: true }],
  options: {},
  exits: { 0: "printed", 2: "no such command" },
} as const satisfies CommandSpec;

export const VERSION = {
  name: "version",
  summary: "print the package version (also --version)",
  positionals: [],
  options: {},
  exits: { 0: "printed" },
} as const satisfies CommandSpec;

/** Every command, in the order the overview lists them. */
export const SPECS: readonly CommandSpec[] = [SCAN, SCAN_FILE, CHECK, POLICY_CHECK, POLICY_SHOW, SERVE, WORKER, KEYS_CREATE, KEYS_LIST, KEYS_REVOKE, DEMO, HELP, VERSION];
