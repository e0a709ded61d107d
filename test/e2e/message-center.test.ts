import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";
import { actAs, ensureWebBuilt, screenshot, signIn, startService, type RunningService } from "./harness.js";

/*
 * The message center and the forms as their users meet them (issue 19): the pre-send warning in the
 * future tense, one notice updated in place; the note of a sent message in the past tense; the job
 * post (and the other forms) warning before submit; a contract acceptance reflected at once. The
 * real service on a fresh PGlite store per test, the built UI, Debian's Chromium.
 */

// POLICY.md, X1, word for word.
const X1 =
  "We can't post your job yet because your post doesn't meet our Terms of Service. Edit your job post to remove contact information and keep our marketplace safe for everyone.";
const PHONE_TEXT = "Great, call me at (415) 555-0199 to talk it over";
const EMAIL_TEXT = "Or write to me at kenji.designs@gmail.com whenever you like";
/** Words that report a delivery: wrong in a warning about a message not sent yet. */
const PAST_DELIVERY = /\bwas delivered\b|\bis being held\b|\bwas hidden\b/i;
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

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

async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId("composer").fill(text);
  await page.getByTestId("send").click();
  await page.getByTestId("message-list").getByText(text).waitFor();
}

/** The README's pair of screenshots of one state: desktop (1280 px) and phone (390 px), `focus` in view. */
async function shoot(page: Page, name: string, focus: Locator): Promise<void> {
  for (const [size, file] of [
    [DESKTOP, `${name}.png`],
    [PHONE, `${name}-390.png`],
  ] as const) {
    await page.setViewportSize(size);
    await focus.scrollIntoViewIfNeeded();
    await screenshot(page, file);
  }
  await page.setViewportSize(DESKTOP);
}

/** Nothing inside `selector` reaches past the viewport's right edge, and it does not scroll sideways. */
async function fitsWidth(page: Page, selector: string): Promise<{ scrolls: boolean; overflowing: string[] }> {
  return page.locator(selector).evaluate((root) => {
    const doc = root.ownerDocument;
    const width = doc.documentElement.clientWidth;
    const overflowing = [...root.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(".visually-hidden"))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrolls: root.scrollWidth > root.clientWidth + 1, overflowing };
  });
}

