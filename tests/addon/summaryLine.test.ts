/**
 * The sidebar's line after a check says "nobody waiting" in words, never a bare
 * "0 đủ điều kiện, chờ chi bộ xét"; a count is still said as a number.
 */
import { describe, expect, test } from 'vitest';
import { summaryLine } from '../../addon/src/client/check/summaryLine.ts';
import type { PersonView } from '../../addon/src/common/model.ts';

const person = (row: number, items: number): PersonView => ({
  key: `k${row}`,
  sheetName: 'Danh sách',
  name: `Người ${row}`,
  row,
  stage: 'source',
  items: Array.from({ length: items }, () => ({}) as PersonView['items'][number]),
});

describe('the summary line under the check button', () => {
  test('nobody waiting: said in words, no "0"', () => {
    const line = summaryLine({
      checked: 12,
      total: 12,
      waiting: 0,
      people: [person(3, 1), person(4, 0)],
      peopleTotal: 2,
    });
    expect(line).toBe(
      'Đã kiểm tra 12/12 người · chưa có ai đủ điều kiện để chi bộ xét · 1 người cần bổ sung.',
    );
    expect(line).not.toMatch(/\b0\b/);
  });

  test('someone waiting: the count, as before', () => {
    const line = summaryLine({ checked: 11, total: 12, waiting: 2, people: [], peopleTotal: 0 });
    expect(line).toBe('Đã kiểm tra 11/12 người · 2 đủ điều kiện, chờ chi bộ xét.');
  });

  test('a capped list says "nhiều" rather than the shown count', () => {
    const line = summaryLine({
      checked: 300,
      total: 300,
      waiting: 1,
      people: [person(3, 2)],
      peopleTotal: 150,
    });
    expect(line).toBe(
      'Đã kiểm tra 300/300 người · 1 đủ điều kiện, chờ chi bộ xét · nhiều người cần bổ sung.',
    );
  });
});
