import { CONTACT_TYPES, LINK_TYPES } from "contactguard";
import { z } from "zod";

/** Request shapes of the marketplace's browser API (/app/api). */
export const Id = z.object({ id: z.string().min(1).max(200) });
export const Text = z.string().max(20_000);

export const SessionBody = z.object({ userId: z.string().min(1).max(200) });
export const PreviewBody = z.object({ text: Text });
export const SendBody = z.object({ text: Text, clientKey: z.string().min(1).max(100).optional() });
export const EditBody = z.object({ text: Text });
export const ReportBody = z.object({ reason: z.string().min(1).max(2000) });
export const OpenRoomBody = z.object({ withUserId: z.string().min(1).max(200), jobId: z.string().max(200).optional() });
export const OfferBody = z.object({
  title: z.string().min(1).max(200),
  kind: z.enum(["standard", "test"]).default("standard"),
  startsAt: z.string().max(40).optional(),
});
export const JobBody = z.object({ title: z.string().max(200), description: Text });
export const ProposalBody = z.object({ coverLetter: Text });
export const InviteBody = z.object({ freelancerId: z.string().min(1).max(200), message: Text });
export const ProfileBody = z.object({ headline: z.string().max(200), bio: Text });
export const PortfolioBody = z.object({ title: z.string().max(200), description: Text });
export const AppealBody = z.object({ reason: z.string().min(1).max(5000) });
export const ReviewBody = z.object({ outcome: z.enum(["allowed", "rejected"]), note: z.string().max(5000).optional() });
/** Issue 20: the sender's "this is not contact information", with an optional reason. */
export const DisputeBody = z.object({ reason: z.string().trim().max(2000).optional() });
export const AppealResolveBody = z.object({ outcome: z.enum(["upheld", "overturned"]), note: z.string().max(5000).optional() });
/** A date filter bound: a bare date is a UTC day, from its start (`from`) or through its end (`to`, exclusive next midnight). */
const DateBound = (side: "start" | "end") =>
  z
    .string()
    .max(40)
    .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be an ISO date (2026-12-07) or date-time")
    .transform((v) => {
      const t = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      if (side === "end" && v.length === 10) t.setUTCDate(t.getUTCDate() + 1);
      return t.toISOString();
    });
/** A search or an id as a query parameter: no NUL or lone surrogate, which no database stores (a 400, not a failed query). */
const Storable = (max: number) => z.string().max(max).refine((s) => !s.includes("\0") && s.isWellFormed(), "holds a character no database stores");
/** The decision log's filters (issue 19), shared by the log, its charts and its CSV export. */
export const LogFilters = z.object({
  accountId: Storable(200).optional(),
  surface: z.string().max(40).optional(),
  decision: z.enum(["allow", "notice", "warn", "block", "redact", "review"]).optional(),
  q: Storable(200).transform((s) => s.trim()).optional(),
  from: DateBound("start").optional(),
  to: DateBound("end").optional(),
  type: z.enum([...CONTACT_TYPES, ...LINK_TYPES]).optional(),
  clause: z.string().regex(/^[A-Z]\d{1,2}$/, "must be a clause id such as C1 or W1").optional(),
  /** Issue 20: `true` only shadow decisions, `false` only enforced ones. */
  shadow: z.enum(["true", "false"]).optional(),
});
export const DecisionsQuery = LogFilters.extend({
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const AccountsQuery = z.object({
  q: Storable(200).transform((s) => s.trim()).optional(),
  cursor: Storable(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const BulkReviewBody = z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(100), outcome: z.enum(["allowed", "rejected"]) });
export const AppealsQuery = z.object({ status: z.enum(["pending", "upheld", "overturned"]).optional() });

/** A form's pre-submit preview (forms.ts previewForm): its surface, what it refers to, and its fields in the form's order. */
const PreviewRef = z.string().min(1).max(200);
export const FormPreviewBody = z.discriminatedUnion("surface", [
  z.object({ surface: z.literal("job_post"), fields: z.object({ title: z.string().max(200), description: Text }).strict() }),
  z.object({ surface: z.literal("proposal"), jobId: PreviewRef, fields: z.object({ coverLetter: Text }).strict() }),
  z.object({ surface: z.literal("invite"), jobId: PreviewRef, freelancerId: PreviewRef, fields: z.object({ message: Text }).strict() }),
  z.object({ surface: z.literal("profile"), fields: z.object({ headline: z.string().max(200), bio: Text }).strict() }),
  z.object({ surface: z.literal("portfolio"), fields: z.object({ title: z.string().max(200), description: Text }).strict() }),
]);
