import './peacekeeping.css';
import { FormError, Loading, PageTitle } from '../../../../core/web/forms';
import { useT } from '../../../../core/web/i18n';
import type { PlanList } from '../contract';
import { planPath, useLoaded, useWhen } from './marshal-api';
import { FiguresSummary } from './plan-figures';

/** /marshals — organisers: upcoming events with a plan and how staffed each is; marches and rallies without one. */
export function PlansPage() {
  const t = useT('peacekeeping');
  const when = useWhen();
  const { data, error } = useLoaded<PlanList>('/api/marshals/plans');
  return (
    <>
      <PageTitle title={t('list.title')} />
      <p>{t('list.intro')}</p>
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && (
        <>
          <section aria-labelledby="plans-title">
            <h2 id="plans-title">{t('list.plansTitle')}</h2>
            {data.plans.length === 0 && <p>{t('list.noPlans')}</p>}
            <ul class="marshal-list">
              {data.plans.map(({ event, figures }) => (
                <li key={event.id}>
                  <article class="card" aria-labelledby={`plan-${event.id}`}>
                    <h3 id={`plan-${event.id}`}>
                      <a href={planPath(event.id)}>{event.title}</a>
                    </h3>
                    <p class="hint">
                      {t(`eventKinds.${event.kind}`, { defaultValue: event.kind })} · {when(event)} · {event.place}
                    </p>
                    <FiguresSummary figures={figures} />
                    <div class="button-row">
                      <a class="button" href={`${planPath(event.id)}/board`} aria-label={`${t('list.board')}: ${event.title}`}>
                        {t('list.board')}
                      </a>
                      <a class="button" href={`${planPath(event.id)}/sheet`} aria-label={`${t('list.sheet')}: ${event.title}`}>
                        {t('list.sheet')}
                      </a>
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="unplanned-title">
            <h2 id="unplanned-title">{t('list.unplannedTitle')}</h2>
            {data.unplanned.length === 0 && <p>{t('list.noUnplanned')}</p>}
            <ul class="marshal-list">
              {data.unplanned.map((event) => (
                <li key={event.id} class="card">
                  <p>
                    <strong>{event.title}</strong>
                    <br />
                    <span class="hint">
                      {t(`eventKinds.${event.kind}`, { defaultValue: event.kind })} · {when(event)}
                    </span>
                  </p>
                  <a class="button" href={planPath(event.id)}>
                    {t('list.makePlan', { title: event.title })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
