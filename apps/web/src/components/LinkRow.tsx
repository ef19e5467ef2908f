import { memo } from 'react';
import type { LinkView } from '../comparison/link-view.js';
import { diffSide } from '../format/diff-sides.js';
import { taskLabel } from '../plan/plan-index.js';
import { describeTargetChange, formatTarget } from '../format/target-format.js';
import { KindBadge } from './KindBadge.js';
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

function trailText(trail: { label: string; title: string }[] | undefined): string {
  if (!trail || trail.length === 0) return '(no section)';
  return trail.map((section) => `${section.label}${section.title}`).join(' › ');
}

/**
 * One aligned link: kind badge, score and evidence on top, then year A's task(s) left and year B's right with
 * word-level highlights; moved links say where the task came from, split/merged links list every task of the
 * group, outside-the-excerpt links are greyed with an explanation.
 */
export const LinkRow = memo(function LinkRow({ view, fromYear, toYear, focused, onFocus, words, planPaths }: LinkRowProps) {
  const { link } = view;
  const hasDiff = link.diff.length > 0 && view.fromTasks.length > 0 && view.toTasks.length > 0;
  const outside = link.kind === 'outside_excerpt';
  const moved = link.kind === 'moved';
  return (
    <article
      className={`link-row kind-${link.kind}${focused ? ' is-focused' : ''}`}
      data-key={view.key}
      data-kind={link.kind}
      tabIndex={-1}
      aria-label={`${link.kind} link ${view.index + 1}`}
      onFocus={(event) => {
        // the row itself took the focus (n / p, a click on it), not a link inside it
        if (event.target === event.currentTarget) onFocus(view.key);
      }}
    >
      <header className="link-head">
        <KindBadge kind={link.kind} />
        {link.from.length > 0 && link.to.length > 0 ? (
          <span className="score" title="alignment score, 0–1">
            score {link.score.toFixed(2)}
          </span>
        ) : null}
        {link.pinned ? (
          <span className="tag" title="alignment decided by a person (fixtures/<series>/links/)">
            pinned
          </span>
        ) : null}
        {link.assignmentChanges.leadAdded.length > 0 ? (
          <span className="lead-change lead-added">+ lead {link.assignmentChanges.leadAdded.join('、')}</span>
        ) : null}
        {link.assignmentChanges.leadRemoved.length > 0 ? (
          <span className="lead-change lead-removed">− lead {link.assignmentChanges.leadRemoved.join('、')}</span>
        ) : null}
        {link.evidence.length > 0 ? (
          <ul className="evidence" aria-label="evidence">
            {link.evidence.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
      </header>
      {moved ? (
        <p className="moved-note">
          Moved from <strong>{trailText(view.fromTrails[0])}</strong> to <strong>{trailText(view.toTrails[0])}</strong>
        </p>
      ) : null}
      {link.kind === 'split' || link.kind === 'merged' ? (
        <p className="moved-note group-note">
          {link.kind === 'split' ? 'Split: ' : 'Merged: '}
          {view.fromTasks.length} task{view.fromTasks.length === 1 ? '' : 's'} of {fromYear ?? 'year A'} (
          {view.fromTasks.map(taskLabel).join('、')}) became {view.toTasks.length} task{view.toTasks.length === 1 ? '' : 's'} of{' '}
          {toYear ?? 'the new notice'} ({view.toTasks.map(taskLabel).join('、')}); the texts below are each group joined.
        </p>
      ) : null}
      {outside ? (
        <p className="outside-note">
          {fromYear ?? 'Year A'}'s notice is only an excerpt and stops before this part of the plan, so whether this
          task is new in {toYear ?? 'year B'} cannot be told.
        </p>
      ) : null}
      <div className="link-sides">
        <div className="side side-from">
          <TaskSide
            year={fromYear}
            tasks={view.fromTasks}
            trails={view.fromTrails}
            runs={hasDiff ? diffSide(link.diff, 'from') : null}
            emptyNote={outside ? `not covered by the ${fromYear ?? ''} excerpt` : `not in ${fromYear ?? 'year A'}`}
            words={words}
            planPath={planPaths.from}
          />
        </div>
        <div className="side side-to">
          <TaskSide
            year={toYear}
            tasks={view.toTasks}
            trails={view.toTrails}
            runs={hasDiff ? diffSide(link.diff, 'to') : null}
            emptyNote={`not in ${toYear ?? 'year B'}`}
            words={words}
            planPath={planPaths.to}
          />
        </div>
      </div>
      {link.targetChanges.some((change) => change.kind !== 'unchanged') ? (
        <ul className="link-targets" aria-label="target changes in this task">
          {link.targetChanges
            .filter((change) => change.kind !== 'unchanged')
            .map((change, i) => (
              <li key={`${change.metric}-${i}`}>
                <span className="metric">{change.metric}</span>{' '}
                {change.from ? formatTarget(change.from) : '—'} → {change.to ? formatTarget(change.to) : '—'}{' '}
                {describeTargetChange(change, { from: fromYear, to: toYear }).map((label) => (
                  <span key={label.text} className={`change change-${label.tone}`}>
                    {label.text}
                  </span>
                ))}
              </li>
            ))}
        </ul>
      ) : null}
    </article>
  );
});
