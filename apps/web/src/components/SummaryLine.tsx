import type { Comparison, LinkKind, TargetChange } from '@plandiff/model';
import { KIND_LABEL } from './KindBadge.js';

interface SummaryLineProps {
  summary: Comparison['summary'];
  /** the comparison's target changes, to say how many changed targets were raised and lowered */
  targets: TargetChange[];
  /** Called with a link kind when its count is clicked (the page then shows only that kind). */
  onKind: (kind: LinkKind) => void;
}

/** The one-line count of what happened between the two years, tasks then targets; a task count filters to its kind. */
export function SummaryLine({ summary, targets: changes, onKind }: SummaryLineProps) {
  const parts: [LinkKind, number][] = [
    ['added', summary.added],
    ['dropped', summary.dropped],
    ['changed', summary.changed],
    ['moved', summary.moved],
    ['split', summary.split],
    ['merged', summary.merged],
    ['unchanged', summary.unchanged],
  ];
  if (summary.outside_excerpt) parts.push(['outside_excerpt', summary.outside_excerpt]);
  const targets = summary.targets;
  const changed = changes.filter((change) => change.kind === 'changed');
  const raised = changed.filter((change) => change.change.value === 'raised').length;
  const lowered = changed.filter((change) => change.change.value === 'lowered').length;
  const other = targets.changed - raised - lowered;
  const breakdown = [
    raised > 0 ? `${raised} raised` : null,
    lowered > 0 ? `${lowered} lowered` : null,
    other > 0 && (raised > 0 || lowered > 0) ? `${other} other` : null,
  ].filter((part) => part !== null);
  return (
    <p className="summary-line" aria-label="Summary">
      <span className="summary-group">
        <span className="label">Tasks</span>
        {parts.map(([kind, count]) =>
          count === 0 ? (
            <span key={kind} className="count is-zero" data-count={kind}>
              <b>{count}</b> {KIND_LABEL[kind]}
            </span>
          ) : (
            <button
              key={kind}
              type="button"
              className="count count-button"
              data-count={kind}
              title={`show only ${KIND_LABEL[kind]} tasks`}
              onClick={() => onKind(kind)}
            >
              <b>{count}</b> {KIND_LABEL[kind]}
            </button>
          ),
        )}
      </span>
      <span className="summary-group">
        <span className="label">Targets</span>
        <span className="count" data-count="targets-changed">
          <b>{targets.changed}</b> changed
          {breakdown.length > 0 ? <span className="muted"> ({breakdown.join(', ')})</span> : null}
        </span>
        <span className="count" data-count="targets-added">
          <b>{targets.added}</b> new
        </span>
        <span className="count" data-count="targets-dropped">
          <b>{targets.dropped}</b> dropped
        </span>
        <span className="count is-zero" data-count="targets-unchanged">
          <b>{targets.unchanged}</b> unchanged
        </span>
        {targets.outside_excerpt ? (
          <span className="count is-zero" data-count="targets-outside-excerpt">
            <b>{targets.outside_excerpt}</b> beyond the excerpt
          </span>
        ) : null}
      </span>
    </p>
  );
}
