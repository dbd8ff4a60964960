/**
 * The whole workflow in the real UI, in Debian's Chromium, through the loopback bridge
 * on a first-run database (the sample sessions): every screen checked by axe and
 * photographed, then import, task update and export as the staff would do them.
 * One browser and one page for the suite, so it stays well inside two minutes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { launchChromium, startWeb, type WebApp } from '../helpers/web';

const SCREENS = [
  { name: 'Tổng quan', slug: 'tong-quan' },
  { name: 'Phiên họp', slug: 'phien-hop' },
  { name: 'Chỉ tiêu', slug: 'chi-tieu' },
  { name: 'Nhiệm vụ', slug: 'nhiem-vu' },
  { name: 'Nhập tài liệu', slug: 'nhap-tai-lieu' },
  { name: 'Xuất văn bản', slug: 'xuat-van-ban' },
  { name: 'Cài đặt', slug: 'cai-dat' },
] as const;

const ARTIFACTS = 'test-artifacts';
const FIXTURE = path.resolve('test/fixtures/e2e/phien-hop-thu-nhat-2026.txt');

let dataDir: string;
let web: WebApp;
let browser: Browser;
let page: Page;
let downloads: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  // tempDir() folders go after each test; the server's data must last the whole suite.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-e2e-'));
  web = await startWeb(path.join(dataDir, 'first-run.db'));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(web.address);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

/** Waits until nothing on the screen is loading any more. */
async function settle(): Promise<void> {
  // A locator, not waitForFunction: the app's CSP forbids the eval that a function string needs.
  await page.locator('.ant-spin-spinning, .ant-skeleton, .ant-card-loading-content').first().waitFor({ state: 'detached' });
}

/** Opens a screen from the always-visible navigation, as a user would. */
async function openScreen(name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await settle();
}

