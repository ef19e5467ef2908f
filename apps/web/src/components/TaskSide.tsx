import type { Section, Task } from '@plandiff/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DiffRun } from '../format/diff-sides.js';
import { taskLabel, taskLeadUnits } from '../plan/plan-index.js';
import { DiffText } from './DiffText.js';
import { PlanTextRun } from './PlanTextRun.js';

interface TaskSideProps {
  year: number | null;
  tasks: Task[];
  trails: Section[][];
  /** The other side's year: characters this side lost are shown as inferred from it. */
  otherYear?: number | null;
  /** This side's runs of the link's diff; null shows each task's own text. */
  runs: DiffRun[] | null;
  /** Shown when the side has no task (added / dropped / outside the excerpt). */
  emptyNote: string;
  /** Words of the text filter, marked in the text. */
  words: readonly string[];
  /** Path of this year's plan page (`/series/…/plans/2024`), to link each task to its place; null = no page. */
  planPath: string | null;
}

/** One column of a link: the tasks of one year with their place in the outline, lead units and text. */
export function TaskSide({ year, tasks, trails, runs, emptyNote, words, planPath, otherYear }: TaskSideProps) {
  const { t } = useTranslation();
  if (tasks.length === 0) {
    return <p className="side-empty">{emptyNote}</p>;
  }
  return (
    <>
      {tasks.map((task, i) => {
        const section = trails[i]?.[trails[i].length - 1];
        const leads = taskLeadUnits(task);
        return (
          <div key={task.id} className="task-head">
            <span className="task-place" title={trails[i]?.map((s) => `${s.label}${s.title}`).join(' › ')}>
              <span className="year-mark">{year ?? t('common.newNotice')}</span>{' '}
              {planPath ? (
                <Link to={`${planPath}#task-${task.id}`} title={t('comparison.inPlan')}>
                  {taskLabel(task)}
                </Link>
              ) : (
                taskLabel(task)
              )}
              {section ? <span className="section-title"> {section.title}</span> : null}
            </span>
            {leads.length > 0 ? (
              <span className="lead-units">
                <span className="label">{t('role.lead')}</span> {leads.join('、')}
              </span>
            ) : null}
            {runs === null ? (
              <p className="task-text">
                <PlanTextRun text={task.text} words={words} />
              </p>
            ) : null}
          </div>
        );
      })}
      {runs !== null ? <DiffText runs={runs} words={words} otherYear={otherYear} /> : null}
    </>
  );
}
