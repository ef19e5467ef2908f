import { describe, expect, it } from 'vitest';
import type { Section } from '@plandiff/model';
import { parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';

const flatten = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.children)]);
const report = (year: number) => parsePlan(fixtureBytes('gov-work-report', year), { series: 'gov-work-report', year });
const SUBSECTIONS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）'];

describe('government work reports 2021–2025 (Wikisource copies)', () => {
  // chapter titles and the task chapter's number of subsections, read from the texts
  const expected: Record<number, { chapters: string[]; taskChapter: number; subsections: number }> = {
    2021: { chapters: ['2020年工作回顾', '“十三五”时期发展成就和“十四五”时期主要目标任务', '2021年重点工作'], taskChapter: 2, subsections: 8 },
    2022: { chapters: ['2021年工作回顾', '2022年经济社会发展总体要求和政策取向', '2022年政府工作任务'], taskChapter: 2, subsections: 9 },
    2023: { chapters: ['过去一年和五年工作回顾', '对今年政府工作的建议'], taskChapter: 1, subsections: 8 },
    2024: { chapters: ['2023年工作回顾', '2024年经济社会发展总体要求和政策取向', '2024年政府工作任务'], taskChapter: 2, subsections: 10 },
    2025: { chapters: ['2024年工作回顾', '2025年经济社会发展总体要求和政策取向', '2025年政府工作任务'], taskChapter: 2, subsections: 10 },
  };

  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    describe(String(year), () => {
      const plan = report(year);
      const chapters = plan.sections.filter((s) => s.role !== 'preamble');
      const { chapters: titles, taskChapter, subsections } = expected[year];

      it('finds the chapters 一、二、三 with their titles; chapter 一 reviews the past year', () => {
        expect(chapters.map((s) => s.title)).toEqual(titles);
        expect(chapters.map((s) => s.label)).toEqual(['一、', '二、', '三、'].slice(0, titles.length));
        expect(chapters[0].role).toBe('review');
        expect(chapters.slice(1).every((s) => s.role === 'plan')).toBe(true);
      });

      it('finds the task subsections （一）… in order', () => {
        const tasksChapter = chapters[taskChapter];
        expect(tasksChapter.children.map((s) => s.label)).toEqual(SUBSECTIONS.slice(0, subsections));
        expect(tasksChapter.children.map((s) => s.id)).toEqual(SUBSECTIONS.slice(0, subsections).map((_, i) => `s${taskChapter + 1}.${i + 1}`));
      });

      it('has the paragraphs as tasks, ids by order within their section', () => {
        const sub = chapters[taskChapter].children[0];
        const own = plan.tasks.filter((t) => t.sectionId === sub.id);
        expect(own.length).toBeGreaterThan(0);
        expect(own.map((t) => t.id)).toEqual(own.map((_, i) => `t${taskChapter + 1}.1.p${i + 1}`));
        expect(own.every((t) => t.number === null && t.assignments.length === 0)).toBe(true);
        for (const t of plan.tasks) expect(plan.text.slice(t.span[0], t.span[1])).toBe(t.text);
      });

      it('drops the Wikisource licence footer and the zero-width characters', () => {
        expect(plan.text).not.toMatch(/本作品|公有领域|Public domain|维基文库/);
        expect(plan.text).not.toMatch(/[\u200b-\u200d\ufeff]/);
        expect(plan.meta.issuer).toBe('国务院');
      });
    });
  }

  it('2024: the 2024年3月5日 delivery date, the review and the opening of the task chapter', () => {
    const plan = report(2024);
    expect(plan.meta).toMatchObject({ title: '政府工作报告', issuedOn: '2024-03-05', publishedOn: null, docNumber: null });
    const first = plan.tasks.find((t) => t.sectionId === 's3.1')!;
    expect(first.id).toBe('t3.1.p1');
    expect(flatten(plan.sections).find((s) => s.id === 's3.1')!.title).toBe('大力推进现代化产业体系建设，加快发展新质生产力');
    const review = plan.tasks.find((t) => t.text.startsWith('——经济总体回升向好。'))!;
    expect(review.sectionId).toBe('s1');
    expect(review.title).toBe('经济总体回升向好');
    expect(review.text).toContain('国内生产总值超过126万亿元，增长5.2%');
  });

  it('2023: a subsection heading with its paragraph on one line gives the heading a title and the rest a task', () => {
    const plan = report(2023);
    const sub = flatten(plan.sections).find((s) => s.id === 's2.1')!;
    expect(sub.title).toBe('着力扩大国内需求');
    const [task] = plan.tasks.filter((t) => t.sectionId === 's2.1');
    expect(task.text.startsWith('把恢复和扩大消费摆在优先位置。')).toBe(true);
  });

  it('2022/2023: rejoins sentences a Wikisource link split over three lines', () => {
    expect(report(2022).text).toContain('地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。');
    expect(report(2023).text).toContain('推动区域全面经济伙伴关系协定（RCEP）生效实施');
  });

  it('2024: the address lines 各位代表！ are not tasks', () => {
    const plan = report(2024);
    expect(plan.text.split('\n').filter((l) => l === '各位代表！')).toHaveLength(4);
    expect(plan.tasks.some((t) => t.text === '各位代表！')).toBe(false);
  });

  it('2025 has no title or date line: its year comes from the plan chapter 二、2025年经济社会发展总体要求和政策取向', () => {
    const plan = parsePlan(fixtureBytes('gov-work-report', 2025));
    expect(plan.meta.title).toBeNull();
    expect(plan.year).toBe(2025);
  });

  it('2021: rejoins the title the Wikisource link split over two lines (政府工作报 / 告)', () => {
    expect(report(2021).meta.title).toBe('政府工作报告');
  });
});

