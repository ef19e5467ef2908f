import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useComparisonContext } from '../comparison/comparison-context.js';
import { evidenceText } from '../comparison/evidence-text.js';
import type { LinkView } from '../comparison/link-view.js';
import { diffSide } from '../format/diff-sides.js';
import { taskLabel } from '../plan/plan-index.js';
import { KindBadge } from './KindBadge.js';
import { LinkTargetChanges } from './LinkTargetChanges.js';
import { TaskSide } from './TaskSide.js';

interface LinkRowProps {
  view: LinkView;
  fromYear: number | null;
  toYear: number | null;
  focused: boolean;
  onFocus: (key: string) => void;
  /** Words of the text filter, marked in the task texts. */
  words: readonly string[];
  /** Plan page paths of year A and year B (null when a side has no stored plan). */
  planPaths: { from: string | null; to: string | null };
}

function trailText(trail: { label: string; title: string }[] | undefined, none: string): string {
  if (!trail || trail.length === 0) return none;
  return trail.map((section) => `${section.label}${section.title}`).join(' › ');
}

/**
 * One aligned link: kind badge, score and evidence on top, then year A's task(s) left and year B's right with
 * word-level highlights; moved links say where the task came from, split/merged links list every task of the
 * group, outside-the-excerpt links are greyed with an explanation.
 */
export const LinkRow = memo(function LinkRow({ view, fromYear, toYear, focused, onFocus, words, planPaths }: LinkRowProps) {
  const { link } = view;
  const { t } = useTranslation();
  const context = useComparisonContext();
  const yearA = String(fromYear ?? t('common.yearA'));
  const yearB = String(toYear ?? t('common.newNotice'));
  const evidence = evidenceText(link.evidence, context.fromIndex, context.toIndex, { from: yearA, to: yearB }, t);
  const hasDiff = link.diff.length > 0 && view.fromTasks.length > 0 && view.toTasks.length > 0;
  const outside = link.kind === 'outside_excerpt';
  const moved = link.kind === 'moved';
  return (
    <article
      className={`link-row kind-${link.kind}${focused ? ' is-focused' : ''}`}
      data-key={view.key}
      data-kind={link.kind}
      data-role={link.role}
      tabIndex={-1}
      aria-label={`${t(`kind.${link.kind}`)} ${view.index + 1}`}
      onFocus={(event) => {
        // the row itself took the focus (n / p, a click on it), not a link inside it
        if (event.target === event.currentTarget) onFocus(view.key);
      }}
    >
      <header className="link-head">
        <KindBadge kind={link.kind} />
        {link.from.length > 0 && link.to.length > 0 ? (
          <span className="score" title={t('comparison.scoreTitle')}>
            {t('comparison.score', { score: link.score.toFixed(2) })}
          </span>
        ) : null}
        {link.pinned ? (
          <span className="tag" title={t('comparison.pinnedTitle')}>
            {t('comparison.pinned')}
          </span>
        ) : null}
        {link.assignmentChanges.leadAdded.length > 0 ? (
          <span className="lead-change lead-added">{t('comparison.leadAdded', { units: link.assignmentChanges.leadAdded.join('、') })}</span>
        ) : null}
        {link.assignmentChanges.leadRemoved.length > 0 ? (
          <span className="lead-change lead-removed">{t('comparison.leadRemoved', { units: link.assignmentChanges.leadRemoved.join('、') })}</span>
        ) : null}
        {evidence.length > 0 ? (
          <ul className="evidence" aria-label={t('comparison.evidence')}>
            {evidence.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
      </header>
      {moved ? (
        <p className="moved-note">
          {t('comparison.movedNote', {
            from: `${view.fromTasks[0] ? taskLabel(view.fromTasks[0]) : ''} ${trailText(view.fromTrails[0], t('common.noSection'))}`,
            to: `${view.toTasks[0] ? taskLabel(view.toTasks[0]) : ''} ${trailText(view.toTrails[0], t('common.noSection'))}`,
          })}
        </p>
      ) : null}
      {link.kind === 'split' || link.kind === 'merged' ? (
        <p className="moved-note group-note">
          {t(link.kind === 'split' ? 'comparison.split' : 'comparison.merged', {
            fromYear: yearA,
            toYear: yearB,
            fromCount: view.fromTasks.length,
            toCount: view.toTasks.length,
            fromPaths: view.fromTasks.map(taskLabel).join('、'),
            toPaths: view.toTasks.map(taskLabel).join('、'),
          })}
        </p>
      ) : null}
      {outside ? (
        <p className="outside-note">{t('comparison.outsideNote', { from: yearA, to: toYear ?? t('common.yearB') })}</p>
      ) : null}
      <div className="link-sides">
        <div className="side side-from">
          <TaskSide
            year={fromYear}
            otherYear={toYear}
            tasks={view.fromTasks}
            trails={view.fromTrails}
            runs={hasDiff ? diffSide(link.diff, 'from') : null}
            emptyNote={outside ? t('comparison.notCovered', { year: fromYear ?? '' }) : t('comparison.notIn', { year: yearA })}
            words={words}
            planPath={planPaths.from}
          />
        </div>
        <div className="side side-to">
          <TaskSide
            year={toYear}
            otherYear={fromYear}
            tasks={view.toTasks}
            trails={view.toTrails}
            runs={hasDiff ? diffSide(link.diff, 'to') : null}
            emptyNote={t('comparison.notIn', { year: toYear ?? t('common.yearB') })}
            words={words}
            planPath={planPaths.to}
          />
        </div>
      </div>
      <LinkTargetChanges changes={link.targetChanges} fromYear={fromYear} toYear={toYear} />
    </article>
  );
});
