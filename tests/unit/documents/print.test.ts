/**
 * documents.md's print rules, on the .docx of every document the fixtures produce: Vietnamese
 * language on every run and style, "Nơi nhận:" underlined only, unit names broken between words,
 * tables whose header repeats, whose rows never split and whose last row never sits alone, and the
 * unit as the author.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerLines, upper } from '../../../shared/documents/header.ts';
import type { DocumentModel } from '../../../shared/documents/model.ts';
import { HEADER_LINE_CHARS } from '../../../worker/src/docx/format.ts';
import { renderDocx } from '../../../worker/src/docx/render.ts';
import { fixtureDocuments } from '../../fixtures/documents/all.ts';

type Files = Record<string, string>;

const docs = fixtureDocuments();
const rendered: Record<string, Files> = {};

beforeAll(async () => {
  for (const [name, model] of Object.entries(docs)) {
    const files = unzipSync(new Uint8Array(await renderDocx(model)));
    rendered[name] = Object.fromEntries(Object.entries(files).map(([n, d]) => [n, strFromU8(d)]));
  }
});

/** Every `<tag>…</tag>` element (not nested in itself) of an XML string. */
function all(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
}

/** The text of an XML fragment, line breaks as "\n". */
const textOf = (xml: string) =>
  xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:noBreakHyphen\/>/g, '-')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

describe.each(Object.keys(docs))('%s', (name) => {
  const model: DocumentModel = docs[name]!;
  let f: Files;
  let doc: string;
  beforeAll(() => {
    f = rendered[name]!;
    doc = f['word/document.xml']!;
  });

  it('marks every run and the styles Vietnamese', () => {
    const parts = Object.keys(f).filter((p) => /^word\/(document|header\d*)\.xml$/.test(p));
    let runs = 0;
    for (const part of parts) {
      for (const r of all(f[part]!, 'w:r')) {
        runs++;
        expect(r, `${part}: ${textOf(r)}`).toMatch(/<w:lang w:val="vi-VN"/);
      }
    }
    // (a meeting paper is a page or two: fewer runs than a plan)
    expect(runs).toBeGreaterThan(20);
    const styles = f['word/styles.xml']!;
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="vi-VN"[\s\S]*<\/w:docDefaults>/);
    for (const style of all(styles, 'w:style')) {
      if (/<w:rPr>/.test(style) && /w:customStyle="1"|w:styleId="Normal"/.test(style))
        expect(style).toContain('w:lang w:val="vi-VN"');
    }
  });

  it('underlines "Nơi nhận:" only, at 14 pt; its lines at 12 pt', () => {
    // The minutes have no "Nơi nhận": the note-taker signs on the left instead.
    if (model.countersign) {
      expect(doc).not.toContain('Nơi nhận');
      return;
    }
    const run = all(doc, 'w:r').find((r) => textOf(r) === 'Nơi nhận:')!;
    expect(run).toContain('<w:u w:val="single"/>');
    expect(run).not.toMatch(/<w:b\/>|<w:i\/>|<w:b w:val="true"\/>|<w:i w:val="true"\/>/);
    expect(run).toContain('<w:sz w:val="28"/>');
    const styles = f['word/styles.xml']!;
    const recipients = all(styles, 'w:style').find((s) => s.includes('w:styleId="PtdvRecipients"'))!;
    expect(recipients).toContain('<w:sz w:val="24"/>');
    const lines = all(doc, 'w:p').filter((p) => p.includes('PtdvRecipients') && textOf(p).startsWith('- '));
    expect(lines.map(textOf)).toEqual(model.recipients.map((r) => `- ${r}`));
    for (const p of lines) expect(p).not.toMatch(/<w:sz w:val="(?!24)/);
  });

  it('breaks the unit names between words, in balanced lines, with the "*" under the issuing body', () => {
    const header = all(doc, 'w:tbl')[0]!;
    const paragraphs = all(header, 'w:p').map(textOf);
    const superior = paragraphs[0]!.split('\n');
    const issuer = paragraphs[1]!.split('\n');
    expect(superior.join(' ')).toBe(upper(model.header.superior));
    expect(issuer.join(' ')).toBe(upper(model.header.issuer));
    expect(issuer).toEqual(headerLines(upper(model.header.issuer), HEADER_LINE_CHARS.bold));
    for (const l of issuer) expect(l.length).toBeLessThanOrEqual(HEADER_LINE_CHARS.bold);
    expect(paragraphs[2]).toBe('*');
  });

  it('repeats table headers, never splits a row, and keeps the first and the last two rows together (and with the note)', () => {
    // the first table is the header, the last the signature block: the others are the body's
    const tables = all(doc, 'w:tbl').slice(1, -1);
    const models = model.body.filter((b) => b.kind === 'table');
    expect(tables.length).toBe(models.length);
    tables.forEach((t, k) => {
      const note = Boolean(models[k]?.note);
      const rows = all(t, 'w:tr');
      // one header row, or two under grouped columns: they lead the table
      const heads = rows.filter((r) => r.includes('<w:tblHeader/>')).length;
      expect(heads).toBeGreaterThanOrEqual(1);
      for (const r of rows.slice(0, heads)) expect(r).toContain('<w:tblHeader/>');
      rows.forEach((row, i) => {
        expect(row).toContain('<w:cantSplit/>');
        const keeps = all(row, 'w:p').every((p) => p.includes('<w:keepNext/>'));
        // rows[heads] is the first data row; the last row keeps only with the table's note
        const last = rows.length - 1;
        expect(keeps, `row ${i} of ${rows.length}`).toBe(i < last ? i <= heads || i === last - 1 : note);
      });
    });
  });

  it('keeps document numbers whole: the hyphen of "06-HD/TW" does not break a line', () => {
    // the body, after the header table (whose short number line never wraps)
    const body = doc.slice(doc.indexOf('</w:tbl>'));
    expect(all(body, 'w:t').join('')).not.toMatch(/\d-[A-ZĐ]/);
    if (/Căn cứ/.test(textOf(doc))) expect(doc).toContain('<w:noBreakHyphen/>');
  });

  it('puts no date in a table header: a narrow column breaks it inside its digits, the caption says the period', () => {
    for (const b of model.body) {
      if (b.kind !== 'table') continue;
      for (const c of b.columns) expect(c.header, b.caption).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    }
  });

  it('names the unit as the author', () => {
    const core = f['docProps/core.xml']!;
    expect(core).toContain(`<dc:creator>${model.header.issuer}</dc:creator>`);
  });
});

describe('headerLines()', () => {
  it.each([
    ['CHI BỘ TRƯỜNG THPT BẢO LỘC', ['CHI BỘ TRƯỜNG', 'THPT BẢO LỘC']],
    ['ĐẢNG BỘ PHƯỜNG 1 BẢO LỘC', ['ĐẢNG BỘ', 'PHƯỜNG 1 BẢO LỘC']],
    ['CHI BỘ TRƯỜNG PTDTNT THCS VÀ THPT TÂN PHÚ', ['CHI BỘ TRƯỜNG PTDTNT', 'THCS VÀ THPT TÂN PHÚ']],
    [
      'CHI BỘ TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VĨNH LONG',
      ['CHI BỘ TRƯỜNG', 'ĐẠI HỌC SƯ PHẠM', 'KỸ THUẬT VĨNH LONG'],
    ],
    ['ĐẢNG ỦY XÃ TÂN PHÚ', ['ĐẢNG ỦY XÃ TÂN PHÚ']],
  ])('%s', (name, lines) => {
    expect(headerLines(name, 22)).toEqual(lines);
  });
});
