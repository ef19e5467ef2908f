/**
 * Deadlines as plans write them: 2024年底前, 年底前, 6月底前, 2024年6月底前, 2024年底, 年内, 到2025年, 2025年前.
 * Each is kept as written; `deadlineDate` is the ISO date it resolves to, using the plan's year when the
 * deadline names no year. Resolution: …年底前 / 年内 / 到YYYY年(底) → YYYY-12-31; M月底前 / M月末前 →
 * last day of month M. Deadlines whose end is not stated (6月前, 2025年前: "before June", "before 2025")
 * keep deadlineDate null rather than guessing.
 */

/** A deadline found in a text: local offsets `[start, end)`, as written, and its resolved date. */
export interface Deadline {
  start: number;
  end: number;
  text: string;
  date: string | null;
}

// Alternatives, leftmost first; every quantifier is bounded, so no backtracking blow-up.
const DEADLINE = /(?:到|在)?(\d{4})年(?:(\d{1,2})月)?(?:(底|末)前?|前)|(\d{1,2})月(?:(底|末)前?|前)|年(?:底|末)前?|年内|到(\d{4})年底?/g;

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function resolve(m: RegExpExecArray, planYear: number | null): string | null {
  const [whole, yearA, monthA, endA, monthB, endB, yearC] = m;
  if (yearA !== undefined) {
    const year = Number(yearA);
    if (monthA !== undefined) return endA ? lastDayOfMonth(year, Number(monthA)) : null;
    return endA ? `${year}-12-31` : null;
  }
  if (monthB !== undefined) {
    if (!endB || planYear === null) return null;
    const month = Number(monthB);
    return month >= 1 && month <= 12 ? lastDayOfMonth(planYear, month) : null;
  }
  if (yearC !== undefined) return `${yearC}-12-31`;
  // 年底前 / 年末前 / 年底 / 年内
  return planYear !== null && whole.length > 0 ? `${planYear}-12-31` : null;
}

/**
 * Finds the deadlines inside `text.slice(from, to)`.
 * Input: text, local range, the plan's year (or null). Output: deadlines in order, offsets local to `text`.
 * A month outside 1–12 yields no date.
 */
export function findDeadlines(text: string, from: number, to: number, planYear: number | null): Deadline[] {
  const part = text.slice(from, to);
  const found: Deadline[] = [];
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(part); m !== null; m = DEADLINE.exec(part)) {
    const monthA = m[2] ? Number(m[2]) : 1;
    const monthB = m[4] ? Number(m[4]) : 1;
    const date = monthA >= 1 && monthA <= 12 && monthB >= 1 && monthB <= 12 ? resolve(m, planYear) : null;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], date });
  }
  return found;
}
