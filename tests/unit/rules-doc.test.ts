import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesPage } from '../../scripts/rules-page.ts';

describe('docs/rules.md', () => {
  it('matches the rules in the code (run `npm run rules:doc` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRulesPage());
  });
});
