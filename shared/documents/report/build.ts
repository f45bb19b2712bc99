import { rulesetFor } from '../../rules/rulesets.ts';
import { archiveLine, committeeOf, documentHeader, documentNumber, signature } from '../header.ts';
import { type DocumentModel, heading, para } from '../model.ts';
import { SIGNER_KEY } from '../names.ts';
import type { ReportDocument } from '../schemas.ts';
import { reportPeriod } from './period.ts';
import { type AggregateRowInput, rollUp } from './rollup.ts';
import { directions, leadership, limitations, proposals } from './sections.ts';
import { admissionsTable, breakdownTable, sourceTable, trainingTable } from './tables.ts';
import { admissionsText, coverage, type ReportTextContext, sourceText, trainingText } from './text.ts';

export interface ReportInput {
  /** the subtree's rows for the report year (the worker's aggregate) */
  rows: readonly AggregateRowInput[];
  /** the same for the previous year, for the admissions by year */
  previousRows?: readonly AggregateRowInput[];
  document: ReportDocument;
}

/** The superior's report on its subtree: figures per unit, totals computed from the lines. */
export function buildReport(input: ReportInput): DocumentModel {
  const doc = input.document;
  const year = doc.year;
  const period = reportPeriod(year, doc.period === 'firstHalf', doc.date);
  const rollup = rollUp(input.rows, input.previousRows ?? []);
  const c: ReportTextContext = {
    rollup,
    period,
    unitName: committeeOf(doc.unitName),
    superiorName: committeeOf(doc.superiorName),
  };
  return {
    kind: 'report',
    header: documentHeader({
      superiorName: doc.superiorName,
      unitName: doc.unitName,
      number: documentNumber(doc.number, 'BC', doc.unitName),
      place: doc.place,
      date: doc.date,
    }),
    type: 'BÁO CÁO',
    subject: `kết quả công tác phát triển đảng viên ${period.label}`,
    body: [
      para(
        `${committeeOf(doc.unitName)} báo cáo kết quả công tác phát triển đảng viên ${period.label} như sau:`,
      ),
      ...leadership(c),
      heading(1, 'II.', 'KẾT QUẢ'),
      para(coverage(c)),
      heading(2, '1.', 'Kết nạp đảng viên'),
      admissionsText(c),
      admissionsTable(rollup, period),
      breakdownTable(rollup, period),
      heading(2, '2.', 'Bồi dưỡng nhận thức về Đảng và công nhận đảng viên chính thức'),
      trainingText(c),
      trainingTable(rollup, period),
      heading(2, '3.', 'Nguồn kết nạp'),
      sourceText(c),
      sourceTable(rollup, year),
      ...limitations(c),
      ...directions(c),
      ...proposals(c),
      para(`${committeeOf(doc.unitName)} kính báo cáo ${committeeOf(doc.superiorName)}.`),
    ],
    recipients: [
      `${committeeOf(doc.superiorName)} (để báo cáo),`,
      'Các tổ chức đảng trực thuộc,',
      archiveLine(doc.unitName),
    ],
    signature: signature(doc.unitName, doc.signerTitle ?? 'Bí thư', doc.signerName, SIGNER_KEY),
    meta: { year, rulesVersion: rulesetFor(doc.date).id, generator: 'ptdv', version: 1 },
  };
}
