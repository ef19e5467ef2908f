import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { unnumberedChapterRole } from '../src/outline.js';

/**
 * Chapter headings with no numeral, on a short line of their own (`“十四五”时期工作回顾`, `2026年重点工作`): the
 * 2026 reports of Gansu and Inner Mongolia (test/corpus/provincial-gwr-2026, see PROVENANCE.md; byte-identical to
 * fixtures/gwr-gansu and fixtures/gwr-neimenggu). Before, everything up to the first numbered heading was the
 * preamble, and the paragraph 经济社会发展的主要预期目标是：地区生产总值增长5.5%左右… gave no target at all.
 */
const dir = fileURLToPath(new URL('./corpus/provincial-gwr-2026/', import.meta.url));
const read = (file: string) => parsePlan(readFileSync(dir + file), { fileName: file, year: 2026 });

describe('unnumbered chapter headings (Gansu and Inner Mongolia 2026)', () => {
  const gansu = read('gansu.txt');
  const neimenggu = read('neimenggu.txt');

  it('gansu: three unnumbered chapters, review then plan, and （一）…（八） are children of 2026年重点工作', () => {
    const top = gansu.sections.filter((s) => s.role !== 'preamble');
    expect(top.map((s) => [s.label, s.title, s.level, s.role])).toEqual([
      ['', '“十四五”时期工作回顾', 1, 'review'],
      ['', '“十五五”时期的主要目标任务', 1, 'plan'],
      ['', '2026年重点工作', 1, 'plan'],
    ]);
    const work = top[2];
    expect(work.children.map((s) => s.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']);
    expect(work.children[0]).toMatchObject({ title: '放大促消费扩投资政策效应', level: 2, role: 'plan', path: ['2026年重点工作', '（一）'] });
    // the preamble ends before the review chapter: 各位代表： and 我代表省人民政府… only
    expect(gansu.sections[0].role).toBe('preamble');
    expect(gansu.text.slice(...gansu.sections[0].span)).not.toMatch(/十四五/);
  });

  it('gansu: 地区生产总值增长5.5%左右 — the GDP growth target of 2026, from the opening paragraphs of 2026年重点工作', () => {
    const gdp = gansu.targets.filter((t) => t.metricKey === 'gdp_growth');
    expect(gdp).toHaveLength(1);
    expect([gdp[0].value, gdp[0].unit, gdp[0].modifier, gdp[0].horizon?.endYear]).toEqual([5.5, '%', 'about', 2026]);
    const task = gansu.tasks.find((t) => t.id === gdp[0].taskId)!;
    expect(task.sectionId).toBe(gansu.sections.find((s) => s.title === '2026年重点工作')!.id);
    expect(task.text).toMatch(/^经济社会发展的主要预期目标是：地区生产总值增长5\.5%左右，实际工作中争取更好结果；/);
    const grain = gansu.targets.find((t) => t.metricKey === 'grain_output' && t.taskId === task.id)!;
    expect([grain.value, grain.unit, grain.modifier]).toEqual([1300, '万吨', 'at_least']);
  });

  it('gansu: the review chapter\'s figures are results, not targets; the 十五五 chapter\'s are five-year targets to 2030', () => {
    const review = gansu.sections.find((s) => s.role === 'review')!;
    const reviewTasks = gansu.tasks.filter((t) => t.sectionId === review.id);
    // 全省地区生产总值…: the 2021–2025 results stay in the review's tasks and give no target
    expect(reviewTasks.length).toBeGreaterThan(10);
    expect(reviewTasks.every((t) => t.targets.length === 0)).toBe(true);
    const fiveYear = gansu.sections.find((s) => s.title === '“十五五”时期的主要目标任务')!;
    const average = gansu.targets.find((t) => t.metric === '地区生产总值年均增长')!;
    expect(gansu.tasks.find((t) => t.id === average.taskId)!.sectionId).toBe(fiveYear.id);
    expect([average.value, average.modifier, average.horizon?.kind, average.horizon?.endYear]).toEqual([5, 'at_least', 'multi_year', 2030]);
  });

  it('neimenggu: two unnumbered chapters, then 一、二、三、四、 stay level-1 chapters beside them', () => {
    const top = neimenggu.sections.filter((s) => s.role !== 'preamble' && s.role !== 'appendix');
    expect(top.map((s) => [s.label, s.title.slice(0, 8), s.level, s.role])).toEqual([
      ['', '“十四五”时期发', 1, 'review'],
      ['', '“十五五”时期主', 1, 'plan'],
      ['一、', '把铸牢中华民族共', 1, 'plan'],
      ['二、', '深化落实习近平总', 1, 'plan'],
      ['三、', '全力抓好七项重点', 1, 'plan'],
      ['四、', '把坚持党的全面领', 1, 'plan'],
    ]);
    expect(top[0].title).toBe('“十四五”时期发展成就和2025年工作回顾');
    expect(top[1].title).toBe('“十五五”时期主要目标和2026年重点工作');
    expect(top[1].children).toEqual([]);
    expect(top[4].children.map((s) => s.path)).toContainEqual(['三', '（七）']);
  });

  it('neimenggu: 地区生产总值增长5%左右 — the GDP growth target of 2026', () => {
    const gdp = neimenggu.targets.filter((t) => t.metricKey === 'gdp_growth');
    expect(gdp).toHaveLength(1);
    expect([gdp[0].value, gdp[0].unit, gdp[0].modifier, gdp[0].horizon?.endYear]).toEqual([5, '%', 'about', 2026]);
    const task = neimenggu.tasks.find((t) => t.id === gdp[0].taskId)!;
    expect(task.text).toMatch(/^今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；城镇调查失业率5\.7%左右/);
    const jobs = neimenggu.targets.find((t) => t.metricKey === 'urban_new_jobs' && t.taskId === task.id)!;
    expect([jobs.value, jobs.unit, jobs.modifier]).toEqual([18, '万人', 'at_least']);
    // the review chapter (这五年综合经济实力大幅提升。经济总量达到2.67万亿元…) gives no target
    const review = neimenggu.sections.find((s) => s.role === 'review')!;
    expect(neimenggu.tasks.filter((t) => t.sectionId === review.id).flatMap((t) => t.targets)).toEqual([]);
  });
});

describe('unnumberedChapterRole', () => {
  it('names the role of a report part from its words; review or plan by the part named last', () => {
    expect(unnumberedChapterRole('“十四五”时期工作回顾')).toBe('review');
    expect(unnumberedChapterRole('“十四五”时期发展成就和2025年工作回顾')).toBe('review');
    expect(unnumberedChapterRole('2026年重点工作')).toBe('plan');
    expect(unnumberedChapterRole('“十五五”时期主要目标和2026年重点工作')).toBe('plan');
    expect(unnumberedChapterRole('“十四五”时期发展成就和“十五五”时期主要目标任务')).toBe('plan');
    expect(unnumberedChapterRole('全面加强政府自身建设')).toBe('plan');
  });

  it('is null for titles, greetings, bylines, sentences, numbered headings and long lines', () => {
    for (const line of [
      '2026年甘肃省政府工作报告', '各位代表：', '——二〇二六年一月二十七日在甘肃省十四届人民代表大会第五次会议上',
      '重点抓好八个方面工作：', '（一）放大促消费扩投资政策效应', '三、全力抓好七项重点工作', '1.重点工作',
      '2026年深化改革重点工作要点', '这是2026年重点工作。', '甘肃省省长 任振鹤', '相关报道',
      '“十五五”时期是我国基本实现社会主义现代化夯实基础、全面发力的关键时期重点工作',
    ]) expect([line, unnumberedChapterRole(line)]).toEqual([line, null]);
  });

  it('a title line naming 重点工作 before any running text stays in the preamble', () => {
    const plan = parsePlan('2026年重点工作安排\n2026年1月5日\n一、总体要求\n坚持稳中求进工作总基调，推动高质量发展。\n二、重点任务\n（一）扩大内需。全年新开工项目100个以上。\n');
    expect(plan.sections.filter((s) => s.role !== 'preamble').map((s) => s.label)).toEqual(['一、', '二、']);
  });
});
