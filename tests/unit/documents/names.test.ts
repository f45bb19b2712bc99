import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  fillNames,
  isTokenKey,
  nameToken,
  nameTokensIn,
} from '../../../shared/documents/names.ts';

describe('name tokens', () => {
  it('writes {{ten:KEY}}', () => {
    expect(nameToken('QC-01')).toBe('{{ten:QC-01}}');
    expect(nameToken('secretary')).toBe('{{ten:secretary}}');
  });

  it('refuses keys a token cannot carry', () => {
    expect(isTokenKey('QC-01')).toBe(true);
    expect(isTokenKey('a}}b')).toBe(false);
    expect(isTokenKey('')).toBe(false);
  });
});

describe('fillNames', () => {
  it('fills XML runs and escapes the names: diacritics kept, quotes and ampersands escaped', () => {
    const xml = '<w:r><w:t xml:space="preserve">{{ten:QC-01}}</w:t></w:r><w:r><w:t>{{ten:DV-02}}</w:t></w:r>';
    const out = fillNames(xml, { 'QC-01': 'Nguyễn Thị Ánh "Út"', 'DV-02': "Trần & Lê <O'Hara>" });
    expect(out).toBe(
      '<w:r><w:t xml:space="preserve">Nguyễn Thị Ánh &quot;Út&quot;</w:t></w:r>' +
        '<w:r><w:t>Trần &amp; Lê &lt;O&apos;Hara&gt;</w:t></w:r>',
    );
  });

  it('matches a key written escaped in XML', () => {
    const xml = `<w:t>${escapeXml(nameToken('A&B<1>'))}</w:t>`;
    expect(xml).toBe('<w:t>{{ten:A&amp;B&lt;1&gt;}}</w:t>');
    expect(fillNames(xml, { 'A&B<1>': 'Đỗ Văn Bình' })).toBe('<w:t>Đỗ Văn Bình</w:t>');
  });

  it('leaves unknown keys as tokens, and lists them', () => {
    const out = fillNames('{{ten:a}} và {{ten:b}}', { a: 'Hà' });
    expect(out).toBe('Hà và {{ten:b}}');
    expect(nameTokensIn(out)).toEqual(['b']);
    expect(nameTokensIn('{{ten:x}} {{ten:y}} {{ten:x}}')).toEqual(['x', 'y']);
  });

  it('replaces in one pass: a name that looks like a token is not expanded', () => {
    expect(fillNames('{{ten:a}} {{ten:b}}', { a: '{{ten:b}}', b: 'Bảo' })).toBe('{{ten:b}} Bảo');
  });

  it('fills plain text without escaping', () => {
    expect(fillNames('Ký: {{ten:secretary}}', { secretary: 'Lê & Phạm' }, { escape: 'none' })).toBe(
      'Ký: Lê & Phạm',
    );
  });

  it('does not take inherited properties for names', () => {
    expect(fillNames('{{ten:constructor}} {{ten:toString}}', {})).toBe(
      '{{ten:constructor}} {{ten:toString}}',
    );
  });
});
