/**
 * The sidebar and /preview in Chromium: opening, a check, the sheet's colours and notes, selecting
 * and filtering, editing a cell, and the sidebar alone (its empty state). The stack runs once for
 * every browser file (stack.ts); screenshots go to test-output/browser/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSidebarHtml } from '../../scripts/build-addon.ts';
import { available, OUT, ROOT, useBrowser } from './harness.ts';

describe.skipIf(!available)('the local preview in Chromium', () => {
  const session = useBrowser();
  const { sidebar, shot } = session;

  test('opens with the banner, the demo sheet and the real sidebar at its real width', async () => {
    const errors: string[] = [];
    session.page.on('pageerror', (e) => errors.push(e.message));
    const started = Date.now();
    await session.page.goto(session.browser.previewUrl);
    const frame = await sidebar();
    await frame.waitForSelector('#check');
    const loadMs = Date.now() - started;
    await expect(session.page.textContent('.banner')).resolves.toContain('Bản xem thử trên máy của bạn');
    await session.page.waitForSelector('table.sheet td:text("Nguyễn Minh Anh")');
    const box = await session.page.locator('#sidebar').boundingBox();
    expect(box?.width).toBe(300);
    await expect(frame.textContent('.top .unit')).resolves.toBe('Chi bộ Trường THPT Lê Quý Đôn');
    await expect(session.page.textContent('#status')).resolves.toContain('đăng nhập thử');
    await shot('1-preview-opened');
    expect(errors).toEqual([]);
    console.log(`[browser] preview ready in ${loadMs} ms`);
  });

  test('"Kiểm tra danh sách": a progress line, then counts, deadlines and what each person needs', async () => {
    const frame = await sidebar();
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const t = document.querySelector('.progress-text')?.textContent;
        if (t && !seen.includes(t)) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await frame.click('#check');
    await frame.waitForSelector('section.people', { timeout: 30_000 });
    const seen = await frame.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('Đang bắt đầu…');
    // checked by the local worker with the dev token: no "kiểm tra tại chỗ", no notice
    await expect(frame.locator('.chip.local').count()).resolves.toBe(0);
    await expect(frame.locator('.notice').count()).resolves.toBe(0);
    await expect(frame.textContent('.top .meta')).resolves.toMatch(
      /^Kiểm tra lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/,
    );
    await expect(frame.textContent('.top .rules')).resolves.toBe('Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW');
    const tiles = await frame.$$eval('.tile', (els) =>
      els.map((e) => `${e.querySelector('.label')?.textContent}:${e.querySelector('.count')?.textContent}`),
    );
    expect(tiles).toEqual([
      'Tạo nguồn:1',
      'Đã học lớp:1',
      'Hoàn thiện hồ sơ:4',
      'Đủ điều kiện:1',
      'Đã đề nghị:2',
      'Chờ lễ:1',
      'Dự bị:1',
      'Chính thức:1',
    ]);
    const firstDeadline = await frame.textContent('.deadlines li');
    expect(firstDeadline).toMatch(
      /^Vũ Thị Lan — Cấp ủy ra quyết định kết nạpHạn \d{2}\/\d{2}\/\d{4} · quá hạn \d+ ngày làm việc$/,
    );
    const anh = frame.locator('.card', { hasText: 'Nguyễn Minh Anh' });
    await expect(anh.textContent()).resolves.toMatch(/chưa đủ 18 tuổi/);
    await expect(anh.locator('.cite').first().textContent()).resolves.toMatch(
      /^Quy định 294-QĐ\/TW, điểm 1\.1\.1$/,
    );
    await expect(frame.textContent('.target')).resolves.toMatch(/Chỉ tiêu năm \d{4}/);
    await shot('2-after-check');
  });

  test('the sheet: computed columns, stage colours, red and amber cells with notes', async () => {
    const row = session.page.locator('table.sheet tr', { hasText: 'Phạm Thu Hà' });
    await expect(row.locator('td', { hasText: 'Đủ điều kiện xét kết nạp' }).count()).resolves.toBe(1);
    const bao = session.page.locator('table.sheet tr', { hasText: 'Trần Văn Bảo' });
    const redCells = bao.locator('td.has-note').filter({ has: session.page.locator(':scope') });
    expect(await redCells.count()).toBeGreaterThan(0);
    const colours = await session.page.$$eval('table.sheet td', (tds) => [
      ...new Set(tds.map((td) => getComputedStyle(td).backgroundColor)),
    ]);
    expect(colours).toContain('rgb(244, 199, 195)'); // red: blocks admission
    expect(colours).toContain('rgb(252, 232, 178)'); // amber: needs attention
    expect(colours).toContain('rgb(206, 234, 214)'); // the "ready" stage, same as its sidebar tile
    // hover a red cell: its note, with the citation
    const cert = session.page
      .locator('table.sheet tr', { hasText: 'Trần Văn Bảo' })
      .locator('td.has-note', { hasText: /\/\d{4}/ })
      .first();
    await cert.scrollIntoViewIfNeeded();
    await cert.hover();
    await session.page.waitForSelector('#tip:not([hidden])');
    const tip = await session.page.textContent('#tip');
    expect(tip).toMatch(/^▸ PTĐV · kiểm tra ngày \d{2}\/\d{2}\/\d{4}\n/);
    expect(tip).toMatch(/\((Hướng dẫn|Quy định|Điều lệ)/);
    await shot('3-note-on-a-cell');
  });

  test('clicking a name selects the row; clicking a stage filters the list', async () => {
    const frame = await sidebar();
    await frame.click('.card button.person:text("Đặng Thị Quỳnh")');
    await session.page.waitForSelector('table.sheet tr.active');
    await expect(session.page.locator('table.sheet tr.active').textContent()).resolves.toContain(
      'Đặng Thị Quỳnh',
    );
    await frame.click('.tile[data-stage="ready"]');
    await expect(frame.textContent('section.people h2')).resolves.toBe('Đủ điều kiện (1 người)');
    await expect(frame.textContent('section.people .card')).resolves.toContain(
      'Không thiếu gì — có thể đưa ra chi bộ xét',
    );
    await shot('4-row-selected-and-filter');
    await frame.click('.filter-note button');
    await expect(frame.textContent('section.people h2')).resolves.toMatch(/^Cần bổ sung \(\d+ người\)$/);
  });

  test('editing a cell and checking again updates the results', async () => {
    const frame = await sidebar();
    // Lý Văn Sơn's "Cóo" → "Có"
    const cell = session.page
      .locator('table.sheet tr', { hasText: 'Lý Văn Sơn' })
      .locator('td', { hasText: /^Cóo$/ });
    await cell.dblclick();
    await session.page.keyboard.press('Control+A');
    await session.page.keyboard.type('Có');
    await session.page.keyboard.press('Enter');
    await session.page.waitForSelector('table.sheet td:text-is("Cóo")', { state: 'detached' });
    await frame.click('#check');
    await frame.waitForFunction(() => !document.querySelector('.progress'));
    const son = await frame.textContent('.card:has-text("Lý Văn Sơn")');
    expect(son).not.toContain('Cóo');
  });

  test('the whole sidebar, top to bottom, at 300 px', async () => {
    await session.page.setViewportSize({ width: 1440, height: 3400 });
    // the session.page has laid itself out at the new size (no fixed sleep)
    await session.page.waitForFunction(() => window.innerHeight === 3400);
    await session.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await session.page.locator('.sidebar-pane').screenshot({ path: path.join(OUT, '5-sidebar-full.png') });
    await session.page.setViewportSize({ width: 1440, height: 900 });
  });
  test('the sidebar alone: the empty state teaches, the template report reads well', async () => {
    const html = await buildSidebarHtml();
    const p = await session.browser.context.newPage();
    await p.setViewportSize({ width: 300, height: 700 });
    const stub = `
      window.google = { script: { run: (function make(h) { return new Proxy({}, { get(_, fn) {
        if (fn === 'withSuccessHandler') return (f) => make({ ...h, ok: f });
        if (fn === 'withFailureHandler') return (f) => make({ ...h, fail: f });
        return () => setTimeout(() => h.ok(window.answers[fn]), 50);
      } }); })({}) } };
      window.answers = {
        sidebarState: { ok: true, unitName: null, hasList: false, backendConfigured: false, lastCheck: null, autorun: false, version: '0.1.0' },
        sidebarTemplate: { ok: true, changed: true, lines: ['Đã tạo bảng “Quần chúng”: 40 cột có ghi chú hướng dẫn, dòng tiêu đề cố định, danh sách chọn, ngày dạng dd/mm/yyyy, một dòng ví dụ.', 'Không xóa, không di chuyển cột nào và không sửa giá trị nào bạn đã nhập.'] },
      };`;
    await p.setContent(html.replace('<script>', `<script>${stub}</script><script>`));
    await p.waitForSelector('#template');
    await expect(p.textContent('.empty .big')).resolves.toBe(
      'Chưa có danh sách — bấm Tạo bảng mẫu để bắt đầu.',
    );
    await shot('6-sidebar-empty-state', p);
    await p.evaluate(() => {
      (window as unknown as { answers: Record<string, unknown> }).answers.sidebarState = {
        ok: true,
        unitName: 'Chi bộ Trường THPT Lê Quý Đôn',
        hasList: true,
        backendConfigured: false,
        lastCheck: null,
        autorun: false,
        version: '0.1.0',
      };
    });
    await p.click('#template');
    await p.waitForSelector('.notice.info li');
    await expect(p.textContent('.notice.info strong')).resolves.toBe('Đã tạo bảng mẫu');
    await p.waitForSelector('#check');
    await shot('7-sidebar-after-template', p);
    // nothing remote in the sidebar: every request the session.page made was for itself
    const sizes = { bytes: Buffer.byteLength(html) };
    expect(sizes.bytes).toBeLessThan(40 * 1024);
    expect(await readFile(path.join(ROOT, 'addon/src/client/sidebar.html'), 'utf8')).not.toMatch(
      /https?:\/\//,
    );
    await p.close();
  });
});
