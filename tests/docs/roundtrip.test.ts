/**
 * The real round trip: the .docx the worker renders, names filled in as the add-on does, opened by
 * LibreOffice (Debian's libreoffice-writer, installed by .ci/run) and printed to PDF; pdftotext then
 * finds the title, the figures and the signature block on the pages they belong on.
 *
 * One LibreOffice call converts both documents (a few seconds). Outputs, with PNG renderings of
 * every page (pdftoppm -r 70) to look at, go to test-output/roundtrip/ (gitignored).
 * Without `soffice` the test is skipped on a developer's machine — never in CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/documents/model.ts';
import { fillNames, nameTokensIn } from '../../shared/documents/names.ts';
import { draftPlan } from '../../shared/documents/plan/build.ts';
import { buildReport } from '../../shared/documents/report/build.ts';
import { renderDocx } from '../../worker/src/docx/render.ts';
import {
  communeDocument,
  communePreviousRows,
  communeRows,
  teachersCell,
  teachersCellDocument,
} from '../fixtures/documents/units.ts';
import { available, pdfToPngs, printToPdf } from './print.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'test-output', 'roundtrip');

const haveTools = available('soffice', '--version') && available('pdftotext', '-v');
if (!haveTools) {
  if (process.env.CI)
    throw new Error('LibreOffice (soffice) and poppler-utils (pdftotext) are required in CI');
  console.warn(
    'tests/docs: soffice or pdftotext not found — LibreOffice round trip skipped (apt-get install libreoffice-writer poppler-utils)',
  );
}

/** Fictional names for the fixture's keys, with the characters an XML writer must escape. */
const NAMES: Record<string, string> = {
  'GV-01': 'Phạm Thị Ngọc Ánh',
  'GV-02': 'Vũ Đức Thắng',
  'GV-03': 'Đặng Thu Hà',
  'NV-04': 'Hồ Thị Mỹ Lệ',
  'GV-05': 'K’Thương & Ka Bông',
  'GV-06': 'Trịnh Thị Hằng',
  'GV-07': 'Lương Văn Toản',
  'GV-08': 'Bùi Quốc Việt',
  'DV-01': 'Đinh Thị "Út" Mai',
  'DV-02': 'Ngô Văn Lực',
  'DV-03': 'Tạ Quang Vinh',
  'DV-04': 'Mai Xuân Trường',
  'DV-05': 'Kiều Thị Oanh',
  'DV-06': 'Châu Ngọc Bích',
  secretary: 'Lê Văn Hùng',
};

/** What the add-on does before upload: fill the tokens inside word/document.xml. */
function fillDocx(bytes: ArrayBuffer, names: Record<string, string>): Uint8Array {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = fillNames(strFromU8(files['word/document.xml']!), names);
  expect(nameTokensIn(xml)).toEqual([]);
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

/** The text of each page, whitespace collapsed (a line break inside a phrase does not matter). */
function pages(pdf: string, layout = false): string[] {
  const args = ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), pdf, '-'];
  const text = execFileSync('pdftotext', args, { encoding: 'utf8' });
  return text
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

