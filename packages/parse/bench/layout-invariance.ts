import { isDeepStrictEqual } from 'node:util';
import { parsePlan } from '../src/index.js';
import { fixtureSubjects, LAYOUTS, layoutView, provincialSubjects } from '../test/layout-transforms.js';

/**
 * Prints, per layout transform, how many fixtures parse to the same outline, tasks (ids, numbers, lead units) and
 * targets as the fixture as stored. `pnpm --filter @plandiff/parse exec tsx bench/layout-invariance.ts`
 * (add `--detail` for the first difference of each fixture that is not identical, `--provincial` to run it over the
 * 25 provincial reports of test/corpus instead of the fixtures).
 */
const detail = process.argv.includes('--detail');
const subjects = process.argv.includes('--provincial') ? provincialSubjects() : fixtureSubjects();
const rows = [];
for (const [layout, transform] of Object.entries(LAYOUTS)) {
  const counts = { outline: 0, titles: 0, tasks: 0, targets: 0, figures: 0, all: 0 };
  const differing: string[] = [];
  subjects.forEach((subject, seed) => {
    const base = layoutView(parsePlan(subject.text, subject.options));
    const { input, fileName } = transform(subject.text, seed);
    let view: ReturnType<typeof layoutView> | null = null;
    try {
      view = layoutView(parsePlan(input, { ...subject.options, fileName }));
    } catch (error) {
      differing.push(`${subject.name}: ${(error as Error).message}`);
      return;
    }
    const same = {
      outline: isDeepStrictEqual(base.outline, view.outline), titles: isDeepStrictEqual(base.titles, view.titles),
      tasks: isDeepStrictEqual(base.tasks, view.tasks), targets: isDeepStrictEqual(base.targets, view.targets),
      figures: isDeepStrictEqual(base.figures, view.figures),
    };
    for (const key of ['outline', 'titles', 'tasks', 'targets', 'figures'] as const) if (same[key]) counts[key]++;
    if (same.outline && same.tasks && same.targets) counts.all++;
    else if (detail) {
      const key = (['outline', 'tasks', 'targets'] as const).find((k) => !same[k])!;
      const a = base[key] as unknown[];
      const b = view[key] as unknown[];
      const i = a.findIndex((x, j) => !isDeepStrictEqual(x, b[j]));
      differing.push(`${subject.name}: ${key} #${i} ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])} (${a.length} vs ${b.length})`);
    }
  });
  rows.push({ layout, fixtures: subjects.length, 'outline same': counts.outline, 'titles same': counts.titles, 'tasks same': counts.tasks, 'targets same': counts.targets, 'target figures same': counts.figures, 'all three same': counts.all });
  if (detail && differing.length) console.log(`${layout}:\n  ${differing.join('\n  ')}`);
}
console.table(rows);
