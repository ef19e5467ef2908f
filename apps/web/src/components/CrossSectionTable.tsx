import type { CrossSection, Target } from '@plandiff/model';
import { formatTarget, isWordedTarget } from '../format/target-format.js';
import type { CrossSectionStrings } from '../cross-section/strings.js';
import { cellOf, type ProvinceRow, type TableSort } from '../cross-section/view.js';
import { splitParts } from '../cross-section/split-metrics.js';

/** The cell a reader picked: which province and indicator, and the target it shows. */
export interface PickedCell {
  province: ProvinceRow;
  metric: string;
  target: Target;
}

interface CrossSectionTableProps {
  S: CrossSectionStrings;
  /** the page is in English (labels of split parts: urban / rural) */
  english?: boolean;
  cs: CrossSection;
  rows: ProvinceRow[];
  metrics: CrossSection['metrics'];
  sort: TableSort;
  onSort: (by: string) => void;
  onPick: (cell: PickedCell) => void;
  picked: { province: string; metricKey: string } | null;
}

function SortButton({ S, label, active, direction, onClick }: { S: CrossSectionStrings; label: string; active: boolean; direction: string; onClick: () => void }) {
  return (
    <button type="button" className="xs-sort" onClick={onClick} aria-label={S.sortBy(label)}>
      {label}
      <span aria-hidden="true" className="xs-sort-mark">{active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      {active ? <span className="visually-hidden">{direction === 'asc' ? S.sortedAsc : S.sortedDesc}</span> : null}
    </button>
  );
}

/**
 * The cross-section as a table: one row per province (its name, an excerpt tag), one column per indicator. A cell
 * shows the figure as the report writes it (5%左右, 4.5–5%, 5%以上, 力争…) and its sentence on hover; a click opens the
 * sentence (onPick). A province that sets no target for an indicator says "not set"; an excerpt says "?"; a province
 * whose report is not stored says "not found" — three different things. Column headers sort (onSort).
 */
export function CrossSectionTable({ S, english = false, cs, rows, metrics, sort, onSort, onPick, picked }: CrossSectionTableProps) {
  const reference = cs.reference;
  return (
    <div className="table-wrap xs-table-wrap" tabIndex={0}>
      <table className="xs-table" aria-label={S.title}>
        <thead>
          <tr>
            <th scope="col" className="xs-province" aria-sort={sort.by === 'province' ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <SortButton S={S} label={S.province} active={sort.by === 'province'} direction={sort.direction} onClick={() => onSort('province')} />
            </th>
            {metrics.map((m) => (
              <th
                scope="col"
                key={m.metricKey}
                data-metric-key={m.metricKey}
                aria-sort={sort.by === m.metricKey ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <SortButton S={S} label={m.metric} active={sort.by === m.metricKey} direction={sort.direction} onClick={() => onSort(m.metricKey)} />
              </th>
            ))}
          </tr>
          {reference ? (
            <tr className="xs-reference">
              <th scope="row" className="xs-province">{S.national}</th>
              {metrics.map((m) => {
                const t = reference.values[m.metricKey] ?? null;
                return <td key={m.metricKey} title={t?.text}>{t ? formatTarget(t) : '—'}</td>;
              })}
            </tr>
          ) : null}
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-series={p.id} data-status={p.status}>
              <th scope="row" className="xs-province">
                {p.name}
                {p.coverage === 'excerpt' ? <span className="tag tag-excerpt">{S.excerptTag}</span> : null}
                {p.quality && p.quality !== 'ok' ? <span className="tag tag-doubtful" title={S.qualityTitle}>{S.quality[p.quality]}</span> : null}
              </th>
              {metrics.map((m) => {
                const { status, target } = cellOf(cs, p.id, m.metricKey);
                if (status === 'set' && target) {
                  const isPicked = picked?.province === p.id && picked.metricKey === m.metricKey;
                  return (
                    <td key={m.metricKey} data-status="set" className={[target.damaged ? 'cell-damaged' : '', isWordedTarget(target) ? 'cell-text' : '', isPicked ? 'is-picked' : ''].join(' ').trim() || undefined}>
                      <button type="button" className="xs-figure" title={target.text} onClick={() => onPick({ province: p, metric: m.metric, target })}>
                        {target.damaged ? S.damaged : formatTarget(target)}
                      </button>
                    </td>
                  );
                }
                // set in parts (城镇 / 农村): the parts, not 未设定
                const parts = status === 'not_set' ? splitParts(cs, p.id, m.metricKey, english) : [];
                if (parts.length > 0) {
                  return (
                    <td key={m.metricKey} data-status="set_in_parts" className="cell-text">
                      {parts.map((part) => (
                        <button key={part.metric} type="button" className="xs-figure xs-part" title={part.target.text} onClick={() => onPick({ province: p, metric: part.metric, target: part.target })}>
                          {part.label} {part.target.damaged ? S.damaged : formatTarget(part.target)}
                        </button>
                      ))}
                    </td>
                  );
                }
                if (status === 'not_set') {
                  return <td key={m.metricKey} data-status="not_set" className="xs-not-set" title={S.notSetTitle}>{S.notSet}</td>;
                }
                if (status === 'not_in_excerpt') {
                  return (
                    <td key={m.metricKey} data-status="not_in_excerpt" className="cell-gap cell-outside" title={S.notInExcerptTitle}>
                      <span aria-hidden="true">{S.notInExcerpt}</span>
                      <span className="visually-hidden">{S.notInExcerptText}</span>
                    </td>
                  );
                }
                return <td key={m.metricKey} data-status={status} className="xs-not-found" title={S.notFoundTitle[status]}>{S.notFound}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
