/**
 * Prints every document the fixtures produce, as a reader sees them: .docx (names filled in as the
 * add-on does) → PDF (LibreOffice) → PNG per page (pdftoppm -r 70), into test-output/print/.
 * `npm run docs:print`, then look at the PNGs. Needs libreoffice-writer and poppler-utils.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type DocumentModel, nameKeys } from '../shared/documents/model.ts';
import { fillNames } from '../shared/documents/names.ts';
import { GUESTS_KEY } from '../shared/documents/papers/read.ts';
import { guestsText, readGuests } from '../shared/meeting/guests.ts';
import { pdfToPngs, printToPdf } from '../tests/docs/print.ts';
import { fixtureDocuments } from '../tests/fixtures/documents/all.ts';
import { MEETING_NAMES } from '../tests/fixtures/meeting.ts';
import { renderDocx } from '../worker/src/docx/render.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test-output', 'print');

/** Fictional names, one per key, so the pages read like the real thing. */
const GIVEN = [
  'Phạm Thị Ngọc Ánh',
  'Vũ Đức Thắng',
  'Đặng Thu Hà',
  'Hồ Thị Mỹ Lệ',
  'Lương Văn Toản',
  'Bùi Quốc Việt',
  'Trịnh Thị Hằng',
  'K’Thương Ka Bông',
  'Ngô Văn Lực',
  'Mai Xuân Trường',
  'Kiều Thị Oanh',
  'Tạ Quang Vinh',
  'Đinh Thị Mai',
  'Lê Văn Hùng',
];
const GUEST = 'Lâm Thị Thu Trang, Phó Bí thư Đảng ủy xã Đạ Đờn';

function fictionalNames(model: DocumentModel): Record<string, string> {
  const names: Record<string, string> = {};
  nameKeys(model).forEach((key, i) => {
    names[key] =
      `${GIVEN[i % GIVEN.length]}${i >= GIVEN.length ? ` ${Math.floor(i / GIVEN.length) + 1}` : ''}`;
  });
  // The meeting papers: the fixture's own names, so the secretary who signs is the one who chaired,
  // as the fixture has it, and every paper of the meeting names the same people.
  if (model.kind !== 'plan' && model.kind !== 'report') {
    for (const key of nameKeys(model)) if (MEETING_NAMES[key]) names[key] = MEETING_NAMES[key];
  }
  // the guests as the add-on writes the sheet's "Khách mời" cell: each with their post
  if (GUESTS_KEY in names) names[GUESTS_KEY] = guestsText(readGuests(GUEST));
  return names;
}

async function docx(model: DocumentModel): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await renderDocx(model)));
  files['word/document.xml'] = strToU8(
    fillNames(strFromU8(files['word/document.xml']!), fictionalNames(model)),
  );
  return zipSync(files);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const docs = fixtureDocuments();
  const paths: string[] = [];
  for (const [name, model] of Object.entries(docs)) {
    const file = path.join(OUT, `${name}.docx`);
    writeFileSync(file, await docx(model));
    paths.push(file);
  }
  printToPdf(paths, OUT, 'print');
  for (const name of Object.keys(docs)) pdfToPngs(OUT, name);
  console.log(`printed ${Object.keys(docs).length} documents to ${OUT}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
