import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { loadPlan } from './support/fixtures.js';

describe('a plan compared with itself', () => {
  it('Hubei 2024 (damaged copy): every link unchanged, its damaged targets unchanged with value unknown', () => {
    const plan = loadPlan('hubei-sthjt-gzyd', 2024);
    const c = comparePlans(plan, plan);
    expect(c.links.every((l) => l.kind === 'unchanged')).toBe(true);
    expect(c.summary.targets.changed).toBe(0);
    const soil = c.targets.find((t) => t.metric === '受污染耕地安全利用率');
    expect(soil).toMatchObject({ kind: 'unchanged', change: { value: 'unknown', damaged: 'both' } });
    expect(soil?.to?.value).toBeNull();
  });

  it('gov-work-report 2025: nothing changed', () => {
    const plan = loadPlan('gov-work-report', 2025);
    const c = comparePlans(plan, plan);
    expect(c.summary).toMatchObject({ changed: 0, added: 0, dropped: 0, moved: 0, targets: { changed: 0, added: 0, dropped: 0 } });
    expect(c.summary.unchanged).toBe(plan.tasks.length);
  });
});
