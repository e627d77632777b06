import { useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, Loading, Status } from '../../../../core/web/forms';
import { useLanguage, useT } from '../../../../core/web/i18n';
import type { Candidates, MarshalPost, PlanView } from '../contract';
import { formatDate, planApi, useLoaded, useMarshalAction } from './marshal-api';

type Candidate = Candidates['candidates'][number];

/** Qualified peacekeepers with their qualification's expiry; the free ones can be put at this post. */
export function AssignPanel(props: { view: PlanView; post: MarshalPost; onAssigned: (view: PlanView) => void }) {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const { data, error } = useLoaded<Candidates>(`${planApi(props.view.event.id)}/candidates`);
  const [done, setDone] = useState<string | null>(null);
  const assign = useMarshalAction(async (c: Candidate) => {
    setDone(null);
    props.onAssigned(
      await api.post<PlanView>(`/api/marshals/posts/${encodeURIComponent(props.post.id)}/assignments`, { memberId: c.memberId }),
    );
    setDone(t('assign.assigned', { name: c.name }));
  });
  // Posts as the plan has them now (the candidates were listed before any assignment made here).
  const postOf = new Map(props.view.posts.flatMap((p) => p.marshals.map((m) => [m.memberId, p] as const)));
  const full = props.post.marshals.length >= props.post.needed;
  const free = (c: Candidate) => c.qualifiedForEvent && !postOf.has(c.memberId);
  const note = (c: Candidate) => {
    const at = postOf.get(c.memberId);
    if (at?.id === props.post.id) return t('assign.atThisPost');
    if (at) return t('assign.atPost', { position: at.position });
    if (!c.qualifiedForEvent) return t('assign.lapses', { date: formatDate(c.qualifiedUntil, lang) });
    return t('assign.until', { date: formatDate(c.qualifiedUntil, lang) });
  };
  const headingId = `assign-${props.post.id}`;
  return (
    <section class="assign-panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('assign.title', { label: props.post.label })}</h4>
      <Status message={done} />
      <FormError error={assign.error ?? error} />
      {!data && !error && <Loading />}
      {data && !full && !data.candidates.some(free) && <p>{t('assign.none')}</p>}
      {data && (
        <ul class="marshal-list candidate-list">
          {data.candidates.map((c) => (
            <li key={c.memberId}>
              <span>
                <strong>{c.name}</strong>
                <br />
                <span class="hint">{note(c)}</span>
              </span>
              {free(c) && !full && (
                <button type="button" class="button" disabled={assign.busy} onClick={() => assign.run(c)}>
                  {t('assign.assign', { name: c.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
