import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { dateTimeFormat } from '../../../core/web/dates';
import { FormError, Loading } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { Timeline, TimelineEntry } from '../contract';
import { actionKey } from './format';

/** Who did it, by role: "Verifier", "Dispatcher + Verifier"; everyone is a member, so that is said only alone. */
function useActor() {
  const t = useT('reports');
  return (e: TimelineEntry) => {
    if (!e.roles.length) return e.action.startsWith('report.filed') ? t('timeline.reporter') : t('timeline.system');
    const roles = e.roles.length > 1 ? e.roles.filter((r) => r !== 'member') : e.roles;
    return roles.map((r) => t(`roles.${r}`, { ns: 'common' })).join(' + ');
  };
}

/**
 * Alerts, dispatch and evidence record steps of the incident too; each names its own actions in its
 * namespace under the same key (`timeline.actions.dispatch_opened`). An unknown action shows as recorded.
 */
const ACTION_NAMESPACES = ['reports', 'alerts', 'dispatch', 'evidence'];

/** To the second: several steps of an incident often happen within the same minute. */
function useStepTime() {
  const lang = useLanguage();
  const format = dateTimeFormat(lang, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  });
  return (ms: number) => format.format(ms);
}

/** Every recorded step of the incident, oldest first, from the audit log. */
export function IncidentTimeline(props: { reportId: string; version: number }) {
  const t = useT('reports');
  const actor = useActor();
  const stepTime = useStepTime();
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<Timeline>(`/api/reports/${props.reportId}/timeline`).then((r) => setEntries(r.entries), setError);
  }, [props.reportId, props.version]);
  return (
    <section class="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <FormError error={error} />
      {!entries && !error && <Loading />}
      <ol class="timeline">
        {entries?.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <time dateTime={new Date(e.at).toISOString()}>{stepTime(e.at)}</time>
            <span class="timeline-action">{t(actionKey(e.action), { ns: ACTION_NAMESPACES, defaultValue: e.action })}</span>
            <span class="hint">{actor(e)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
