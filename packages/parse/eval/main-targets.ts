/**
 * Evaluation of the target reader on the year's main targets of the 2026 provincial 政府工作报告, or with
 * `--year 2025` of the 2025 ones, read from their DOCX through the ingest stage (`parseNotice`): gold
 * eval/gold/main-targets-2025.json, written by reading the DOCX after the rules were written on 2026 (held out).
 * Gold: eval/gold/main-targets.json, written by reading each report's 主要预期目标 paragraph (not parser output).
 * For each report: parse eval/corpus/<file> with parsePlan, take the targets whose span lies inside the
 * paragraph (from its anchor to the end of its line), pair them with the gold targets, and count:
 * - right: paired and the same figure (value or low/high, unit, modifier);
 * - wrong: paired but another figure or modifier (printed with both readings);
 * - missed: a gold target nothing was paired with;
 * - false: a target read in the paragraph that pairs with no gold target.
 * Precision = right / targets read, recall = right / gold targets. Printed twice: all targets, and figures
 * only (qualitative ones set aside on both sides). Run: `pnpm eval:targets` (root) or `pnpm eval:targets`
 * in packages/parse. Exit code 0; the numbers are the output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan, Target } from '@plandiff/model';
import { parseNotice, parsePlan } from '../src/index.js';
import { extractTargets } from '../src/targets/index.js';

interface GoldTarget {
  metric: string;
  metricKey: string | null;
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  modifier: string;
  text?: string;
}
interface GoldReport { file: string; anchor: string; targets: GoldTarget[] }

const HERE = fileURLToPath(new URL('.', import.meta.url));
const yearAt = process.argv.indexOf('--year');
const YEAR = yearAt >= 0 ? Number(process.argv[yearAt + 1]) : 2026;
if (YEAR !== 2025 && YEAR !== 2026) throw new Error('--year takes 2025 (the DOCX reports) or 2026');
const gold = JSON.parse(readFileSync(`${HERE}gold/${YEAR === 2025 ? 'main-targets-2025.json' : 'main-targets.json'}`, 'utf8')) as { reports: GoldReport[] };
/** the 2025 DOCX: ../shared/corpus/provincial-gwr-2025-docx beside the repository ($PLANDIFF_SHARED overrides) */
const DOCX_DIR = `${process.env.PLANDIFF_SHARED ?? `${HERE}../../../../shared`}/corpus/provincial-gwr-2025-docx/`;
const plans = new Map<string, Plan>();
for (const report of gold.reports) {
  plans.set(report.file, YEAR === 2025
    ? await parseNotice(new Uint8Array(readFileSync(`${DOCX_DIR}${report.file}`)), { name: report.file })
    : parsePlan(readFileSync(`${HERE}corpus/${report.file}`)));
}

/** Dice coefficient of character bigrams (1 = same name). */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const x = grams(a);
  const y = grams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const at = pool.indexOf(g);
    if (at >= 0) { shared++; pool.splice(at, 1); }
  }
  return (2 * shared) / (x.length + y.length);
}

function samePair(g: GoldTarget, t: Target): boolean {
  if (g.metricKey !== null && t.metricKey === g.metricKey) return true;
  return t.metric.includes(g.metric) || g.metric.includes(t.metric) || similarity(g.metric, t.metric) >= 0.6;
}

function sameFigure(g: GoldTarget, t: Target): boolean {
  if (g.modifier !== t.modifier) return false;
  if (g.modifier === 'qualitative') return true;
  if (g.modifier === 'range') return t.low === g.low && t.high === g.high && t.unit === g.unit;
  return t.value === g.value && t.unit === g.unit;
}

function show(t: GoldTarget | Target): string {
  const figure = t.modifier === 'range' ? `${t.low}–${t.high}${t.unit}` : t.modifier === 'qualitative' ? '' : `${t.value}${t.unit}`;
  return `${t.metric}[${t.metricKey ?? '-'}] ${figure} ${t.modifier}`;
}

