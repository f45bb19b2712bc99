/**
 * Writes docs/rules.md, the rule catalogue, from the rules themselves (`npm run rules:doc`).
 * A test checks that the committed page matches, so it never drifts from the code.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesPage } from './rules-page.ts';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesPage());
console.log(`wrote ${target}`);
