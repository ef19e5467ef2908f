import type { Plan } from '@plandiff/model';

/** The committed form of a plan.json snapshot: 2-space JSON with a final newline, so diffs review well. */
export function serialisePlan(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}

/**
 * Where two snapshot texts first differ, as `line N: expected … / actual …` (1-based line), or null when equal.
 */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const clip = (s: string | undefined) => (s === undefined ? '(end of file)' : s.trim().slice(0, 120));
      return `line ${i + 1}: committed ${clip(a[i])} / parser now ${clip(b[i])}`;
    }
  }
  return 'differs';
}
