import './surveys.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { canAccess, useMe } from '../../../core/web/session';
import type { SurveySummary } from '../contract';

function SurveyCard({ survey }: { survey: SurveySummary }) {
  const t = useT('surveys');
  const lang = useLanguage();
  const titleId = `survey-${survey.id}`;
  const date = formatDateTime(survey.closesAt, lang);
  const action = !survey.open ? 'list.results' : survey.answered ? 'list.change' : 'list.answer';
  return (
    <article class="card survey-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{survey.question}</h3>
      <div class="tag-row">
        <span class="tag">{survey.open ? t('list.openUntil', { date }) : t('list.closedOn', { date })}</span>
        <span class="tag">{t('list.countedBy', { kind: t(`groupKinds.${survey.groupKind}`) })}</span>
        {survey.answered && <span class="badge badge-ok">{t('list.answered')}</span>}
        {survey.demo && <span class="badge badge-demo">{t('demo.badge', { ns: 'common' })}</span>}
      </div>
      <a
        class={survey.open ? 'button button-primary' : 'button'}
        href={`/surveys/${encodeURIComponent(survey.id)}`}
        aria-describedby={titleId}
      >
        {t(action)}
      </a>
    </article>
  );
}

function SurveyGroup({ title, id, surveys, empty }: { title: string; id: string; surveys: SurveySummary[]; empty?: string }) {
  if (!surveys.length && !empty) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {!surveys.length && <p>{empty}</p>}
      <ul class="plain-list card-grid">
        {surveys.map((s) => (
          <li key={s.id}>
            <SurveyCard survey={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /surveys — open surveys to answer, then closed ones with their results. */
export function SurveysPage() {
  const t = useT('surveys');
  const me = useMe();
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ surveys: SurveySummary[] }>('/api/surveys').then((r) => setSurveys(r.surveys), setError);
  }, []);

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      {canAccess(me, ['organiser']) && (
        <p>
          <a class="button button-primary" href="/surveys/new">
            {t('list.newSurvey')}
          </a>
        </p>
      )}
      <FormError error={error} />
      {!surveys && !error && <Loading />}
      {surveys?.length === 0 && <p>{t('list.none')}</p>}
      {!!surveys?.length && (
        <>
          <SurveyGroup id="surveys-open" title={t('list.open')} surveys={surveys.filter((s) => s.open)} empty={t('list.noneOpen')} />
          <SurveyGroup id="surveys-closed" title={t('list.closed')} surveys={surveys.filter((s) => !s.open)} />
        </>
      )}
    </>
  );
}
