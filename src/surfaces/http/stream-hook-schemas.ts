import { z } from "zod";

/**
 * Request and response schemas of POST /v1/integrations/stream/before-message-send (published at
 * /openapi.json): Stream Chat's "Before Message Send" payload and answer
 * (https://getstream.io/chat/docs/javascript/before_message_send_webhook/). Loose objects: Stream
 * sends many more fields than the hook reads, and a rewritten message carries them back unchanged.
 */

export const StreamMessageSchema = z
  .looseObject({
    id: z.string().optional(),
    text: z.string().max(1_000_000).default("").describe("What is checked."),
    type: z.string().optional().describe("`regular` as sent; `error` in an answer that discards the message."),
  })
  .describe("A Stream message; fields the hook does not read are passed back as sent.");

const StreamObject = z.looseObject({ id: z.string().optional() });

export const BeforeMessageSendBody = z
  .looseObject({
    message: StreamMessageSchema,
    user: StreamObject.optional().describe("The sender: Stream's user with its custom data (the role and plan fields of STREAM_FIELD_MAP)."),
    channel: StreamObject.optional().describe("The channel with its custom data (contract fields of STREAM_FIELD_MAP) and `members` (the recipient is the one other member)."),
    request_info: z.looseObject({}).optional(),
  })
  .describe("Stream Chat's Before Message Send payload.");

export const StreamHookHeaders = z.object({
  "x-signature": z.string().optional().describe("Hex HMAC-SHA256 of the raw body keyed with the app secret (STREAM_API_SECRET). Missing or wrong: 401."),
  "x-api-key": z.string().optional().describe("The Stream app's key; when sent it must be STREAM_API_KEY (else 403)."),
  "x-webhook-id": z.string().optional().describe("The same on every retry of one call: a retry gets the first answer and is recorded once."),
  "x-webhook-attempt": z.string().optional(),
});

export const BeforeMessageSendAnswer = z
  .object({
    message: StreamMessageSchema.optional().describe(
      "Absent: send the message as is (allow, notice). With the redacted `text`: send it rewritten (warn, redact). With `type: \"error\"` and the policy's message as `text`: discarded, the text shown to the sender (block, review).",
    ),
  })
  .describe("Stream's hook answer (always HTTP 200).");

export const beforeMessageSendRequest = {
  message: { id: "", text: "call me at (415) 555-0199", html: "", type: "regular", attachments: [], mentioned_users: [], silent: false },
  user: { id: "fl-123", role: "user", marketplace_role: "freelancer", plan: "basic" },
  channel: {
    cid: "messaging:job-42",
    id: "job-42",
    type: "messaging",
    contract_status: "none",
    members: [{ user_id: "fl-123" }, { user_id: "cl-9", user: { id: "cl-9", marketplace_role: "client", plan: "plus" } }],
  },
};

export const beforeMessageSendAnswer = {
  message: { id: "", text: "This message was not sent: contact details can be shared once the contract has started.", type: "error", attachments: [], mentioned_users: [], silent: false },
};
