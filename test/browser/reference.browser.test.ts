import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, HAS_CHROMIUM, horizontalOverflow, openBrowser, type PortalBrowser } from '../support/browser.js';
import { startHotlineServer } from '../support/hotline-app.js';
import { screenshotPath } from '../support/screenshot-path.js';

const SCREENSHOT = screenshotPath('api-reference.png');

// Without Chromium this is skipped; portal.browser.test.ts already fails CI when Chromium is missing there.
describe.skipIf(!HAS_CHROMIUM)('the API reference page in Chromium', () => {
  let server: Awaited<ReturnType<typeof startHotlineServer>>;
  let browser: PortalBrowser;

  beforeAll(async () => {
    server = await startHotlineServer();
    browser = await openBrowser(server.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every operation of the document under the CSP, styled from this origin, with nothing loaded from elsewhere', async () => {
    const page = await browser.newPage({ width: 1100, height: 1400 });
    const response = await page.goto(`${server.origin}/api/docs`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const doc = (await (await fetch(`${server.origin}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(doc.paths).flatMap((m) => Object.values(m).map((op) => op.operationId));
    for (const id of ids) expect(await page.locator(`article#${id}`).count(), id).toBe(1);
    // The stylesheet applied (a blocked one would leave the header unstyled).
    expect(await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(179, 38, 30)');
    await page.screenshot({ path: SCREENSHOT });
    // Examples open with the keyboard (details/summary) and show the Chinese requests.
    await page.locator('#ask summary', { hasText: 'followUp' }).first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#ask details[open] pre').first().textContent()).toContain('那去年呢？');
    expect(browser.consoleErrors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });

  it('has no axe violations and reflows at 320 px', async () => {
    const page = await browser.newPage({ width: 320, height: 800 });
    await page.goto(`${server.origin}/api/docs`);
    expect((await axe(page)).violations).toEqual([]);
    expect((await horizontalOverflow(page)).page).toBeLessThanOrEqual(0);
  });
});
