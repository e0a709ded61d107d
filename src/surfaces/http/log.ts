import type { FastifyRequest } from "fastify";

/*
 * What the service log may say about a request: which one, from where, how it ended — never its body,
 * its query string (account ids, cursors) or its headers (the bearer key). Errors are logged with
 * their type, message, code and stack only: an error's other own properties are where drivers and
 * libraries put statements, parameters and rows (the ledger strips database errors too; this is the
 * second line).
 */

const pathOnly = (url: string) => url.split("?")[0] ?? url;

export const LOG_SERIALIZERS = {
  req: (req: FastifyRequest) => ({ method: req.method, url: pathOnly(req.url), remoteAddress: req.ip }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  err: (err: Error & { code?: unknown; statusCode?: unknown }) => {
    const { code, statusCode } = err;
    return {
      type: err.name,
      message: err.message,
      ...(typeof code === "string" ? { code } : {}),
      ...(typeof statusCode === "number" ? { statusCode } : {}),
      stack: err.stack ?? "",
    };
  },
};
