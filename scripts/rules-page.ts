import { rulesCatalogue } from '../shared/rules/catalogue.ts';

const SEVERITY: Record<string, string> = { error: 'lỗi (chặn)', warning: 'cảnh báo', info: 'thông tin' };
const PHASE: Record<string, string> = {
  preAdmission: 'before admission, at the reference date',
  admission: 'admission and after, against `asOf`',
  always: 'every row',
};

/** The rule catalogue as Markdown: rulesets, then one row per rule with its citation in each ruleset. */
export function renderRulesPage(): string {
  const { rulesets, rules } = rulesCatalogue();
  const lines: string[] = [
    '# PTĐV rule catalogue',
    '',
    'Generated from `shared/rules/` by `npm run rules:doc` — do not edit by hand.',
    'Every finding the engine returns carries one of these rule ids, its Vietnamese message and the citation of the ruleset in force at the candidate’s reference date (the cell resolution date, else the planned meeting date, else `asOf`).',
    '',
    '## Rulesets',
    '',
    '| id | applies | texts |',
    '|---|---|---|',
    ...rulesets.map(
      (rs) =>
        `| \`${rs.id}\` | ${rulesetPeriod(rs.effectiveFrom, rs.effectiveTo)} | ${rs.texts.join('; ')} |`,
    ),
    '',
    '## Rules',
    '',
    `| id | title | severity | checked | ${rulesets.map((rs) => `citation (${rs.id})`).join(' | ')} |`,
    `|---|---|---|---|${rulesets.map(() => '---').join('|')}|`,
    ...rules.map(
      (r) =>
        `| \`${r.id}\` | ${r.title} | ${SEVERITY[r.severity]} | ${PHASE[r.phase]} | ${rulesets.map((rs) => `${r.citations[rs.id]}${r.unconfirmed?.includes(rs.id) ? ' †' : ''}`).join(' | ')} |`,
    ),
    '',
    '† marks a point read from a secondary source, not confirmed against the text itself (the catalogue’s `unconfirmed`; users see the citation without the mark). “Quy tắc của PTĐV” marks a reminder the product adds (not a Party rule).',
    '',
    'The `2025-01` ruleset applies the rules and citation points of `2021-09` (Quy định 232-QĐ/TW replaced 24-QĐ/TW with the same content); only the texts it names differ. Hướng dẫn 12-HD/BTCTW (procedure and forms) applies in every era.',
    '',
  ];
  return lines.join('\n');
}

/** "until 2025-01-19", "2025-01-20 to 2025-06-30", "from 2025-07-01" (domain.md §4's table). */
function rulesetPeriod(from: string, to: string | undefined): string {
  if (from === '0001-01-01') return to ? `until ${to}` : 'always';
  return to ? `${from} to ${to}` : `from ${from}`;
}
