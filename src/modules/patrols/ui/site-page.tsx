import './patrols.css';
import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Series, SeriesSaved, Site, SiteDetail } from '../contract';
import { clockLabel, dayLabel, weekdayLabel } from './format';
import { PatrolLinks } from './links';
import { SeriesForm } from './series-form';
import { SiteForm } from './site-form';

function SeriesItem({ series, live, onSaved }: { series: Series; live: boolean; onSaved: (saved: SeriesSaved) => void }) {
  const t = useT('patrols');
  const lang = useLanguage();
  const [editing, setEditing] = useState(false);
  const days = series.weekdays.map((d) => weekdayLabel(d, lang)).join(', ');
  return (
    <li>
      <article class="card" aria-label={series.label || t('site.unnamedSeries')}>
        <h3>{series.label || t('site.unnamedSeries')}</h3>
        <p>{t('site.rule', { days, start: clockLabel(series.startTime, lang), end: clockLabel(series.endTime, lang) })}</p>
        <p>{t('site.people', { min: series.minPeople, max: series.maxPeople })}</p>
        {series.requiredQualification && <p>{t('shift.needs', { qualification: t(`qualifications.${series.requiredQualification}`) })}</p>}
        <p>
          {series.endsOn
            ? t('site.fromUntil', { start: dayLabel(series.startsOn, lang), end: dayLabel(series.endsOn, lang) })
            : t('site.from', { start: dayLabel(series.startsOn, lang) })}
        </p>
        {live && !editing && (
          <button type="button" class="button" onClick={() => setEditing(true)}>
            {t('site.change')}
          </button>
        )}
        {editing && (
          <SeriesForm
            series={series}
            idPrefix={`series-${series.id}`}
            submitLabel={t('series.save')}
            onSave={async (input) => {
              onSaved(await api.put<SeriesSaved>(`/api/patrols/series/${encodeURIComponent(series.id)}`, input));
              setEditing(false);
            }}
          />
        )}
      </article>
    </li>
  );
}

/** /patrols/sites/:id — organisers: a site, its recurring shifts (add, change) and archiving it. */
export function SitePage() {
  const t = useT('patrols');
  const id = usePathParam('id');
  const path = `/api/patrols/sites/${encodeURIComponent(id)}`;
  const { data, error, reload, setData } = useGet<SiteDetail>(id ? path : null);
  const [status, setStatus] = useState<string | null>(null);
  const saved = (result: SeriesSaved) => {
    setStatus(
      `${t('site.saved', { count: result.upcoming })} ${result.keptBooked ? t('site.keptBooked', { count: result.keptBooked }) : ''}`.trim(),
    );
    void reload();
  };
  const archive = useAction(async () => {
    const site = await api.post<Site>(`${path}/archive`);
    setData((d) => d && { ...d, site });
    setStatus(t('site.archivedNow'));
  });
  const live = !!data && !data.site.archived;
  return (
    <>
      <PageTitle title={data?.site.name ?? t('sites.title')} />
      <PatrolLinks organiser />
      <FormError error={error} />
      <Status message={status} />
      {!data && !error && <Loading />}
      {data && (
        <>
          <p>
            {t(`kinds.${data.site.kind}`)} · {data.site.zone.name}
            {data.site.archived && <span class="badge badge-muted">{t('sites.archived')}</span>}
          </p>
          {data.site.notes && <p>{data.site.notes}</p>}
          <section aria-labelledby="series-title">
            <h2 id="series-title">{t('site.series')}</h2>
            {data.series.length === 0 && <p>{t('site.noSeries')}</p>}
            <ul class="plain-list">
              {data.series.map((s) => (
                <SeriesItem key={s.id} series={s} live={live} onSaved={saved} />
              ))}
            </ul>
          </section>
          {live && (
            <section class="card" aria-labelledby="add-series">
              <h2 id="add-series">{t('site.addSeries')}</h2>
              <SeriesForm
                idPrefix="new-series"
                submitLabel={t('series.add')}
                onSave={async (input) => saved(await api.post<SeriesSaved>(`${path}/series`, input))}
              />
            </section>
          )}
          {live && (
            <details class="card">
              <summary>{t('site.edit')}</summary>
              <SiteForm
                site={data.site}
                submitLabel={t('site.saveSite')}
                onSave={async (input) => {
                  const site = await api.put<Site>(path, input);
                  setData((d) => d && { ...d, site });
                  setStatus(t('site.siteSaved'));
                }}
              />
              <h3>{t('site.archive')}</h3>
              <p class="hint">{t('site.archiveHint')}</p>
              <FormError error={archive.error} />
              <button type="button" class="button button-danger" disabled={archive.busy} onClick={() => archive.run()}>
                {t('site.archive')}
              </button>
            </details>
          )}
        </>
      )}
    </>
  );
}
