/**
 * `pnpm eval`: precision, recall and F1 of the aligner and of target matching against gold files
 * written by reading the plans (eval/gold/*.json). Paragraphs and sections are named in gold by a
 * distinctive phrase of their own text, resolved here to the parser's ids, so gold survives parser
 * changes. Prints every miss (gold pair not found) and false link (found pair not in gold), a score
 * calibration table, the precision of changed/moved links, the threshold curve (precision of proposed 1:1 pairs per
 * text-similarity and score band, kept and demoted alike) and the goals (link F1 ≥ 0.95, changed-link precision ≥ 0.97,
 * target-change F1 ≥ 0.97). Synthetic pairs (gold `files`) read their two sources from eval/.
 *
 * Usage: pnpm eval [gold-file-name-substring]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@plandiff/parse';
import type { Evidence, Plan, Section, TargetChange } from '@plandiff/model';
import { comparePlans } from '../src/compare.js';
import { evidenceTextSimilarity } from '../src/evidence-format.js';
import { resolveTaskReference } from '../src/decisions.js';
import { sectionChains } from '../src/align.js';
import { flattenSections } from '../src/sections.js';

interface GoldFile {
  series: string;
  /** synthetic pairs: source files under eval/ instead of fixtures/<series>/<year>/source.txt */
  files?: { from: string; to: string };
  from: number;
  to: number;
  scope: { from: string[]; to: string[]; ignore?: string[] };
  sections: { from: string; to: string }[];
  /** absent: paragraph links are not judged for this pair */
  links?: { from: string[]; to: string[]; note?: string }[];
  /** section rank changes the comparison must list (sections named by a phrase of their title) */
  sectionMoves?: { from: string; rankFrom: number; rankTo: number }[];
  targets?: {
    scopeFrom: string[];
    scopeTo: string[];
    changes: { from: string | null; to: string | null; kind: string; value?: string; modifier?: string }[];
  };
}

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', '..', '..', 'fixtures');
const squeeze = (s: string): string => s.replace(/\s+/gu, '');

function load(series: string, year: number): Plan {
  const meta = (() => {
    try {
      return JSON.parse(readFileSync(join(fixtures, series, String(year), 'meta.json'), 'utf8')) as { coverage?: 'full' | 'excerpt' };
    } catch {
      return {};
    }
  })();
  return parsePlan(readFileSync(join(fixtures, series, String(year), 'source.txt')), { series, year, coverage: meta.coverage ?? 'full' });
}

