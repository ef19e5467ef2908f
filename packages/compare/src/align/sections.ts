/** Corresponding sections and the places of tasks in their sections, as the context passes read them. */
import type { Plan } from '@plandiff/model';
import type { RawLink } from '../align.js';
import { sectionChains } from '../align.js';

/**
 * Corresponding sections: at each outline depth, a section of `from` maps to the section of `to` at the same depth
 * that receives most links from tasks under it (its subsections included; ties: the first seen). Sections with no
 * linked task under them are absent.
 */
export function correspondingSections(from: Plan, to: Plan, links: RawLink[]): Map<string, string> {
  const chainsA = sectionChains(from);
  const chainsB = sectionChains(to);
  const votes = new Map<string, Map<string, number>>();
  for (const l of links) for (const i of l.from) for (const j of l.to) {
    const ca = chainsA.get(from.tasks[i].sectionId) ?? [];
    const cb = chainsB.get(to.tasks[j].sectionId) ?? [];
    for (let d = 0; d < Math.min(ca.length, cb.length); d += 1) {
      let m = votes.get(ca[d].id);
      if (!m) votes.set(ca[d].id, (m = new Map()));
      m.set(cb[d].id, (m.get(cb[d].id) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [sa, m] of votes) {
    let best = '';
    let n = 0;
    for (const [sb, c] of m) if (c > n) {
      best = sb;
      n = c;
    }
    out.set(sa, best);
  }
  return out;
}

/** The place of each task in its section (0 for the section's first task), by task index. */
export function ordinals(plan: Plan): Map<number, number> {
  const seen = new Map<string, number>();
  const out = new Map<number, number>();
  plan.tasks.forEach((t, i) => {
    const k = seen.get(t.sectionId) ?? 0;
    out.set(i, k);
    seen.set(t.sectionId, k + 1);
  });
  return out;
}

/** The first task of each section: section id → task index. */
export function firstTasks(plan: Plan): Map<string, number> {
  const m = new Map<string, number>();
  plan.tasks.forEach((t, i) => {
    if (!m.has(t.sectionId)) m.set(t.sectionId, i);
  });
  return m;
}
