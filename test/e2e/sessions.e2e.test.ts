import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startWeb, type WebApp } from '../helpers/web';
import { tempDir } from '../helpers/temp';

let web: WebApp;
let browser: Browser;

beforeAll(async () => {
  // A first run: the database does not exist yet, so the bridge loads the sample sessions.
  web = await startWeb(path.join(tempDir('bcd-e2e-'), 'first-run.db'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

describe('the real UI in Chromium through the bridge', () => {
  it('opens on the session list with the sample sessions, without console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(web.address);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Phiên họp').waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    const text = await page.locator('.ant-table-tbody').innerText();
    expect(text).toContain('17/5/2025');
    expect(text).toContain('22/12/2025');
    expect(text).toContain('Phiên họp lần thứ hai');
    fs.mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/sessions.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