interface Tally { gold: number; read: number; right: number; falseTargets: number[] }

/**
 * The targets read in a report's paragraph: through the whole pipeline (`pipeline`: outline, tasks, then the
 * reader; a paragraph the outline leaves outside every task gives none), or by the reader alone on the
 * paragraph's text (`reader`: the line holding the anchor, as a plan-role task of a 2026 plan).
 */
function readParagraph(report: GoldReport, mode: 'pipeline' | 'reader'): Target[] {
  const plan = plans.get(report.file)!;
  // the plan text has full-width punctuation where the source had ASCII (normalise.ts: 目标是: → 目标是：)
  const fullWidth = report.anchor.replace(/:/g, '：').replace(/,/g, '，').replace(/;/g, '；');
  const at = plan.text.includes(report.anchor) ? plan.text.indexOf(report.anchor) : plan.text.indexOf(fullWidth);
  if (at < 0) throw new Error(`${report.file}: anchor ${report.anchor} not found`);
  const lineEnd = plan.text.indexOf('\n', at);
  const end = lineEnd < 0 ? plan.text.length : lineEnd;
  if (mode === 'pipeline') return plan.tasks.flatMap((task) => task.targets).filter((t) => t.span[0] >= at && t.span[1] <= end);
  const start = plan.text.lastIndexOf('\n', at) + 1;
  return extractTargets({ taskId: 't', text: plan.text.slice(start, end), offset: start, planYear: YEAR, role: 'plan' });
}

function evaluate(figuresOnly: boolean, verbose: boolean, mode: 'pipeline' | 'reader'): Tally {
  const tally: Tally = { gold: 0, read: 0, right: 0, falseTargets: [] };
  for (const report of gold.reports) {
    const keep = (m: string) => !figuresOnly || m !== 'qualitative';
    const read = readParagraph(report, mode).filter((t) => keep(t.modifier));
    const goldTargets = report.targets.filter((g) => keep(g.modifier));
    const unpaired = [...read];
    const lines: string[] = [];
    let right = 0;
    for (const g of goldTargets) {
      const candidates = unpaired.filter((t) => samePair(g, t));
      const pick = candidates.find((t) => sameFigure(g, t)) ?? candidates[0];
      if (pick === undefined) {
        lines.push(`  missed  ${show(g)}${g.text ? ` (${g.text})` : ''}`);
        continue;
      }
      unpaired.splice(unpaired.indexOf(pick), 1);
      if (sameFigure(g, pick)) right++;
      else lines.push(`  wrong   gold ${show(g)} | read ${show(pick)} «${pick.text}»`);
    }
    for (const t of unpaired) lines.push(`  false   ${show(t)} «${t.text}»`);
    tally.gold += goldTargets.length;
    tally.read += read.length;
    tally.right += right;
    tally.falseTargets.push(unpaired.length);
    if (verbose) {
      console.log(`${report.file}: gold ${goldTargets.length}, read ${read.length}, right ${right}, false ${unpaired.length}`);
      for (const line of lines) console.log(line);
    }
  }
  return tally;
}

function summary(label: string, t: Tally): void {
  const precision = t.read === 0 ? 0 : t.right / t.read;
  const recall = t.gold === 0 ? 0 : t.right / t.gold;
  console.log(
    `${label}: reports ${t.falseTargets.length}, gold ${t.gold}, read ${t.read}, right ${t.right}, ` +
    `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
    `false targets per report max ${Math.max(...t.falseTargets)} (${t.falseTargets.join(' ')})`,
  );
}

const all = evaluate(false, true, 'pipeline');
const figures = evaluate(true, false, 'pipeline');
console.log('\nthe reader alone, on each paragraph:');
const readerAll = evaluate(false, true, 'reader');
const readerFigures = evaluate(true, false, 'reader');
console.log('');
summary('pipeline, all main targets', all);
summary('pipeline, figures only    ', figures);
summary('reader,   all main targets', readerAll);
summary('reader,   figures only    ', readerFigures);
