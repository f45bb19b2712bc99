import { describe, expect, it } from 'vitest';
import { type Block, cell } from '../../../shared/documents/model.ts';
import { fillNames, nameTokensIn } from '../../../shared/documents/names.ts';
import { renderHtml } from '../../../shared/documents/render/html.ts';
import { renderText } from '../../../shared/documents/render/text.ts';
import { teachersCell, teachersCellDocument } from '../../fixtures/documents/units.ts';
import { plan } from './helpers.ts';

const model = plan({ ...teachersCell, document: teachersCellDocument });

describe('plain-text rendering', () => {
  const text = renderText(model);

  it('reads top to bottom like the document', () => {
    const order = [
      'ĐẢNG BỘ XÃ SƠN HÀ',
      'CHI BỘ TRƯỜNG TIỂU HỌC',
      'Số 03-KH/CB',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Sơn Hà, ngày 05 tháng 01 năm 2026',
      'KẾ HOẠCH',
      'phát triển đảng viên năm 2026',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. MỤC ĐÍCH, YÊU CẦU',
      'III. CHỈ TIÊU',
      'IV. NHIỆM VỤ, GIẢI PHÁP',
      'V. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      'T/M CHI BỘ',
      'BÍ THƯ',
      '{{ten:secretary}}',
    ];
    let at = -1;
    for (const s of order) {
      const i = text.indexOf(s, at + 1);
      expect(i, s).toBeGreaterThan(at);
      at = i;
    }
  });

  it('keeps name tokens the add-on fills as plain text', () => {
    const filled = fillNames(text, { 'GV-01': 'Hoàng Thị Lan', secretary: 'Lê Văn Nam' }, { escape: 'none' });
    expect(filled).toContain('Hoàng Thị Lan');
    expect(filled).toMatch(/BÍ THƯ\nLê Văn Nam\n$/);
    expect(nameTokensIn(filled, { escape: 'none' })).not.toContain('GV-01');
  });
});

describe('HTML rendering', () => {
  const html = renderHtml(model);

  it('has the header, headings, lists and tables', () => {
    expect(html).toMatch(/^<article class="ptdv-doc">/);
    expect(html).toContain('<span class="ptdv-party">ĐẢNG CỘNG SẢN VIỆT NAM</span>');
    expect(html).toContain('<h2>II. MỤC ĐÍCH, YÊU CẦU</h2>');
    expect(html).toContain('<ul class="ptdv-dash"><li>');
    expect(html).toContain('<table class="ptdv-table">');
  });

  it('marks names with their key and fills them escaped', () => {
    expect(html).toContain('<span class="ptdv-name" data-key="GV-01">{{ten:GV-01}}</span>');
    const filled = fillNames(html, { 'GV-01': '<script>&' });
    expect(filled).toContain('<span class="ptdv-name" data-key="GV-01">&lt;script&gt;&amp;</span>');
  });

  it('escapes text from the request', () => {
    const tricky = plan({
      ...teachersCell,
      document: { ...teachersCellDocument, unitName: 'Chi bộ <Trường> "A" & B' },
    });
    const out = renderHtml(tricky);
    expect(out).toContain('&lt;TRƯỜNG&gt;');
    expect(out).toContain('&quot;A&quot; &amp; B');
    expect(out).not.toContain('<TRƯỜNG>');
  });
});

describe('a grouped table header', () => {
  const table: Block = {
    kind: 'table',
    columns: [
      { header: 'TT', width: 6 },
      { group: 'Năm 2026', header: 'Chỉ tiêu', width: 9 },
      { group: 'Năm 2026', header: 'Kết nạp', width: 9 },
    ],
    rows: [[cell('01'), cell('03'), cell('02')]],
  };
  const doc = { ...model, body: [table] };

  it('is two rows in HTML: the group over its columns, an ungrouped column down both', () => {
    expect(renderHtml(doc)).toContain(
      '<thead><tr><th rowspan="2">TT</th><th colspan="2">Năm 2026</th></tr><tr><th>Chỉ tiêu</th><th>Kết nạp</th></tr></thead>',
    );
  });

  it('names each column with its group in plain text', () => {
    expect(renderText(doc)).toContain('TT | Năm 2026: Chỉ tiêu | Năm 2026: Kết nạp');
  });
});
