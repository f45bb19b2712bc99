/**
 * The wording rules of documents.md, checked on a finished model: what a secretary would have to
 * correct by hand before signing. Pure and cheap, so tests run it on every document the fixtures and
 * the demo produce, and a builder's test can run it on its own output.
 */
import type { Day } from '../dates/day.ts';
import type { Block, DocumentModel, Inline } from './model.ts';

export interface WordingOptions {
  /** "học sinh", "sinh viên", "học sinh, sinh viên", or undefined when the unit has neither */
  learners?: string | undefined;
  /** the last day of the period the document reports or plans for ("không đạt" only after it) */
  periodEnd?: Day;
}

const runText = (runs: readonly Inline[]) => runs.map((r) => (r.kind === 'text' ? r.text : '‹tên›')).join('');

/** Every piece of text of a model with where it is, in reading order. */
export function textsOf(model: DocumentModel): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [
    { where: 'header', text: [model.header.superior, model.header.issuer, model.header.number].join(' | ') },
    { where: 'subject', text: model.subject },
  ];
  model.body.forEach((b: Block, i) => {
    const where = `body[${i}]`;
    if (b.kind === 'heading') out.push({ where, text: `${b.number} ${b.text}` });
    else if (b.kind === 'paragraph') out.push({ where, text: runText(b.content) });
    else if (b.kind === 'list') {
      b.items.forEach((item, j) => {
        out.push({ where: `${where}[${j}]`, text: runText(item) });
      });
    } else {
      if (b.caption) out.push({ where: `${where}.caption`, text: b.caption });
      out.push({ where: `${where}.columns`, text: b.columns.map((c) => c.header).join(' | ') });
      const groups = [...new Set(b.columns.flatMap((c) => (c.group === undefined ? [] : [c.group])))];
      if (groups.length > 0) out.push({ where: `${where}.groups`, text: groups.join(' | ') });
      b.rows.forEach((row, j) => {
        out.push({
          where: `${where}.rows[${j}]`,
          text: row.map((c) => c.lines.map(runText).join(' / ')).join(' | '),
        });
      });
      if (b.note) out.push({ where: `${where}.note`, text: b.note });
    }
  });
  model.recipients.forEach((r, i) => {
    out.push({ where: `recipients[${i}]`, text: r });
  });
  return out;
}

interface Rule {
  id: string;
  test: (text: string, where: string) => boolean;
}

const RULES: readonly Rule[] = [
  // a zero count written as digits ("00 quần chúng", a table cell "00")
  { id: 'zero-as-00', test: (t) => /(^|[^\d/,.])00(?![\d/,%])/.test(t) },
  { id: 'column-hien-nay', test: (t, w) => w.endsWith('.columns') && /(^|\| )Hiện nay( \||$)/.test(t) },
  // every table numbers its rows "TT", as the plan's and the report's do
  { id: 'column-stt', test: (t, w) => w.endsWith('.columns') && /^STT( \||$)/.test(t) },
  { id: 'eligible-while-source', test: (t) => /Tạo nguồn/.test(t) && /Đã đủ/.test(t) },
  { id: 'overdue-order-to-superior', test: (t) => /quá hạn.{0,60}thực hiện ngay/.test(t) },
  { id: 'truoc-ngay', test: (t) => /trước ngày \d/.test(t) },
  // a trade union's members are "công đoàn viên"; "hội viên" belongs to an association (Hội)
  { id: 'trade-union-hoi-vien', test: (t) => /Công đoàn/.test(t) && /hội viên/.test(t) },
  { id: 'singular-plural', test: (t) => /(^|[^\d])01 [^.;:|]{0,80}?là những /.test(t) },
  {
    id: 'internal-code',
    test: (t) => /\b(2021-09|2025-01|2025-07)\b|thứ cấp|\{\{(?!ten:)|undefined|NaN/.test(t),
  },
];

/**
 * The rules that need only the text, for a document seen as printed (the demo's .docx, paragraph by
 * paragraph): "rule-id: text" for every breach.
 */
export function textProblems(paragraphs: readonly string[]): string[] {
  const problems: string[] = [];
  for (const text of paragraphs) {
    for (const rule of RULES) if (rule.test(text, 'text')) problems.push(`${rule.id}: ${text}`);
  }
  return problems;
}

/** "rule-id at where: text" for every breach; an empty list for a document ready to sign. */
export function wordingProblems(model: DocumentModel, options: WordingOptions = {}): string[] {
  const problems: string[] = [];
  const texts = textsOf(model);
  for (const { where, text } of texts) {
    for (const rule of RULES) if (rule.test(text, where)) problems.push(`${rule.id} at ${where}: ${text}`);
    if (options.periodEnd !== undefined && model.header.date < options.periodEnd && /không đạt/.test(text)) {
      problems.push(`khong-dat-before-period-end at ${where}: ${text}`);
    }
    const l = options.learners;
    const wrongLearners =
      l === 'học sinh'
        ? /sinh viên/.test(text)
        : l === 'sinh viên'
          ? /học sinh/.test(text)
          : l === undefined
            ? /sinh viên/.test(text)
            : false;
    if ('learners' in options && wrongLearners) problems.push(`learners at ${where}: ${text}`);
  }
  // the superior named in the same form as the upper-cased header line and as a recipient
  const superior = model.header.superior.trim().toLocaleLowerCase('vi');
  model.recipients.forEach((r, i) => {
    if (r.trim().toLocaleLowerCase('vi').startsWith(superior)) {
      problems.push(`superior-header-and-recipient at recipients[${i}]: ${r}`);
    }
  });
  return problems;
}
