/*
 * The browser API client. The page never holds an API key: the server knows the acting demo user
 * from the session cookie the user switcher sets, and checks what that user may do.
 */

import type { SpanFinding } from "./types";

/** A refusal or failure, with the server's code and details (e.g. the findings to highlight). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
  get findings(): SpanFinding[] {
    return Array.isArray(this.body.findings) ? (this.body.findings as SpanFinding[]) : [];
  }
  get clauses(): string[] {
    return Array.isArray(this.body.clauses) ? (this.body.clauses as string[]) : [];
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = res.status === 204 ? {} : await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) {
    const b = body as Record<string, unknown>;
    throw new ApiError(res.status, String(b.code ?? "error"), String(b.message ?? `request failed (${res.status})`), b);
  }
  return body as T;
}

export async function api<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/app/api${path}`, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  return parse<T>(res);
}

export async function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append("file", file, file.name);
  return parse<T>(await fetch(`/app/api${path}`, { method: "POST", body: form, credentials: "same-origin" }));
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