async function seriousViolations(): Promise<string[]> {
  // The PDF preview is Chromium's own viewer, not the app's markup.
  const results = await new AxeBuilder({ page }).exclude('.pdf-preview').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function download(button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const target = path.join(downloads, file.suggestedFilename());
  await file.saveAs(target);
  return fs.readFileSync(target);
}

describe('the app in Chromium', () => {
  it('shows every screen in Vietnamese, accessible (axe: nothing serious or critical), without console errors', async () => {
    for (const screen of SCREENS) {
      await openScreen(screen.name);
      // Charts draw on the next frames once their data arrived.
      await page.waitForTimeout(300);
      expect(await seriousViolations(), screen.name).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `${screen.slug}.png`), fullPage: true, animations: 'disabled' });
    }
  });

  it('lists the sample sessions and opens one with its figures and tasks', async () => {
    await openScreen('Phiên họp');
    const list = page.locator('.ant-card', { hasText: 'Danh sách phiên họp' }).locator('.ant-table-tbody');
    await expect.poll(() => list.locator('tr.ant-table-row').count()).toBe(5);
    const text = await list.innerText();
    expect(text).toContain('17/5/2025');
    expect(text).toContain('22/12/2025');
    await list.getByRole('link', { name: /Phiên họp lần thứ ba/ }).click();
    await settle();
    // Its 28 tasks come a page of 20 at a time from the service.
    await page.getByRole('tab', { name: 'Nhiệm vụ được giao (28)' }).click();
    const rows = page.getByRole('tabpanel').locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(20);
    const first = await rows.first().innerText();
    await page.getByRole('tabpanel').locator('.ant-pagination-item-2').click();
    await expect.poll(() => rows.count()).toBe(8);
    expect(await rows.first().innerText()).not.toBe(first);
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds "Đề án 06" when typed without diacritics, and opens the hit', async () => {
    const search = page.getByRole('combobox', { name: /Tìm kiếm/ });
    await search.fill('de an 06');
    // antd draws the visible options itself; its role=option list is off screen for screen readers.
    const option = page.locator('.ant-select-item-option', { hasText: 'Đề án 06' }).first();
    await option.waitFor();
    await option.click();
    await expect.poll(() => page.url()).toMatch(/#\/(phien-hop|chi-tieu|nhiem-vu)\?id=\d+/);
  });

  it('imports a session document, takes a corrected figure, and shows it in the indicator table', async () => {
    await openScreen('Nhập tài liệu');
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Đọc tài liệu' }).click();
    await settle();
    const figures = page.locator('.ant-card-type-inner', { hasText: 'Số liệu đọc được' });
    await figures.getByText('Tỷ lệ hồ sơ trực tuyến toàn trình').first().waitFor();
    // The draft read 52,38%; the staff correct it before saving.
    const value = figures.getByRole('spinbutton', { name: /Giá trị/ }).first();
    await value.fill('53,12');
    await value.blur();
    await expect.poll(() => page.locator('.ant-card-type-inner', { hasText: 'Nhiệm vụ đọc được' }).locator('tr.ant-table-row').count()).toBe(2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'nhap-tai-lieu-ban-nhap.png'), fullPage: true, animations: 'disabled' });
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Lưu vào cơ sở dữ liệu' }).click();
    await page.getByText(/Đã lưu/).first().waitFor();

    await openScreen('Chỉ tiêu');
    await page.getByRole('textbox', { name: /Lọc theo tên/ }).fill('ho so truc tuyen toan trinh');
    const row = page.locator('.ant-table-row', { hasText: '53,12%' });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain('80% (hạn 31/12/2025)');

    // The indicator's drawer: the corrected figure in its series, with the document it came from.
    await row.first().getByRole('link').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: /Số liệu/ }).click();
    await drawer.locator('.ant-table-row', { hasText: '53,12%' }).getByText('phien-hop-thu-nhat-2026.txt').waitFor();
    await settle();
    await page.screenshot({ path: path.join(ARTIFACTS, 'chi-tieu-chi-tiet.png'), animations: 'disabled' });
    expect(await seriousViolations()).toEqual([]);
    await drawer.getByRole('button', { name: 'Đóng' }).click();

    // The session the document reported is now the latest one on the dashboard.
    await openScreen('Tổng quan');
    await page.getByText('Phiên gần nhất: Phiên họp lần thứ nhất (25/2/2026)').waitFor();
  });

  it('says what an indicator line lacks: a figure with no target is not "no data"', async () => {
    await openScreen('Chỉ tiêu');
    await page.getByRole('textbox', { name: /Lọc theo tên/ }).fill('Trạm phát sóng 5G');
    const row = page.locator('.ant-table-row', { hasText: 'Trạm phát sóng 5G đã lắp đặt' });
    await row.first().waitFor();
    const text = await row.first().innerText();
    expect(text).toContain('15.000 trạm');
    expect(text).toContain('Chưa có mục tiêu');
    expect(text).not.toContain('Chưa có số liệu');

    // Filtered by what the tags say: the lines with no figure, not those with no target.
    await page.getByRole('textbox', { name: /Lọc theo tên/ }).fill('');
    await page.getByRole('combobox', { name: 'Lọc theo đánh giá' }).click();
    await page.locator('.ant-select-item-option[title="Chưa có số liệu"]').click();
    // The choice taken (antd writes it beside the combobox), before the table is read.
    await page.locator('.ant-select-content[title="Chưa có số liệu"]').waitFor();
    const rows = page.locator('.ant-table-row');
    await expect.poll(async () => (await rows.allInnerTexts()).some((t) => t.includes('Trạm phát sóng 5G'))).toBe(false);
    const shown = await rows.allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(line).toContain('Chưa có số liệu');
  });

  it('records a task as done with a note, and its status follows', async () => {
    await openScreen('Nhiệm vụ');
    await page.locator('label', { hasText: /^Quá hạn chưa hoàn thành/ }).click();
    await settle();
    const first = page.locator('.ant-table-row').first();
    const link = first.getByRole('link');
    const content = await link.innerText();
    const id = Number(/id=(\d+)/.exec((await link.getAttribute('href')) ?? '')?.[1]);
    await first.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Cập nhật trạng thái (1)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Đã hoàn thành' }).check({ force: true });
    await dialog.getByRole('textbox', { name: 'Ghi chú' }).fill('Theo báo cáo kiểm thử tự động');
    await dialog.getByRole('button', { name: 'Cập nhật' }).click();
    await page.getByText('Đã cập nhật 1 nhiệm vụ.').waitFor();
    await settle();
    expect(await page.locator('.ant-table-row', { hasText: content }).count()).toBe(0);

    await page.goto(`${web.address}#/nhiem-vu?id=${id}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Theo báo cáo kiểm thử tự động').waitFor();
    expect(await drawer.innerText()).toMatch(/Đã hoàn thành (đúng hạn|quá hạn)/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'nhiem-vu-lich-su.png'), animations: 'disabled' });
    expect(await seriousViolations()).toEqual([]);
    await drawer.getByRole('button', { name: 'Đóng' }).click();
  });

  it('previews and saves both documents as .docx and .pdf', async () => {
    downloads = tempDir('bcd-e2e-downloads-');
    await openScreen('Xuất văn bản');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('iframe.pdf-preview').waitFor();
    await settle();
    await page.screenshot({ path: path.join(ARTIFACTS, 'xuat-van-ban-xem-truoc.png'), animations: 'disabled' });

    const documents = [
      { choice: 'Báo cáo phục vụ phiên họp', heading: 'BÁO CÁO' },
      { choice: 'Dự thảo Thông báo kết luận', heading: 'THÔNG BÁO' },
    ];
    for (const { choice, heading } of documents) {
      await page.getByRole('radio', { name: choice }).check();
      const docx = await download('Lưu .docx');
      const files = unzipSync(new Uint8Array(docx));
      expect(Object.keys(files)).toContain('word/document.xml');
      expect(strFromU8(files['word/document.xml'] as Uint8Array)).toContain(heading);

      const pdf = await download('Lưu .pdf');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdfFile = path.join(downloads, 'kiem-tra.pdf');
      fs.writeFileSync(pdfFile, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
      expect(text).toContain(heading);
      expect(text).toContain('Ban Chỉ đạo');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    }
  });

  it('backs up the data from Cài đặt', async () => {
    await openScreen('Cài đặt');
    await page.getByRole('tab', { name: 'Dữ liệu và sao lưu' }).click();
    await settle();
    const rows = page.locator('.ant-card', { hasText: 'Bản sao lưu' }).locator('tr.ant-table-row');
    const before = await rows.count();
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const done = page.getByRole('dialog').filter({ hasText: 'Đã sao lưu dữ liệu' });
    await done.waitFor();
    await done.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    expect(await seriousViolations()).toEqual([]);
  });
});