describe.skipIf(!haveTools)('LibreOffice round trip', () => {
  let plan: string[];
  let report: string[];
  /** the report with the physical layout kept: a table row stays on one line */
  let reportLayout: string[];

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const drafted = draftPlan({ ...teachersCell, document: teachersCellDocument });
    if (!drafted.ok) throw new Error(JSON.stringify(drafted.problems));
    const reportModel: DocumentModel = buildReport({
      rows: communeRows,
      previousRows: communePreviousRows,
      document: { ...communeDocument, signerName: 'Hoàng Minh Đức' },
    });
    writeFileSync(path.join(OUT, 'plan.docx'), fillDocx(await renderDocx(drafted.model), NAMES));
    writeFileSync(path.join(OUT, 'report.docx'), new Uint8Array(await renderDocx(reportModel)));
    printToPdf([path.join(OUT, 'plan.docx'), path.join(OUT, 'report.docx')], OUT, 'roundtrip', 120_000);
    for (const name of ['plan', 'report']) {
      if (available('pdftoppm', '-v')) pdfToPngs(OUT, name);
    }
    plan = pages(path.join(OUT, 'plan.pdf'));
    report = pages(path.join(OUT, 'report.pdf'));
    reportLayout = pages(path.join(OUT, 'report.pdf'), true);
  }, 150_000);

  it('converts both documents, with PNGs of every page to look at', () => {
    const files = readdirSync(OUT);
    expect(files).toEqual(expect.arrayContaining(['plan.pdf', 'report.pdf']));
    expect(files.filter((f) => f.endsWith('.png')).length).toBe(plan.length + report.length);
  });

  it('prints the plan header and title on page 1, without a page number', () => {
    const first = plan[0]!;
    for (const s of [
      'ĐẢNG BỘ XÃ SƠN HÀ',
      'CHI BỘ TRƯỜNG TIỂU HỌC',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 03-KH/CB',
      'Sơn Hà, ngày 05 tháng 01 năm 2026',
      'KẾ HOẠCH',
      'phát triển đảng viên năm 2026',
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
    ]) {
      expect(first).toContain(s);
    }
    expect(first).not.toMatch(/^1 /);
    expect(plan.length).toBeGreaterThan(1);
    plan.slice(1).forEach((page, i) => {
      expect(page.startsWith(`${i + 2} `), `page ${i + 2} starts with its number`).toBe(true);
    });
  });

  it('prints the figures and the filled names', () => {
    const all = plan.join(' ');
    expect(all).toContain('phấn đấu kết nạp 06 đảng viên trong năm 2026');
    expect(all).toContain('cử 04 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng');
    expect(all).toContain('03 đảng viên dự bị hết 12 tháng dự bị trong năm (tháng 03, tháng 04 và tháng 09)');
    expect(all).toContain('Phạm Thị Ngọc Ánh');
    expect(all).toContain('Đinh Thị "Út" Mai');
    expect(all).toContain('K’Thương & Ka Bông');
    expect(all).not.toContain('{{ten:');
  });

  it('prints "Nơi nhận" beside the signature block on the last page', () => {
    const last = plan[plan.length - 1]!;
    for (const s of ['Nơi nhận:', '- Lưu Chi bộ.', 'T/M CHI BỘ', 'BÍ THƯ', 'Lê Văn Hùng'])
      expect(last).toContain(s);
  });

  it('prints the report with its totals and signature', () => {
    const first = report[0]!;
    for (const s of [
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      'ĐẢNG ỦY XÃ TÂN PHÚ',
      'BÁO CÁO',
      'Số 12-BC/ĐU',
      'Tân Phú, ngày 06 tháng 07 năm 2026',
    ]) {
      expect(first).toContain(s);
    }
    const all = report.join(' ');
    expect(all).toContain(
      'Trong 6 tháng đầu năm 2026, các tổ chức đảng đã kết nạp 14 đảng viên, đạt 127,3% chỉ tiêu',
    );
    expect(all).toContain('Số liệu tổng hợp: 05/05 chi bộ đã báo cáo.');
    for (const s of ['CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 'HẠN CHẾ VÀ NGUYÊN NHÂN', 'ĐỀ XUẤT, KIẾN NGHỊ']) {
      expect(all).toContain(s);
    }
    expect(all).toContain('đã kết nạp 18 đảng viên');
    // Table 1's totals row, on one line with its figures
    expect(reportLayout.join('\n')).toMatch(/Tổng cộng 04 11 14 127,3%/);
    // Table 2's (admitted, students, women, ethnic minority, religion, Youth Union)
    expect(reportLayout.join('\n')).toMatch(/Tổng cộng 14 14 08 04 03 13/);
    expect(all).toContain('03 người theo tôn giáo và 13 đoàn viên thanh niên');
    const last = report[report.length - 1]!;
    for (const s of ['Nơi nhận:', 'T/M ĐẢNG ỦY', 'BÍ THƯ', 'Hoàng Minh Đức']) expect(last).toContain(s);
  });

  it('fills page 1 of the report: the results paragraph stays under its heading, the page breaks before Bảng 1', () => {
    // It was kept with Bảng 1 (and its heading with it), leaving page 1 half empty.
    const first = report[0]!;
    expect(first).toContain('1. Kết nạp đảng viên Năm 2026, các tổ chức đảng trực thuộc được giao chỉ tiêu');
    // no date cut in a table column ("31/12/20" above "26")
    expect(reportLayout.join('\n')).not.toMatch(/\b\d{2}\/\d{2}\/\d{2,3}(?!\d)/);
    // a heading never ends a page: the words after each heading are on its page
    for (const page of report) expect(page).not.toMatch(/(Kết nạp đảng viên|KẾT QUẢ)$/);
  });
});
