/**
 * The preview's documents in Chromium: the plan, the meeting's papers, the report sent up, and the
 * superior's account (the Tổng hợp tab with its chart, targets, the superior's report). Each
 * drafted .docx is held to the wording rules; screenshots go to test-output/browser/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { textProblems } from '../../shared/documents/wordingCheck.ts';
import { available, docxParagraphs, OUT, useBrowser } from './harness.ts';

describe.skipIf(!available)('the preview drafts and sends, in Chromium', () => {
  const session = useBrowser();
  const { sidebar, shot } = session;

  beforeAll(async () => {
    const page = session.page;
    // as a secretary starts: the preview opened and the list checked once
    await page.goto(session.browser.previewUrl);
    await page.waitForSelector('table.sheet td:text("Nguyễn Minh Anh")');
    const frame = await sidebar();
    await frame.waitForSelector('#check');
    await frame.click('#check');
    await frame.waitForSelector('section.people', { timeout: 30_000 });
    await frame.waitForFunction(() => !document.querySelector('.progress'));
  }, 90_000);

  test('"Soạn kế hoạch": the form prefilled, the plan drafted, its HTML shown, the .docx downloadable; a re-run is bản 2', async () => {
    const frame = await sidebar();
    const started = Date.now();
    await frame.click('#plan-open');
    await frame.waitForSelector('#plan-form');
    await expect(frame.inputValue('#plan-signer')).resolves.toBe('Nguyễn Thị Hương');
    await expect(frame.inputValue('#plan-date')).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await frame.fill('#plan-number', '05-KH/CB');
    await frame.click('#plan-run');
    await frame.waitForSelector('#plan-result', { timeout: 30_000 });
    // the preview has no Google Drive: the fake Drive keeps the .docx, offered as a download
    const link = frame.locator('#plan-result a.doc-link');
    await expect(link.textContent()).resolves.toBe('Tải tệp .docx (bản xem thử không có Google Drive)');
    const preview = frame.frameLocator('#plan-result iframe.doc-preview');
    await expect(preview.locator('.ptdv-type').textContent()).resolves.toBe('KẾ HOẠCH');
    await expect(preview.locator('body').textContent()).resolves.toContain('Nguyễn Minh Anh');
    await expect(preview.locator('body').textContent()).resolves.not.toContain('{{ten:');
    const [download] = await Promise.all([session.page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // the demo's plan as a secretary receives it: kept to print and read, and held to the wording rules
    await writeFile(path.join(OUT, 'demo-plan.docx'), bytes);
    expect(textProblems(docxParagraphs(bytes))).toEqual([]);
    expect(download.suggestedFilename()).toMatch(
      /^Kế hoạch phát triển đảng viên năm \d{4} — Chi bộ Trường THPT Lê Quý Đôn\.docx$/,
    );
    await session.page.setViewportSize({ width: 1440, height: 1500 });
    await session.page.locator('.sidebar-pane').screenshot({ path: path.join(OUT, '8-plan-drafted.png') });
    await session.page.setViewportSize({ width: 1440, height: 900 });
    // full size: a dialog over the spreadsheet
    await frame.click('#plan-result-full');
    await session.page.waitForSelector('.dialog-overlay:not([hidden]) iframe.dialog-body');
    await expect(
      session.page.frameLocator('iframe.dialog-body').locator('.ptdv-type').textContent(),
    ).resolves.toBe('KẾ HOẠCH');
    await shot('8b-plan-full-size');
    await session.page.click('.dialog-close');
    await session.page.waitForSelector('.dialog-overlay', { state: 'hidden' });
    await frame.click('#plan-run');
    await frame.waitForFunction(() => document.querySelector('#plan-result')?.textContent?.includes('bản 2'));
    await expect(frame.textContent('#plan-result')).resolves.toContain('Đã tạo bản 2; bản 1 vẫn giữ nguyên.');
    console.log(`[browser] plan drafted twice in ${Date.now() - started} ms`);
  });

  test('"Văn bản cuộc họp": a meeting’s papers listed before drafting, drafted by the worker, each .docx downloadable', async () => {
    const frame = await sidebar();
    const started = Date.now();
    await frame.click('#papers-open');
    await frame.waitForSelector('#papers-form #papers-list');
    // the latest meeting is chosen: Cao Thị Loan's recognition and the minutes
    await expect(frame.textContent('#papers-list')).resolves.toContain('Cao Thị Loan');
    // a resolution's number is left to write by hand, and the form says so before it is looked for
    await expect(frame.textContent('#papers-number-hint')).resolves.toContain('mỗi nghị quyết một số');
    await frame.selectOption('#papers-meeting', { index: 0 });
    await frame.waitForFunction(() =>
      document.querySelector('#papers-list')?.textContent?.includes('Bùi Đức Minh'),
    );
    const items = await frame.locator('#papers-list li').allTextContents();
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('Nghị quyết đề nghị kết nạp đảng viên (mẫu 6-KNĐ)');
    for (const item of items) expect(item.startsWith('✓')).toBe(true);
    await expect(frame.textContent('#papers-run')).resolves.toBe('Soạn 4 văn bản');
    await frame.click('#papers-run');
    await frame.waitForSelector('#papers-result .paper-doc', { timeout: 60_000 });
    const links = frame.locator('#papers-result a.doc-link');
    await expect(links.count()).resolves.toBe(4);
    const [download] = await Promise.all([session.page.waitForEvent('download'), links.first().click()]);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(download.suggestedFilename()).toMatch(
      /^Nghị quyết đề nghị kết nạp đảng viên — Bùi Đức Minh — họp ngày /,
    );
    await session.page.setViewportSize({ width: 1440, height: 1600 });
    await session.page.locator('.sidebar-pane').screenshot({ path: path.join(OUT, '8c-meeting-papers.png') });
    await session.page.setViewportSize({ width: 1440, height: 900 });
    // each paper's content, rendered from the model the worker answered, names filled in here
    await frame.locator('#paper-doc-0 button.link').click();
    await session.page.waitForSelector('.dialog-overlay:not([hidden]) iframe.dialog-body');
    const paper = session.page.frameLocator('iframe.dialog-body').locator('body');
    await expect(paper.textContent()).resolves.toContain('Bùi Đức Minh');
    await expect(paper.textContent()).resolves.not.toContain('{{ten:');
    await shot('8d-meeting-paper-full-size');
    await session.page.click('.dialog-close');
    await session.page.waitForSelector('.dialog-overlay', { state: 'hidden' });
    console.log(`[browser] a meeting's four papers drafted in ${Date.now() - started} ms`);
  });

  test('"Gửi báo cáo": figures only and the revision; sending again is harmless; the superior’s panel explains itself to a secretary', async () => {
    const frame = await sidebar();
    await frame.click('#report-open');
    await frame.waitForSelector('#report-form');
    await frame.click('#report-run');
    await frame.waitForSelector('#report-result', { timeout: 20_000 });
    await expect(frame.textContent('#report-result .notice strong')).resolves.toMatch(
      /^Đã gửi — lần nộp số \d+$/,
    );
    const figures = await frame.$$eval('#report-result table.figures td:first-child', (tds) =>
      tds.map((t) => t.textContent),
    );
    expect(figures[0]).toBe('Kết nạp đảng viên trong năm');
    await frame.click('#report-run');
    await frame.waitForFunction(() =>
      document.querySelector('#report-result strong')?.textContent?.startsWith('Số liệu không đổi'),
    );
    await frame.click('#superior-toggle');
    await frame.waitForSelector('#superior .notice');
    await expect(frame.textContent('#superior .notice strong')).resolves.toBe(
      'Chức năng dành cho cấp ủy cấp trên',
    );
    await expect(frame.textContent('#superior .notice p')).resolves.toContain(
      'bithu@example.org là bí thư Chi bộ Trường THPT Lê Quý Đôn',
    );
    await session.page.setViewportSize({ width: 1440, height: 1400 });
    await session.page.locator('.sidebar-pane').screenshot({ path: path.join(OUT, '9-report-sent.png') });
    await session.page.setViewportSize({ width: 1440, height: 900 });
  });

  test('the superior’s account: "Tổng hợp các chi bộ" writes the tab with its chart; targets and the report', async () => {
    await session.page.selectOption('#account', 'superior');
    await session.page.waitForFunction(
      () => document.getElementById('status')?.dataset.account === 'superior',
    );
    await expect(session.page.textContent('#status')).resolves.toContain('bantochuc@example.org');
    const frame = await sidebar();
    await frame.waitForSelector('#superior-toggle');
    await frame.click('#superior-toggle');
    await frame.waitForSelector('#aggregate-run', { timeout: 20_000 });
    await expect(frame.textContent('#superior .small.muted')).resolves.toBe(
      'Đảng bộ xã Đinh Văn · bantochuc@example.org',
    );
    await frame.click('#aggregate-run');
    await frame.waitForSelector('#aggregate-result', { timeout: 20_000 });
    // the cell's report sent above, and the three seeded: 4 of 5 schools
    await expect(frame.textContent('#aggregate-result')).resolves.toContain('4/5 đơn vị đã báo cáo');
    await expect(frame.textContent('#aggregate-result')).resolves.toContain(
      'Chưa báo cáo: Chi bộ Trường THPT Nguyễn Du.',
    );
    await session.page.waitForSelector('.tabs .tab.current:text("Tổng hợp")');
    const rows = await session.page.$$eval('table.sheet tbody tr', (trs) =>
      trs.map((tr) => tr.querySelector('td')?.textContent ?? ''),
    );
    expect(rows).toEqual(
      expect.arrayContaining(['Chi bộ Trường THPT Lê Quý Đôn', 'Chi bộ Trường THPT Nguyễn Du', 'Tổng cộng']),
    );
    const chart = session.page.locator('.grid .chart svg');
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /^Kết nạp đảng viên năm \d{4} so với chỉ tiêu$/,
    );
    expect(await chart.locator('rect[fill="#188038"]').count()).toBeGreaterThanOrEqual(3);
    const amber = await session.page.$$eval(
      'table.sheet td',
      (tds) => tds.filter((td) => getComputedStyle(td).backgroundColor === 'rgb(252, 232, 178)').length,
    );
    expect(amber).toBeGreaterThan(0);
    // Where Sheets puts it: its top on the anchor row (the header row, "Đơn vị"), not over row 1
    // or the column letters, and over no cell that holds something.
    const placed = await session.page.evaluate(() => {
      const box = document.querySelector('.grid .chart')!.getBoundingClientRect();
      const header = [...document.querySelectorAll('table.sheet tr')].find(
        (tr) => tr.querySelector('td')?.textContent === 'Đơn vị',
      )!;
      const covered = [...document.querySelectorAll('table.sheet td')]
        .filter((td) => {
          const r = td.getBoundingClientRect();
          const apart =
            r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
          return !apart && (td.textContent ?? '').trim() !== '';
        })
        .map((td) => td.textContent);
      return { offset: box.top - header.getBoundingClientRect().top, covered };
    });
    expect(Math.abs(placed.offset)).toBeLessThanOrEqual(1);
    expect(placed.covered).toEqual([]);
    await shot('10-superior-aggregate');
    await session.page.locator('.grid .chart').screenshot({ path: path.join(OUT, '10b-superior-chart.png') });
    await frame.click('#targets-run');
    await frame.waitForSelector('#targets-result', { timeout: 20_000 });
    await expect(frame.textContent('#targets-result strong')).resolves.toBe('Đã tạo bảng “Giao chỉ tiêu”');
    await frame.click('#superior-report-open');
    await frame.fill('#sr-superior', 'Tỉnh ủy Lâm Đồng');
    await frame.fill('#sr-signer', 'Trần Văn Bình');
    await frame.click('#sr-run');
    await frame.waitForSelector('#superior-report-result', { timeout: 30_000 });
    const report = frame.frameLocator('#superior-report-result iframe.doc-preview');
    await expect(report.locator('.ptdv-type').textContent()).resolves.toBe('BÁO CÁO');
    await expect(report.locator('body').textContent()).resolves.toContain('Trần Văn Bình');
    const reportBlocks = await report.locator('p, li, td, th, h2, h3').allTextContents();
    expect(textProblems(reportBlocks)).toEqual([]);
    const reportLink = frame.locator('#superior-report-result a.doc-link');
    if ((await reportLink.count()) > 0) {
      const [download] = await Promise.all([session.page.waitForEvent('download'), reportLink.click()]);
      const bytes = await readFile(await download.path());
      await writeFile(path.join(OUT, 'demo-report.docx'), bytes);
      expect(textProblems(docxParagraphs(bytes))).toEqual([]);
    }
    await session.page.setViewportSize({ width: 1440, height: 1700 });
    await session.page
      .locator('.sidebar-pane')
      .screenshot({ path: path.join(OUT, '11-superior-sidebar.png') });
    await session.page.setViewportSize({ width: 1440, height: 900 });
  });
});
