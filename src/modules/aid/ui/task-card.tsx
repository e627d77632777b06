import type { ComponentChildren } from 'preact';
import { useT } from '../../../core/web/i18n';
import type { AidTask } from '../contract';
import { taskTitle } from './format';
import { TaskFacts, TaskTags } from './task-facts';

/** A task in a list, its title linking to its page; `children` adds what the list is about (a claim, a name). */
export function TaskCard({ task, selected, children }: { task: AidTask; selected?: boolean; children?: ComponentChildren }) {
  const t = useT('aid');
  const titleId = `task-${task.id}`;
  return (
    <article class={`card aid-task${selected ? ' aid-task-selected' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1}>
        <a href={`/aid/${task.id}`}>{taskTitle(t, task)}</a>
      </h3>
      <TaskTags task={task} />
      {children}
      <TaskFacts task={task} />
    </article>
  );
}
