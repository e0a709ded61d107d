import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLAUSE_TEXT, TYPE_LABEL } from "../../src/core/clauses.js";
import { createApiKey } from "../../src/runtime/keys.js";
import { launchChromium } from "./browser.js";
import { actAs, ensureWebBuilt, screenshot, signIn, startService, type RunningService } from "./harness.js";

/*
 * The moderation console in Chromium (issue 19): a decision's detail with its spans marked, the log's
 * search, filters, charts and CSV export, bulk review, every sender the ledger knows, and the console
 * at phone width (390 × 844) without horizontal overflow. Each test gets a fresh store. The data is
 * made through the marketplace's API and the service's /v1/check; the reviewer works in the browser.
 */

/** Polls and waits for a busy 2-core machine: no tight timing. */
const SLOW = { timeout: 30_000, interval: 200 };
const PHONE_TEXT = "Great, call me at (415) 555-0199 to talk it over";
const OUTSIDER = "acme-seller-42";

let browser: Browser;
let svc: RunningService | undefined;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

/** Sends a message in the demo room as `user` through the marketplace's API (as the composer does). */
async function say(s: RunningService, user: string, text: string): Promise<{ id: string; status: string; decision: string }> {
  const cookie = (await signIn(s.service, user))!;
  const res = await s.service.app.inject({ method: "POST", url: "/app/api/rooms/demo/messages", headers: { cookie }, payload: { text } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().message;
}

/** A check from another platform, through the service's API with a platform key: a sender the demo does not know. */
async function outsideCheck(s: RunningService, text: string, sender = OUTSIDER): Promise<string> {
  const { key } = await createApiKey(s.service.repo, "platform");
  const res = await s.service.app.inject({
    method: "POST",
    url: "/v1/check",
    headers: { authorization: `Bearer ${key}` },
    payload: { text, context: { surface: "message", sender: { id: sender, role: "freelancer", plan: "basic" }, recipient: { id: "acme-buyer-1", role: "client", plan: "basic" }, contract: { status: "none" } } },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().decisionId;
}

/** A reviewer at phone size (390 × 844), signed in by the same deep link as on the desktop. */
async function reviewerOnPhone(base: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: base, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${path}${path.includes("?") ? "&" : "?"}as=demo-reviewer`);
  await expect.poll(() => page.locator("#acting-as").inputValue(), SLOW).toBe("demo-reviewer");
  return page;
}

/** An element's text as read on screen: without the visually hidden labels the marks carry for screen readers. */
const shownText = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => {
    const copy = el.cloneNode(true) as typeof el;
    for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
    return copy.textContent;
  });

/** How wide the page's content is: more than the viewport means it scrolls sideways. */
const scrollWidth = (page: Page) => page.locator("html").evaluate((html) => html.scrollWidth);

/** A conversation with a masked phone number in the middle, and the decision that masked it. */
async function conversationWithPhone(s: RunningService): Promise<string> {
  await say(s, "demo-client", "Hi Kenji! Could you design a logo for my food truck?");
  const flagged = await say(s, "demo-freelancer", PHONE_TEXT);
  expect(flagged.decision).toBe("warn");
  await say(s, "demo-client", "Sounds good, I'll wait for the sketches.");
  const log = await s.service.repo.listDecisions({ accountId: "demo-freelancer", decision: "warn" });
  return log.items[0]!.id;
}

describe("moderation console in a browser", { timeout: 180_000 }, () => {
  it("a decision's detail marks the spans in the stored text, with each finding, the clauses, the sender's standing and the conversation", async () => {
    svc = await startService();
    const decisionId = await conversationWithPhone(svc);
    const { page } = await actAs(browser, svc.url, "demo-reviewer", "/console");
    // Every row of the log opens its detail.
    await page.locator(`[data-decision-id="${decisionId}"] a.detail-link`).click();
    await page.waitForURL(`**/console/decisions/${decisionId}`);
    const detail = page.getByTestId("decision-detail");
    await detail.waitFor();

    // Without STORE_TEXT the ledger keeps the redacted text: the phone's span is its mask there.
    const flagged = page.getByTestId("flagged-text");
    await expect(shownText(page, "flagged-text")).resolves.toBe("Great, call me at [phone hidden] to talk it over");
    const marks = await flagged.locator("mark.offending").evaluateAll((ms) => ms.map((m) => ({ text: m.firstChild?.textContent, title: m.getAttribute("title") })));
    expect(marks).toContainEqual({ text: "[phone hidden]", title: `${TYPE_LABEL.phone} (C1)` });
    // The findings: type, confidence, recognizer, disguises, clause in words.
    const phoneRow = page.getByTestId("findings").locator('tr[data-type="phone"]');
    await expect(phoneRow.textContent()).resolves.toMatch(/phone number.*chars 18–32.*\d+%/);
    await expect(phoneRow.locator("code").textContent()).resolves.toMatch(/phone/);
    await expect(phoneRow.textContent()).resolves.toContain(CLAUSE_TEXT.C1);
    await expect(page.getByTestId("clauses").textContent()).resolves.toContain(CLAUSE_TEXT.W1);
    // The sender: a first strike (ladder step 1), this decision among the active violations.
    await expect(page.getByTestId("ladder-step").textContent()).resolves.toBe("1");
    await expect(page.getByTestId("active-violations").textContent()).resolves.toBe("1");
    await expect(page.getByTestId("sender-violations").textContent()).resolves.toContain("this decision");
    // The conversation around it, in order, the flagged message marked.
    const convo = page.getByTestId("conversation").locator("li");
    await expect(convo.locator(".body").allTextContents()).resolves.toEqual([
      "Hi Kenji! Could you design a logo for my food truck?",
      "Great, call me at [phone hidden] to talk it over",
      "Sounds good, I'll wait for the sketches.",
    ]);
    await expect(convo.nth(1).getAttribute("aria-current")).resolves.toBe("true");
    await screenshot(page, "console-decision.png");

    // A neighbouring message links to its own decision.
    await convo.nth(2).getByRole("link", { name: /decision/ }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/console/decisions/") && !u.pathname.endsWith(decisionId));
    await page.getByTestId("decision-detail").getByText("No findings: the text was clean.").waitFor();
    await page.context().close();
  });

  it("searches and filters the log, charts by finding type and surface, and downloads the filtered log as CSV", async () => {
    svc = await startService();
    await conversationWithPhone(svc);
    await say(svc, "demo-client", "Sure, write to dana@tacos.example.com with the sketches");
    await outsideCheck(svc, "ping me on telegram @acme_seller42 tonight");
    const { page } = await actAs(browser, svc.url, "demo-reviewer", "/console");
    const rows = page.getByTestId("decision-log").locator("tbody tr");
    const filter = (label: string) => page.getByTestId("log-filters").getByLabel(label, { exact: true });
    await expect.poll(() => rows.count(), SLOW).toBe(5);

    // Charts by finding type and by surface, with labelled rows and an axis.
    const types = page.getByTestId("chart-types");
    await types.locator('li[data-key="phone"]').waitFor();
    await expect(types.locator('li[data-key="email"] .hbar-label').textContent()).resolves.toBe(TYPE_LABEL.email);
    await expect(types.locator('li[data-key="messenger"] .hbar-count').textContent()).resolves.toBe("1");
    await expect(types.locator(".axis-title").textContent()).resolves.toMatch(/Number of decisions/);
    await expect(page.getByTestId("chart-surfaces").locator('li[data-key="message"] .hbar-count').textContent()).resolves.toBe("5");

    // Filter by surface and type: the charts follow.
    await filter("Finding type").selectOption("phone");
    await expect.poll(() => rows.count(), SLOW).toBe(1);
    await expect(types.locator("li").count()).resolves.toBeGreaterThan(0);
    await expect.poll(() => types.locator('li[data-key="email"]').count(), SLOW).toBe(0);
    await filter("Finding type").selectOption("");
    await filter("Surface").selectOption("message");
    await expect.poll(() => rows.count(), SLOW).toBe(5);
    await screenshot(page, "console-log.png");
    // Issue 20: the Mode filter and the counts keep shadow decisions apart (none here: all five were enforced).
    await expect.poll(() => page.getByTestId("mode-counts").textContent(), SLOW).toMatch(/^5 enforced · 0 shadow/);
    await filter("Mode").selectOption("true");
    await expect.poll(() => rows.count(), SLOW).toBe(0);
    await filter("Mode").selectOption("false");
    await expect.poll(() => rows.count(), SLOW).toBe(5);
    await filter("Mode").selectOption("");

    // Text search on what is stored, then account, clause, decision and a date range of today (UTC).
    await filter("Text").fill("email hidden");
    await filter("Text").press("Enter");
    await expect.poll(() => rows.count(), SLOW).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain("[email hidden]");
    // Typing in one filter while another's answer is still loading keeps what was typed: hold the log's answer,
    // type the account, then let the answer arrive (it re-renders the page) before pressing Enter.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/app/api/console/decisions?*", async (route) => {
      await held;
      await route.continue();
    });
    const answered = page.waitForResponse((r) => r.url().includes("/app/api/console/decisions?"));
    await filter("Text").fill("");
    await filter("Text").press("Enter");
    await filter("Account").fill(OUTSIDER);
    release();
    await answered;
    await page.unroute("**/app/api/console/decisions?*");
    await expect.poll(() => rows.count(), SLOW).toBe(5);
    await expect(filter("Account").inputValue()).resolves.toBe(OUTSIDER);
    await filter("Account").press("Enter");
    await expect.poll(() => rows.count(), SLOW).toBe(1);
    await filter("Clause").selectOption("C4");
    await expect.poll(() => rows.count(), SLOW).toBe(1);
    await filter("Clause").selectOption("C2");
    await expect.poll(() => rows.count(), SLOW).toBe(0);
    await page.getByText("No decisions match.").waitFor();
    await filter("Clause").selectOption("");
    await filter("Account").fill("demo-freelancer");
    await filter("Account").press("Enter");
    await filter("Decision").selectOption("warn");
    await expect.poll(() => rows.count(), SLOW).toBe(2); // the account as sender or recipient
    await filter("Finding type").selectOption("phone");
    const today = new Date().toISOString().slice(0, 10);
    await filter("From (UTC)").fill(today);
    await filter("To (UTC)").fill(today);
    await expect.poll(() => rows.count(), SLOW).toBe(1);
    await filter("From (UTC)").fill("2001-01-01");
    await filter("To (UTC)").fill("2001-01-02");
    await expect.poll(() => rows.count(), SLOW).toBe(0);
    await filter("To (UTC)").fill(today);
    await expect.poll(() => rows.count(), SLOW).toBe(1);
    // The filters are in the address bar, so a filtered log can be shared.
    expect(new URL(page.url()).searchParams.get("accountId")).toBe("demo-freelancer");

    // The CSV is the filtered log.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/^decisions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8").trimEnd().split("\r\n");
    expect(csv[0]).toBe("id,created_at,surface,decision,violation,review_status,sender_id,recipient_id,clauses,finding_types,stored_text,policy_version");
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(",message,warn,true,,demo-freelancer,demo-client,");
    expect(csv[1]).toContain("Great, call me at [phone hidden] to talk it over");
    await page.context().close();
  });

  it("the review queue shows what was flagged and resolves several items at once", async () => {
    svc = await startService();
    await conversationWithPhone(svc);
    // Repeats with a low-confidence number are held for a reviewer.
    const held = [await say(svc, "demo-freelancer", "4155550177"), await say(svc, "demo-freelancer", "4155550188"), await say(svc, "demo-freelancer", "4155550166")];
    expect(held.map((m) => m.status)).toEqual(["held", "held", "held"]);
    const { page } = await actAs(browser, svc.url, "demo-reviewer", "/console/review");
    const items = page.getByTestId("review-queue").locator("li.queue-item");
    await expect.poll(() => items.count(), SLOW).toBe(3);
    // The held text as the marketplace keeps it, with the number marked; its finding and clause.
    const second = items.nth(1);
    await expect(second.locator("mark.offending").first().evaluate((m) => m.firstChild?.textContent)).resolves.toBe("4155550188");
    await expect(second.locator(".finding-chips").textContent()).resolves.toMatch(/phone number · \d+% · C1/);
    await expect(second.getByRole("link", { name: "Details" }).getAttribute("href")).resolves.toMatch(/^\/console\/decisions\//);
    await screenshot(page, "console-review.png");

    await items.nth(0).getByLabel("Select this item").check();
    await items.nth(2).getByLabel("Select this item").check();
    await expect(page.getByTestId("selected-count").textContent()).resolves.toBe("2 selected");
    await page.getByRole("button", { name: "Reject selected" }).click();
    await expect(page.getByTestId("bulk-outcome").textContent()).resolves.toBeTruthy();
    await page.getByTestId("bulk-outcome").getByText("2 rejected.").waitFor();
    await expect.poll(() => items.count(), SLOW).toBe(1);
    await expect(items.first().locator("mark.offending").first().evaluate((m) => m.firstChild?.textContent)).resolves.toBe("4155550188");
    // Rejected: strikes now (the first violation plus two), and the one left is still waiting.
    const standing = await svc.service.repo.standing("demo-freelancer");
    expect(standing).toMatchObject({ activeViolations: 3, pendingReview: 1 });

    // Select all, allow: the queue is empty.
    await page.getByLabel("Select all").check();
    await page.getByRole("button", { name: "Allow selected" }).click();
    await page.getByTestId("bulk-outcome").getByText("1 allowed.").waitFor();
    await page.getByText("Nothing waiting for review.").waitFor();
    await page.context().close();
  });

  it("accounts lists every sender the ledger knows, a sender from another platform too, searchable", async () => {
    svc = await startService();
    await conversationWithPhone(svc);
    await outsideCheck(svc, "ping me on telegram @acme_seller42 tonight");
    await outsideCheck(svc, "all good, see you on the call", "zed-clean-sender");
    const { page } = await actAs(browser, svc.url, "demo-reviewer", "/console/accounts");
    const table = page.getByTestId("accounts");
    const outsider = table.locator(`tr[data-account="${OUTSIDER}"]`);
    await outsider.waitFor();
    await expect(outsider.textContent()).resolves.toContain("not a marketplace user");
    // decisions, violations, active, waiting, ladder step
    await expect(outsider.locator("td").evaluateAll((tds) => tds.slice(1, 6).map((td) => td.textContent))).resolves.toEqual(["1", "1", "1", "0", "1"]);
    const ids = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-account")));
    expect(ids).toEqual(expect.arrayContaining(["demo-client", "demo-freelancer", OUTSIDER, "zed-clean-sender"]));
    expect(ids).not.toContain("demo-reviewer"); // never a sender

    await page.getByLabel("Account id").fill("acme");
    await page.getByLabel("Account id").press("Enter");
    await expect.poll(() => table.locator("tbody tr").count(), SLOW).toBe(1);
    await outsider.getByRole("link", { name: OUTSIDER }).click();
    await page.waitForURL(`**/console/accounts/${OUTSIDER}`);
    await expect(page.getByTestId("active-violations").textContent()).resolves.toBe("1");
    await page.context().close();
  });

  it("at phone width (390 px) the header and the console's pages do not overflow", async () => {
    svc = await startService();
    const decisionId = await conversationWithPhone(svc);
    await say(svc, "demo-freelancer", "4155550177");
    await outsideCheck(svc, "ping me on telegram @acme_seller42 tonight");
    const page = await reviewerOnPhone(svc.url, "/console");
    await page.getByTestId("decision-log").locator("tbody tr").first().waitFor();
    await page.getByTestId("chart-types").waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, "console-log-phone.png");

    const pages: Array<[string, string]> = [
      [`/console/decisions/${decisionId}`, "decision-detail"],
      ["/console/review", "review-queue"],
      ["/console/accounts", "accounts"],
      ["/console/accounts/demo-freelancer", "standing"],
      ["/console/appeals", "appeals"],
    ];
    for (const [path, testId] of pages) {
      await page.goto(path);
      await page.getByTestId(testId).waitFor();
      if (testId === "review-queue") await page.locator("li.queue-item mark.offending").first().waitFor();
      expect(await scrollWidth(page), path).toBeLessThanOrEqual(390);
      if (path.startsWith("/console/decisions/")) await screenshot(page, "console-decision-phone.png");
      if (path === "/console/review") await screenshot(page, "console-review-phone.png");
    }
    // A wide table scrolls inside its own container, not the page.
    await page.goto("/console");
    const scroller = page.locator(".table-scroll").filter({ has: page.getByTestId("decision-log") });
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth && el.getBoundingClientRect().right <= 390)).toBe(true);

    // The header (shared with the message center) fits as any user: its navigation wraps.
    await page.goto("/");
    for (const user of ["demo-reviewer", "demo-enterprise"]) {
      await page.locator("#acting-as").selectOption(user);
      await expect.poll(() => page.locator("#acting-as").inputValue(), SLOW).toBe(user);
      const header = await page.locator("header.site-header").evaluate((h) => ({ scroll: h.scrollWidth, right: h.getBoundingClientRect().right }));
      expect(header.scroll, user).toBeLessThanOrEqual(390);
      expect(header.right, user).toBeLessThanOrEqual(390);
    }
    await page.context().close();
  });
});
