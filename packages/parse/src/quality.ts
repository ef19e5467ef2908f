import type { DocumentKind, PlanQuality, Severity, Target, Warning } from '@plandiff/model';

/**
 * The plan's verdict (DESIGN.md: `quality`) and each warning's severity. A confident wrong number is the
 * worst thing the product can show, so a plan whose structure or figures cannot be trusted is `doubtful`
 * (stored only with `plandiff add --force`) and one that is not a plan at all is `unusable`.
 */

/** Severity of each warning code the parser emits; codes not listed are `warning`. */
const SEVERITY: Record<string, Severity> = {
  TITLE_ABSENT: 'info', ISSUER_ABSENT: 'info', DOC_NUMBER_ABSENT: 'info', ISSUED_ON_ABSENT: 'info', PUBLISHED_ON_ABSENT: 'info',
  SITE_TEXT_REMOVED: 'info', REPORT_OF_RESULTS: 'info', PAGE_FURNITURE_REMOVED: 'info', HARD_WRAPPED_TEXT: 'info', ONE_LINE_LAYOUT: 'info',
  TITLE_UNREADABLE: 'warning', DOC_NUMBER_UNREADABLE: 'warning', ISSUED_ON_UNREADABLE: 'warning', PUBLISHED_ON_UNREADABLE: 'warning',
  DEGENERATE_STRUCTURE: 'error',
  CHARSET_MISMATCH: 'warning', RUN_ON_TEXT: 'warning', UNDECODABLE_BYTES: 'warning', DAMAGED_COPY: 'warning', NO_OUTLINE: 'warning',
  YEAR_MISMATCH: 'error', DOUBLE_DECODED: 'error', MOSTLY_DAMAGED: 'error', TOO_FEW_TASKS: 'error', NOT_A_PLAN_TEXT: 'error',
  // from the ingest stage (@plandiff/ingest): a scanned page has no text to read; a Word file with tracked changes
  SCANNED_NO_TEXT: 'error', HAS_REVISIONS: 'warning',
};

/** The severity of a warning code: `*_ABSENT` and page-cleaning notes are info, verdict reasons error, the rest warning. */
export function severityOf(code: string): Severity {
  return SEVERITY[code] ?? (code.endsWith('_ABSENT') ? 'info' : 'warning');
}

/** Above this many characters a text without any heading is not a plan we can read (a report saved as one line). */
export const NO_OUTLINE_LENGTH = 3000;
/** More characters than this per task in a text over {@link NO_OUTLINE_LENGTH} characters: the tasks were not found. */
const MAX_CHARACTERS_PER_TASK = 2500;
/**
 * Words that direct what is to be done (推进, 加强, 落实 …): a plan's own vocabulary. A text with fewer than one per
 * {@link PLAN_WORD_SPAN} characters is no plan — the NPC resolutions, the shortest notices here, have one per 23–47
 * characters; a news item on the same economy has none in 215.
 */
const PLAN_WORDS = /推进|加强|实施|完善|推动|落实|深化|健全|强化|确保|加快|着力|坚持|全面|提高|提升|统筹|扎实|巩固|加大|开展|做好/g;
const PLAN_WORD_SPAN = 150;

/** A task with fewer Han characters, letters or digits than this besides its number label is label-only. */
const MIN_TASK_CONTENT = 2;
/** From this many tasks on, more than {@link LABEL_ONLY_SHARE} of them label-only is a degenerate structure. */
const LABEL_RULE_MIN_TASKS = 20;
const LABEL_ONLY_SHARE = 0.5;
/** In a text over {@link NO_OUTLINE_LENGTH} characters with at least 3 tasks, one task holding more than this share of the text. */
const DOMINANT_TASK_SHARE = 0.5;

/** What the verdict looks at. */
export interface QualityInput {
  text: string;
  /** the warnings so far (codes decide: NO_OUTLINE, YEAR_MISMATCH, DOUBLE_DECODED) */
  warnings: Warning[];
  taskCount: number;
  targets: Target[];
  /** characters marked lost (□) by repair */
  lostCharacters: number;
  hasTitle: boolean;
  hasOutline: boolean;
  /** tasks that name a lead or responsible unit (牵头单位 / 责任单位): a plan's mark that needs no plan words */
  assignedTasks?: number;
  /** each task's number label as written and its text (for the DEGENERATE_STRUCTURE rule); absent = not judged */
  tasks?: readonly { number: string | null; text: string }[];
  /** the document's kind (kind.ts): a news item or notice is no plan whatever its title or headings */
  kind?: DocumentKind;
}

