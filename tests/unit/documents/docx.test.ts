/**
 * Structural tests of the .docx: unzip it (fflate, which docx itself uses) and read the XML.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillNames, nameToken, nameTokensIn } from '../../../shared/documents/names.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import { renderDocx } from '../../../worker/src/docx/render.ts';
import { wantsDocx } from '../../../worker/src/docx/respond.ts';
import {
  communeDocument,
  communePreviousRows,
  communeRows,
  teachersCell,
  teachersCellDocument,
} from '../../fixtures/documents/units.ts';
import { plan } from './helpers.ts';

type Files = Record<string, string>;

async function unpack(buffer: ArrayBuffer): Promise<Files> {
  const files = unzipSync(new Uint8Array(buffer));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The first element `<tag …>…</tag>` (or self-closing) of an XML string. */
function element(xml: string, tag: string, from = 0): string {
  const start = xml.indexOf(`<${tag}`, from);
  if (start < 0) throw new Error(`no <${tag}>`);
  const selfClose = xml.indexOf('/>', start);
  const open = xml.indexOf('>', start);
  if (selfClose >= 0 && selfClose < open + 1 && selfClose === open - 1) return xml.slice(start, open + 1);
  const end = xml.indexOf(`</${tag}>`, start);
  return xml.slice(start, end + tag.length + 3);
}

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

