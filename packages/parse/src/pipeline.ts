import type { Plan, Section, Target, Task, Warning } from '@plandiff/model';
import { SCHEMA_VERSION } from '@plandiff/model';
import { assignments } from './assignments.js';
import { decode } from './decode.js';
import { PlanParseError } from './errors.js';
import { extract } from './extract.js';
import { metadata } from './metadata.js';
import { repairDoubleDecoding } from './mojibake.js';
import { normalise } from './normalise.js';
import type { ParseOptions } from './options.js';
import { outline } from './outline.js';
import { judgeQuality, severityOf } from './quality.js';
import { repair } from './repair.js';
import { extractTargets } from './targets/index.js';
import { extractResults, timeFrame } from './results/index.js';
import { readKind } from './kind.js';
import type { Result } from '@plandiff/model';
import { tasks } from './tasks.js';

/** Runs repaired as double-decoded from which a text counts as such (one run could be a quoted example). */
const MIN_DOUBLE_DECODED_RUNS = 2;
/** Fewer Han characters than this and the input is not a Chinese plan. */
const MIN_HAN_CHARACTERS = 20;

/**
 * The parse pipeline (DESIGN.md "The flow"): decode → extract → repair → normalise → outline →
 * tasks (+ assignments, + targets) → metadata → Plan. Each stage is a pure function of the previous
 * stage's value. Input: the notice's bytes or string and what the caller knows ({@link ParseOptions}).
 * Output: a Plan (schemaVersion 1) whose spans are `[start, end)` UTF-16 offsets into `plan.text`.
 * Throws PlanParseError only: EMPTY, BINARY, TOO_LARGE, UNDECODABLE (from decode) and NOT_A_PLAN
 * (fewer than {@link MIN_HAN_CHARACTERS} Chinese characters survive extraction). `ingestWarnings` (what the ingest
 * stage noticed: SCANNED_NO_TEXT, HAS_REVISIONS …) join the plan's warnings before the verdict is judged.
 */
