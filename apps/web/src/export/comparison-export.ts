import type { Comparison, LinkKind, Plan, Target, TargetChange, Task } from '@plandiff/model';
import type { TFunction } from 'i18next';
import type { LinkView } from '../comparison/link-view.js';
import { describeTargetChange, formatTarget } from '../format/target-format.js';
import { taskLabel, taskLeadUnits } from '../plan/plan-index.js';
import { csvRows } from './csv-cell.js';

/** What an export covers: the comparison, both plans, the links shown (after the filters) and how they were chosen. */
export interface ExportInput {
  comparison: Comparison;
  fromPlan: Plan;
  toPlan: Plan;
  /** The link views the reader sees, in the order shown. */
  shown: LinkView[];
  /** All link views of the comparison (to tell whether anything is filtered out). */
  total: number;
  /** The filters named in words ({@link describeFilters}). */
  filterText: string;
  /** The series' Chinese name (政府工作报告), else its id. */
  seriesName: string;
}

function yearName(plan: Plan, fallback: string): string {
  return plan.year !== null ? String(plan.year) : fallback;
}

/** The target changes whose task belongs to a shown link (all of them when nothing is filtered out). */
export function shownTargetChanges(input: Pick<ExportInput, 'comparison' | 'shown' | 'total'>): TargetChange[] {
  if (input.shown.length === input.total) return input.comparison.targets;
  const fromTasks = new Set(input.shown.flatMap((view) => view.link.from));
  const toTasks = new Set(input.shown.flatMap((view) => view.link.to));
  return input.comparison.targets.filter(
    (change) => (change.from !== null && fromTasks.has(change.from.taskId)) || (change.to !== null && toTasks.has(change.to.taskId)),
  );
}

function taskPath(plan: Plan, target: Target | null): string {
  if (!target) return '';
  const task = plan.tasks.find((candidate) => candidate.id === target.taskId);
  return task ? taskLabel(task) : '';
}

/**
 * The CSV of what is shown: a first line naming the filters, a header whose columns carry the years
 * (`path_2024`, `text_2025`, `figure_2024`, `source_2025`), then one `task` row per shown link (kind, display paths,
 * full texts, lead units of each year) and one `target` row per target change of those links (metric, each year's
 * figure as written, the change in words, the display path and the full source sentence of each year's target).
 * Cells go through `csvCell` (csv-cell.ts). Output: CSV text without BOM.
 */