describe('the plan as .docx', () => {
  let files: Files;
  let doc: string;
  beforeAll(async () => {
    files = await unpack(await renderDocx(plan({ ...teachersCell, document: teachersCellDocument })));
    doc = files['word/document.xml']!;
  });

  it('is a Word document', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
      ]),
    );
  });

  it('is A4 with the margins of Hướng dẫn 36 and page numbers from page 2', () => {
    const sect = element(doc, 'w:sectPr');
    const size = element(sect, 'w:pgSz');
    expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
    const margin = element(sect, 'w:pgMar');
    // 20 mm top and bottom, 30 mm left, 15 mm right (1 mm = 56.7 twips)
    expect(attr(margin, 'w:top')).toBe('1134');
    expect(attr(margin, 'w:bottom')).toBe('1134');
    expect(attr(margin, 'w:left')).toBe('1701');
    expect(attr(margin, 'w:right')).toBe('850');
    expect(sect).toContain('<w:titlePg/>');
    const headerRefs = sect.match(/<w:headerReference [^>]*>/g) ?? [];
    expect(headerRefs.map((h) => attr(h, 'w:type')).sort()).toEqual(['default', 'first']);
    const headers = Object.entries(files).filter(([n]) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.some(([, xml]) => /PAGE/.test(xml) && /<w:jc w:val="center"\/>/.test(xml))).toBe(true);
  });

  it('sets Times New Roman 14 pt and real heading and list styles', () => {
    const styles = files['word/styles.xml']!;
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(element(styles, 'w:docDefaults')).toContain('<w:sz w:val="28"/>');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'PtdvList', 'PtdvTableText']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="PtdvList"/>');
    const numbering = files['word/numbering.xml']!;
    expect(numbering).toContain('<w:lvlText w:val="-"/>');
    expect(numbering).toContain('<w:lvlText w:val="+"/>');
    expect(doc).toContain('<w:numPr>');
  });

  it('opens with the borderless two-column header table', () => {
    const firstTable = element(doc, 'w:tbl');
    expect(doc.indexOf('<w:tbl>')).toBeLessThan(doc.indexOf('KẾ HOẠCH'));
    expect(element(firstTable, 'w:tblBorders')).toContain('w:val="none"');
    expect(element(firstTable, 'w:tblBorders')).not.toMatch(/w:val="single"/);
    expect(firstTable.match(/<w:gridCol /g)).toHaveLength(2);
    expect(firstTable).toContain('ĐẢNG BỘ XÃ SƠN HÀ');
    // the long name broken between words, by a line break inside its paragraph
    expect(firstTable).toContain('>CHI BỘ TRƯỜNG TIỂU HỌC</w:t></w:r><w:r><w:rPr><w:b/>');
    expect(firstTable).toMatch(/<w:br\/><w:t xml:space="preserve">VÀ THCS SƠN HÀ</);
    expect(firstTable).toContain('>*<');
    expect(firstTable).toContain('Số 03-KH/CB');
    expect(firstTable).toContain('Sơn Hà, ngày 05 tháng 01 năm 2026');
    // the party title: bold 15 pt, a rule beneath it (a bottom border on its paragraph)
    const title = firstTable.slice(
      firstTable.lastIndexOf('<w:p>', firstTable.indexOf('ĐẢNG CỘNG SẢN VIỆT NAM')),
    );
    const paragraph = element(title, 'w:p');
    expect(paragraph).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(paragraph).toContain('<w:b/>');
    expect(paragraph).toContain('<w:sz w:val="30"/>');
    expect(element(paragraph, 'w:ind')).toMatch(/w:left="\d+"/);
    // the date line in italics
    const date = firstTable.slice(firstTable.lastIndexOf('<w:r>', firstTable.indexOf('Sơn Hà, ngày')));
    expect(element(date, 'w:r')).toContain('<w:i/>');
  });

  it('puts the type, the subject and the short rule under it, centred', () => {
    const i = doc.indexOf('>KẾ HOẠCH<');
    expect(i).toBeGreaterThan(0);
    expect(doc.indexOf('>phát triển đảng viên năm 2026<')).toBeGreaterThan(i);
    expect(doc.indexOf('>-----<')).toBeGreaterThan(i);
  });

  it('writes every name placeholder as a run of its own', () => {
    for (const key of ['GV-01', 'DV-01', 'GV-06', 'secretary']) {
      expect(doc).toMatch(
        new RegExp(`<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">${nameToken(key)}</w:t></w:r>`),
      );
    }
  });

  it('lets the add-on fill the names inside word/document.xml', () => {
    const keys = nameTokensIn(doc);
    const names = Object.fromEntries(keys.map((k) => [k, `Nguyễn Văn "${k}" & Cộng sự`]));
    const filled = fillNames(doc, names);
    expect(nameTokensIn(filled)).toEqual([]);
    expect(filled).toContain('Nguyễn Văn &quot;GV-01&quot; &amp; Cộng sự');
  });

  it('ends with "Nơi nhận" beside the signature block', () => {
    const lastTable = doc.slice(doc.lastIndexOf('<w:tbl>'));
    expect(lastTable.match(/<w:gridCol /g)).toHaveLength(2);
    const cells = lastTable.split('<w:tc>');
    expect(cells[1]).toContain('Nơi nhận:');
    expect(cells[1]).toContain('<w:u w:val="single"/>');
    expect(cells[1]).toContain('- Lưu Chi bộ.');
    expect(cells[2]).toContain('T/M CHI BỘ');
    expect(cells[2]).toContain('BÍ THƯ');
    expect(cells[2]).toContain(nameToken('secretary'));
  });
});

describe('the report as .docx', () => {
  it('has its figure tables with a header row repeated on each page', async () => {
    const model = buildReport({
      rows: communeRows,
      previousRows: communePreviousRows,
      document: communeDocument,
    });
    const doc = (await unpack(await renderDocx(model)))['word/document.xml']!;
    expect(doc.match(/<w:tbl>/g)).toHaveLength(6); // header, four figure tables, signature
    // Bảng 1, 2 and 3 have two header rows (grouped columns), Bảng 4 one
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBe(7);
    expect(doc).toContain('>Tổng cộng<');
    expect(doc).toContain('>127,3%<');
    expect(doc).toContain('>Số 12-BC/ĐU<');
    expect(doc).toContain(nameToken('signer'));
  });
});

describe('content negotiation', () => {
  it('serves the .docx only when Accept names it', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(wantsDocx(undefined)).toBe(false);
    expect(wantsDocx('application/json')).toBe(false);
    expect(wantsDocx('*/*')).toBe(false);
    expect(wantsDocx(docx)).toBe(true);
    expect(wantsDocx(`application/json;q=0.5, ${docx}`)).toBe(true);
    expect(wantsDocx(`${docx};q=0`)).toBe(false);
  });
});
