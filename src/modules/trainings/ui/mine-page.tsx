import './trainings.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { MyTrainings, Session } from '../contract';
import { replaced } from './format';
import { QualificationList } from './qualification-list';
import { SessionCard } from './session-card';

/** /trainings/mine — my places at sessions, the sessions I teach, and my qualifications with their expiry. */
export function MinePage() {
  const t = useT('trainings');
  const { data, setData, error } = useGet<MyTrainings>('/api/trainings/mine');
  const onChange = (changed: Session) =>
    data && setData({ ...data, going: replaced(data.going, changed), teaching: replaced(data.teaching, changed) });
  return (
    <>
      <PageTitle title={t('mine.title')} />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && (
        <>
          <section aria-labelledby="my-qualifications">
            <h2 id="my-qualifications">{t('mine.qualifications')}</h2>
            {data.qualifications.length === 0 ? <p>{t('mine.noQualifications')}</p> : <QualificationList entries={data.qualifications} />}
          </section>
          <section aria-labelledby="my-going">
            <h2 id="my-going">{t('mine.going')}</h2>
            {data.going.length === 0 && (
              <p>
                {t('mine.noneGoing')} <a href="/trainings">{t('mine.findOne')}</a>
              </p>
            )}
            <ul class="plain-list card-grid">
              {data.going.map((s) => (
                <li key={s.id}>
                  <SessionCard session={s} onChange={onChange} />
                </li>
              ))}
            </ul>
          </section>
          {data.teaching.length > 0 && (
            <section aria-labelledby="my-teaching">
              <h2 id="my-teaching">{t('mine.teaching')}</h2>
              <ul class="plain-list card-grid">
                {data.teaching.map((s) => (
                  <li key={s.id}>
                    <SessionCard session={s} onChange={onChange} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p>
            <a href="/trainings/scan">{t('scan.title')}</a>
          </p>
        </>
      )}
    </>
  );
}
