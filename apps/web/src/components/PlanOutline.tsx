import type { Plan, Task } from '@plandiff/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildOutline, type OutlineNode } from '../plan/outline-tree.js';
import { taskLeadUnits } from '../plan/plan-index.js';
import { DamagedText } from './DamagedText.js';
import { EmptyNotice } from './EmptyNotice.js';
import { TargetChip } from './TargetChip.js';

const ROLE_NOTE: Record<Plan['sections'][number]['role'], string | null> = {
  review: 'plan.roleReview',
  preamble: 'plan.rolePreamble',
  appendix: 'plan.roleAppendix',
  glossary: 'plan.roleGlossary',
  plan: null,
};

function TaskItem({ task, plan }: { task: Task; plan: Plan }) {
  const { t } = useTranslation();
  const leads = taskLeadUnits(task);
  // the lead sentence opens the task's text: bold it in place rather than repeating it
  const leadAtStart = plan.text.startsWith(task.title, task.span[0]);
  const responsible = [...new Set(task.assignments.flatMap((a) => a.responsible))];
  const partners = [...new Set(task.assignments.flatMap((a) => a.partners))];
  return (
    <li className="outline-task" id={`task-${task.id}`}>
      {leadAtStart ? null : <div className="task-line">{task.title}</div>}
      <DamagedText
        text={plan.text}
        span={task.span}
        damage={plan.damage}
        leadLength={leadAtStart ? task.title.length : 0}
        prefix={task.number ? <span className="task-number">{task.number}</span> : null}
      />
      {leads.length > 0 || responsible.length > 0 || partners.length > 0 ? (
        <p className="task-units">
          {(
            [
              ['lead', leads],
              ['responsible', responsible],
              ['partners', partners],
            ] as const
          )
            .filter(([, units]) => units.length > 0)
            .map(([role, units]) => (
              <span key={role} className={`unit-role unit-${role}`}>
                <span className="label">{t(`role.${role}`)}</span> {units.join('、')}{' '}
              </span>
            ))}
        </p>
      ) : null}
      {task.targets.length > 0 ? (
        <p className="task-targets">
          {task.targets.map((target) => (
            <TargetChip key={target.id} target={target} />
          ))}
        </p>
      ) : null}
    </li>
  );
}

/** Text of a section that is not in a task (an opening paragraph, a preamble): shown as prose, damage marked. */
function ProseItem({ span, plan }: { span: [number, number]; plan: Plan }) {
  const { t } = useTranslation();
  return (
    <li className="outline-prose" title={t('plan.prose')}>
      <DamagedText text={plan.text} span={span} damage={plan.damage} leadLength={0} prefix={null} />
    </li>
  );
}

function NodeItem({ node, plan }: { node: OutlineNode; plan: Plan }) {
  const { t } = useTranslation();
  const { section } = node;
  const note = ROLE_NOTE[section.role] ? t(ROLE_NOTE[section.role]!) : null;
  return (
    <li className={`outline-section level-${Math.min(section.level, 4)} role-${section.role}`}>
      <details open>
        <summary>
          <span className={`section-label${section.inferred ? ' is-inferred' : ''}`} title={section.inferred ? t('plan.labelInferredTitle') : undefined}>
            {section.label}
          </span>{' '}
          <span className="section-name">{section.title}</span>
          {section.inferred ? <span className="tag tag-warn">{t('plan.labelInferred')}</span> : null}
          {note ? <span className="tag">{note}</span> : null}
        </summary>
        {node.tasks.length > 0 || node.prose.length > 0 ? (
          <ol className="outline-tasks">
            {[
              ...node.prose.map((span) => ({ at: span[0], item: <ProseItem key={`p${span[0]}`} span={span} plan={plan} /> })),
              ...node.tasks.map((task) => ({ at: task.span[0], item: <TaskItem key={task.id} task={task} plan={plan} /> })),
            ]
              .sort((a, b) => a.at - b.at)
              .map(({ item }) => item)}
          </ol>
        ) : null}
        {node.children.length > 0 ? (
          <ul className="outline-children">
            {node.children.map((child) => (
              <NodeItem key={child.section.id} node={child} plan={plan} />
            ))}
          </ul>
        ) : null}
      </details>
    </li>
  );
}

/** A plan's outline as a collapsible tree: sections, the tasks under each with lead units and targets, damage marked. */
export function PlanOutline({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { nodes, unplaced } = useMemo(() => buildOutline(plan), [plan]);
  if (nodes.length === 0 && unplaced.length === 0) {
    return <EmptyNotice>{t('plan.noOutline')}</EmptyNotice>;
  }
  return (
    <div className="outline">
      <ul className="outline-root">
        {nodes.map((node) => (
          <NodeItem key={node.section.id} node={node} plan={plan} />
        ))}
      </ul>
      {unplaced.length > 0 ? (
        <>
          <h3>{t('plan.unplaced')}</h3>
          <ol className="outline-tasks">
            {unplaced.map((task) => (
              <TaskItem key={task.id} task={task} plan={plan} />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
