import { useT } from '../../../core/web/i18n';
import type { AidTask } from '../contract';
import { languagesText, needsText, whenText } from './format';

const STATE_BADGE: Record<AidTask['state'], string> = {
  open: 'badge-ok',
  claimed: 'badge-warning',
  in_progress: 'badge-warning',
  done: 'badge-muted',
  cancelled: 'badge-muted',
};

/** The state and badges of a task. */
export function TaskTags({ task }: { task: AidTask }) {
  const t = useT('aid');
  return (
    <div class="tag-row">
      <span class={`badge ${STATE_BADGE[task.state]}`}>{t(`states.${task.state}`)}</span>
      {task.confirmed && <span class="badge badge-ok">{t('task.confirmed')}</span>}
      {task.onBehalf && <span class="badge badge-muted">{t('task.onBehalf')}</span>}
      {task.demo && <span class="badge badge-demo">{t('task.demo')}</span>}
    </div>
  );
}

/** What any volunteer may know of a task: where (coarsely), when, in which languages, what it takes. */
export function TaskFacts({ task }: { task: AidTask }) {
  const t = useT('aid');
  return (
    <dl class="details aid-facts">
      <dt>{t('task.where')}</dt>
      <dd>{task.cell ? t('task.whereCell', { zone: task.zone.name }) : task.zone.name}</dd>
      <dt>{t('task.when')}</dt>
      <dd>{whenText(t, task)}</dd>
      <dt>{t('task.languages')}</dt>
      <dd>{languagesText(t, task.languages)}</dd>
      <dt>{t('task.needs')}</dt>
      <dd>{task.claimable ? needsText(t, task) : t('task.fund')}</dd>
      {task.details && (
        <>
          <dt>{t('task.details')}</dt>
          <dd class="aid-details">{task.details}</dd>
        </>
      )}
    </dl>
  );
}
