// `node --import ./test/helpers/log-imports.mjs …`: writes every module URL the program loads to the file named by
// LOG_IMPORTS_TO, one per line, so a test can say what a command loads (test/surfaces/cli/startup.test.ts).
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from "node:fs";
    export async function resolve(specifier, context, next) {
      const r = await next(specifier, context);
      if (process.env.LOG_IMPORTS_TO) appendFileSync(process.env.LOG_IMPORTS_TO, r.url + "\\n");
      return r;
    }
  `)}`,
);
