import type { OutcomeRow } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPath, tally } from './outcome-view.js';
import { formatResult, gapText, planYear, ruleText, rowNotes, targetText } from './outcome-text.js';
import { VerdictBadge } from './VerdictBadge.js';

/** A quoted sentence with the year of its document and a link to that plan (2023年报告：“……”). */
function Quote({ planId, sentence, kind }: { planId: string | null | undefined; sentence: string; kind: 'target' | 'result' }) {
  const { t } = useTranslation();
  const year = planYear(planId);
  const path = planId ? planPath(planId) : null;
  return (
    <p className={`oc-quote oc-quote-${kind}`} data-quote={kind}>
      <span className="oc-quote-source">
        {year !== null && path !== null ? <Link to={path}>{t('outcomes.planSays', { year })}</Link> : null}
      </span>
      <span className="oc-quote-text">“{sentence}”</span>
    </p>
  );
}

/**
 * One target against its outcome: the indicator, target, result, gap (result − target; points for %), the verdict in
 * words and colour, the rule that gave it, notes (力争, estimate, basis), and both sentences quoted with the year of
 * each document and a link to it — or, when not reported, a line saying where it was looked for.
 */
export function OutcomeCard({ row }: { row: OutcomeRow }) {
  const { t } = useTranslation();
  const gap = gapText(row, t);
  const notes = rowNotes(row, t);
  const targetYear = planYear(row.targetFrom?.plan) ?? row.year;
  return (
    <article className={`oc-card oc-card-${row.verdict}`} data-metric={row.metricKey ?? ''} data-year={row.year} data-verdict={row.verdict}>
      <header className="oc-card-head">
        <h3 className="oc-metric">{row.metric}</h3>
        <VerdictBadge row={row} />
      </header>
      <dl className="oc-figures">
        <div>
          <dt>{t('outcomes.colTarget')}</dt>
          <dd data-field="target">{targetText(row, t)}</dd>
        </div>
        <div>
          <dt>{t('outcomes.colResult')}</dt>
          <dd data-field="result">{row.result ? formatResult(row.result) : <span className="muted">{t('outcomes.notReported')}</span>}</dd>
        </div>
        <div>
          <dt title={t('outcomes.gapHint')}>{t('outcomes.colGap')}</dt>
          <dd data-field="gap">
            {gap ?? <span className="muted">{t('outcomes.noGap')}</span>}
          </dd>
        </div>
      </dl>
      <p className="oc-rule" data-field="rule">
        <span className="muted">{t('outcomes.ruleLabel')}</span>
        {ruleText(row, t)}
      </p>
      {notes.length > 0 ? <p className="oc-notes">{notes.join('；')}</p> : null}
      <Quote planId={row.targetFrom?.plan} sentence={row.targetSentence ?? row.target.text} kind="target" />
      {row.result ? (
        <Quote planId={row.resultFrom?.plan} sentence={row.resultSentence ?? row.result.text} kind="result" />
      ) : (
        <p className="oc-quote oc-quote-missing" data-quote="result">
          {t('outcomes.notReportedSentence', { year: targetYear + 1, target: targetYear })}
        </p>
      )}
    </article>
  );
}

/**
 * The scorecard of one plan year: the counts per verdict, the next report's own claim about its targets beside them
 * (never instead of them), then one card per target in plan order.
 */
export function Scorecard({ year, rows }: { year: number; rows: readonly OutcomeRow[] }) {
  const { t } = useTranslation();
  const counts = tally(rows);
  const claim = rows.find((r) => r.claim)?.claim ?? null;
  const next = planYear(rows.find((r) => r.resultFrom)?.resultFrom?.plan) ?? year + 1;
  const claimYear = claim ? planYear(claim.plan) : null;
  const claimPath = claim ? planPath(claim.plan) : null;
  return (
    <section className="oc-scorecard" data-year={year} aria-labelledby={`oc-year-${year}`}>
      <h2 id={`oc-year-${year}`}>{t('outcomes.reviewedIn', { year, next })}</h2>
      <p className="oc-counts" data-fact="counts">
        {t('outcomes.counts', { total: rows.length, ...counts })}
      </p>
      {claim ? (
        <blockquote className="oc-claim" data-fact="claim">
          <span className="oc-claim-label">
            {claimPath && claimYear !== null ? <Link to={claimPath}>{t('outcomes.claim', { year: claimYear })}</Link> : t('outcomes.claim', { year: claimYear ?? next })}
          </span>
          <span className="oc-quote-text">“{claim.text}”</span>
          <span className="oc-claim-note muted">{t('outcomes.claimNote')}</span>
        </blockquote>
      ) : (
        <p className="muted oc-claim-none">{t('outcomes.noClaim')}</p>
      )}
      <div className="oc-cards">
        {rows.map((row, i) => (
          <OutcomeCard key={`${row.target.id}-${i}`} row={row} />
        ))}
      </div>
    </section>
  );
}