interface Score { tp: number; fp: number; fn: number }
const prf = (s: Score): { p: number; r: number; f1: number } => {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const fmt = (s: Score): string => {
  const { p, r, f1 } = prf(s);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};

function resolveSection(plan: Plan, phrase: string): Section | string {
  const hits = flattenSections(plan).filter((s) => squeeze(s.title).includes(squeeze(phrase)) && s.role !== 'review');
  if (hits.length === 1) return hits[0];
  return `${plan.id}: section "${phrase}" matches ${hits.length} sections`;
}

const totals = { sections: { tp: 0, fp: 0, fn: 0 }, links: { tp: 0, fp: 0, fn: 0 }, targets: { tp: 0, fp: 0, fn: 0 } };
const calibration = new Map<number, { n: number; correct: number }>();
/** 1:1 pairs the aligner proposed (kept as changed/moved/unchanged, or demoted to a near miss), with gold's verdict */
const proposals: { score: number; text: number; kept: boolean; kind: string; correct: boolean }[] = [];
const changedScore: Score = { tp: 0, fp: 0, fn: 0 };
const nearMisses: string[] = [];
let sectionMovesOk = 0;
let sectionMovesAll = 0;

const filter = process.argv[2] ?? '';
const goldDir = join(here, 'gold');
for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.json') && f.includes(filter)).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldFile;
  // the same folder holds the outcomes gold (eval/outcomes.ts reads it): only comparison gold has a series pair
  if (typeof gold.series !== 'string' || typeof gold.from !== 'number') continue;
  const from = gold.files ? parsePlan(readFileSync(join(here, gold.files.from)), { series: gold.series, year: gold.from }) : load(gold.series, gold.from);
  const to = gold.files ? parsePlan(readFileSync(join(here, gold.files.to)), { series: gold.series, year: gold.to }) : load(gold.series, gold.to);
  const t0 = performance.now();
  const c = comparePlans(from, to);
  const ms = performance.now() - t0;
  console.log(`\n=== ${name}: ${from.id} (${from.tasks.length} tasks) → ${to.id} (${to.tasks.length} tasks), compared in ${ms.toFixed(0)} ms`);

  const problems: string[] = [];
  const title = (plan: Plan, id: string): string => {
    const t = plan.tasks.find((x) => x.id === id);
    return t ? `${id} 「${t.title.slice(0, 24)}」` : id;
  };

  // Scope: tasks under the listed top-level sections, minus ignored bare paragraphs.
  const ignore = new Set((gold.scope.ignore ?? []).map(squeeze));
  const inScope = (plan: Plan, tops: string[]): Set<string> => {
    const chains = sectionChains(plan);
    return new Set(plan.tasks.filter((t) => {
      const top = chains.get(t.sectionId)?.[0];
      return top !== undefined && tops.includes(top.label) && !ignore.has(squeeze(t.text).replace(/[！!。，：:]/gu, ''));
    }).map((t) => t.id));
  };
  const scopeA = inScope(from, gold.scope.from);
  const scopeB = inScope(to, gold.scope.to);

  // Paragraph links.
  const goldPairs = new Set<string>();
  for (const l of gold.links ?? []) {
    const a = l.from.map((r) => resolveTaskReference(from, r));
    const b = l.to.map((r) => resolveTaskReference(to, r));
    for (const x of [...a, ...b]) if (typeof x === 'string') problems.push(x);
    for (const i of a) for (const j of b) {
      if (typeof i === 'number' && typeof j === 'number') goldPairs.add(`${from.tasks[i].id}|${to.tasks[j].id}`);
    }
  }
  const predPairs = new Map<string, number>();
  if (gold.links) for (const l of c.links) for (const a of l.from) for (const b of l.to) {
    if (scopeA.has(a) || scopeB.has(b)) predPairs.set(`${a}|${b}`, l.score);
  }
  const links: Score = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const falses: string[] = [];
  for (const p of goldPairs) {
    if (predPairs.has(p)) links.tp += 1;
    else {
      links.fn += 1;
      const [a, b] = p.split('|');
      const got = c.links.find((l) => l.from.includes(a));
      misses.push(`  miss  ${title(from, a)} → ${title(to, b)}   (aligner: ${got ? `${got.kind} → ${got.to.map((x) => title(to, x)).join(' + ') || '∅'}` : 'nothing'})`);
    }
  }
  for (const [p, score] of predPairs) {
    const bucket = Math.min(9, Math.floor(score * 10));
    const cal = calibration.get(bucket) ?? { n: 0, correct: 0 };
    cal.n += 1;
    if (goldPairs.has(p)) cal.correct += 1;
    calibration.set(bucket, cal);
    if (!goldPairs.has(p)) {
      links.fp += 1;
      const [a, b] = p.split('|');
      falses.push(`  false ${title(from, a)} → ${title(to, b)}   (score ${score.toFixed(2)})`);
    }
  }

  // Changed-link precision and the proposals behind the threshold curve (1:1 pairs in scope).
  if (gold.links) {
    const textOf = (ev: readonly Evidence[]): number => evidenceTextSimilarity(ev) ?? NaN;
    for (const l of c.links) {
      if (l.from.length === 1 && l.to.length === 1 && (scopeA.has(l.from[0]) || scopeB.has(l.to[0]))) {
        const correct = goldPairs.has(`${l.from[0]}|${l.to[0]}`);
        proposals.push({ score: l.score, text: textOf(l.evidence), kept: true, kind: l.kind, correct });
        if (l.kind === 'changed' || l.kind === 'moved') {
          if (correct) changedScore.tp += 1;
          else changedScore.fp += 1;
        }
      }
      // a demoted pair: the dropped task names its nearest counterpart as the first candidate
      const demoted = l.kind === 'dropped' && l.evidence[0]?.code === 'too_unlike' && l.candidates?.[0];
      if (demoted && l.candidates && scopeA.has(l.from[0])) {
        const cand = l.candidates[0];
        const correct = goldPairs.has(`${l.from[0]}|${cand.id}`);
        proposals.push({ score: cand.score, text: textOf(l.evidence), kept: false, kind: 'near miss', correct });
        if (correct) nearMisses.push(`  near miss gold confirms: ${title(from, l.from[0])} → ${title(to, cand.id)}   (score ${cand.score.toFixed(2)}, text similarity ${textOf(l.evidence).toFixed(2)})`);
      }
    }
  }

  // Section moves named by gold.
  for (const m of gold.sectionMoves ?? []) {
    sectionMovesAll += 1;
    const a = resolveSection(from, m.from);
    const hit = typeof a !== 'string' && (c.sectionMoves ?? []).some((x) => x.from === a.id && x.rankFrom === m.rankFrom && x.rankTo === m.rankTo);
    if (hit) sectionMovesOk += 1;
    else misses.push(`  miss  section move ${m.from} ${m.rankFrom} → ${m.rankTo}   (got: ${JSON.stringify(c.sectionMoves ?? [])})`);
  }

  // Sections (level ≥ 2 under the scope's top-level sections).
  const goldSec = new Set<string>();
  for (const s of gold.sections) {
    const a = resolveSection(from, s.from);
    const b = resolveSection(to, s.to);
    if (typeof a === 'string') problems.push(a);
    if (typeof b === 'string') problems.push(b);
    if (typeof a !== 'string' && typeof b !== 'string') goldSec.add(`${a.id}|${b.id}`);
  }
  const secScope = (plan: Plan, tops: string[]): Set<string> => {
    const chains = sectionChains(plan);
    return new Set(flattenSections(plan).filter((s) => s.level >= 2 && s.role !== 'review' && tops.includes(chains.get(s.id)?.[0]?.label ?? '')).map((s) => s.id));
  };
  const secA = secScope(from, gold.scope.from);
  const secB = secScope(to, gold.scope.to);
  const sections: Score = { tp: 0, fp: 0, fn: 0 };
  const predSec = new Set(c.sections.filter((s) => s.from && s.to && (secA.has(s.from) || secB.has(s.to))).map((s) => `${s.from}|${s.to}`));
  const secTitle = (plan: Plan, id: string): string => `${id} 「${flattenSections(plan).find((s) => s.id === id)?.title.slice(0, 20) ?? ''}」`;
  for (const p of goldSec) {
    if (predSec.has(p)) sections.tp += 1;
    else {
      sections.fn += 1;
      const [a, b] = p.split('|');
      misses.push(`  miss  section ${secTitle(from, a)} → ${secTitle(to, b)}`);
    }
  }
  for (const p of predSec) if (!goldSec.has(p)) {
    sections.fp += 1;
    const [a, b] = p.split('|');
    falses.push(`  false section ${secTitle(from, a)} → ${secTitle(to, b)}`);
  }

  // Target changes.
  const targets: Score = { tp: 0, fp: 0, fn: 0 };
  if (gold.targets) {
    const g = gold.targets;
    const taskText = (plan: Plan, id: string | undefined): string => squeeze(plan.tasks.find((t) => t.id === id)?.text ?? '');
    const predicted = c.targets.filter((t) =>
      (t.from && g.scopeFrom.some((s) => taskText(from, t.from?.taskId).includes(squeeze(s))))
      || (t.to && g.scopeTo.some((s) => taskText(to, t.to?.taskId).includes(squeeze(s)))));
    const used = new Set<TargetChange>();
    // a gold phrase (quoted from the source) and a target's text (the parser's span) match when either
    // contains the other
    const same = (phrase: string, text: string): boolean => squeeze(text).includes(squeeze(phrase)) || squeeze(phrase).includes(squeeze(text));
    const matches = (e: (typeof g.changes)[number], t: TargetChange): boolean =>
      (e.from === null ? t.from === null : t.from !== null && same(e.from, t.from.text))
      && (e.to === null ? t.to === null : t.to !== null && same(e.to, t.to.text))
      && t.kind === e.kind
      && (e.value === undefined || t.change.value === e.value)
      && (e.modifier === undefined || (t.change.modifier && `${t.change.modifier.from}→${t.change.modifier.to}`) === e.modifier);
    for (const e of g.changes) {
      const hit = predicted.find((t) => !used.has(t) && matches(e, t));
      if (hit) {
        targets.tp += 1;
        used.add(hit);
      } else {
        targets.fn += 1;
        const near = c.targets.find((t) => (e.to && t.to && squeeze(t.to.text).includes(squeeze(e.to))) || (e.from && t.from && squeeze(t.from.text).includes(squeeze(e.from))));
        misses.push(`  miss  target ${e.from ?? '∅'} → ${e.to ?? '∅'} ${e.kind}${e.value ? ` ${e.value}` : ''}${e.modifier ? ` ${e.modifier}` : ''}   (got: ${near ? `${near.kind} ${near.metric} ${near.from?.text ?? '∅'} → ${near.to?.text ?? '∅'} ${JSON.stringify(near.change)}` : 'no target with that text'})`);
      }
    }
    for (const t of predicted) if (!used.has(t)) {
      targets.fp += 1;
      falses.push(`  false target ${t.kind} ${t.metric}: ${t.from?.text ?? '∅'} → ${t.to?.text ?? '∅'} ${JSON.stringify(t.change)}`);
    }
  }

  for (const p of problems) console.log(`  gold reference problem: ${p}`);
  console.log(`  sections      ${fmt(sections)}`);
  if (gold.links) console.log(`  paragraphs    ${fmt(links)}`);
  else console.log('  paragraphs    (not in this gold file)');
  if (gold.targets) console.log(`  targets       ${fmt(targets)}`);
  if (misses.length + falses.length > 0) console.log([...misses, ...falses].join('\n'));
  for (const k of ['sections', 'links', 'targets'] as const) {
    const s = { sections, links, targets }[k];
    totals[k].tp += s.tp;
    totals[k].fp += s.fp;
    totals[k].fn += s.fn;
  }
}

