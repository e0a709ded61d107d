import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../../helpers/backends.js";
import type { Service } from "../../../src/surfaces/http/server.js";

/*
 * Issue 16, defect 4 and 8: keys are minted, listed and revoked through a running service (a second
 * process may not open its data directory), and a revoked key is refused at once, although the
 * service caches keys it has resolved.
 */
for (const backend of BACKENDS) {
  describe(`/v1/admin/keys (${backend.name})`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
    });
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    const check = (key: string) => service.app.inject({ method: "POST", url: "/v1/check", headers: as(key), payload: { text: "hello" } });

    it("an admin creates a key that works at once, and the list shows it without its secret", async () => {
      const res = await service.app.inject({ method: "POST", url: "/v1/admin/keys", headers: as(keys.admin), payload: { role: "platform", name: "acme" } });
      expect(res.statusCode).toBe(201);
      const created = res.json() as { id: string; role: string; name: string; key: string };
      expect(created).toMatchObject({ role: "platform", name: "acme" });
      expect(created.key).toMatch(/^cg_platform_/);
      expect((await check(created.key)).statusCode).toBe(200);
      const list = await service.app.inject({ method: "GET", url: "/v1/admin/keys", headers: as(keys.admin) });
      expect(list.statusCode).toBe(200);
      const item = (list.json() as { items: Array<Record<string, unknown>> }).items.find((k) => k.id === created.id);
      expect(item).toMatchObject({ id: created.id, role: "platform", name: "acme", revokedAt: null });
      expect(list.body).not.toContain(created.key);
      expect(list.body).not.toMatch(/key_hash|keyHash/);
    });

    it("a revoked key gets 401 on its very next request (the key cache is dropped)", async () => {
      const created = (await service.app.inject({ method: "POST", url: "/v1/admin/keys", headers: as(keys.admin), payload: { role: "platform" } })).json() as { id: string; key: string };
      expect((await check(created.key)).statusCode).toBe(200); // now cached
      const revoked = await service.app.inject({ method: "DELETE", url: `/v1/admin/keys/${created.id}`, headers: as(keys.admin) });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ id: created.id, revokedAt: expect.any(String) });
      const after = await check(created.key);
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ code: "unauthorized" });
      const list = (await service.app.inject({ method: "GET", url: "/v1/admin/keys", headers: as(keys.admin) })).json() as { items: Array<{ id: string; revokedAt: string | null }> };
      expect(list.items.find((k) => k.id === created.id)?.revokedAt).toEqual(expect.any(String));
    });

    it("only admin keys may manage keys; an unknown id is 404, a bad role 400", async () => {
      for (const role of ["platform", "reviewer"] as const) {
        expect((await service.app.inject({ method: "GET", url: "/v1/admin/keys", headers: as(keys[role]) })).statusCode).toBe(403);
        expect((await service.app.inject({ method: "POST", url: "/v1/admin/keys", headers: as(keys[role]), payload: { role: "admin" } })).statusCode).toBe(403);
      }
      expect((await service.app.inject({ method: "DELETE", url: "/v1/admin/keys/nope", headers: as(keys.admin) })).json()).toMatchObject({ statusCode: 404, code: "not_found" });
      expect((await service.app.inject({ method: "POST", url: "/v1/admin/keys", headers: as(keys.admin), payload: { role: "root" } })).json()).toMatchObject({ statusCode: 400, code: "invalid_request" });
    });
  });
}
