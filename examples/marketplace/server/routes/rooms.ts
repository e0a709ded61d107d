import { createReadStream } from "node:fs";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { refuseOversizedUpload, receiveAttachment } from "../attachments.js";
import { acceptContract, closeContract, myContracts, offerContract, workroom } from "../contracts.js";
import type { MarketDeps } from "../deps.js";
import { badRequest } from "../errors.js";
import { editMessage, previewMessage, reportMessage, sendMessage } from "../messages.js";
import { disputeDecision } from "../moderation.js";
import { attachmentView, contractView, openRoomFor, publicUser, roomView } from "../rooms.js";
import { requireUser } from "../session.js";
import { DisputeBody, EditBody, Id, OfferBody, OpenRoomBody, PreviewBody, ReportBody, SendBody } from "./schemas.js";

/** The message center: rooms, the composer's preview, sending, editing, reporting, files, contracts. */
export const roomRoutes: FastifyPluginAsyncZod<{ deps: MarketDeps }> = async (app, { deps }) => {
  const me = (req: Parameters<typeof requireUser>[0]) => requireUser(req, deps, ["client", "freelancer"]);

  app.get("/rooms", async (req) => {
    const user = await me(req);
    const rooms = await deps.market.roomsOf(user.id);
    return {
      rooms: await Promise.all(
        rooms.map(async (room) => {
          const a = await openRoomFor(deps, room.id, user);
          return { id: room.id, jobId: room.jobId, other: publicUser(a.other), contract: contractView(a.contract, deps.now()) };
        }),
      ),
    };
  });

  app.post("/rooms", { schema: { body: OpenRoomBody } }, async (req) => {
    const user = await me(req);
    const other = await deps.market.getUser(req.body.withUserId);
    const pair = user.role === "client" && other.role === "freelancer" ? [user, other] : user.role === "freelancer" && other.role === "client" ? [other, user] : null;
    if (!pair) throw badRequest("a room is between a client and a freelancer");
    const room = await deps.market.openRoom(pair[0]!.id, pair[1]!.id, req.body.jobId ?? null);
    return { id: room.id };
  });

  app.get("/rooms/:id", { schema: { params: Id } }, async (req) => roomView(deps, await openRoomFor(deps, req.params.id, await me(req))));

  app.post("/rooms/:id/preview", { schema: { params: Id, body: PreviewBody } }, async (req) => previewMessage(deps, req.params.id, await me(req), req.body.text, req.id));

  app.post("/rooms/:id/messages", { schema: { params: Id, body: SendBody } }, async (req, reply) =>
    reply.code(201).send(await sendMessage(deps, req.params.id, await me(req), req.body.text, req.body.clientKey, req.id)),
  );

  app.patch("/messages/:id", { schema: { params: Id, body: EditBody } }, async (req) => editMessage(deps, req.params.id, await me(req), req.body.text, req.id));

  app.post("/messages/:id/report", { schema: { params: Id, body: ReportBody } }, async (req, reply) =>
    reply.code(201).send({ report: await reportMessage(deps, req.params.id, await me(req), req.body.reason, req.id) }),
  );

  // Issue 20: the sender reports a decision on their own message as a false alarm (201 new, 200 already reported).
  app.post("/decisions/:id/dispute", { schema: { params: Id, body: DisputeBody.optional() } }, async (req, reply) => {
    const out = await disputeDecision(deps, await me(req), req.params.id, req.body?.reason || undefined);
    return reply.code(out.created ? 201 : 200).send(out);
  });

  // Oversized uploads are refused from the Content-Length, before the body is read.
  app.post("/rooms/:id/attachments", { schema: { params: Id }, onRequest: async (req) => refuseOversizedUpload(req) }, async (req, reply) => {
    const attachment = await receiveAttachment(deps, req, req.params.id, await me(req), req.id);
    return reply.code(201).send({ attachment: attachmentView(attachment) });
  });

  app.get("/files/:id", { schema: { params: Id } }, async (req, reply) => {
    const user = await me(req);
    const file = await deps.market.getAttachment(req.params.id);
    await openRoomFor(deps, file.roomId, user);
    // Always a download, never rendered: an uploaded HTML file must not run on this origin.
    const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
    return reply
      .header("content-type", "application/octet-stream")
      .header("x-content-type-options", "nosniff")
      .header("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header("content-length", String(file.size))
      .send(createReadStream(file.path));
  });

  app.get("/contracts", async (req) => ({ contracts: await myContracts(deps, await me(req)) }));
  app.post("/rooms/:id/contract", { schema: { params: Id, body: OfferBody } }, async (req, reply) =>
    reply.code(201).send({ contract: await offerContract(deps, await me(req), req.params.id, req.body.title, req.body.kind, req.body.startsAt) }),
  );
  app.post("/contracts/:id/accept", { schema: { params: Id } }, async (req) => ({ contract: await acceptContract(deps, await me(req), req.params.id) }));
  app.post("/contracts/:id/close", { schema: { params: Id } }, async (req) => ({ contract: await closeContract(deps, await me(req), req.params.id) }));
  app.get("/contracts/:id", { schema: { params: Id } }, async (req) => workroom(deps, await me(req), req.params.id));

};