describe('Hailar government work reports 2012–2015 (GBK, CRLF)', () => {
  for (const year of [2012, 2013, 2014, 2015]) {
    it(`${year}: decodes from GBK without replacement characters and finds the outline`, () => {
      const plan = parsePlan(fixtureBytes('hailar-gwr', year), { series: 'hailar-gwr', year });
      expect(plan.meta.encoding).toMatch(/^(gbk|gb18030)$/);
      expect(plan.text).not.toContain('\uFFFD');
      expect(plan.text).not.toContain('\r');
      const chapters = plan.sections.filter((s) => s.role !== 'preamble');
      expect(chapters.map((s) => s.label)).toEqual(['一、', '二、']);
      expect(chapters[0].role).toBe('review');
      expect(chapters[1].title).toMatch(new RegExp(`^${year}年`));
      expect(chapters[1].children.length).toBeGreaterThanOrEqual(4);
      expect(plan.meta.title).toBe('政府工作报告');
      expect(plan.meta.issuer).toBe('海拉尔区人民政府');
    });
  }

  it('reads each report\'s delivery date from its ----/-- date line', () => {
    const dates = [2012, 2013, 2014, 2015].map((year) => parsePlan(fixtureBytes('hailar-gwr', year)).meta.issuedOn);
    expect(dates).toEqual(['2012-02-29', '2013-02-28', '2014-02-19', '2015-02-05']);
  });

  it('2012: ten plan subsections, the eighth despite its odd indentation (" 　（八）")', () => {
    const plan = parsePlan(fixtureBytes('hailar-gwr', 2012));
    const two = plan.sections.find((s) => s.label === '二、')!;
    expect(two.title).toBe('2012年政府工作总体要求和目标任务');
    expect(two.children).toHaveLength(10);
    expect(two.children[7]).toMatchObject({ id: 's2.8', label: '（八）', title: '以保障和改善民生为根本，做实民生工程，确保民生工作取得新成绩' });
    const one = plan.sections.find((s) => s.label === '一、')!;
    expect(one.children.every((s) => s.role === 'review')).toBe(true);
  });

  it('2013: the plan chapter 二、2013年工作安排 has （一）…（四）', () => {
    const plan = parsePlan(fixtureBytes('hailar-gwr', 2013));
    const two = plan.sections.find((s) => s.label === '二、')!;
    expect(two.title).toBe('2013年工作安排');
    expect(two.children.map((s) => s.title)).toEqual(['加快产业发展，切实做强做优县域经济', '坚持城乡统筹发展，加快推进新型城镇化进程', '切实加强社会建设，保障和改善民生', '全面加强新形势下的政府自身建设']);
    expect(plan.meta.issuedOn).toBe('2013-02-28');
    expect(plan.year).toBe(2013);
  });
});

describe('NPC resolutions on the report 2021–2025', () => {
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    it(`${year}: parses without throwing; the whole text is preamble paragraphs`, () => {
      const plan = parsePlan(fixtureBytes('npc-gwr-resolution', year));
      expect(plan.sections.map((s) => s.role)).toEqual(['preamble']);
      expect(plan.tasks.length).toBeGreaterThan(0);
      expect(plan.text).not.toMatch(/本作品|Public domain/);
      expect(plan.warnings.map((w) => w.code)).toContain('NO_OUTLINE');
    });
  }

  it('2021: title, adopting body and adoption date from the resolution\'s own lines; they are not tasks', () => {
    const plan = parsePlan(fixtureBytes('npc-gwr-resolution', 2021));
    expect(plan.meta).toMatchObject({
      title: '第十三届全国人民代表大会第四次会议关于政府工作报告的决议', issuer: '第十三届全国人民代表大会第四次会议',
      issuedOn: '2021-03-11', docNumber: null,
    });
    expect(plan.year).toBe(2021);
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks[0].text.startsWith('第十三届全国人民代表大会第四次会议听取和审议了国务院总理李克强所作的政府工作报告。')).toBe(true);
  });

  it('2024: the link-split sentence …所作的 / 政府工作报告 / 。会议… is one paragraph again', () => {
    const plan = parsePlan(fixtureBytes('npc-gwr-resolution', 2024));
    expect(plan.tasks[0].text.startsWith('第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。会议充分肯定')).toBe(true);
  });
});
