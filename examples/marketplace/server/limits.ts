import { MAX_FILE_BYTES } from "contactguard/server";

/** F1: files attached to messages must be smaller than 95 MB (binary). The UI reads the same numbers. */
export const MAX_ATTACHMENT_BYTES = MAX_FILE_BYTES;

export const ATTACHMENT_LIMIT = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  message: "This file is too large. Files attached to messages must be smaller than 95 MB (F1); share larger work as several files.",
} as const;
