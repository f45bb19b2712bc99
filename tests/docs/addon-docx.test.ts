/**
 * The .docx the add-on uploads — names filled in by the add-on's own code (Utilities.unzip, the
 * XML parts, Utilities.zip, here the fake's) and taken from the fake Drive's record of the
 * multipart upload — opens in LibreOffice: the header table, the title, the names with their
 * quotes and ampersands, the signature block. PDF and PNGs go to test-output/addon-docx/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UNIT, demoWorkbook } from '../../addon/preview/demo.ts';
import type { DocumentResult } from '../../addon/src/common/model.ts';
import { FakeBackend, withDocx } from '../addon/backend.ts';
import { BACKEND, demo, TODAY } from '../addon/fixtures.ts';
import { available, pdfToPngs, printToPdf } from './print.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'test-output', 'addon-docx');
const haveTools = available('soffice', '--version') && available('pdftotext', '-v');
if (!haveTools && process.env.CI) throw new Error('LibreOffice and pdftotext are required in CI');

const ODD = 'Đinh Thị "Út" Mai & K’Thương';

describe.skipIf(!haveTools)('the .docx the add-on uploads, in LibreOffice', () => {
  let text = '';
  let pages: string[] = [];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const tabs = demoWorkbook(TODAY, BACKEND);
    const members = tabs.find((t) => t.name === 'Đảng viên')!;
    const candidates = tabs.find((t) => t.name === 'Quần chúng')!;
    const old = members.rows[1]![1] as string;
    members.rows[1]![1] = ODD;
    for (const row of candidates.rows) for (let c = 0; c < row.length; c++) if (row[c] === old) row[c] = ODD;
    const backend = new FakeBackend().unit(DEMO_UNIT.id, DEMO_UNIT.name);
    const s = demo({ tabs, fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` } });
    const input = { year: 2026, number: '05', date: '20/11/2026', signer: 'Lê Văn "Hùng" & Co' };
    const r = (await withDocx(
      backend,
      () => s.addon.sidebarPlan(input),
      () => undefined,
    )) as DocumentResult;
    if (!r.ok || r.doc === null) throw new Error(JSON.stringify(r));
    const file = s.fake.drive.files.at(-1)!;
    writeFileSync(path.join(OUT, 'plan.docx'), file.media);
    printToPdf([path.join(OUT, 'plan.docx')], OUT, 'addon', 120_000);
    if (available('pdftoppm', '-v')) pdfToPngs(OUT, 'plan', 60);
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(OUT, 'plan.pdf'), '-'], {
      encoding: 'utf8',
    });
    pages = text
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  }, 150_000);

  it('opens, with the official header and title on page 1', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const s of [
      'ĐẢNG BỘ XÃ ĐINH VĂN',
      'CHI BỘ TRƯỜNG THPT LÊ QUÝ ĐÔN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 05-KH/CB',
      'Lâm Hà, ngày 20 tháng 11 năm 2026',
      'KẾ HOẠCH',
    ])
      expect(pages[0]).toContain(s);
  });

  it('prints the names filled in by the add-on, quotes and ampersands as typed', () => {
    const all = pages.join(' ');
    expect(all).toContain('Nguyễn Minh Anh');
    expect(all).toContain(ODD);
    expect(all).not.toContain('{{ten:');
    expect(all).not.toContain('&amp;');
    const last = pages[pages.length - 1]!;
    for (const s of ['Nơi nhận:', 'T/M CHI BỘ', 'BÍ THƯ', 'Lê Văn "Hùng" & Co']) expect(last).toContain(s);
  });
});
