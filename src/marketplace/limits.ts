/**
 * F1: files attached to messages must be smaller than 95 MB. Binary megabytes, so a file the
 * operating system shows as "95 MB" is already refused. The UI reads the same numbers.
 */
export const MAX_ATTACHMENT_BYTES = 95 * 1024 * 1024;

export const ATTACHMENT_LIMIT = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  message: "This file is too large. Files attached to messages must be smaller than 95 MB (F1); share larger work as several files.",
} as const;
