import type { Link as TaskLink, SentencePair, Task } from '@plandiff/model';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useComparisonContext } from '../comparison/comparison-context.js';
import type { PairRow } from '../comparison/document-rows.js';
import { alignSentences, diffTexts } from '@plandiff/compare';
import { diffSide } from '../format/diff-sides.js';
import { taskLabel, taskLeadUnits } from '../plan/plan-index.js';
import { DiffText } from './DiffText.js';
import { KindBadge } from './KindBadge.js';
import { LinkTargetChanges } from './LinkTargetChanges.js';
import { PlanTextRun } from './PlanTextRun.js';

function SideHead({ tasks, year, planPath }: { tasks: Task[]; year: number | null; planPath: string | null }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return null;
  const leads = [...new Set(tasks.flatMap(taskLeadUnits))];
  return (
    <div className="doc-side-head">
      <span className="year-mark">{year ?? t('common.newNotice')}</span>{' '}
      {tasks.map((task, i) => (
        <span key={task.id} className="doc-path">
          {i > 0 ? '、' : ''}
          {planPath ? <Link to={`${planPath}#task-${task.id}`}>{taskLabel(task)}</Link> : taskLabel(task)}
        </span>
      ))}
      {leads.length > 0 ? (
        <span className="lead-units">
          <span className="label">{t('role.lead')}</span> {leads.join('、')}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The sentence pairs of a link with texts on both sides: the comparison's own `sentences`, else (an answer without
 * them) the same aligner run in the browser (@plandiff/compare alignSentences, one kernel for server and viewer).
 */
function linkSentencePairs(link: TaskLink, fromText: string, toText: string): { pairs: SentencePair[]; source: 'comparison' | 'browser' } {
  if (link.sentences && link.sentences.length > 0) return { pairs: link.sentences, source: 'comparison' };
  return { pairs: alignSentences(fromText, toText), source: 'browser' };
}

function SentenceRows({ pairs, words }: { pairs: SentencePair[]; words: readonly string[] }) {
  const { fromYear, toYear } = useComparisonContext();
  return (
    <div className="sentence-pairs">
      {pairs.map((pair, i) => {
        if (pair.op === 'changed') {
          const diff = pair.diff ?? diffTexts(pair.from ?? '', pair.to ?? '');
          return (
            <div key={i} className="sentence-pair op-changed" data-op="changed">
              <div className="doc-cell">
                <DiffText runs={diffSide(diff, 'from')} words={words} otherYear={toYear} />
              </div>
              <div className="doc-cell">
                <DiffText runs={diffSide(diff, 'to')} words={words} otherYear={fromYear} />
              </div>
            </div>
          );
        }
        return (
          <div key={i} className={`sentence-pair op-${pair.op}`} data-op={pair.op}>
            <div className="doc-cell">
              {pair.from !== null ? (
                <p className={`task-text${pair.op === 'delete' ? ' sentence-del' : ''}`}>
                  <PlanTextRun text={pair.from} words={words} />
                </p>
              ) : null}
            </div>
            <div className="doc-cell">
              {pair.to !== null ? (
                <p className={`task-text${pair.op === 'insert' ? ' sentence-ins' : ''}`}>
                  <PlanTextRun text={pair.to} words={words} />
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/**
 * One row of the side-by-side document: kind badge and each side's display path (三（二）第2段) with lead units,
 * then the texts — sentence by sentence for a change with both sides (the comparison's `sentences`, else aligned in
 * the browser), in full for an unchanged pair, opposite an empty cell for an added / dropped task; a moved task's
 * old place (ghost) points to its new one, its new place says where it came from.
 */
export const DocumentPair = memo(function DocumentPair({ row, words, focused = false }: { row: PairRow; words: readonly string[]; focused?: boolean }) {
  const { t } = useTranslation();
  const { fromYear, toYear, planPaths, fromIndex, toIndex } = useComparisonContext();
  const { view, ghost } = row;
  const { link } = view;
  const fromText = view.fromTasks.map((task) => task.text).join('\n');
  const toText = view.toTasks.map((task) => task.text).join('\n');
  const both = view.fromTasks.length > 0 && view.toTasks.length > 0;
  const sentences = useMemo(
    () => (both && !ghost && link.kind !== 'unchanged' ? linkSentencePairs(link, fromText, toText) : null),
    [both, ghost, link, fromText, toText],
  );
  const moved = link.kind === 'moved';
  const fromPath = view.fromTasks.map(taskLabel).join('、');
  const toPath = view.toTasks.map(taskLabel).join('、');
  const yearA = String(fromYear ?? t('common.yearA'));
  const yearB = String(toYear ?? t('common.newNotice'));
  // near misses of a task without a counterpart (#11's `candidates`): ids of the other year's tasks
  const otherIndex = view.toTasks.length === 0 ? toIndex : fromIndex;
  const candidates = ghost
    ? []
    : (link.candidates ?? []).map((candidate) => {
        const task = otherIndex.taskById.get(candidate.id);
        return { path: task ? taskLabel(task) : null, score: candidate.score };
      }).filter((candidate): candidate is { path: string; score: number } => candidate.path !== null);

  return (
    <article
      className={`doc-pair kind-${link.kind}${ghost ? ' is-ghost' : ''}${focused ? ' is-focused' : ''}`}
      data-key={row.key}
      data-kind={link.kind}
      data-sentences={sentences?.source}
    >
      <header className="doc-pair-head">
        <div className="doc-cell">
          {ghost ? null : <KindBadge kind={link.kind} />} <SideHead tasks={view.fromTasks} year={fromYear} planPath={planPaths.from} />
        </div>
        <div className="doc-cell">
          <SideHead tasks={ghost ? [] : view.toTasks} year={toYear} planPath={planPaths.to} />
        </div>
      </header>
      {moved ? (
        <p className="moved-mark" data-moved={ghost ? 'from' : 'to'}>
          {ghost ? `⤳ ${t('document.movedTo', { path: `${yearB} ${toPath}` })}` : `⤶ ${t('document.movedFrom', { path: `${yearA} ${fromPath}` })}`}
        </p>
      ) : null}
      {ghost ? (
        <div className="doc-body">
          <div className="doc-cell">
            <p className="task-text ghost-text">{view.fromTasks[0]?.title ?? ''}…</p>
          </div>
          <div className="doc-cell doc-empty" />
        </div>
      ) : sentences ? (
        <SentenceRows pairs={sentences.pairs} words={words} />
      ) : (
        <div className="doc-body">
          <div className={`doc-cell${view.fromTasks.length === 0 ? ' doc-empty' : ''}`}>
            {view.fromTasks.length > 0 ? (
              <p className="task-text">
                <PlanTextRun text={fromText} words={words} />
              </p>
            ) : (
              <p className="side-empty">{t('document.empty', { year: yearA })}</p>
            )}
          </div>
          <div className={`doc-cell${view.toTasks.length === 0 ? ' doc-empty' : ''}`}>
            {view.toTasks.length > 0 ? (
              <p className="task-text">
                <PlanTextRun text={toText} words={words} />
              </p>
            ) : (
              <p className="side-empty">{t('document.empty', { year: yearB })}</p>
            )}
          </div>
        </div>
      )}
      {candidates.length > 0 ? (
        <p className="doc-candidates muted" data-testid="candidates">
          {t('document.candidates', {
            year: view.toTasks.length === 0 ? yearB : yearA,
            list: candidates.map((candidate) => `${candidate.path}（${candidate.score.toFixed(2)}）`).join('、'),
          })}
        </p>
      ) : null}
      {ghost ? null : <LinkTargetChanges changes={link.targetChanges} fromYear={fromYear} toYear={toYear} />}
    </article>
  );
});