export function comparisonCsv(input: ExportInput, t: TFunction): string {
  const a = yearName(input.fromPlan, 'A');
  const b = yearName(input.toPlan, 'B');
  const header = ['row', 'kind', 'metric', `path_${a}`, `text_${a}`, `lead_${a}`, `path_${b}`, `text_${b}`, `lead_${b}`, `figure_${a}`, `figure_${b}`, 'change', `source_${a}`, `source_${b}`];
  const joinTasks = (tasks: Task[], pick: (task: Task) => string) => tasks.map(pick).join('\n');
  const rows: (string | number | null)[][] = [[`# ${t('export.filtered', { filters: input.filterText })} (${input.shown.length}/${input.total})`], header];
  for (const view of input.shown) {
    rows.push([
      'task',
      t(`kind.${view.link.kind}`),
      '',
      joinTasks(view.fromTasks, taskLabel),
      joinTasks(view.fromTasks, (task) => task.text),
      [...new Set(view.fromTasks.flatMap(taskLeadUnits))].join('、'),
      joinTasks(view.toTasks, taskLabel),
      joinTasks(view.toTasks, (task) => task.text),
      [...new Set(view.toTasks.flatMap(taskLeadUnits))].join('、'),
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  const years = { from: input.fromPlan.year, to: input.toPlan.year };
  for (const change of shownTargetChanges(input)) {
    rows.push([
      'target',
      t(`kind.${change.kind}`),
      change.metric,
      taskPath(input.fromPlan, change.from),
      '',
      '',
      taskPath(input.toPlan, change.to),
      '',
      '',
      change.from ? formatTarget(change.from, t) : '',
      change.to ? formatTarget(change.to, t) : '',
      describeTargetChange(change, years, t)
        .map((label) => label.text)
        .join('; '),
      change.from?.text ?? '',
      change.to?.text ?? '',
    ]);
  }
  return csvRows(rows);
}

const KIND_ORDER: LinkKind[] = ['added', 'dropped', 'changed', 'moved', 'split', 'merged', 'unchanged', 'outside_excerpt'];

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The Markdown report of what is shown: heading with the series' Chinese name and the years, the filters in words,
 * the summary counts (the comparison's own), the target changes of the shown links, then the shown links grouped by
 * kind — each group's heading count is the number of its links, so without filters it equals the summary's count
 * (review links, when the comparison marks them, are listed apart and counted in `summary.review`).
 */
export function comparisonMarkdown(input: ExportInput, t: TFunction): string {
  const a = yearName(input.fromPlan, t('common.yearA'));
  const b = yearName(input.toPlan, t('common.newNotice'));
  const { summary } = input.comparison;
  const lines: string[] = [`# ${input.seriesName} ${a} → ${b}`, '', `> ${t('export.filtered', { filters: input.filterText })} (${input.shown.length}/${input.total})`, ''];
  lines.push(`## ${t('summary.label')}`, '');
  const kinds = KIND_ORDER.filter((kind) => kind !== 'outside_excerpt' || summary.outside_excerpt);
  lines.push(`| ${kinds.map((kind) => t(`kind.${kind}`)).join(' | ')} |`, `|${kinds.map(() => '---').join('|')}|`);
  lines.push(`| ${kinds.map((kind) => String((summary as Record<string, unknown>)[kind] ?? 0)).join(' | ')} |`, '');
  lines.push(
    `${t('summary.targets')}: ${[
      t('summary.targetsChanged', { count: summary.targets.changed }),
      t('summary.targetsNew', { count: summary.targets.added }),
      t('summary.targetsDropped', { count: summary.targets.dropped }),
      t('summary.targetsUnchanged', { count: summary.targets.unchanged }),
    ].join(' · ')}`,
    '',
  );
  const targets = shownTargetChanges(input);
  lines.push(`## ${t('targetTable.heading')} (${targets.length})`, '');
  if (targets.length > 0) {
    lines.push(`| ${t('targetTable.metric')} | ${a} | ${b} | ${t('targetTable.change')} |`, '|---|---|---|---|');
    const years = { from: input.fromPlan.year, to: input.toPlan.year };
    for (const change of targets) {
      const words = describeTargetChange(change, years, t)
        .map((label) => label.text)
        .join('; ');
      lines.push(`| ${mdCell(change.metric)} | ${mdCell(change.from ? formatTarget(change.from, t) : '—')} | ${mdCell(change.to ? formatTarget(change.to, t) : '—')} | ${mdCell(words)} |`);
    }
    lines.push('');
  }
  const plan = input.shown.filter((view) => view.link.role !== 'review');
  const review = input.shown.filter((view) => view.link.role === 'review');
  const group = (views: LinkView[], level: string) => {
    for (const kind of KIND_ORDER) {
      const ofKind = views.filter((view) => view.link.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`${level} ${t(`kind.${kind}`)} (${ofKind.length})`, '');
      for (const view of ofKind) {
        const from = view.fromTasks.map(taskLabel).join('、') || '—';
        const to = view.toTasks.map(taskLabel).join('、') || '—';
        lines.push(`${level}# ${a} ${from} → ${b} ${to}`, '');
        if (view.fromTasks.length > 0) lines.push(`**${a}**`, '', quote(view.fromTasks.map((task) => task.text).join('\n')), '');
        if (view.toTasks.length > 0) lines.push(`**${b}**`, '', quote(view.toTasks.map((task) => task.text).join('\n')), '');
      }
    }
  };
  group(plan, '##');
  if (review.length > 0) {
    lines.push(`## ${t('summary.review', summary.review ?? { changed: 0, added: 0, dropped: 0, unchanged: 0 })}`, '');
    group(review, '###');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
