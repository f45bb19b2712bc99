/**
 * "The preview is a sheet" (ux.md) in Chromium: headers typed over, rows added and deleted, a
 * column added, a phone number typed over a date — each followed by a check that must finish.
 */
import { describe, expect, test } from 'vitest';
import { available, useBrowser } from './harness.ts';

describe.skipIf(!available)('the preview is a sheet, in Chromium', () => {
  const session = useBrowser();
  const { sidebar, shot } = session;

  test('the preview is a sheet: headers, added and deleted rows, an added column, a phone number over a date', async () => {
    await session.page.goto(session.browser.previewUrl);
    await session.page.selectOption('#account', 'secretary');
    await session.page.waitForSelector('table.sheet td:text("Nguyễn Minh Anh")');
    let frame = await sidebar();
    await frame.waitForSelector('#check');
    frame = await sidebar();
    const cell = (row: number, col: number) =>
      session.page.locator(`table.sheet tr[data-row="${row}"] td[data-col="${col}"]`);
    const headerColumn = async (name: string) =>
      (
        await session.page.$$eval('table.sheet tr[data-row="1"] td', (tds) => tds.map((td) => td.textContent))
      ).indexOf(name) + 1;
    const type = async (row: number, col: number, text: string) => {
      await cell(row, col).dblclick();
      await session.page.keyboard.press('Control+A');
      await session.page.keyboard.type(text);
      await session.page.keyboard.press('Enter');
      await session.page.waitForSelector('input.editor', { state: 'detached' });
      await expect.poll(() => cell(row, col).textContent(), { timeout: 30_000 }).not.toBe('');
    };
    const check = async () => {
      await frame.click('#check');
      await frame.waitForSelector('section.people', { timeout: 30_000 });
      await frame.waitForFunction(() => !document.querySelector('.progress'));
      // a check that failed leaves the previous result on screen under its error: never count that
      await expect(frame.locator('.notice.error').count()).resolves.toBe(0);
    };
    const counted = async () =>
      (await frame.$$eval('.tile .count', (els) => els.map((e) => Number(e.textContent)))).reduce(
        (a, b) => a + b,
        0,
      );
    const birth = await headerColumn('Ngày sinh');
    const name = await headerColumn('Họ và tên');
    expect(birth).toBeGreaterThan(0);
    expect(name).toBeGreaterThan(0);
    await check();
    const before = await counted();
    const anh = () => frame.textContent('.card:has-text("Nguyễn Minh Anh")');
    await expect(anh()).resolves.toMatch(/chưa đủ 18 tuổi/);

    // a header renamed to one that still names the column: read as before
    await type(1, birth, 'Ngày sinh quần chúng');
    await expect(cell(1, birth).textContent()).resolves.toBe('Ngày sinh quần chúng');
    await check();
    await expect(anh()).resolves.toMatch(/chưa đủ 18 tuổi/);
    await expect.poll(counted, { timeout: 30_000 }).toBe(before);
    // a misspelt header: the fix at the top of the sidebar
    await type(1, birth, 'Ngày snh');
    await check();
    await expect
      .poll(() => frame.textContent('.notice'), { timeout: 30_000 })
      .toContain('“Ngày snh” có phải “Ngày sinh”?');
    await type(1, birth, 'Ngày sinh');
    await check();
    await expect
      .poll(() => frame.locator('.notice', { hasText: 'có phải' }).count(), { timeout: 30_000 })
      .toBe(0);

    // a new row with a name and a birth date: one more person after the check
    const rows = await session.page.locator('table.sheet tbody tr').count();
    await session.page.click('button.add-row');
    await expect
      .poll(() => session.page.locator('table.sheet tbody tr').count(), { timeout: 30_000 })
      .toBe(rows + 1);
    const added = rows + 1;
    await type(added, name, 'Hoàng Thị Mai');
    await type(added, birth, '12/03/2004');
    await expect(cell(added, birth).textContent()).resolves.toBe('12/03/2004');
    await check();
    await expect.poll(counted, { timeout: 30_000 }).toBe(before + 1);
    await expect
      .poll(() => frame.locator('.card', { hasText: 'Hoàng Thị Mai' }).count(), { timeout: 30_000 })
      .toBe(1);
    // an added column, named by a double click on its header cell: kept, not read
    await session.page.click('button.add-column');
    const columns = await session.page.locator('table.sheet tr[data-row="1"] td').count();
    await type(1, columns, 'Ghi chú riêng');
    await type(added, columns, 'đã gặp');
    await shot('12-preview-sheet-edits');
    await check();
    await expect.poll(counted, { timeout: 30_000 }).toBe(before + 1);
    // deleting that row: one fewer again
    await session.page.locator(`table.sheet tr[data-row="${added}"] button.row-delete`).click();
    await session.page.waitForSelector('table.sheet td:text("Hoàng Thị Mai")', { state: 'detached' });
    await check();
    await expect.poll(counted, { timeout: 30_000 }).toBe(before);
    await expect(frame.locator('.card', { hasText: 'Hoàng Thị Mai' }).count()).resolves.toBe(0);

    // a phone number typed over a filled date cell: shown as the number, the check finishes with a note
    const row = Number(
      await session.page.locator('table.sheet tr', { hasText: 'Nguyễn Minh Anh' }).getAttribute('data-row'),
    );
    await type(row, birth, '0912345678');
    await expect(cell(row, birth).textContent()).resolves.toMatch(/912345678/);
    await check();
    await expect(frame.locator('.card', { hasText: 'Nguyễn Minh Anh' }).count()).resolves.toBe(1);
    await expect.poll(() => cell(row, birth).getAttribute('data-note'), { timeout: 30_000 }).toMatch(/ngày/);
    await expect(frame.locator('body', { hasText: 'Invalid time value' }).count()).resolves.toBe(0);
  });
});
