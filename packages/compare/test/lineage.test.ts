import { describe, expect, it } from 'vitest';
import { traceLineage } from '../src/lineage.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('traceLineage', () => {
  const plans = [2023, 2024, 2025].map((y) => loadPlan('gov-work-report', y));

  it('follows 2024 积极扩大有效投资 forward into 2025 （一） as moved', () => {
    const start = taskWith(plans[1], '积极扩大有效投资。发挥好政府投资');
    const l = traceLineage('gov-work-report', plans, { year: 2024, taskId: start.id });
    const y2025 = l.steps.find((s) => s.year === 2025);
    expect(y2025?.taskIds).toEqual([taskWith(plans[2], '积极扩大有效投资。紧扣国家发展战略').id]);
    expect(y2025?.kind).toBe('moved');
    expect(l.steps.map((s) => s.year)).toEqual([2023, 2024, 2025]);
    expect(l.steps[1]).toEqual({ year: 2024, taskIds: [start.id], kind: 'start', score: null });
  });

  it('throws on an unknown start', () => {
    expect(() => traceLineage('gov-work-report', plans, { year: 2019, taskId: 'x' })).toThrow(/no plan/u);
    expect(() => traceLineage('gov-work-report', plans, { year: 2024, taskId: 'nope' })).toThrow(/no task/u);
  });
});
