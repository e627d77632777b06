import './rides.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../../core/web/api';
import { FormError, Loading, PageTitle, SelectField, Status, useAction } from '../../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../../core/web/i18n';
import type { WeekList, WeekView } from '../contract';
import { DayCard } from './day-card';
import { dayLabel, shortDate } from './format';

/** The weeks to choose from: this one, the next two, and any run or published lately. */
function weekOptions(list: WeekList): string[] {
  const after = new Date(`${list.next}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 7);
  return [...new Set([list.current, list.next, after.toISOString().slice(0, 10), ...list.weeks.map((w) => w.weekStart)])].sort();
}

function PublishedStatus({ view }: { view: WeekView }) {
  const t = useT('rides');
  const lang = useLanguage();
  const { draft, published } = view;
  return (
    <div class="stack">
      <p>
        {published
          ? t('week.published', {
              version: published.version,
              when: formatDateTime(published.publishedAt, lang),
              by: published.publishedBy ?? '—',
            })
          : t('week.notPublished')}
      </p>
      {published && draft && !draft.published && <p class="notice notice-demo">{t('week.draftDiffers', { version: published.version })}</p>}
      {published && published.dropped.length > 0 && (
        <div class="notice notice-error" role="alert">
          <p>{t('week.dropped')}</p>
          <ul>
            {published.dropped.map((d) => (
              <li key={`${d.weekday}-${d.riderFirstName}`}>
                {t('week.droppedRider', { rider: d.riderFirstName, driver: d.driverFirstName, day: dayLabel(d.date, lang) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** /rides — organisers and dispatchers match a week, review it, rule pairs out, and publish it. */
export function RidesWeekPage() {
  const t = useT('rides');
  const lang = useLanguage();
  const [list, setList] = useState<WeekList | null>(null);
  const [week, setWeek] = useState('');
  const [view, setView] = useState<WeekView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    api.get<WeekList>('/api/rides/weeks').then((l) => {
      setList(l);
      setWeek(l.next);
    }, setError);
  }, []);
  useEffect(() => {
    if (!week) return;
    setView(null);
    api.get<WeekView>(`/api/rides/weeks/${week}`).then(setView, setError);
  }, [week]);
  const act = useAction(async (path: string, body: unknown, done: string) => {
    setStatus(null);
    setView(await api.post<WeekView>(`/api/rides/weeks/${week}/${path}`, body));
    setStatus(done);
  });
  const draft = view?.draft;
  return (
    <>
      <PageTitle title={t('week.title')} />
      <p>{t('week.intro')}</p>
      <p class="button-row">
        <a href="/rides/riders">{t('week.toRiders')}</a>
        <a href="/rides/mine">{t('week.toMine')}</a>
      </p>
      <FormError error={error} />
      {list && (
        <SelectField
          id="ride-week"
          name="week"
          label={t('week.choose')}
          options={weekOptions(list).map((w) => {
            const label = t('weekOf', { date: shortDate(w, lang) });
            return {
              value: w,
              label:
                w === list.current ? t('week.thisWeek', { week: label }) : w === list.next ? t('week.nextWeek', { week: label }) : label,
            };
          })}
          value={week}
          onInput={setWeek}
        />
      )}
      {!view && !error && <Loading />}
      {view && (
        <>
          <PublishedStatus view={view} />
          {!view.over && (
            <div class="button-row">
              <button type="button" class="button" disabled={act.busy} onClick={() => act.run('run', {}, t('week.ran'))}>
                {draft ? t('week.runAgain') : t('week.run')}
              </button>
              {draft && !draft.published && (
                <button
                  type="button"
                  class="button button-primary"
                  disabled={act.busy}
                  onClick={() => act.run('publish', { runId: draft.runId }, t('week.publishedNow'))}
                >
                  {t('week.publish')}
                </button>
              )}
            </div>
          )}
          <Status message={status} />
          <FormError error={act.error} />
          {draft && <p class="hint">{t('week.ranBy', { when: formatDateTime(draft.ranAt, lang), by: draft.ranBy ?? '—' })}</p>}
          {draft?.days.length === 0 && <p>{t('week.nobody')}</p>}
          {draft?.days.map((day) => (
            <DayCard
              key={day.weekday}
              day={day}
              busy={act.busy}
              onExclude={view.over ? undefined : (riderId, driverId) => act.run('exclusions', { riderId, driverId }, t('week.excluded'))}
            />
          ))}
          {view.exclusions.length > 0 && (
            <section class="card" aria-labelledby="exclusions-title">
              <h2 id="exclusions-title">{t('week.exclusions')}</h2>
              <ul class="plain-list ride-list">
                {view.exclusions.map((e) => (
                  <li key={`${e.riderId}-${e.driverId}`} class="ride-item">
                    <p>{t('week.excludedPair', { rider: e.riderFirstName, driver: e.driverFirstName })}</p>
                    {!view.over && (
                      <button
                        type="button"
                        class="button"
                        disabled={act.busy}
                        onClick={() => act.run('exclusions/remove', { riderId: e.riderId, driverId: e.driverId }, t('week.allowed'))}
                      >
                        {t('week.allow', { rider: e.riderFirstName, driver: e.driverFirstName })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
