import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { inferLostCharacters } from '../src/lost-characters.js';
import { markMovesWithin } from '../src/moves-within.js';
import { cutAtExcerpt } from '../src/excerpt-boundary.js';
import { mirrorLink } from '../src/mirror.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('damage is not change: hubei-sthjt-gzyd 2023 (excerpt) → 2024', () => {
  const from = loadPlan('hubei-sthjt-gzyd', 2023, 'excerpt');
  const to = loadPlan('hubei-sthjt-gzyd', 2024);
  const c = comparePlans(from, to);
  const general = c.links.find((l) => l.from.includes(taskWith(from, '以习近平新时代中国特色社会主义思想为指导').id))!;

  it('2023 指导， against 2024 指□ is equal with 导， inferred from 2023, never struck and re-added', () => {
    expect(general.diff).toContainEqual({ op: 'equal', text: '□', inferred: '导，', lost: 'to' });
    expect(general.diff).toContainEqual({ op: 'equal', text: '□', inferred: '神，', lost: 'to' });
    expect(general.diff.filter((o) => o.op === 'delete').map((o) => o.text)).not.toContain('导');
    // the damaged side still reads as its source prints it; the other side as its own
    const toText = general.diff.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
    expect(toText).toBe(to.tasks.find((t) => t.id === general.to[0])!.text);
    const fromText = general.diff.filter((o) => o.op !== 'insert').map((o) => (o.inferred !== undefined && o.lost === 'to' ? o.inferred : o.text)).join('');
    expect(fromText).toBe(from.tasks.find((t) => t.id === general.from[0])!.text);
  });

  it('a lost character with no shared context stays an edit, and a lost digit is never inferred', () => {
    expect(inferLostCharacters([{ op: 'delete', text: '甲' }, { op: 'insert', text: '□' }])).toEqual([{ op: 'delete', text: '甲' }, { op: 'insert', text: '□' }]);
    expect(inferLostCharacters([{ op: 'equal', text: '利用率达' }, { op: 'delete', text: '92%' }, { op: 'insert', text: '□2%' }]))
      .toEqual([{ op: 'equal', text: '利用率达' }, { op: 'delete', text: '92%' }, { op: 'insert', text: '□2%' }]);
  });

  it('names the paired PM2.5 target from the undamaged 2023 side, never 细颗粒□', () => {
    const pm = c.targets.find((t) => t.from?.metric.startsWith('国考城市细颗粒物'))!;
    expect(pm.to?.metric).toContain('细颗粒□');
    expect(pm.metric).toBe(pm.from?.metric);
    expect(c.targets.filter((t) => t.from && t.to && t.metric.includes('□') && !t.from.metric.includes('□'))).toEqual([]);
  });

  it('the 2023 excerpt’s cut-off end 全省受污染 is equal, the rest of 2024’s sentence beyond the excerpt, never a deletion', () => {
    const link = c.links.find((l) => l.from.includes(from.tasks[from.tasks.length - 1].id))!;
    expect(link.diff.filter((o) => o.op === 'delete').map((o) => o.text).join('')).not.toContain('全省受污染');
    const cut = link.diff.findIndex((o) => o.op === 'equal' && o.text.endsWith('全省受污染'));
    expect(cut).toBeGreaterThanOrEqual(0);
    expect(link.diff[cut + 1]).toMatchObject({ op: 'insert', beyondExcerpt: 'from' });
    expect(link.diff[cut + 1].text.startsWith('耕地安全利用率达□2%以上')).toBe(true);
    expect(link.evidence).toContainEqual({ code: 'excerpt_boundary', values: { excerpt: 'from' } });
    // the mirror says the same from the other side
    expect(mirrorLink(link).diff[cut + 1]).toMatchObject({ op: 'delete', beyondExcerpt: 'to' });
  });

  it('cutAtExcerpt leaves a sentence alone when the other side does not begin with the cut words', () => {
    expect(cutAtExcerpt([{ op: 'changed', from: '全省受污染', to: '农村生活污水治理率', diff: [] }], 'from')).toBeNull();
  });
});

describe('a target that only moved inside its sentence (gov-work-report 2024 → 2025)', () => {
  const c = comparePlans(loadPlan('gov-work-report', 2024), loadPlan('gov-work-report', 2025));

  it('城镇新增就业1200万人以上 is unchanged and its words are flagged moved, not struck and re-added', () => {
    expect(c.targets.find((t) => t.metric === '城镇新增就业')).toMatchObject({ kind: 'unchanged' });
    const link = c.links.find((l) => l.sentences?.some((p) => p.from?.startsWith('城镇新增就业1200万人以上')))!;
    const pair = link.sentences!.find((p) => p.from?.startsWith('城镇新增就业1200万人以上'))!;
    const jobs = pair.diff!.filter((o) => o.text.includes('城镇新增就业1200万人以上'));
    expect(jobs.map((o) => [o.op, o.moved])).toEqual([['delete', true], ['insert', true]]);
    expect(link.diff.filter((o) => o.text.includes('城镇新增就业1200万人以上')).every((o) => o.moved)).toBe(true);
  });

  it('a short common word is not a move', () => {
    expect(markMovesWithin([{ op: 'delete', text: '推进，' }, { op: 'equal', text: '加快' }, { op: 'insert', text: '，推进' }]).some((o) => o.moved)).toBe(false);
  });
});