const linkTotal: Score = {
  tp: totals.sections.tp + totals.links.tp, fp: totals.sections.fp + totals.links.fp, fn: totals.sections.fn + totals.links.fn,
};
console.log('\n=== all gold files');
console.log(`  sections      ${fmt(totals.sections)}`);
console.log(`  paragraphs    ${fmt(totals.links)}`);
console.log(`  links (both)  ${fmt(linkTotal)}`);
console.log(`  targets       ${fmt(totals.targets)}`);
console.log(`  changed/moved links  precision ${prf(changedScore).p.toFixed(3)} (${changedScore.tp} of ${changedScore.tp + changedScore.fp} confirmed by gold)`);
if (sectionMovesAll > 0) console.log(`  section moves ${sectionMovesOk}/${sectionMovesAll} found`);
console.log(`\n  near misses: ${nearMisses.length} demoted pairs (dropped + added, listed as candidates) that gold calls one task${nearMisses.length ? `:\n${nearMisses.join('\n')}` : ''}`);
const band = (xs: typeof proposals, key: 'score' | 'text', edges: number[]): void => {
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const inBand = xs.filter((x) => x[key] >= edges[i] && (x[key] < edges[i + 1] || (i + 2 === edges.length && x[key] <= edges[i + 1])));
    if (inBand.length === 0) continue;
    const ok = inBand.filter((x) => x.correct).length;
    const kept = inBand.filter((x) => x.kept).length;
    console.log(`    ${key} ${edges[i].toFixed(2)}–${edges[i + 1].toFixed(2)}: gold confirms ${ok}/${inBand.length} = ${(ok / inBand.length).toFixed(2)}   (kept as a link ${kept}, demoted ${inBand.length - kept})`);
  }
};
console.log('\n  threshold curve: precision of the 1:1 pairs the aligner proposed (kept or demoted), per band');
band(proposals.filter((x) => Number.isFinite(x.text)), 'text', [0, 0.1, 0.2, 0.3, 0.4, 0.6, 1]);
band(proposals, 'score', [0.5, 0.6, 0.7, 0.8, 0.9, 1]);
console.log('\n  calibration of paragraph-link scores (share of found pairs that gold confirms):');
for (const [b, v] of [...calibration.entries()].sort((x, y) => x[0] - y[0])) {
  console.log(`    score ${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}: ${v.correct}/${v.n} = ${(v.correct / v.n).toFixed(2)}`);
}
const linkF1 = prf(linkTotal).f1;
const targetF1 = prf(totals.targets).f1;
const changedP = prf(changedScore).p;
console.log(`\n  goal link F1 ≥ 0.95: ${linkF1 >= 0.95 ? 'met' : 'NOT met'} (${linkF1.toFixed(3)});  goal changed-link precision ≥ 0.97: ${changedP >= 0.97 ? 'met' : 'NOT met'} (${changedP.toFixed(3)});  goal target-change F1 ≥ 0.97: ${targetF1 >= 0.97 ? 'met' : 'NOT met'} (${targetF1.toFixed(3)})`);
