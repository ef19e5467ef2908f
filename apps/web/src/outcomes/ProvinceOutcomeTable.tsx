import type { CollectionOutcomes, CollectionSummary } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { provinceOutcomes, sortProvinceOutcomes, type PlanCaution, type ProvinceSort } from './outcome-view.js';
import { formatResult, gapText, targetText } from './outcome-text.js';
import { VerdictBadge } from './VerdictBadge.js';

interface Props {
  outcomes: CollectionOutcomes;
  summary: CollectionSummary | null;
  metricKey: string;
  sort: ProvinceSort;
  onSort: (by: ProvinceSort['by']) => void;
  /** cautions on each member's plans (doubtful / unusable parse, excerpt), shown beside its name */
  cautions?: Map<string, PlanCaution[]>;
}

/**
 * The provinces' target vs outcome table of one indicator and year: province (linking to its scorecard of that year),
 * target, result, gap, verdict, and the count missed of all its targets; sortable by gap, province or count missed
 * (rows with no gap last). A member with no rows reads 未收录 (its plan or the next year's review is not stored).
 */
export function ProvinceOutcomeTable({ outcomes, summary, metricKey, sort, onSort, cautions }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const rows = sortProvinceOutcomes(provinceOutcomes(outcomes, summary, metricKey, english), sort);
  const year = outcomes.year;
  const header = (by: ProvinceSort['by'], label: string) => {
    const active = sort.by === by;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="oc-sort" data-sort={by} onClick={() => onSort(by)} title={t('outcomes.provinces.sortBy', { what: label })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="oc-table-wrap">
      <table className="oc-table" data-testid="province-outcomes">
        <thead>
          <tr>
            {header('province', t('outcomes.provinces.colProvince'))}
            <th scope="col">{t('outcomes.provinces.colTarget', { year })}</th>
            <th scope="col">{t('outcomes.provinces.colResult')}</th>
            {header('gap', t('outcomes.provinces.colGap'))}
            <th scope="col">{t('outcomes.provinces.colVerdict')}</th>
            {header('missed', t('outcomes.provinces.colMissed'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const missing = p.rows.length === 0;
            const path = `/series/${encodeURIComponent(p.series)}/outcomes?year=${year}`;
            return (
              <tr key={p.series} data-series={p.series} data-status={missing ? 'missing' : 'ok'} data-verdict={p.row?.verdict ?? ''}>
                <th scope="row" data-label={t('outcomes.provinces.colProvince')}>
                  {missing ? p.label : <Link to={path}>{p.label}</Link>}
                  {(cautions?.get(p.series) ?? []).map((c) => (
                    <span key={`${c.year}-${c.kind}`} className={`oc-caution oc-caution-${c.kind}`} data-caution={c.kind}>
                      {t(`outcomes.provinces.${c.kind}`, { year: c.year })}
                    </span>
                  ))}
                </th>
                {missing ? (
                  <td colSpan={5} className="muted oc-missing" title={t('outcomes.provinces.missingHint', { year })}>
                    {t('outcomes.provinces.missing')}
                  </td>
                ) : p.row === null ? (
                  <>
                    <td colSpan={4} className="muted" data-label={t('outcomes.provinces.colTarget', { year })}>{t('outcomes.provinces.noMetric')}</td>
                    <td data-label={t('outcomes.provinces.colMissed')} title={t('outcomes.provinces.allCounts', { total: p.rows.length, ...p.counts })}>
                      {p.counts.missed} / {p.rows.length}
                    </td>
                  </>
                ) : (
                  <>
                    <td data-label={t('outcomes.provinces.colTarget', { year })} title={p.row.targetSentence ?? p.row.target.text}>{targetText(p.row, t)}</td>
                    <td data-label={t('outcomes.provinces.colResult')} title={p.row.resultSentence ?? p.row.result?.text ?? ''}>
                      {p.row.result ? formatResult(p.row.result) : <span className="muted">{t('outcomes.notReported')}</span>}
                    </td>
                    <td data-label={t('outcomes.provinces.colGap')} data-gap={p.row.gap ?? ''}>
                      {gapText(p.row, t) ?? <span className="muted">{t('outcomes.noGap')}</span>}
                    </td>
                    <td data-label={t('outcomes.provinces.colVerdict')}><VerdictBadge row={p.row} /></td>
                    <td data-label={t('outcomes.provinces.colMissed')} title={t('outcomes.provinces.allCounts', { total: p.rows.length, ...p.counts })}>
                      {p.counts.missed} / {p.rows.length}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