/** Characters of a task's text that say something: Han characters, letters and digits after its number label. */
function taskContent(task: { number: string | null; text: string }): number {
  const text = task.number && task.text.startsWith(task.number) ? task.text.slice(task.number.length) : task.text;
  return text.match(/[\p{Script=Han}\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Why a plan's tasks are no structure at all, or null: most of 20+ tasks are bare labels (issue 22: 20,000 × `（一）；`
 * read as 19,999 tasks with verdict ok), or one task holds most of a long text (items numbered past what was read as
 * labels ran into the last task: 1.35 M characters).
 */
function degenerateStructure(input: QualityInput): string | null {
  const tasks = input.tasks;
  if (!tasks || tasks.length === 0) return null;
  const labelOnly = tasks.filter((t) => taskContent(t) < MIN_TASK_CONTENT).length;
  if (tasks.length >= LABEL_RULE_MIN_TASKS && labelOnly > tasks.length * LABEL_ONLY_SHARE) {
    return `${labelOnly} of ${tasks.length} tasks are a bare number label with no text: a list of labels, not a plan`;
  }
  const longest = tasks.reduce((max, t) => Math.max(max, t.text.length), 0);
  if (tasks.length >= 3 && input.text.length > NO_OUTLINE_LENGTH && longest > input.text.length * DOMINANT_TASK_SHARE) {
    return `one task holds ${longest} of the text's ${input.text.length} characters: the items after it were not read as tasks`;
  }
  return null;
}

/**
 * Sums a plan's problems up into its verdict, adding the warnings that explain it.
 * - unusable, SCANNED_NO_TEXT: the ingest stage found pages with no text layer (a scan; no OCR guesses figures);
 * - unusable, NOT_A_PLAN_TEXT: a news item or notice (kind `notice`, kind.ts); or no title, fewer plan words (推进/加强/落实 …) than one per {@link PLAN_WORD_SPAN}
 *   characters, and no heading or no task naming a lead unit (a paragraph of news is not a plan; nor is an exam
 *   syllabus with headings 一、考试方式 — the sparsest plan stored has one plan word per 50 characters, the 2022
 *   exam syllabus one per 1078);
 * - doubtful, NO_OUTLINE: no heading in a text over {@link NO_OUTLINE_LENGTH} characters;
 * - doubtful, TOO_FEW_TASKS: over {@link MAX_CHARACTERS_PER_TASK} characters per task in such a text;
 * - doubtful, DEGENERATE_STRUCTURE: most of 20+ tasks are bare labels, or one of 3+ tasks holds over half of a text
 *   over {@link NO_OUTLINE_LENGTH} characters;
 * - doubtful, YEAR_MISMATCH / DOUBLE_DECODED: those warnings are present;
 * - doubtful, MOSTLY_DAMAGED: more than half of at least 3 targets damaged, or over 10% of the text lost.
 * Input: {@link QualityInput}. Output: the verdict and the warnings to append (each with severity). Throws nothing.
 */
export function judgeQuality(input: QualityInput): { quality: PlanQuality; warnings: Warning[] } {
  const codes = new Set(input.warnings.map((w) => w.code));
  const reasons: string[] = [];
  const added: Warning[] = [];
  const length = input.text.length;
  const planWords = input.text.match(PLAN_WORDS)?.length ?? 0;
  if (codes.has('SCANNED_NO_TEXT')) return { quality: { verdict: 'unusable', reasons: ['SCANNED_NO_TEXT'] }, warnings: added };
  // a list of bare labels is named as such whatever else is said of it (issue 22: 20,000 × （一）；)
  const degenerate = degenerateStructure(input);
  if (input.kind === 'notice') {
    reasons.push('NOT_A_PLAN_TEXT');
    added.push({
      code: 'NOT_A_PLAN_TEXT', severity: 'error', span: null,
      message: `a news item or notice of ${length} characters (byline, dateline or news words, no plan title): this is not a work plan`,
    });
    return { quality: { verdict: 'unusable', reasons }, warnings: added };
  }
  if (!input.hasTitle && (!input.hasOutline || (input.assignedTasks ?? 0) === 0) && planWords * PLAN_WORD_SPAN < length) {
    reasons.push('NOT_A_PLAN_TEXT');
    added.push({
      code: 'NOT_A_PLAN_TEXT', severity: 'error', span: null,
      message: `no title, ${input.hasOutline ? 'headings but only' : 'no headings and'} ${planWords} words of a plan (推进/加强/落实 …) in ${length} characters: this does not read as a work plan`,
    });
    if (degenerate) {
      reasons.push('DEGENERATE_STRUCTURE');
      added.push({ code: 'DEGENERATE_STRUCTURE', severity: 'error', span: null, message: degenerate });
    }
    return { quality: { verdict: 'unusable', reasons }, warnings: added };
  }
  if (codes.has('NO_OUTLINE') && length > NO_OUTLINE_LENGTH) reasons.push('NO_OUTLINE');
  if (length > NO_OUTLINE_LENGTH && input.taskCount * MAX_CHARACTERS_PER_TASK < length) {
    reasons.push('TOO_FEW_TASKS');
    added.push({
      code: 'TOO_FEW_TASKS', severity: 'error', span: null,
      message: `${input.taskCount} tasks in ${length} characters (fewer than one per ${MAX_CHARACTERS_PER_TASK}): its structure was not read`,
    });
  }
  if (degenerate) {
    reasons.push('DEGENERATE_STRUCTURE');
    added.push({ code: 'DEGENERATE_STRUCTURE', severity: 'error', span: null, message: degenerate });
  }
  if (codes.has('YEAR_MISMATCH')) reasons.push('YEAR_MISMATCH');
  if (codes.has('DOUBLE_DECODED')) reasons.push('DOUBLE_DECODED');
  const damaged = input.targets.filter((t) => t.damaged).length;
  if ((input.targets.length >= 3 && damaged * 2 > input.targets.length) || input.lostCharacters * 10 > length) {
    reasons.push('MOSTLY_DAMAGED');
    added.push({
      code: 'MOSTLY_DAMAGED', severity: 'error', span: null,
      message: `${damaged} of ${input.targets.length} targets damaged, ${input.lostCharacters} characters lost: its figures cannot be trusted`,
    });
  }
  return { quality: { verdict: reasons.length > 0 ? 'doubtful' : 'ok', reasons }, warnings: added };
}
