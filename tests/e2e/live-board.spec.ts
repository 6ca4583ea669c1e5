import { randomUUID } from "node:crypto";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

test("the CIO's open board shows the CMO's new initiative without reloading", async ({ page, browser }) => {
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  await expect(page.getByText("Live", { exact: true })).toBeVisible();

  const cmoContext = await browser.newContext();
  const cmo = await cmoContext.newPage();
  await signInAs(cmo, DEMO.cmo);
  const title = `Live board check ${randomUUID().slice(0, 6)}`;
  await cmo.goto("/initiatives/new");
  await cmo.getByLabel("Title").fill(title);
  await cmo.getByLabel("Lever").selectOption("TALENTS");
  await cmo.getByLabel("Marketing owner").selectOption({ label: "Luca Bianchi" });
  await cmo.getByLabel("IT owner").selectOption({ label: "Davide Greco" });
  await cmo.getByRole("button", { name: "Propose initiative" }).click();
  await expect(cmo).toHaveURL(/\/board/);

  // No reload on the CIO's page: the change arrives through the board's event stream.
  await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 10_000 });
  await cmoContext.close();
});

test("the board's live indicator says Connecting… then Live on load, never Reconnecting… or Offline in between", async ({
  page,
}) => {
  // Every text the indicator shows, from the first render on (a MutationObserver set up before the page's scripts).
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { indicatorTexts: string[] }).indicatorTexts = shown;
    const record = () => {
      for (const element of document.querySelectorAll("[role=status]")) {
        const text = (element.textContent ?? "").trim();
        if (/^(Live|Connecting…|Reconnecting…|Offline)$/.test(text) && shown.at(-1) !== text) shown.push(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await signInAs(page, DEMO.cio);
  await page.goto("/board");
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
  const texts = await page.evaluate(() => (window as unknown as { indicatorTexts: string[] }).indicatorTexts);
  expect(texts.at(-1)).toBe("Live");
  expect(texts.filter((text) => text !== "Connecting…" && text !== "Live")).toEqual([]);
});