describe("message center and forms in a browser", { timeout: 120_000 }, () => {
  it("the pre-send warning says what sending will do, and one notice is updated in place as the text changes", async () => {
    svc = await startService();
    const client = await actAs(browser, svc.url, "demo-client", "/rooms/demo");
    await say(client.page, "Hi Kenji! Could you design a logo for my food truck?");

    const { page } = await actAs(browser, svc.url, "demo-freelancer", "/rooms/demo");
    await page.getByTestId("message-list").getByText("Could you design a logo").waitFor();
    const notices = page.locator("form.composer .policy-note");
    const warning = page.getByTestId("policy-warning");
    const outcome = warning.getByTestId("policy-outcome");

    await page.getByTestId("composer").fill(PHONE_TEXT);
    await outcome.getByText("will be delivered with the phone number hidden").waitFor();
    expect(await warning.getAttribute("data-decision")).toBe("warn");
    await expect(outcome.textContent()).resolves.toContain("will count as a violation on your account");
    await expect(warning.textContent()).resolves.not.toMatch(PAST_DELIVERY);
    await expect(warning.locator("mark.offending").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining("(415) 555-0199")]));
    expect(await notices.count()).toBe(1);

    // A different draft: the same notice now speaks of the email address; nothing stacks under it.
    await page.getByTestId("composer").fill(EMAIL_TEXT);
    await outcome.getByText("will be delivered with the email address hidden").waitFor();
    expect(await notices.count()).toBe(1);
    await expect(outcome.textContent()).resolves.not.toContain("phone number");
    await expect(warning.locator("mark.offending").allTextContents()).resolves.toEqual([expect.stringContaining("kenji.designs@gmail.com")]);

    // Both: both are named, still one notice.
    await page.getByTestId("composer").fill(`${PHONE_TEXT}. ${EMAIL_TEXT}`);
    await outcome.getByText("the phone number and the email address hidden").waitFor();
    expect(await notices.count()).toBe(1);
    await shoot(page, "composer-warning", page.getByTestId("composer-notice"));

    // At phone width the message center fits: nothing reaches past the right edge, nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page, ".rooms-layout")).resolves.toEqual({ scrolls: false, overflowing: [] });
    await page.setViewportSize(DESKTOP);

    // A clean draft: the notice goes away.
    await page.getByTestId("composer").fill("Happy to help. What colours do you like?");
    await page.locator('form.composer[data-check="clean"]').waitFor();
    expect(await notices.count()).toBe(0);
    // Nothing was recorded by any of these previews (the client's one message is the only decision).
    expect(await svc.service.repo.countDecisions()).toBe(1);
  });

  it("a sent message whose number was masked says what was hidden, in the past tense, and never asks to remove it", async () => {
    svc = await startService();
    const { page } = await actAs(browser, svc.url, "demo-freelancer", "/rooms/demo");
    await page.getByTestId("composer").fill(PHONE_TEXT);
    await page.getByTestId("policy-warning").waitFor();
    await page.getByTestId("send").click();

    const mine = page.getByTestId("message-list").locator("li.message.mine").last();
    await mine.getByText("[phone hidden]").waitFor();
    const note = await mine.getByTestId("author-notice").textContent();
    expect(note).toContain("delivered with contact information hidden");
    expect(note).toContain("a phone number");
    expect(note).not.toMatch(/remove/i);
    // The composer's one notice now reports what happened, in the past tense, and only that.
    const result = page.getByTestId("send-result");
    await expect(result.getByTestId("policy-outcome").textContent()).resolves.toContain("Delivered with the phone number hidden");
    await expect(result.textContent()).resolves.not.toMatch(/remove|will be/i);
    expect(await page.locator("form.composer .policy-note").count()).toBe(1);
    // After a reload it still says so (the note is kept with the message).
    await page.reload();
    await expect(page.getByTestId("message-list").locator("li.message.mine").last().getByTestId("author-notice").textContent()).resolves.not.toMatch(/remove/i);

    // The next time is a repeat: the warning still speaks of the future (the preset's "was delivered"
    // and "is being held" are for after sending).
    const warning = page.getByTestId("policy-warning");
    await page.getByTestId("composer").fill(PHONE_TEXT);
    await warning.getByTestId("policy-outcome").getByText("will be delivered with the phone number hidden").waitFor();
    expect(await warning.getAttribute("data-decision")).toBe("redact");
    await expect(warning.textContent()).resolves.not.toMatch(PAST_DELIVERY);
    // A bare number read with less confidence is held for review.
    await page.getByTestId("composer").fill("4155550199");
    await warning.getByTestId("policy-outcome").getByText("will be held for review").waitFor();
    expect(await warning.getAttribute("data-decision")).toBe("review");
    await expect(warning.textContent()).resolves.not.toMatch(PAST_DELIVERY);
    expect(await page.locator("form.composer .policy-note").count()).toBe(1);
  });

  it("the job post form warns before it is submitted, with the parts to change marked in their field", async () => {
    svc = await startService();
    const { page } = await actAs(browser, svc.url, "demo-client", "/jobs/new");
    await page.getByTestId("job-post-form").waitFor();
    await page.getByTestId("job-title").fill("Logo for a taco truck");
    await page.getByTestId("job-description").fill("Need a bold logo and a one-page menu. Send ideas to tacos.el.rey@gmail.com by Friday.");

    // Not submitted: the warning comes from the preview as the client types.
    const warning = page.getByTestId("job-post-warning");
    await warning.waitFor();
    const shown = await page.getByTestId("job-post-warning-message").textContent();
    expect(shown?.startsWith(X1), shown ?? "").toBe(true);
    await expect(warning.locator('[data-field="description"] mark.offending').allTextContents()).resolves.toEqual([expect.stringContaining("tacos.el.rey@gmail.com")]);
    expect(await warning.locator('[data-field="title"]').count()).toBe(0);
    expect(await page.getByTestId("job-description").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("job-title").getAttribute("aria-invalid")).toBe("false");
    expect(await svc.service.repo.countDecisions()).toBe(0);
    await shoot(page, "job-post-warning", page.locator("#job-post-notice"));

    // Moved to the title: the same notice marks the title instead.
    await page.getByTestId("job-description").fill("Need a bold logo and a one-page menu by Friday.");
    await page.getByTestId("job-title").fill("Logo for a taco truck (text 415-555-0199)");
    await warning.locator('[data-field="title"] mark.offending').getByText("415-555-0199").waitFor();
    expect(await warning.locator('[data-field="description"]').count()).toBe(0);
    expect(await page.locator("#job-post-notice .policy-note").count()).toBe(1);

    // Fixed: the warning goes, and the job is posted.
    await page.getByTestId("job-title").fill("Logo for a taco truck");
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId("job-submit").click();
    await page.getByRole("heading", { name: "Logo for a taco truck" }).waitFor();
  });

  it("the proposal form (the forms' shared component) warns before it is sent", async () => {
    svc = await startService();
    const cookie = (await signIn(svc.service, "demo-client"))!;
    const posted = await svc.service.app.inject({ method: "POST", url: "/app/api/jobs", headers: { cookie }, payload: { title: "Menu design", description: "A one-page menu for a taco truck." } });
    expect(posted.statusCode).toBe(201);
    const jobId = (posted.json() as { job: { id: string } }).job.id;

    const { page } = await actAs(browser, svc.url, "demo-freelancer", `/jobs/${jobId}`);
    await page.getByLabel("Cover letter").fill("I'd love to. Call me on (415) 555-0199 and we can sort it out.");
    const warning = page.getByTestId("submit-a-proposal-notice-warning");
    await warning.getByText("Your proposal will not be sent as it is").waitFor();
    await expect(warning.locator("mark.offending").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining("555-0199")]));
    expect(await svc.service.repo.countDecisions()).toBe(1); // the job post only: previews record nothing
    await page.getByLabel("Cover letter").fill("I'd love to. I have designed menus for three food trucks.");
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(0);
  });

  it("an accepted contract shows at once in the side panel and the composer's hint, for both parties", async () => {
    svc = await startService();
    const client = await actAs(browser, svc.url, "demo-client", "/rooms/demo");
    await client.page.getByRole("button", { name: "Offer contract" }).click();
    await client.page.getByRole("button", { name: "Withdraw offer" }).waitFor();
    const clientHint = client.page.getByTestId("composer-hint");
    await expect(clientHint.getAttribute("data-contract-state")).resolves.toBe("offered");

    const { page } = await actAs(browser, svc.url, "demo-freelancer", "/rooms/demo");
    const hint = page.getByTestId("composer-hint");
    await expect(hint.textContent()).resolves.toContain("An offer is waiting to be accepted");
    await page.getByTestId("composer").fill(PHONE_TEXT);
    await page.getByTestId("policy-warning").waitFor();
    const roomLink = page.getByRole("navigation", { name: "Conversations" }).getByRole("link").first();
    await expect(roomLink.textContent()).resolves.toContain("offer pending");

    await page.getByRole("button", { name: "Accept offer" }).click();
    // No reload: the panel, the hint, the room list and the draft's check follow the acceptance.
    await page.getByTestId("contract-started").waitFor();
    await expect(page.getByTestId("contract-panel").getAttribute("data-contract-state")).resolves.toBe("started");
    await expect.poll(() => hint.getAttribute("data-contract-state"), { timeout: 15_000 }).toBe("started");
    await expect(hint.textContent()).resolves.toContain("Your contract has started: you can share contact details.");
    await expect.poll(() => roomLink.textContent(), { timeout: 15_000 }).toContain("contract started");
    // The same draft, not retyped, is checked again under the started contract: nothing to warn about.
    await page.locator('form.composer[data-check="clean"]').waitFor();
    expect(await page.getByTestId("policy-warning").count()).toBe(0);
    await shoot(page, "contract-accepted", page.getByTestId("contract-panel"));

    // The client's page, never reloaded, catches up (on its next poll, or on coming back to the tab).
    await client.page.bringToFront();
    await expect.poll(() => client.page.getByTestId("contract-panel").getAttribute("data-contract-state"), { timeout: 30_000 }).toBe("started");
    await expect.poll(() => clientHint.getAttribute("data-contract-state"), { timeout: 15_000 }).toBe("started");
  });
});
