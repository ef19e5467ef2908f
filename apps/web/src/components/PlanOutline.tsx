import type { Plan, Task } from '@plandiff/model';
import { useMemo } from 'react';
import { buildOutline, type OutlineNode } from '../plan/outline-tree.js';
import { taskLeadUnits } from '../plan/plan-index.js';
import { DamagedText } from './DamagedText.js';
import { EmptyNotice } from './EmptyNotice.js';
import { TargetChip } from './TargetChip.js';

const ROLE_NOTE = {
  review: 'review of the past year: its figures are results, not targets',
  preamble: 'preamble',
  plan: null,
} as const;

function TaskItem({ task, plan }: { task: Task; plan: Plan }) {
  const leads = taskLeadUnits(task);
  // the lead sentence opens the task's text: bold it in place rather than repeating it
  const leadAtStart = plan.text.startsWith(task.title, task.span[0]);
  const others = [...new Set(task.assignments.flatMap((a) => [...a.responsible, ...a.partners]))];
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
      {leads.length > 0 || others.length > 0 ? (
        <p className="task-units">
          {leads.length > 0 ? (
            <>
              <span className="label">lead</span> {leads.join('、')}
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              {' '}
              <span className="label">with</span> {others.join('、')}
            </>
          ) : null}
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
  return (
    <li className="outline-prose" title="text of the section outside any task">
      <DamagedText text={plan.text} span={span} damage={plan.damage} leadLength={0} prefix={null} />
    </li>
  );
}

function NodeItem({ node, plan }: { node: OutlineNode; plan: Plan }) {
  const { section } = node;
  const note = ROLE_NOTE[section.role];
  return (
    <li className={`outline-section level-${Math.min(section.level, 4)} role-${section.role}`}>
      <details open>
        <summary>
          <span className={`section-label${section.inferred ? ' is-inferred' : ''}`} title={section.inferred ? 'label lost to damage, inferred from order' : undefined}>
            {section.label}
          </span>{' '}
          <span className="section-name">{section.title}</span>
          {section.inferred ? <span className="tag tag-warn">label inferred</span> : null}
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
  const { nodes, unplaced } = useMemo(() => buildOutline(plan), [plan]);
  if (nodes.length === 0 && unplaced.length === 0) {
    return <EmptyNotice>No outline or task was found in this notice.</EmptyNotice>;
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
          <h3>Tasks outside any section</h3>
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
