import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { parseLinkDecisions, resolveTaskReference } from '../src/decisions.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('link decisions', () => {
  const from = loadPlan('gov-work-report', 2024);
  const to = loadPlan('gov-work-report', 2025);

  it('the file schema accepts pins and forbids and rejects a malformed file', () => {
    const ok = parseLinkDecisions({ from: 2024, to: 2025, pin: [{ from: ['促进消费稳定增长'], to: ['实施提振消费专项行动'] }] });
    expect(ok.forbid).toEqual([]);
    expect(() => parseLinkDecisions({ pin: [{ from: 't1', to: ['t2'] }] })).toThrow();
    expect(() => parseLinkDecisions({ forbid: [{ from: '', to: 't2' }] })).toThrow();
  });

  it('a task reference resolves by id or by a phrase found in exactly one task', () => {
    const t = taskWith(from, '促进消费稳定增长');
    expect(resolveTaskReference(from, t.id)).toBe(from.tasks.indexOf(t));
    expect(resolveTaskReference(from, '促进消费稳定增长')).toBe(from.tasks.indexOf(t));
    expect(resolveTaskReference(from, '这句话不在报告里')).toMatch(/no task/u);
    expect(resolveTaskReference(from, '高质量发展')).toMatch(/occurs in \d+ tasks/u);
  });

  it('a forbid removes a link the aligner would make, and a pin makes a link marked pinned', () => {
    const invest24 = taskWith(from, '积极扩大有效投资。发挥好政府投资');
    const invest25 = taskWith(to, '积极扩大有效投资。紧扣国家发展战略');
    const plain = comparePlans(from, to);
    expect(plain.links.find((l) => l.from.includes(invest24.id))?.to).toEqual([invest25.id]);

    const forbidden = comparePlans(from, to, { decisions: { forbid: [{ from: invest24.id, to: invest25.id }] } });
    expect(forbidden.links.find((l) => l.from.includes(invest24.id))?.to ?? []).not.toContain(invest25.id);

    const jobs24 = taskWith(from, '多措并举稳就业促增收');
    const jobs25 = taskWith(to, '更大力度稳定和扩大就业');
    const pinned = comparePlans(from, to, { decisions: { pin: [{ from: ['多措并举稳就业促增收'], to: ['更大力度稳定和扩大就业'], note: 'same topic' }] } });
    const link = pinned.links.find((l) => l.from.includes(jobs24.id));
    expect(link).toMatchObject({ to: [jobs25.id], pinned: true });
    expect(link?.evidence[0]).toEqual({ code: 'pinned', values: { note: 'same topic' } });
  });

  it('unresolvable references are reported, not thrown', () => {
    const c = comparePlans(from, to, { decisions: { pin: [{ from: ['不存在的任务'], to: ['t1'] }] } });
    expect(c.problems).toHaveLength(2);
    expect(c.links.every((l) => !l.pinned)).toBe(true);
  });
});