export function runPipeline(input: Uint8Array | string, options: ParseOptions = {}, ingestWarnings: readonly Warning[] = []): Plan {
  const decoded = decode(input, options);
  // UTF-8 read as GBK and saved again (鍙戝睍 for 发展): repaired where lossless, and the plan is doubtful
  const doubleDecoded = repairDoubleDecoding(decoded.text);
  const notice = doubleDecoded.repairedRuns > 0 ? { ...decoded, text: doubleDecoded.text } : decoded;
  const extracted = extract(notice);
  const repaired = repair(extracted);
  const doc = normalise(repaired);
  if (countHan(doc.text) < MIN_HAN_CHARACTERS) {
    throw new PlanParseError('NOT_A_PLAN', `the input has no Chinese plan text (under ${MIN_HAN_CHARACTERS} Chinese characters after removing site text): pass the notice itself`);
  }
  const governmentReport = doc.blocks.slice(0, 12).some((b) => /政府工作报告$/.test(b.text));
  const plan = outline(doc.blocks, governmentReport);
  const preambleSection = plan.byId.get('s0');
  const preamble = preambleSection
    ? doc.blocks.filter((b) => b.start >= preambleSection.span[0] && b.end <= preambleSection.span[1])
    : doc.blocks.slice(0, 8);
  const read = metadata({
    preamble, siteMeta: doc.siteMeta, encoding: notice.encoding, sourceUrl: options.sourceUrl ?? null,
    coverage: options.coverage ?? 'full', year: options.year ?? null,
    headingYear: headingYear(plan.sections),
  });

  // what the document is (kind.ts): a report of results gives results only, never targets
  const kind = readKind({
    title: read.meta.title, openingLines: preamble.map((b) => b.text), text: doc.text,
    hasOutline: plan.sections.some((s) => s.role !== 'preamble'),
  });
  const allTargets: Target[] = [];
  const allResults: Result[] = [];
  // the time frame a chapter's paragraphs share (过去五年… then ——经济发展再上新台阶…), reset at each chapter
  let frame = { chapter: '', text: '' };
  const planTasks: Task[] = tasks(plan, doc.text).map((draft) => {
    const role = draft.role === 'appendix' ? 'plan' : draft.role;
    const chapter = draft.sectionId.split('.')[0];
    if (chapter !== frame.chapter) frame = { chapter, text: '' };
    for (const result of extractResults({ taskId: draft.id, text: draft.text, offset: draft.span[0], reportYear: read.year, role, kind: kind.kind, frame: frame.text })) {
      allResults.push(result);
    }
    frame.text = timeFrame(draft.text, frame.text);
    // a glossary (名词解释) defines words: no targets; an appendix (附件: 民生实事) lists the year's undertakings
    const targets = draft.role === 'glossary' || kind.kind === 'results' ? [] : extractTargets({
      taskId: draft.id, text: draft.text, offset: draft.span[0], planYear: read.year, role: draft.role === 'appendix' ? 'plan' : draft.role,
      heading: sectionHeading(plan.byId, draft.sectionId),
    });
    for (const target of targets) allTargets.push(target);
    return {
      id: draft.id, sectionId: draft.sectionId, path: draft.path, number: draft.number, title: draft.title,
      text: draft.text, span: draft.span, assignments: assignments(draft.text, draft.span[0]), targets,
    };
  });

  const warnings: Warning[] = [];
  if (notice.declaredCharset !== null && notice.declaredCharset !== notice.encoding) {
    warnings.push({ code: 'CHARSET_MISMATCH', message: `the page declares ${notice.declaredCharset} but its bytes are ${notice.encoding}: read as ${notice.encoding}`, span: null });
  }
  if (notice.replaced > 0) {
    warnings.push({ code: 'UNDECODABLE_BYTES', message: `${notice.replaced} byte sequences are not valid ${notice.encoding} and became U+FFFD`, span: null });
  }
  if (doubleDecoded.repairedRuns >= MIN_DOUBLE_DECODED_RUNS || doubleDecoded.lostRuns > 0) {
    warnings.push({
      code: 'DOUBLE_DECODED', span: null,
      message: `the text was decoded with the wrong charset and saved again (UTF-8 read as GBK): ${doubleDecoded.repairedRuns} runs (${doubleDecoded.repairedCharacters} characters) repaired` +
        (doubleDecoded.lostRuns > 0 ? `, ${doubleDecoded.lostRuns} 锟斤拷 runs mark characters lost for good` : '') + ': get a copy saved in its own encoding',
    });
  }
  for (const w of doc.warnings) warnings.push(w);
  for (const w of read.warnings) warnings.push(w);
  for (const w of ingestWarnings) warnings.push(w);
  if (plan.sections.every((s) => s.role === 'preamble')) {
    warnings.push({ code: 'NO_OUTLINE', message: 'no headings (一、 / （一） / 1.) found: the whole text is one preamble', span: null });
  }
  if (kind.kind === 'results') {
    warnings.push({ code: 'REPORT_OF_RESULTS', span: null, message: `this is a ${kind.name}, not a plan: its ${allResults.length} figures are results, never targets` });
  }
  const lostCharacters = doc.damage.reduce((n, d) => n + (d.kind === 'lost' ? d.span[1] - d.span[0] : 0), 0);
  const judged = judgeQuality({
    text: doc.text, warnings, taskCount: planTasks.length, targets: allTargets, lostCharacters,
    hasTitle: read.meta.title !== null, hasOutline: plan.sections.some((s) => s.role !== 'preamble'), tasks: planTasks,
    assignedTasks: planTasks.filter((t) => t.assignments.some((a) => a.lead.length > 0 || a.responsible.length > 0)).length,
    kind: kind.kind,
  });
  for (const w of judged.warnings) warnings.push(w);
  const severe: Warning[] = warnings.map((w) => ({ code: w.code, severity: judged.quality.reasons.includes(w.code) ? 'error' : w.severity ?? severityOf(w.code), message: w.message, span: w.span }));
  const series = options.series ?? null;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: series && read.year ? `${series}/${read.year}` : series ?? (read.year ? `untitled/${read.year}` : 'untitled'),
    series,
    year: read.year,
    meta: read.meta,
    text: doc.text,
    sections: plan.sections,
    tasks: planTasks,
    targets: allTargets,
    damage: doc.damage,
    warnings: severe,
    quality: judged.quality,
    kind: kind.kind,
    results: allResults,
  };
}

/** The year named at the start of the first plan chapter's title (`2025年政府工作任务` → 2025), else null. */
function headingYear(sections: Section[]): number | null {
  for (const section of sections) {
    if (section.role !== 'plan') continue;
    const year = /^(\d{4})年/.exec(section.title);
    if (year) return Number(year[1]);
  }
  return null;
}

function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < MIN_HAN_CHARACTERS; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** The titles of a section and its parents (ids s2 → s2.3 → s2.3.1), outermost first, for the target reader. */
function sectionHeading(byId: Map<string, Section>, sectionId: string): string {
  const parts = sectionId.split('.');
  return parts.map((_, i) => byId.get(parts.slice(0, i + 1).join('.'))?.title ?? '').join(' ');
}
