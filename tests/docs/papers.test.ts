/**
 * The meeting papers through LibreOffice: every kind rendered by the worker's renderer, the names
 * filled in by the add-on's own code (fillDocxBytes), printed to PDF in one soffice call; pdftotext
 * finds the header, the figures, the names and the signatures. PNGs of every page (pdftoppm -r 70)
 * go to test-output/papers/ to be looked at. Skipped without soffice on a developer's machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillDocxBytes } from '../../addon/src/server/documents/docxBytes.ts';
import { draftPaper } from '../../shared/documents/papers/build.ts';
import { renderDocx } from '../../worker/src/docx/render.ts';
import { MEETING_NAMES, meetingBody, PAPER_TARGETS } from '../fixtures/meeting.ts';
import { available, pdfToPngs, printToPdf } from './print.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'test-output', 'papers');
const haveTools = available('soffice', '--version') && available('pdftotext', '-v');
if (!haveTools && process.env.CI)
  throw new Error('LibreOffice (soffice) and poppler-utils are required in CI');

const KINDS = Object.keys(PAPER_TARGETS);

function pages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

describe.skipIf(!haveTools)('the meeting papers through LibreOffice', () => {
  const printed: Record<string, string[]> = {};

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const kind of KINDS) {
      const out = draftPaper(kind, meetingBody(PAPER_TARGETS[kind]));
      if (!out.ok) throw new Error(`${kind}: ${JSON.stringify(out)}`);
      const filled = fillDocxBytes(new Uint8Array(await renderDocx(out.model)), MEETING_NAMES);
      if (!filled.ok) throw new Error(`${kind}: not a docx`);
      expect(filled.unnamed).toEqual([]);
      writeFileSync(path.join(OUT, `${kind}.docx`), filled.bytes);
    }
    printToPdf(
      KINDS.map((k) => path.join(OUT, `${k}.docx`)),
      OUT,
      'papers',
    );
    for (const kind of KINDS) {
      if (available('pdftoppm', '-v')) pdfToPngs(OUT, kind);
      printed[kind] = pages(path.join(OUT, `${kind}.pdf`));
    }
  }, 240_000);

  it('opens every kind, with a PNG of every page', () => {
    const files = readdirSync(OUT);
    for (const kind of KINDS) expect(files).toContain(`${kind}.pdf`);
    const pngs = files.filter((f) => f.endsWith('.png')).length;
    expect(pngs).toBe(KINDS.reduce((n, k) => n + printed[k]!.length, 0));
  });

  it('prints the header, the basis and the signature of each resolution, names filled in', () => {
    // each with the number the cell gave it (tests/fixtures/meeting.ts), none printed twice
    for (const [kind, number] of [
      ['admission-resolution', 'Số 07-NQ/CB'],
      ['recognition-resolution', 'Số 08-NQ/CB'],
      ['helper-assignment', 'Số 09-NQ/CB'],
      ['sympathizer-list', 'Số 10-NQ/CB'],
    ] as const) {
      const all = printed[kind]!.join(' ');
      for (const s of [
        'ĐẢNG BỘ XÃ ĐẠ ĐỜN',
        'CHI BỘ TRƯỜNG THPT LÊ QUÝ ĐÔN',
        number,
        'NGHỊ QUYẾT',
        'T/M CHI BỘ',
        'BÍ THƯ',
        'Nguyễn Văn An',
      ])
        expect(all, `${kind}: ${s}`).toContain(s);
      expect(all).not.toContain('{{ten:');
    }
    const admission = printed['admission-resolution']!.join(' ');
    expect(admission).toContain('Căn cứ Điều 4 Điều lệ Đảng Cộng sản Việt Nam;');
    expect(admission).toContain('Đinh Thị Lan');
    expect(admission).toContain('05 đồng chí, trên tổng số 06 đảng viên chính thức');
    expect(admission).toContain('đạt 83,3%');
    expect(printed['recognition-resolution']!.join(' ')).toContain(
      'Ngô Văn Khoa là đảng viên chính thức kể từ ngày 20/02/2026',
    );
  });

  it('prints the minutes signed by the note-taker and the chair, without "Nơi nhận"', () => {
    const minutes = printed['minutes-extract']!;
    const last = minutes[minutes.length - 1]!;
    for (const s of ['THƯ KÝ', 'CHỦ TRÌ', 'Phạm Thị Dung', 'Nguyễn Văn An']) expect(last).toContain(s);
    expect(minutes.join(' ')).not.toContain('Nơi nhận');
    expect(minutes.join(' ')).toContain('Vắng có lý do: đồng chí Vũ Thị Giang (đi công tác).');
    expect(minutes.join(' ')).toContain(
      'Khách mời: đồng chí Lâm Thị Thu Trang, Phó Bí thư Đảng ủy xã Đạ Đờn.',
    );
  });
});
