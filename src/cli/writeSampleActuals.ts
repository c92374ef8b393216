/** Writes scenarios/luohe-2023-actuals.csv, the synthetic sample actuals (`npm run actuals:sample`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sampleActualsCsv } from '../actuals/sampleActuals.ts';

const target = fileURLToPath(new URL('../../scenarios/luohe-2023-actuals.csv', import.meta.url));
writeFileSync(target, sampleActualsCsv());
console.log(`wrote ${target}`);
