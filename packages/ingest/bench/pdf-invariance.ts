/**
 * Format invariance (issue #18 point 8), as counts: for each stored form of the six sample notices, how many parse to
 * the text fixture's outline, task numbers, lead units and targets. The property itself is asserted in
 * test/format-invariance.test.ts. Run: `pnpm exec tsx --conditions=@plandiff/source bench/pdf-invariance.ts`.
 */
import { IngestError } from '../src/index.js';
import { FORMATS, INVARIANCE_SAMPLE, fixtureSource, formatView, readAs, viewDifferences } from '../test/format-view.js';
import { parsePlan } from '../test/parse.js';

console.log(`format invariance over ${INVARIANCE_SAMPLE.length} notices: ${INVARIANCE_SAMPLE.join(', ')}`);
for (const format of FORMATS) {
  let same = 0;
  const notes: string[] = [];
  for (const name of INVARIANCE_SAMPLE) {
    const { text, options } = fixtureSource(name);
    try {
      const differences = viewDifferences(formatView(parsePlan(text, options)), formatView(await readAs(name, format)));
      if (differences.length === 0) same += 1;
      else notes.push(`${name}: ${differences.join(', ')}`);
    } catch (error) {
      notes.push(`${name}: ${error instanceof IngestError ? error.code : 'error'} ${(error as Error).message}`);
    }
  }
  console.log(`  ${format.padEnd(16)} ${same}/${INVARIANCE_SAMPLE.length} identical${notes.length > 0 ? ` — ${notes[0]}${notes.length > 1 ? ` (+${notes.length - 1})` : ''}` : ''}`);
}
