import type { Comparison } from '@plandiff/model';

/** The one-line count of what happened between the two years, tasks then targets. */
export function SummaryLine({ summary }: { summary: Comparison['summary'] }) {
  const parts: [string, number][] = [
    ['added', summary.added],
    ['dropped', summary.dropped],
    ['changed', summary.changed],
    ['moved', summary.moved],
    ['split', summary.split],
    ['merged', summary.merged],
    ['unchanged', summary.unchanged],
  ];
  if (summary.outside_excerpt) parts.push(['outside excerpt', summary.outside_excerpt]);
  const targets = summary.targets;
  return (
    <p className="summary-line" aria-label="Summary">
      <span className="summary-group">
        <span className="label">Tasks</span>
        {parts.map(([name, count]) => (
          <span key={name} className={`count${count === 0 ? ' is-zero' : ''}`} data-count={name}>
            <b>{count}</b> {name}
          </span>
        ))}
      </span>
      <span className="summary-group">
        <span className="label">Targets</span>
        <span className="count" data-count="targets-changed">
          <b>{targets.changed}</b> changed
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
      </span>
    </p>
  );
}
