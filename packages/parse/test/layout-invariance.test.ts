import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { fixtureSubjects, LAYOUTS, layoutView } from './layout-transforms.js';

/**
 * Layout invariance (issue 9): every fixture, laid out six other ways, parses to the same outline (section ids,
 * labels, levels, roles, paths), the same tasks (ids, numbers, lead units) and the same targets (task, metric,
 * value, range, unit, modifier); spans may differ. `bench/layout-invariance.ts` prints the same counts as a table.
 * One line with nothing between paragraphs loses the paragraph breaks themselves: there the outline and the
 * target figures must survive, the paragraph tasks cannot (they are counted, not hidden).
 */
const subjects = fixtureSubjects();
const bases = subjects.map((s) => layoutView(parsePlan(s.text, s.options)));

function views(layout: string) {
  return subjects.map((s, seed) => {
    const { input, fileName } = LAYOUTS[layout](s.text, seed);
    return layoutView(parsePlan(input, { ...s.options, fileName }));
  });
}

describe('layout invariance over every fixture', () => {
  it('has all 41 fixtures to work on (the 16 first ones and the 25 provincial reports gwr-*/2026)', () => {
    expect(subjects.map((s) => s.name)).toContain('gov-work-report/2024');
    expect(subjects.filter((s) => s.name.startsWith('gwr-'))).toHaveLength(25);
    expect(subjects).toHaveLength(41);
  });

  for (const layout of Object.keys(LAYOUTS).filter((l) => l !== 'one line, no separator')) {
    it(`${layout}: same outline, tasks and targets for every fixture`, () => {
      const different = views(layout).flatMap((view, i) =>
        (['outline', 'titles', 'tasks', 'targets'] as const).filter((k) => !isDeepStrictEqual(view[k], bases[i][k])).map((k) => `${subjects[i].name} ${k}`));
      expect(different).toEqual([]);
    });
  }

  it('one line with no separator: the same outline for every fixture whose chapters are numbered; the target figures that differ are listed', () => {
    const all = views('one line, no separator');
    // a chapter heading with no numeral (甘肃 “十四五”时期工作回顾) is known only by standing on a line of its own:
    // run into the paragraphs around it, it cannot be told from them, and its text falls to the section before
    const unnumbered = (i: number) => (bases[i].outline as [string, string, number, string][]).some(([, label, level, role]) => label === '' && level === 1 && (role === 'review' || role === 'plan'));
    expect(subjects.filter((_, i) => unnumbered(i)).map((s) => s.name)).toEqual(['gwr-gansu/2026', 'gwr-neimenggu/2026']);
    expect(subjects.filter((_, i) => !unnumbered(i) && !isDeepStrictEqual(all[i].outline, bases[i].outline)).map((s) => s.name)).toEqual([]);
    const figuresDiffer = subjects.filter((_, i) => !isDeepStrictEqual(all[i].figures, bases[i].figures)).map((s) => s.name);
    // gansu and neimenggu: their unnumbered chapters are not seen on one line, so the 主要预期目标 paragraph is in the
    // preamble again and gives no target. The 11 others are OPEN (measured at PARSER_VERSION 0.9.0 and 0.9.1): without paragraph
    // breaks sentences of one paragraph run into the next and the target reader reads other figures — 2021 gains
    // 国内生产总值 100万亿元 at_least from the 十三五 review sentences, gwr-beijing loses its 地区生产总值年均增速
    // 4.5–5% range. Listed so that a change to this list is seen; not a verdict that these are right.
    expect(figuresDiffer).toEqual([
      'gov-work-report/2021', 'gov-work-report/2024', 'gwr-beijing/2026', 'gwr-gansu/2026', 'gwr-guangxi/2026', 'gwr-guizhou/2026',
      'gwr-liaoning/2026', 'gwr-neimenggu/2026', 'gwr-qinghai/2026', 'gwr-shanxi/2026', 'gwr-tianjin/2026', 'gwr-xinjiang/2026', 'gwr-yunnan/2026',
    ]);
  });

  it('the one-line State Council report of issue 9 is read: chapters found, 2024 targets from the plan chapters, quality ok', () => {
    const subject = subjects.find((s) => s.name === 'gov-work-report/2024')!;
    for (const layout of ['one line, U+3000 pairs', 'one line, no separator']) {
      const plan = parsePlan(LAYOUTS[layout](subject.text, 0).input, subject.options);
      expect(plan.sections.filter((s) => s.level === 1 && s.role !== 'preamble').map((s) => s.label)).toEqual(['一、', '二、', '三、']);
      expect(plan.sections[1].role).toBe('review');
      expect(plan.quality?.verdict).toBe('ok');
      const jobs = plan.targets.find((t) => t.metric === '城镇新增就业')!;
      expect([jobs.value, jobs.unit, jobs.modifier]).toEqual([1200, '万人', 'at_least']);
    }
  });
});
