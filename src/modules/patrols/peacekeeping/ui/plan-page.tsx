import './peacekeeping.css';
import { api } from '../../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import { usePathParam } from '../../../../core/web/router';
import type { PlanView, PostInput } from '../contract';
import { planApi, planPath, useLoaded, useWhen } from './marshal-api';
import { PlanFigures } from './plan-figures';
import { PlannerForm } from './planner-form';
import { PostCard } from './post-card';
import { PostForm } from './post-form';

/** The event, its state, and where to go from here: the board, the sheet, the event page. */
function PlanHeader({ view }: { view: PlanView }) {
  const t = useT('peacekeeping');
  const when = useWhen();
  const { event } = view;
  return (
    <>
      <PageTitle title={t('plan.title', { title: event.title })} />
      <p class="hint">
        {t(`eventKinds.${event.kind}`, { defaultValue: event.kind })} · {when(event)} · {event.place}
      </p>
      {event.cancelled ? <p class="notice notice-error">{t('cancelled')}</p> : !view.editable && <p class="notice">{t('over')}</p>}
      <div class="button-row">
        {view.plan && (
          <>
            <a class="button" href={`${planPath(event.id)}/board`}>
              {t('plan.board')}
            </a>
            <a class="button" href={`${planPath(event.id)}/sheet`}>
              {t('plan.sheet')}
            </a>
          </>
        )}
        <a class="button" href={`/events/${encodeURIComponent(event.id)}`}>
          {t('plan.event')}
        </a>
      </div>
    </>
  );
}

/** /marshals/events/:eventId — organisers: the ratio planner, the posts in route order, and who stands where. */
export function PlanPage() {
  const t = useT('peacekeeping');
  const eventId = usePathParam('eventId');
  const { data: view, set, error } = useLoaded<PlanView>(planApi(eventId));
  if (error)
    return (
      <>
        <PageTitle title={t('plan.loadFailed')} />
        <FormError error={error} />
        <p>
          <a href="/marshals">{t('plan.all')}</a>
        </p>
      </>
    );
  if (!view) return <Loading />;
  const planId = view.plan?.id ?? '';
  const add = async (input: PostInput) => set(await api.post<PlanView>(`/api/marshals/plans/${encodeURIComponent(planId)}/posts`, input));
  return (
    <>
      <PlanHeader view={view} />
      <section class="card" aria-labelledby="planner-title">
        <h2 id="planner-title">{t('plan.plannerTitle')}</h2>
        <PlannerForm view={view} onSaved={set} />
        {view.plan && <PlanFigures figures={view.figures} />}
      </section>
      {view.plan && (
        <section aria-labelledby="posts-title">
          <h2 id="posts-title">{t('plan.postsTitle')}</h2>
          {view.posts.length === 0 && <p>{t('plan.noPosts')}</p>}
          <ol class="marshal-list">
            {view.posts.map((p) => (
              <li key={p.id}>
                <PostCard view={view} post={p} onChange={set} />
              </li>
            ))}
          </ol>
          {view.editable && (
            <section class="card" aria-labelledby="add-post-title">
              <h3 id="add-post-title">{t('plan.addTitle')}</h3>
              <PostForm idPrefix="new-post" submitLabel={t('form.add')} onSubmit={add} />
            </section>
          )}
        </section>
      )}
    </>
  );
}
