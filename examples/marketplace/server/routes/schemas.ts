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
export const ReviewBody = z.object({ outcome: z.enum(["allowed", "rejected"]) });
export const AppealResolveBody = z.object({ outcome: z.enum(["upheld", "overturned"]), note: z.string().max(5000).optional() });
export const DecisionsQuery = z.object({
  accountId: z.string().max(200).optional(),
  surface: z.string().max(40).optional(),
  decision: z.enum(["allow", "notice", "warn", "block", "redact", "review"]).optional(),
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
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
