import { describe, expect, it } from 'vitest';
import { assignmentChanges } from '../src/assignments.js';
import { loadPlan, taskWith } from './support/fixtures.js';

describe('assignmentChanges (Hubei 2024 lead units)', () => {
  const plan = loadPlan('hubei-sthjt-gzyd', 2024);
  // task 7 "持续深入打好蓝天保卫战 … (牵头单位:大气处…)"; task 8 "持续深入打好碧水保卫战 … (牵头单位:水处…)(牵头单位:流域处…)"
  const blue = taskWith(plan, '持续深入打好蓝天保卫战');
  const water = taskWith(plan, '持续深入打好碧水保卫战');

  it('reports lead units added and removed between two tasks', () => {
    expect(blue.assignments.flatMap((a) => a.lead)).toEqual(['大气处']);
    expect(assignmentChanges([blue], [water])).toEqual({ leadAdded: ['水处', '流域处'], leadRemoved: ['大气处'] });
  });

  it('no change for the same task, and empty sides are handled', () => {
    expect(assignmentChanges([blue], [blue])).toEqual({ leadAdded: [], leadRemoved: [] });
    expect(assignmentChanges([], [blue])).toEqual({ leadAdded: ['大气处'], leadRemoved: [] });
  });
});
