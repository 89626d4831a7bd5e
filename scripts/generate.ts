/** `npm run generate`: rewrites the generated files (rule index, rule docs). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR, ruleIndexSource } from './rule-index.js';

writeFileSync(join(RULES_DIR, 'index.ts'), ruleIndexSource());
const { writeRuleDocs } = await import('./rule-docs.js');
const n = writeRuleDocs();
console.log(`generated src/rules/index.ts and ${n} rule pages in docs/rules`);
